"""The Traders page's Add-trader modal takes a copy-trading lead and its portfolio id."""
import pytest

from traders.models import Trader

from .conftest import PORTFOLIO

pytestmark = pytest.mark.django_db

ADD = {
    "id": "steady_lead", "name": "Steady Lead", "source": "binance_copy", "portfolio_id": PORTFOLIO,
    "position_multiplier": "1", "min_confidence": "70", "max_leverage": "5", "priority": "10", "paper_trade_only": "on",
}


@pytest.fixture
def staff_client(client, staff_user):
    client.force_login(staff_user)
    return client


def test_the_modal_offers_copy_trading_and_a_portfolio_id_field(staff_client):
    page = staff_client.get("/a/handjob/traders").content.decode()
    assert '<option value="binance_copy">Binance copy trading</option>' in page
    assert 'name="portfolio_id"' in page


def test_staff_add_a_copy_trading_lead(staff_client):
    response = staff_client.post("/a/handjob/traders/add", ADD, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    trader = Trader.objects.get(pk="steady_lead")
    assert (trader.source, trader.portfolio_id) == ("binance_copy", PORTFOLIO)
    assert "Binance copy trading" in response.content.decode()  # the new card's source badge


def test_a_bad_portfolio_id_answers_400_next_to_the_field_and_creates_nothing(staff_client):
    response = staff_client.post("/a/handjob/traders/add", {**ADD, "portfolio_id": "lead-42"}, HTTP_HX_REQUEST="true")
    page = response.content.decode()
    assert response.status_code == 400
    assert "6 to 32 digits" in page.split('id="id_portfolio_id-error"', 1)[1].split("</p>", 1)[0]
    assert not Trader.objects.filter(pk="steady_lead").exists()
