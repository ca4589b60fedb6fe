"""POST /api/signals and the plausibility guard, the management hints and decimal leverage.

A REST caller is answered: an implausible signal is a 400 naming the failed check's code and its
field, and nothing is stored (no signal, no decision, no audit event, no position).
"""
from decimal import Decimal

import pytest

from echotrade.models import AuditEvent
from execution.models import Position
from signals.models import Signal, SignalDecision

pytestmark = pytest.mark.usefixtures("market", "outermost_atomic_commits")  # BTC at 67,000; the copy runs

SIGNAL = {
    "trader": "yun_qiang", "symbol": "BTC/USDT", "side": "long", "entry": 67000, "stop_loss": 65000,
    "take_profits": [69000, 71000], "leverage": 5, "confidence": 0.9,
}


def post(api, **fields):
    return api.post("/api/signals", SIGNAL | fields, format="json")


def assert_nothing_stored():
    assert not Signal.objects.exists() and not SignalDecision.objects.exists() and not Position.objects.exists()
    assert not AuditEvent.objects.filter(action__startswith="signal.").exists()


@pytest.mark.parametrize(
    "fields, code, field",
    [
        pytest.param({"symbol": 12}, "invalid_symbol", "symbol", id="symbol-a-number"),
        pytest.param({"symbol": "12"}, "invalid_symbol", "symbol", id="symbol-digits"),
        pytest.param({"symbol": ["BTC/USDT"]}, "invalid_symbol", "symbol", id="symbol-a-list"),
        pytest.param({"symbol": "BTC/EUR", "entry": None, "stop_loss": None, "take_profits": []},
                     "market_not_listed", "symbol", id="not-listed"),
        pytest.param({"stop_loss": 68000}, "stop_on_wrong_side", "stop_loss", id="stop-above-a-longs-entry"),
        pytest.param({"side": "short", "stop_loss": 66000, "take_profits": [65000]}, "stop_on_wrong_side", "stop_loss",
                     id="stop-below-a-shorts-entry"),
        pytest.param({"take_profits": [69000, 66000]}, "target_on_wrong_side", "take_profits", id="target-below-a-longs-entry"),
        pytest.param({"entry": None, "stop_loss": 67500}, "stop_on_wrong_side", "stop_loss", id="market-stop-above-price"),
        pytest.param({"entry": 50000, "stop_loss": 49000, "take_profits": [52000]}, "entry_far_from_market", "entry",
                     id="entry-25pc-below"),
        pytest.param({"entry": [66000, 80000], "stop_loss": 65000, "take_profits": [82000]}, "entry_far_from_market",
                     "entry", id="zone-end-far"),
    ],
)
def test_an_implausible_signal_is_refused_with_its_code_and_field_and_nothing_is_stored(api, yun_qiang, fields, code, field):
    response = post(api, **fields)

    assert response.status_code == 400, response.content
    body = response.json()
    assert body["code"] == code and body["errors"][field]
    assert {"check": code, "field": field} == {k: body["checks"][0][k] for k in ("check", "field")}
    assert code in body["detail"]
    assert_nothing_stored()


def test_every_failed_check_is_listed(api, yun_qiang):
    body = post(api, stop_loss=68000, take_profits=[66000]).json()

    assert [c["check"] for c in body["checks"]] == ["stop_on_wrong_side", "target_on_wrong_side"]
    assert set(body["errors"]) == {"stop_loss", "take_profits"}


def test_the_allowed_distance_is_a_setting(api, yun_qiang, settings):
    settings.SIGNAL_MAX_ENTRY_DEVIATION = "0.30"

    assert post(api, entry=50000, stop_loss=49000, take_profits=[52000]).status_code == 201


def test_a_repeat_of_a_stored_signal_is_a_duplicate_even_after_the_market_moved(api, yun_qiang):
    from tests.helpers import move_market

    assert post(api, external_id="x-1").status_code == 201
    move_market("BTC/USDT", 40000)

    assert post(api, external_id="x-1").status_code == 200


@pytest.fixture
def feed_down_at_receipt(monkeypatch):
    """Our price feed fails while the signal is received; the copy (a moment later) has a price."""
    from echotrade.exceptions import MarketDataUnavailable
    from signals.services import ingest

    def down(**_):
        raise MarketDataUnavailable("ccxt:binance is unreachable")

    monkeypatch.setattr(ingest, "quote_get", down)


def test_without_a_price_the_signal_is_taken_and_checked_against_the_market_when_copied(api, yun_qiang, feed_down_at_receipt):
    response = post(api, entry=50000, stop_loss=49000, take_profits=[52000])

    assert response.status_code == 201, response.content  # our outage does not refuse the trader's signal
    signal = Signal.objects.get()
    assert "unreachable" in signal.guard_note and signal.market_checked
    assert [f["check"] for f in signal.guard_failures] == ["entry_far_from_market"]
    assert {(d.outcome, d.reason) for d in signal.decisions.all()} == {("filtered", "implausible_signal")}
    assert not Position.objects.exists()


