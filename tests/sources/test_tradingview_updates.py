"""TradingView alerts about a running trade: move the stop, close a share, report a target, cancel.

They change every copy of the strategy's trade in the symbol through the services the UI and the
Telegram updates use; a malformed one is a 400 that names the field and changes nothing.
"""
import json
from decimal import ROUND_CEILING, ROUND_DOWN, Decimal

import pytest

from echotrade.models import AuditEvent
from execution.models import Fill, Position
from tests.helpers import committed, move_market
from tests.sources.conftest import PASSPHRASE
from traders.services import trader_update

pytestmark = pytest.mark.usefixtures("market")

URL = "/webhook/tradingview"
STEP = Decimal("0.00000001")
ENTRY = {
    "strategy": "tv_momentum", "action": "buy", "ticker": "BINANCE:BTCUSDT", "price": 67000,
    "stop_loss": 66000, "take_profits": [69000, 70000, 71000],
    "timestamp": "2025-07-19T20:30:00Z", "alert_name": "momentum_long_entry", "passphrase": PASSPHRASE,
}


def post(client, payload):
    with committed():
        return client.post(URL, data=json.dumps(payload), content_type="application/json")


def alert(action, timestamp="2025-07-19T21:00:00Z", **fields):
    return {**ENTRY, "action": action, "timestamp": timestamp, "alert_name": f"momentum_{action}", **fields}


def refreshed(positions):
    return [Position.objects.get(pk=p.pk) for p in positions]


def breakeven_long(position):
    """By hand from the copy's own fill: entry + fees per unit, rounded up to 1e-8."""
    return (position.entry_price + position.fees / position.quantity).quantize(STEP, rounding=ROUND_CEILING)


@pytest.fixture
def copies(anonymous, tv_momentum):
    assert post(anonymous, ENTRY).status_code == 202
    positions = list(Position.objects.filter(trader=tv_momentum).order_by("pk"))
    assert len(positions) >= 2 and all(p.status == Position.Status.OPEN for p in positions)
    return positions


def unchanged(positions) -> set:
    return {(p.pk, p.quantity, p.stop_loss, p.stop_kind, p.status) for p in refreshed(positions)}


# --- move_stop ---------------------------------------------------------------------------------
def test_move_stop_to_breakeven_puts_every_copy_at_entry_plus_fees(anonymous, copies):
    move_market("BTC/USDT", 68000)

    response = post(anonymous, alert("move_stop", to="breakeven"))

    assert response.status_code == 202
    body = response.json()
    assert {c["position"] for c in body["applied"]} == {p.pk for p in copies} and body["failed"] == []
    for position in refreshed(copies):
        assert position.stop_loss == breakeven_long(position) > position.entry_price
        assert position.stop_kind == "breakeven"


def test_move_stop_to_a_price_moves_every_copy(anonymous, copies):
    response = post(anonymous, alert("move_stop", to=66500))

    assert len(response.json()["applied"]) == len(copies)
    assert {(p.stop_loss, p.stop_kind) for p in refreshed(copies)} == {(Decimal("66500"), "fixed")}


def test_a_breakeven_alert_never_loosens_a_tighter_stop(anonymous, copies):
    move_market("BTC/USDT", 68500)
    post(anonymous, alert("move_stop", to="67900"))

    response = post(anonymous, alert("move_stop", timestamp="2025-07-19T21:05:00Z", to="breakeven"))

    assert all("already at or past breakeven" in c["detail"] for c in response.json()["applied"])
    assert {(p.stop_loss, p.stop_kind) for p in refreshed(copies)} == {(Decimal("67900"), "fixed")}


def test_a_stop_on_the_wrong_side_is_refused_per_copy_and_changes_nothing(anonymous, copies):
    before = unchanged(copies)

    response = post(anonymous, alert("move_stop", to=68000))  # the market is at 67,000

    body = response.json()
    assert response.status_code == 202 and body["applied"] == [] and len(body["failed"]) == len(copies)
    assert all("must be below the current price" in c["error"] for c in body["failed"])
    assert unchanged(copies) == before


