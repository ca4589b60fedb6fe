"""A channel cannot be answered 400: its implausible signal is recorded, and every following
account's decision is filtered (``implausible_signal``) naming the check. A parse the parser is
unsure of waits for a person in every account. The parse's hints and decimal leverage travel on."""
from decimal import Decimal

import pytest
from django.utils import timezone

from execution.market.services import quote_set
from execution.models import Position
from signals.models import Signal, SignalDecision
from signals.parsing import ParsedSignal
from signals.services import decision_approve, decision_reject
from signals.sources.telegram import handling
from signals.sources.telegram.handling import telegram_message_handle
from tests.helpers import committed

CHANNEL_ID = -1001234567890


def post(trader, text, message_id):
    with committed():
        return telegram_message_handle(trader=trader, chat_id=CHANNEL_ID, message_id=message_id, text=text, date=timezone.now())


def decisions_of(signal) -> dict[str, SignalDecision]:
    return {d.account.name: d for d in signal.decisions.select_related("account")}


@pytest.fixture
def parsed_as(monkeypatch):
    """Make the parser read ``parsed`` whatever the text: for a symbol no real parse produces."""
    def use(parsed: ParsedSignal):
        monkeypatch.setattr(handling, "parse_message", lambda text, **hints: parsed)
    return use


# --- The guard ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, check",
    [
        pytest.param("XAUUSD BUY 2350\nSL 2330\nTP 2370 2390", "market_not_listed", id="gold-not-listed"),
        pytest.param("#BTC LONG\nEntry 67500\nSL 68000\nTP 70000", "stop_on_wrong_side", id="stop-above-entry"),
        pytest.param("BTC LONG 67500 SL 66000 TP 67000", "target_on_wrong_side", id="target-below-entry"),
        pytest.param("BTC LONG 50000 SL 49000 TP 52000", "entry_far_from_market", id="entry-25pc-away"),
    ],
)
def test_an_implausible_signal_is_recorded_filtered_in_every_account_and_executes_nothing(alpha, market, text, check):
    result = post(alpha, text, 301)

    signal = Signal.objects.get(external_id=f"tg:{CHANNEL_ID}:301")
    assert result.outcome == "signal" and not result.copied and check in result.summary
    assert [f["check"] for f in signal.guard_failures] == [check]
    decisions = decisions_of(signal)
    assert set(decisions) == {"woods1", "angry", "handjob"}
    for decision in decisions.values():
        assert (decision.outcome, decision.reason) == ("filtered", "implausible_signal")
        assert decision.detail.startswith(f"{check}: ")
    assert not Position.objects.exists()


def test_a_symbol_that_is_no_pair_is_recorded_as_invalid_symbol(alpha, market, parsed_as):
    parsed_as(ParsedSignal(
        symbol="12/USDT", side="long", entry=[Decimal(12)], stop_loss=Decimal(11), take_profits=[Decimal(13)],
        leverage=None, margin_mode=None,
    ))

    post(alpha, "12 LONG 12 SL 11 TP 13", 302)

    signal = Signal.objects.get(external_id=f"tg:{CHANNEL_ID}:302")
    assert [(f["check"], f["field"]) for f in signal.guard_failures] == [("invalid_symbol", "symbol")]
    assert {(d.outcome, d.reason) for d in signal.decisions.all()} == {("filtered", "implausible_signal")}
    assert not Position.objects.exists()


def test_an_implausible_signal_is_never_pending_even_when_uncertain(alpha, market):
    post(alpha, "#BTC LONG\nEntry 67500\nSL 68000\nTP 70000", 304)  # the parser doubts it too

    signal = Signal.objects.get(external_id=f"tg:{CHANNEL_ID}:304")
    assert signal.certainty == "low"
    assert {d.outcome for d in signal.decisions.all()} == {"filtered"}


# --- Certainty ---------------------------------------------------------------------------------
UNSURE = "BTC ETH LONG 67500 SL 66000 TP 69000"  # two pairs named: which one is the trade? (fills at once)