def test_a_plausible_signal_received_without_a_price_executes_and_its_decision_says_so(api, yun_qiang, handjob, feed_down_at_receipt):
    post(api)

    decision = SignalDecision.objects.get(account=handjob)
    assert decision.outcome == "executed" and "checked against the market when copied" in decision.detail


# --- The parse's hints ---------------------------------------------------------------------------
def test_a_ladder_its_allocations_and_the_management_hints_are_stored_and_shown(api, yun_qiang):
    response = post(
        api, entry=None, entries=[67000, 66000, 66500], entry_allocations=[0.5, 0.2, 0.3],
        take_profit_allocations=["0.25", "0.75"], breakeven_after=1,
        trailing={"kind": "percent_below_highest", "callback_pct": 1.5, "activate_after_target": 2},
    )

    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["entry_kind"], body["entry_low"], body["entry_high"]) == ("zone", "66000", "67000")
    # Ascending, each allocation still beside its price.
    assert (body["entries"], body["entry_allocations"]) == (["66000", "66500", "67000"], ["0.2", "0.3", "0.5"])
    assert (body["take_profit_allocations"], body["breakeven_after"]) == (["0.25", "0.75"], 1)
    assert body["trailing"] == {"kind": "percent_below_highest", "callback_pct": "1.5", "activate_after_target": 2}


def test_thirds_sent_as_floats_are_fractions_that_sum_to_one(api, yun_qiang):
    body = post(api, entry=None, entries=[66000, 66500, 67000], entry_allocations=[1 / 3] * 3).json()

    assert sum(Decimal(a) for a in body["entry_allocations"]) == 1


@pytest.mark.parametrize(
    "fields, field",
    [
        pytest.param({"entry_allocations": [0.5, 0.6]}, "entry_allocations", id="sum-above-1"),
        pytest.param({"entry_allocations": [0.5, 0.3]}, "entry_allocations", id="sum-below-1"),
        pytest.param({"entry_allocations": [1]}, "entry_allocations", id="count-differs"),
        pytest.param({"entry_allocations": [0, 1]}, "entry_allocations", id="zero-leg"),
        pytest.param({"entry_allocations": [-0.5, 1.5]}, "entry_allocations", id="negative-leg"),
        pytest.param({"entry_allocations": ["half", "half"]}, "entry_allocations", id="not-numbers"),
        pytest.param({"entry_allocations": 1}, "entry_allocations", id="not-a-list"),
        pytest.param({"entry": None, "entries": None, "entry_allocations": [1]}, "entry_allocations", id="market-entry"),
        pytest.param({"take_profit_allocations": [0.5, 0.25, 0.25]}, "take_profit_allocations", id="targets-count"),
        pytest.param({"take_profit_allocations": [0.7, 0.7]}, "take_profit_allocations", id="targets-sum"),
        pytest.param({"entry": 67000, "entries": [67000]}, "entries", id="entry-and-entries"),
        pytest.param({"entries": [66000, 66000]}, "entries", id="ladder-price-twice"),
        pytest.param({"entries": list(range(60000, 60011))}, "entries", id="ladder-too-long"),
        pytest.param({"breakeven_after": 0}, "breakeven_after", id="breakeven-0"),
        pytest.param({"breakeven_after": "first"}, "breakeven_after", id="breakeven-text"),
        pytest.param({"trailing": {"kind": "sideways"}}, "trailing", id="trailing-kind"),
        pytest.param({"trailing": {"kind": "percent_below_highest"}}, "trailing", id="trailing-no-callback"),
        pytest.param({"trailing": {"kind": "percent_below_highest", "callback_pct": 150}}, "trailing", id="trailing-150pc"),
        pytest.param({"trailing": "yes"}, "trailing", id="trailing-text"),
    ],
)
def test_malformed_allocations_and_hints_are_refused_with_the_field(api, yun_qiang, fields, field):
    body = {"entries": [66000, 67000], "entry": None} | fields
    response = post(api, **body)

    assert response.status_code == 400, response.content
    assert field in response.json()["errors"] and response.json()["code"] == "invalid"
    assert_nothing_stored()


# --- Decimal leverage ------------------------------------------------------------------------------
def test_a_decimal_leverage_is_kept_and_the_copy_trades_at_the_whole_leverage_below(api, yun_qiang, handjob):
    response = post(api, leverage=7.5)

    assert response.status_code == 201, response.content
    assert response.json()["leverage"] == 7.5
    signal = Signal.objects.get()
    assert signal.leverage == Decimal("7.5")
    decision = SignalDecision.objects.get(signal=signal, account=handjob)
    assert decision.outcome == "executed" and decision.position.leverage == 7
    assert decision.sizing["leverage"] == 7 and "7.5x" in decision.detail


def test_a_decimal_leverage_above_the_maximum_is_filtered_as_stated(api, yun_qiang, handjob):
    response = post(api, leverage=10.5)  # yun_qiang allows 10x: 10.5 is above it, though it would trade at 10x

    decision = SignalDecision.objects.get(signal_id=response.json()["id"], account=handjob)
    assert (decision.outcome, decision.reason, decision.detail) == ("filtered", "leverage_above_max", "leverage 10.5x > 10x")
