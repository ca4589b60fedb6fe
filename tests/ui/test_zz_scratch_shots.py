import pytest
from accounts.models import Membership
from tests.conftest import make_user
from tests.helpers import decision_of, move_market, send_signal
from tests.ui.conftest import log_in, off_the_loop
from traders.services import trader_update

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("market")]

def test_shots(page, web, handjob, yun_qiang):
    trader_update(trader=yun_qiang, tp_strategy="first_heavy", breakeven_after=1)
    signal = off_the_loop(send_signal, entries=["67100", "66000"], stop_loss="64000", take_profits=["68000", "69000", "70000"], leverage=4)
    off_the_loop(move_market, "BTC/USDT", "68100")
    make_user("ops", accounts=[handjob], role=Membership.Role.OWNER, staff=True)
    log_in(page, web, "ops")
    page.goto(f"{web}/a/handjob/traders")
    page.locator("#trader-yun_qiang .trade-management > summary").click()
    page.locator("#trader-yun_qiang").get_by_label("Sizing").select_option("risk_percent")
    page.locator("#trader-yun_qiang").get_by_label("Risk at the stop (% of equity)").fill("1")
    page.wait_for_timeout(1000)
    page.locator("#trader-yun_qiang").screenshot(path="/tmp/scratch/card.png")
    page.goto(f"{web}/a/handjob/")
    page.wait_for_timeout(1000)
    page.locator("#positions").screenshot(path="/tmp/scratch/positions.png")
    page.goto(f"{web}/a/handjob/charts")
    page.wait_for_function("(document.getElementById('price-chart') || {}).layout?.shapes?.length > 0")
    page.wait_for_timeout(500)
    page.locator(".chart-card").screenshot(path="/tmp/scratch/chart.png")
    page.goto(f"{web}/a/handjob/settings")
    page.locator("#settings-sizing").screenshot(path="/tmp/scratch/settings.png")