def test_a_low_certainty_parse_waits_for_review_in_every_account(alpha, market, handjob):
    assert not handjob.approval_required

    result = post(alpha, UNSURE, 310)

    signal = result.signal
    assert signal.certainty == "low" and [r["code"] for r in signal.certainty_reasons] == ["two_pairs"]
    assert "waits for a person" in result.summary
    decisions = decisions_of(signal)
    assert set(decisions) == {"woods1", "angry", "handjob"}
    for decision in decisions.values():
        assert (decision.outcome, decision.reason) == ("pending", "needs_review")
        assert "also ETH/USDT" in decision.detail
    assert not Position.objects.exists()


def test_approving_a_reviewed_parse_screens_it_and_executes_it(alpha, market, handjob, woods1, staff_user):
    decisions = decisions_of(post(alpha, UNSURE, 311).signal)

    approved = decision_approve(decision=decisions["handjob"], actor=staff_user)
    screened = decision_approve(decision=decisions["woods1"], actor=staff_user)

    assert (approved.outcome, approved.decided_by) == ("executed", staff_user)
    assert Position.objects.get(pk=approved.position_id).status == Position.Status.OPEN
    # The rest of the screening runs at approval: the trader's 0.8 is below woods1's 0.85.
    assert (screened.outcome, screened.reason) == ("filtered", "confidence_below_threshold")


def test_rejecting_a_reviewed_parse_executes_nothing(alpha, market, staff_user):
    decisions = decisions_of(post(alpha, UNSURE, 312).signal)

    rejected = decision_reject(decision=decisions["angry"], actor=staff_user)

    assert (rejected.outcome, rejected.reason) == ("rejected", "rejected_by_user")
    assert not Position.objects.exists()


# --- The parse travels on ------------------------------------------------------------------------
LADDER = (
    "#BTC/USDT LONG\nEntry 1) 67000 (50%) 2) 66500 (50%)\nTP1 68000 (40%)\nTP2 69000 (60%)\nSL 65000\n"
    "Move SL to entry after TP1\nLeverage 12.5x"
)


def test_the_ladder_allocations_hints_and_decimal_leverage_are_stored(alpha, market):
    signal = post(alpha, LADDER, 320).signal

    assert (signal.entry_kind, signal.entries) == ("zone", ["66500", "67000"])
    assert (signal.entry_low, signal.entry_high) == (Decimal("66500"), Decimal("67000"))
    assert signal.entry_allocations == ["0.5", "0.5"] and signal.take_profit_allocations == ["0.4", "0.6"]
    assert signal.breakeven_after == 1 and signal.leverage == Decimal("12.5")
    assert Signal.objects.get(pk=signal.pk).leverage == Decimal("12.5")


def test_a_12_5x_signal_trades_at_12x_where_allowed_and_is_filtered_as_12_5x_elsewhere(alpha, market, angry, handjob):
    alpha.max_leverage = 20
    alpha.save(update_fields=["max_leverage"])
    quote_set(symbol="OP/USDT", price=Decimal("1.85"), bid=Decimal("1.849"), ask=Decimal("1.851"))

    signal = post(alpha, "#OPUSDT SHORT\nEntry: 1.845\nTP: 1.79\nSL: 1.915\nLeverage: 12.5x", 321).signal

    decisions = decisions_of(signal)
    assert decisions["angry"].outcome == "executed"  # angry allows 20x
    assert Position.objects.get(pk=decisions["angry"].position_id).leverage == 12
    assert (decisions["handjob"].reason, decisions["handjob"].detail) == ("leverage_above_max", "leverage 12.5x > 10x")


# --- Never copied ----------------------------------------------------------------------------------
def test_a_stale_signal_is_never_copied_later_by_the_sweep(alpha, market):
    from datetime import timedelta

    from signals.tasks import sweep_undecided_signals

    with committed():
        result = telegram_message_handle(
            trader=alpha, chat_id=CHANNEL_ID, message_id=330, text="BTC LONG 67500 SL 66000 TP 69000",
            date=timezone.now() - timedelta(hours=2),
        )

    assert not result.copied and result.signal.pk not in sweep_undecided_signals(older_than_seconds=0)
    assert not Position.objects.exists()
