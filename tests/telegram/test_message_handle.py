"""What one allowed Telegram message does: a signal is copied, an update changes positions."""
from datetime import timedelta
from decimal import ROUND_CEILING, Decimal

import pytest
from django.utils import timezone

from echotrade.models import AuditEvent
from execution.models import Position
from signals.models import Signal
from signals.sources.telegram.handling import telegram_message_handle
from tests.helpers import committed, move_market

CHANNEL_ID = -1001234567890
BTC_SIGNAL = "BTC LONG 67500, SL 66000, TP 69000 70000"  # fills at once: the market is at 67,000
ETH_SIGNAL = "#ETH SHORT\nEntry 3250\nSL 3350\nTP 3100"  # rests: the market is at 3,200


def post(trader, text, message_id, *, reply_to=None, ago=timedelta(0), edited=False):
    """One message handled and committed, as the listener does: a signal's copy task runs after."""
    with committed():
        return telegram_message_handle(
            trader=trader, chat_id=CHANNEL_ID, message_id=message_id, text=text, date=timezone.now() - ago,
            reply_to_message_id=reply_to, edited=edited,
        )


def positions_of(message_id):
    return list(Position.objects.filter(signal__external_id=f"tg:{CHANNEL_ID}:{message_id}").order_by("id"))


@pytest.fixture
def btc(alpha, market):
    """The channel's BTC long, copied into the accounts that take it: open positions."""
    post(alpha, BTC_SIGNAL, 101)
    positions = positions_of(101)
    assert positions and all(p.status == Position.Status.OPEN for p in positions)
    return positions


@pytest.fixture
def eth(alpha, market):
    """The channel's ETH short at 3,250: pending entries."""
    post(alpha, ETH_SIGNAL, 102)
    positions = positions_of(102)
    assert positions and all(p.status == Position.Status.PENDING for p in positions)
    return positions


def refreshed(positions):
    return [Position.objects.get(pk=p.pk) for p in positions]


# --- Signals ---------------------------------------------------------------------------------
def test_it_records_a_signal_with_telegram_ids_and_the_traders_default_confidence(alpha, market):
    posted = timezone.now() - timedelta(seconds=30)
    result = telegram_message_handle(trader=alpha, chat_id=CHANNEL_ID, message_id=101, text=BTC_SIGNAL, date=posted)

    signal = Signal.objects.get(external_id=f"tg:{CHANNEL_ID}:101")
    assert result.outcome == "signal" and result.copied and result.signal == signal
    assert (signal.trader, signal.symbol, signal.side, signal.entry_low) == (alpha, "BTC/USDT", "long", Decimal("67500"))
    assert signal.stop_loss == Decimal("66000") and signal.take_profits == ["69000", "70000"]
    assert signal.confidence == alpha.default_confidence
    assert signal.source_time == posted
    assert signal.raw == {"text": BTC_SIGNAL, "chat_id": CHANNEL_ID, "message_id": 101}


def test_it_copies_a_fresh_signal_into_positions(btc):
    assert {p.symbol for p in btc} == {"BTC/USDT"}


def test_it_records_a_stale_signal_without_copying_it(alpha, market):
    result = post(alpha, BTC_SIGNAL, 101, ago=timedelta(hours=2))

    assert result.outcome == "signal" and not result.copied and "not copied" in result.summary
    assert result.signal.decisions.count() == 0 and not Position.objects.exists()


def test_it_records_a_redelivered_message_as_a_duplicate_that_executes_nothing(btc, alpha):
    result = post(alpha, BTC_SIGNAL, 101)

    assert "Repeat of signal" in result.summary and result.signal.is_duplicate
    assert len(positions_of(101)) == len(btc)


def test_it_spans_a_ladder_of_entries_as_one_zone(alpha, market):
    post(alpha, "#BTC LONG\nEntry Targets: 1) 66000 2) 65500 3) 65000\nSL 64000\nTP 69000", 103)

    signal = Signal.objects.get(external_id=f"tg:{CHANNEL_ID}:103")
    assert (signal.entry_kind, signal.entry_low, signal.entry_high) == ("zone", Decimal("65000"), Decimal("66000"))


def test_it_reports_an_invalid_signal_without_recording_it(alpha, market):
    # A leverage no venue offers is not a signal's field at all: refused, nothing recorded. (A stop
    # on the wrong side is a plausibility failure since issue 12: recorded, copied nowhere, see
    # tests/telegram/test_guard_and_review.py.)
    result = post(alpha, "BTC LONG 67500 SL 66000 TP 70000 Leverage 150x", 104)

    assert result.outcome == "rejected" and "leverage" in result.summary
    assert not Signal.objects.exists()


def test_it_does_nothing_with_chatter(alpha, market):
    result = post(alpha, "Good morning everyone! Coffee first ☕", 105)

    assert result.outcome == "ignored" and not Signal.objects.exists() and not AuditEvent.objects.filter(action__startswith="telegram.").exists()


