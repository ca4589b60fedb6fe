"""POST /webhook/tradingview and the plausibility guard: TradingView is answered, so an implausible
alert is a 400 naming the check's code and the alert's field, and nothing is recorded. An alert
enters at market: its stop and targets are judged against the price (BTC at 67,000)."""
import pytest

from echotrade.models import AuditEvent
from execution.models import Position
from signals.models import Signal, SignalDecision
from tests.sources.test_webhook import ALERT, post

pytestmark = pytest.mark.usefixtures("market")


@pytest.mark.parametrize(
    "fields, code, field",
    [
        pytest.param({"ticker": 12}, "invalid_symbol", "ticker", id="ticker-a-number"),
        pytest.param({"ticker": "BINANCE:12"}, "invalid_symbol", "ticker", id="ticker-digits"),
        pytest.param({"ticker": "OANDA:XAUUSD"}, "market_not_listed", "ticker", id="not-listed"),
        pytest.param({"stop_loss": 68000}, "stop_on_wrong_side", "stop_loss", id="stop-above-price"),
        pytest.param({"action": "sell", "stop_loss": 66000}, "stop_on_wrong_side", "stop_loss", id="short-stop-below"),
        pytest.param({"stop_loss": 65000, "take_profit": 66000}, "target_on_wrong_side", "take_profits", id="target-below"),
    ],
)
def test_an_implausible_alert_is_refused_with_its_code_and_field_and_nothing_is_recorded(
    anonymous, tv_momentum, fields, code, field,
):
    response = post(anonymous, ALERT | fields)

    assert response.status_code == 400, response.content
    body = response.json()
    assert body["code"] == code and body["errors"][field]
    assert (body["checks"][0]["check"], body["checks"][0]["field"]) == (code, field)
    assert not Signal.objects.exists() and not SignalDecision.objects.exists() and not Position.objects.exists()
    assert not AuditEvent.objects.filter(action__startswith="signal.").exists()


def test_a_plausible_alert_with_a_stop_and_target_is_taken(anonymous, tv_momentum):
    assert post(anonymous, ALERT | {"stop_loss": 65000, "take_profit": 70000}).status_code == 202
