"""The paper record ("2/3 profitable") and "Promote to live" (POST /api/traders/{id}/promote)."""
import pytest
from rest_framework.test import APIClient

from echotrade.models import AuditEvent
from tests.analytics.conftest import round_trip
from tests.conftest import make_user
from analytics.paper import trader_paper_record
from traders.models import Trader
from traders.services import trader_update

pytestmark = pytest.mark.usefixtures("market")


@pytest.fixture
def paper_trader(yun_qiang):
    return trader_update(trader=yun_qiang, paper_trade_only=True)


@pytest.fixture
def criteria(settings):
    settings.TRADER_PROMOTION_CRITERIA = {"min_trades": 6, "min_win_rate": 0.6, "max_drawdown": 0.01}
    return settings.TRADER_PROMOTION_CRITERIA


def test_the_paper_record_counts_closed_copies_and_their_wins(api, paper_trader, criteria):
    round_trip("yun_qiang", "BTC/USDT", 67000, 69000)  # three winning copies
    round_trip("yun_qiang", "BTC/USDT", 67000, 66000)  # three losing copies
    record = api.get("/api/traders/yun_qiang/paper-record").json()
    assert (record["label"], record["trades"], record["wins"], record["win_rate"]) == ("3/6 profitable", 6, 3, 0.5)
    assert record["criteria"] == {"min_trades": 6, "min_win_rate": 0.6, "max_drawdown": 0.01}
    assert record["meets_criteria"] is False
    assert record["unmet"] == ["Win rate 50%; at least 60% needed."]


def test_the_criteria_default_to_five_trades_sixty_percent_and_five_percent_drawdown(paper_trader):
    record = trader_paper_record(trader=paper_trader)
    assert record["criteria"] == {"min_trades": 5, "min_win_rate": 0.6, "max_drawdown": 0.05}
    assert (record["label"], record["meets_criteria"]) == ("0/0 profitable", False)


def test_promotion_is_refused_while_the_record_misses_the_criteria(api, paper_trader, criteria):
    round_trip("yun_qiang", "BTC/USDT", 67000, 69000)
    response = api.post("/api/traders/yun_qiang/promote", {}, format="json")
    assert response.status_code == 409
    assert "3 closed paper trades; 6 needed." in response.json()["detail"]
    assert Trader.objects.get(pk="yun_qiang").paper_trade_only is True
    assert not AuditEvent.objects.filter(action="trader.promoted").exists()


def test_promotion_with_force_goes_through_and_is_audited_as_forced(api, paper_trader, criteria, staff_user):
    round_trip("yun_qiang", "BTC/USDT", 67000, 69000)
    response = api.post("/api/traders/yun_qiang/promote", {"force": True}, format="json")
    assert response.status_code == 200
    assert response.json()["trader"]["paper_trade_only"] is False
    assert Trader.objects.get(pk="yun_qiang").paper_trade_only is False
    event = AuditEvent.objects.get(action="trader.promoted")
    assert (event.actor, event.object_id, event.after["forced"]) == (staff_user, "yun_qiang", True)
    assert event.after["paper_record"]["label"] == "3/3 profitable"


def test_a_record_that_meets_the_criteria_promotes_without_force(api, paper_trader, criteria):
    round_trip("yun_qiang", "BTC/USDT", 67000, 69000)
    round_trip("yun_qiang", "ETH/USDT", 3200, 3300)
    response = api.post("/api/traders/yun_qiang/promote", {"force": False}, format="json")
    assert response.status_code == 200
    assert response.json()["paper_record"]["label"] == "6/6 profitable"
    assert AuditEvent.objects.get(action="trader.promoted").after["forced"] is False


def test_promoting_a_live_trader_is_a_conflict(api, yun_qiang):
    trader_update(trader=yun_qiang, paper_trade_only=False)
    response = api.post("/api/traders/yun_qiang/promote", {"force": True}, format="json")
    assert response.status_code == 409
    assert response.json()["detail"] == "Yun Qiang already trades live."


def test_only_staff_may_promote(paper_trader, angry):
    client = APIClient()
    client.force_authenticate(make_user("member", accounts=[angry]))
    assert client.post("/api/traders/yun_qiang/promote", {"force": True}, format="json").status_code == 403
    assert Trader.objects.get(pk="yun_qiang").paper_trade_only is True


def test_a_force_that_is_not_a_boolean_is_400(api, paper_trader):
    response = api.post("/api/traders/yun_qiang/promote", {"force": "perhaps"}, format="json")
    assert response.status_code == 400
    assert "force" in response.json()["errors"]