# --- Updates on the signal a message replies to ----------------------------------------------
def test_a_reply_close_half_closes_half_of_each_position_of_that_signal(btc, eth, alpha):
    before = {p.pk: p.quantity for p in btc}

    result = post(alpha, "Close half", 110, reply_to=101)

    assert len(result.applied) == len(btc) and not result.failed
    for position in refreshed(btc):
        assert position.status == Position.Status.OPEN and position.quantity < before[position.pk]
    assert all(p.status == Position.Status.PENDING for p in refreshed(eth))


def test_a_reply_close_all_closes_the_positions(btc, alpha):
    post(alpha, "Close all", 110, reply_to=101)

    assert {p.status for p in refreshed(btc)} == {Position.Status.CLOSED}


def breakeven(position) -> Decimal:
    """A long's fill price plus the fees it paid per unit, rounded up: the stop at which it loses nothing."""
    return (position.entry_price + position.fees / position.quantity).quantize(Decimal("1E-8"), rounding=ROUND_CEILING)


def test_a_reply_move_stop_to_entry_puts_each_stop_at_its_breakeven(btc, alpha):
    move_market("BTC/USDT", 68000)  # a stop at entry must be below the price: the trade is in profit

    post(alpha, "Move stop to entry", 110, reply_to=101)

    for position in refreshed(btc):
        assert (position.stop_loss, position.stop_kind) == (breakeven(position), "breakeven")


def test_a_reply_move_stop_to_a_price_moves_it(btc, alpha):
    post(alpha, "Move SL to 66800", 110, reply_to=101)

    assert {p.stop_loss for p in refreshed(btc)} == {Decimal("66800")}


def test_a_reply_cancel_withdraws_pending_entries(eth, alpha):
    result = post(alpha, "Cancelled", 110, reply_to=102)

    assert {p.status for p in refreshed(eth)} == {Position.Status.CANCELLED}
    assert len(result.applied) == len(eth)


def test_a_cancel_leaves_a_filled_position_open_and_says_so(btc, alpha):
    result = post(alpha, "Cancelled", 110, reply_to=101)

    assert {p.status for p in refreshed(btc)} == {Position.Status.OPEN}
    assert len(result.failed) == len(btc) and "already filled" in result.summary


def test_a_reply_target_hit_executes_nothing_and_is_audited(btc, alpha):
    before = {p.pk: (p.status, p.quantity) for p in btc}

    result = post(alpha, "Target 1 reached ✅", 110, reply_to=101)

    assert result.update_kind == "tp_hit" and len(result.applied) == len(btc)
    assert {p.pk: (p.status, p.quantity) for p in refreshed(btc)} == before
    events = AuditEvent.objects.filter(action="telegram.tp_hit")
    assert {e.object_id for e in events} == {str(p.pk) for p in btc}


def test_each_applied_change_is_audited_with_the_message_it_came_from(btc, alpha):
    post(alpha, "Close half", 110, reply_to=101)

    events = AuditEvent.objects.filter(action="telegram.update_applied")
    assert {e.object_id for e in events} == {str(p.pk) for p in btc}
    assert all(f"tg:{CHANNEL_ID}:110" in e.message and e.actor_label == "telegram:alpha_signals" for e in events)


def test_a_reply_to_a_signal_applies_only_to_that_signal(alpha, market):
    post(alpha, BTC_SIGNAL, 101)
    post(alpha, "BTC LONG 67600, SL 66100, TP 69000", 102)

    post(alpha, "Close all", 110, reply_to=102)

    assert {p.status for p in positions_of(101)} == {Position.Status.OPEN}
    assert {p.status for p in positions_of(102)} == {Position.Status.CLOSED}


# --- Updates without a reply: the trader's positions in the symbol ---------------------------
def test_a_close_naming_a_symbol_closes_the_traders_positions_in_it(btc, eth, alpha):
    post(alpha, "ETH/USDT Close 50%", 110)  # pending entries cannot close by half: reported

    post(alpha, "Close all BTC", 111)

    assert {p.status for p in refreshed(btc)} == {Position.Status.CLOSED}
    assert {p.status for p in refreshed(eth)} == {Position.Status.PENDING}


def test_a_move_stop_naming_a_symbol_moves_its_stops(btc, alpha):
    move_market("BTC/USDT", 68000)

    post(alpha, "BTC move SL to breakeven", 110)

    assert all((p.stop_loss, p.stop_kind) == (breakeven(p), "breakeven") for p in refreshed(btc))


def test_a_cancel_naming_a_symbol_cancels_its_pending_entries(eth, alpha):
    post(alpha, "Cancel ETH signal", 110)

    assert {p.status for p in refreshed(eth)} == {Position.Status.CANCELLED}