# --- close with a fraction ------------------------------------------------------------------------
def test_close_with_a_fraction_closes_that_share_of_every_copy(anonymous, copies):
    before = {p.pk: p.quantity for p in copies}

    response = post(anonymous, alert("close", fraction=0.5))

    assert response.json()["fraction"] == "0.5" and set(response.json()["closed"]) == set(before)
    for position in refreshed(copies):
        closed = (before[position.pk] * Decimal("0.5")).quantize(STEP, rounding=ROUND_DOWN)
        assert position.status == Position.Status.OPEN and position.quantity == before[position.pk] - closed


def test_a_repeated_partial_close_closes_once(anonymous, copies):
    before = {p.pk: p.quantity for p in copies}
    post(anonymous, alert("close", fraction=0.25))

    again = post(anonymous, alert("close", fraction=0.25))

    assert again.status_code == 202 and again.json()["duplicate"] is True and again.json()["closed"] == []
    for position in refreshed(copies):
        closed = (before[position.pk] * Decimal("0.25")).quantize(STEP, rounding=ROUND_DOWN)
        assert position.quantity == before[position.pk] - closed


# --- tp_hit and cancel ----------------------------------------------------------------------------
def test_tp_hit_at_the_breakeven_rule_moves_the_stop_and_fills_nothing(anonymous, tv_momentum):
    trader_update(trader=tv_momentum, breakeven_after=2)
    post(anonymous, ENTRY)
    copies = list(Position.objects.filter(trader=tv_momentum))
    assert copies and all(p.breakeven_after == 2 for p in copies)
    move_market("BTC/USDT", 68000)
    fills = Fill.objects.count()

    response = post(anonymous, alert("tp_hit", target=2))

    assert len(response.json()["applied"]) == len(copies)
    for position in refreshed(copies):
        assert position.stop_loss == breakeven_long(position) and position.stop_kind == "breakeven"
        assert [t["status"] for t in position.targets] == ["open", "open", "open"]
    assert Fill.objects.count() == fills
    assert AuditEvent.objects.filter(action="tradingview.tp_hit").count() == len(copies)


def test_tp_hit_without_a_breakeven_rule_is_recorded_and_changes_nothing(anonymous, copies):
    before = unchanged(copies)

    response = post(anonymous, alert("tp_hit", target=1))

    assert all("stop unchanged" in c["detail"] for c in response.json()["applied"])
    assert unchanged(copies) == before


def test_cancel_leaves_filled_copies_open_and_says_so(anonymous, copies):
    response = post(anonymous, alert("cancel"))

    assert response.json()["applied"] == [] and all("already filled" in c["error"] for c in response.json()["failed"])
    assert {p.status for p in refreshed(copies)} == {Position.Status.OPEN}


# --- Alerts that cannot apply ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "fields, field",
    [
        ({"action": "move_stop"}, "to"),
        ({"action": "move_stop", "to": "moon"}, "to"),
        ({"action": "move_stop", "to": -5}, "to"),
        ({"action": "tp_hit"}, "target"),
        ({"action": "tp_hit", "target": 0}, "target"),
        ({"action": "tp_hit", "target": "2"}, "target"),
        ({"action": "close", "fraction": 1.5}, "fraction"),
        ({"action": "close", "fraction": "half"}, "fraction"),
        ({"action": "close", "fraction": 0}, "fraction"),
        ({"action": "trail_somehow"}, "action"),
    ],
)
def test_a_malformed_update_is_400_naming_the_field_and_changes_nothing(anonymous, copies, fields, field):
    before = unchanged(copies)

    response = post(anonymous, {**alert("x"), **fields})

    assert response.status_code == 400 and field in response.json()["errors"]
    assert unchanged(copies) == before


def test_an_update_for_a_symbol_without_copies_says_so(anonymous, copies):
    before = unchanged(copies)

    response = post(anonymous, alert("move_stop", ticker="ETHUSDT", to="breakeven"))

    body = response.json()
    assert response.status_code == 202 and body["applied"] == body["failed"] == []
    assert "no active position" in body["detail"]
    assert unchanged(copies) == before