def test_a_target_hit_naming_a_symbol_is_audited_per_position(btc, alpha):
    post(alpha, "BTC Target 1 reached ✅", 110)

    assert AuditEvent.objects.filter(action="telegram.tp_hit").count() == len(btc)


def test_an_update_never_touches_another_traders_positions(btc, alpha, whale):
    result = telegram_message_handle(
        trader=whale, chat_id=555111, message_id=9, text="Close all BTC", date=timezone.now()
    )

    assert "no active position matches" in result.summary
    assert {p.status for p in refreshed(btc)} == {Position.Status.OPEN}


def test_an_update_without_symbol_or_reply_matches_nothing(btc, alpha):
    result = post(alpha, "Close all", 110)

    assert result.outcome == "update" and "names no symbol" in result.summary and not result.applied
    assert {p.status for p in refreshed(btc)} == {Position.Status.OPEN}


# --- Errors are reported per position, never raised ------------------------------------------
def test_a_stop_on_the_wrong_side_is_reported_per_position(btc, alpha):
    result = post(alpha, "BTC move SL to 68000", 110)

    assert len(result.failed) == len(btc) and "stop loss must be below the current price" in result.summary
    assert {p.stop_loss for p in refreshed(btc)} == {Decimal("66000")}
    assert not AuditEvent.objects.filter(action="telegram.update_applied").exists()


def test_a_partial_close_of_pending_entries_is_reported_not_raised(eth, alpha):
    result = post(alpha, "Close half", 110, reply_to=102)

    assert len(result.failed) == len(eth) and not result.applied
    assert {p.status for p in refreshed(eth)} == {Position.Status.PENDING}


def test_move_stop_to_entry_skips_an_unfilled_entry(eth, alpha):
    result = post(alpha, "Move stop to entry", 110, reply_to=102)

    assert "entry not filled yet" in result.summary
    assert {p.stop_loss for p in refreshed(eth)} == {Decimal("3350")}


# --- Edits ------------------------------------------------------------------------------------
def test_an_edit_of_a_message_that_made_a_signal_changes_nothing(btc, alpha):
    result = post(alpha, "BTC LONG 67500, SL 65000, TP 69000 70000", 101, edited=True)

    assert result.outcome == "ignored" and "already produced signal" in result.summary
    assert Signal.objects.count() == 1 and {p.stop_loss for p in refreshed(btc)} == {Decimal("66000")}


def test_an_edited_update_is_not_applied(btc, alpha):
    result = post(alpha, "Close all", 110, reply_to=101, edited=True)

    assert result.outcome == "ignored"
    assert {p.status for p in refreshed(btc)} == {Position.Status.OPEN}


def test_an_edit_that_turns_chatter_into_a_signal_is_taken_as_new(alpha, market):
    post(alpha, "BTC LONG soon, details in a minute", 101)

    result = post(alpha, BTC_SIGNAL, 101, edited=True)

    assert result.outcome == "signal" and result.copied and positions_of(101)


# --- A cancel of the earlier order followed by the call that replaces it ------------------------
REPLACING_ETH = "Cancel the old ETH order.\nNew entry: #ETH SHORT\nEntry 3300\nSL 3400\nTP 3150"


def test_a_replacing_call_withdraws_the_earlier_pending_entries_and_copies_the_new_call(eth, alpha):
    result = post(alpha, REPLACING_ETH, 110)

    assert {p.status for p in refreshed(eth)} == {Position.Status.CANCELLED}
    assert result.outcome == "signal" and result.copied and len(result.applied) == len(eth)
    new = positions_of(110)
    assert new and {(p.status, p.symbol) for p in new} == {(Position.Status.PENDING, "ETH/USDT")}
    assert Signal.objects.get(external_id=f"tg:{CHANNEL_ID}:110").entry_low == Decimal("3300")
    assert "entry cancelled" in result.summary and "Then: Signal #" in result.summary


def test_a_redelivered_replacing_call_withdraws_and_copies_nothing_again(eth, alpha):
    post(alpha, REPLACING_ETH, 110)
    copies = len(positions_of(110))

    again = post(alpha, REPLACING_ETH, 110)

    assert "already applied" in again.summary and "Repeat of signal" in again.summary
    assert len(positions_of(110)) == copies
    assert {p.status for p in positions_of(110)} == {Position.Status.PENDING}


def test_a_cancel_notice_repeating_its_plan_opens_no_trade(eth, alpha):
    result = post(alpha, "❌ Signal cancelled ❌\n#ETH SHORT Entry 3250 SL 3350 TP 3100", 110, reply_to=102)

    assert result.outcome == "update" and result.update_kind == "cancel"
    assert {p.status for p in refreshed(eth)} == {Position.Status.CANCELLED}
    assert not positions_of(110)
