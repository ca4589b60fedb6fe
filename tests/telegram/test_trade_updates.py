"""A channel's updates to a running trade change every copy through the services the UI uses.

"Move SL to entry" puts each copy's stop at breakeven (its own average entry plus the fees it
paid per unit, rounded away from the entry), never looser than it was; "close half" closes half
of each copy; "TP2 hit" fills nothing and moves the stop only when the trade's breakeven rule
says so; a message that cannot apply says why and changes nothing.
"""
from datetime import timedelta
from decimal import ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR, Decimal

import pytest
from django.utils import timezone

from echotrade.models import AuditEvent
from execution.models import Fill, Order, Position
from signals.models import Signal
from signals.sources.telegram.handling import telegram_message_handle
from tests.helpers import committed, move_market

CHANNEL_ID = -1001234567890
STEP = Decimal("0.00000001")
# Fills at once (the market is at 67,000); the channel moves the stop to entry after its TP2.
BTC_SIGNAL = "BTC LONG 67500, SL 66000, TP 69000 70000 71000\nMove SL to entry after TP2"


def post(trader, text, message_id, *, reply_to=None):
    with committed():
        return telegram_message_handle(
            trader=trader, chat_id=CHANNEL_ID, message_id=message_id, text=text, date=timezone.now(),
            reply_to_message_id=reply_to,
        )


def copies_of(message_id):
    return list(Position.objects.filter(signal__external_id=f"tg:{CHANNEL_ID}:{message_id}").order_by("id"))


def refreshed(positions):
    return [Position.objects.get(pk=p.pk) for p in positions]


def breakeven_long(position):
    """Worked by hand from the copy's own fill: entry + fees per unit, rounded up to 1e-8."""
    return (position.entry_price + position.fees / position.quantity).quantize(STEP, rounding=ROUND_CEILING)


@pytest.fixture
def btc(alpha, market):
    post(alpha, BTC_SIGNAL, 101)
    positions = copies_of(101)
    assert len(positions) >= 2 and all(p.status == Position.Status.OPEN for p in positions)
    assert all(p.breakeven_after == 2 for p in positions)
    return positions


# --- Move the stop to breakeven -------------------------------------------------------------
def test_move_sl_to_entry_puts_every_copy_at_its_own_breakeven(btc, alpha):
    move_market("BTC/USDT", 68000)

    result = post(alpha, "Move SL to entry", 110, reply_to=101)

    assert len(result.applied) == len(btc) and not result.failed
    for position in refreshed(btc):
        assert position.stop_loss == breakeven_long(position) > position.entry_price
        assert position.stop_kind == "breakeven"
        stop_order = position.orders.get(purpose=Order.Purpose.STOP_LOSS, status__in=Order.WORKING_STATUSES)
        assert stop_order.trigger_price == position.stop_loss
    moves = AuditEvent.objects.filter(action="position.stop_moved", actor_label="telegram:alpha_signals")
    assert {e.object_id for e in moves} == {str(p.pk) for p in btc}


@pytest.mark.parametrize(
    "text", ["#BTC SL to breakeven", "#BTC Стоп в БУ", "#BTC 止损移至保本", "BTC mover stop a punto de equilibrio"]
)
def test_a_breakeven_message_naming_the_symbol_moves_every_copy_in_any_covered_language(btc, alpha, text):
    move_market("BTC/USDT", 68000)

    post(alpha, text, 110)

    assert all(p.stop_loss == breakeven_long(p) and p.stop_kind == "breakeven" for p in refreshed(btc))


def test_a_breakeven_move_never_loosens_a_tighter_stop(btc, alpha):
    move_market("BTC/USDT", 68500)
    post(alpha, "Move SL to 67900", 110, reply_to=101)  # above breakeven (about 67,048)

    result = post(alpha, "Move SL to breakeven", 111, reply_to=101)

    assert {(p.stop_loss, p.stop_kind) for p in refreshed(btc)} == {(Decimal("67900"), "fixed")}
    assert len(result.applied) == len(btc) and "already at or past breakeven" in result.summary
    kept = AuditEvent.objects.filter(action="position.stop_kept")
    assert kept.count() == len(btc) and all("stop stays at 67900" in e.message for e in kept)


def test_a_breakeven_above_the_price_is_refused_per_copy_and_changes_nothing(btc, alpha):
    # 67,020 is above each copy's entry (about 67,014) but below its breakeven: the stop would fill at once.
    move_market("BTC/USDT", 67020)

    result = post(alpha, "Move SL to entry", 110, reply_to=101)

    assert len(result.failed) == len(btc) and not result.applied
    assert "would fill at once" in result.summary
    assert {(p.stop_loss, p.stop_kind) for p in refreshed(btc)} == {(Decimal("66000"), "fixed")}


def test_a_short_copy_moves_its_stop_down_to_entry_less_fees(alpha, market):
    post(alpha, "ETH SHORT now, SL 3300, TP 3000 2900", 102)
    shorts = copies_of(102)
    assert shorts and all(p.status == Position.Status.OPEN for p in shorts)
    move_market("ETH/USDT", 3100)

    post(alpha, "#ETH SL to breakeven", 110)

    for position in refreshed(shorts):
        expected = (position.entry_price - position.fees / position.quantity).quantize(STEP, rounding=ROUND_FLOOR)
        assert position.stop_loss == expected < position.entry_price and position.stop_kind == "breakeven"


# --- Move the stop to a price, close a share, cancel ----------------------------------------------
def test_move_stop_to_a_price_moves_every_copy(btc, alpha):
    post(alpha, "#BTC move stop to 66500", 110)

    assert {(p.stop_loss, p.stop_kind) for p in refreshed(btc)} == {(Decimal("66500"), "fixed")}


@pytest.mark.parametrize(
    "text, fraction", [("#BTC close half", "0.5"), ("Close 50% BTC", "0.5"), ("#BTC close 25%", "0.25")]
)
def test_close_a_share_closes_that_share_of_every_copy(btc, alpha, text, fraction):
    before = {p.pk: p.quantity for p in btc}

    result = post(alpha, text, 110)

    assert len(result.applied) == len(btc)
    for position in refreshed(btc):
        closed = (before[position.pk] * Decimal(fraction)).quantize(STEP, rounding=ROUND_DOWN)
        assert position.status == Position.Status.OPEN and position.quantity == before[position.pk] - closed


def test_close_half_and_move_sl_to_entry_in_one_message_does_both(btc, alpha):
    before = {p.pk: p.quantity for p in btc}
    move_market("BTC/USDT", 68000)

    result = post(alpha, "Close half and move SL to entry", 110, reply_to=101)

    assert len(result.applied) == 2 * len(btc) and not result.failed
    for position in refreshed(btc):
        assert position.quantity == before[position.pk] - (before[position.pk] / 2).quantize(STEP, rounding=ROUND_DOWN)
        assert position.stop_loss == breakeven_long(position) and position.stop_kind == "breakeven"


def test_cancel_withdraws_every_pending_entry_and_gives_the_margin_back(alpha, market, accounts):
    cash = {name: account.cash for name, account in accounts.items()}
    post(alpha, "#ETH SHORT\nEntry 3250\nSL 3350\nTP 3100", 102)
    pending = copies_of(102)
    assert pending and all(p.status == Position.Status.PENDING for p in pending)

    post(alpha, "#ETH cancel", 110)

    assert {p.status for p in refreshed(pending)} == {Position.Status.CANCELLED}
    for account in accounts.values():
        account.refresh_from_db()
        assert account.cash == cash[account.name]


# --- A target the channel reports hit ------------------------------------------------------------
def test_tp2_hit_moves_the_stop_to_breakeven_when_the_rule_says_after_tp2_and_fills_nothing(btc, alpha):
    move_market("BTC/USDT", 68000)  # our market has reached no target: nothing of ours filled
    quantities = {p.pk: p.quantity for p in btc}
    fills = Fill.objects.count()

    result = post(alpha, "#BTC TP2 hit", 110)

    assert len(result.applied) == len(btc) and "filled 0 of 3" in result.summary
    for position in refreshed(btc):
        assert position.stop_loss == breakeven_long(position) and position.stop_kind == "breakeven"
        assert position.quantity == quantities[position.pk]
        assert [t["status"] for t in position.targets] == ["open", "open", "open"]
    assert Fill.objects.count() == fills
    assert AuditEvent.objects.filter(action="telegram.tp_hit").count() == len(btc)


def test_tp1_hit_before_the_breakeven_rule_leaves_the_stop_and_says_why(btc, alpha):
    move_market("BTC/USDT", 68000)

    result = post(alpha, "#BTC TP1 hit", 110)

    assert {(p.stop_loss, p.stop_kind) for p in refreshed(btc)} == {(Decimal("66000"), "fixed")}
    assert "stop unchanged (breakeven after target 2)" in result.summary


# --- Updates that cannot apply ------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, says",
    [
        ("Close some BTC", "does not say how much to close"),
        ("#DOGE close half", "no active position matches"),
        ("Close half", "names no symbol and replies to no signal"),
        ("BTC move SL to 68000", "stop loss must be below the current price"),
        ("Move SL to TP1", "Not a signal or an update"),
    ],
)
def test_an_update_that_cannot_apply_says_why_and_changes_nothing(btc, alpha, text, says):
    before = {(p.pk, p.quantity, p.stop_loss, p.status) for p in btc}

    result = post(alpha, text, 110)

    assert says in result.summary
    assert {(p.pk, p.quantity, p.stop_loss, p.status) for p in refreshed(btc)} == before


@pytest.mark.parametrize(
    "text",
    [
        "BTC LONG: move SL to 66800",
        "Update #BTC LONG: new stop 66800",
        "#BTC LONG\nEntry: 67000\nSL: 66000\nTP: 69000\nUpdate: move stop to 66800",
    ],
)
def test_an_update_naming_a_side_and_prices_never_opens_a_trade(btc, alpha, text):
    signals, positions = Signal.objects.count(), Position.objects.count()

    result = post(alpha, text, 110)

    assert result.outcome == "update" and result.applied
    assert Signal.objects.count() == signals and Position.objects.count() == positions


def test_a_close_at_a_price_it_cannot_place_is_held_and_opens_nothing(btc, alpha):
    # "close 50% at 68000": a close now, or a limit at 68,000? The parser is unsure, so nothing acts.
    signals, positions = Signal.objects.count(), Position.objects.count()
    before = {(p.pk, p.quantity, p.status) for p in refreshed(btc)}

    result = post(alpha, "BTCUSDT long - close 50% at 68000", 110)

    assert result.outcome == "update" and not result.applied
    assert "uncertain" in result.detail
    assert {(p.pk, p.quantity, p.status) for p in refreshed(btc)} == before
    assert Signal.objects.count() == signals and Position.objects.count() == positions


@pytest.mark.parametrize(
    "text",
    [
        "ETH LONG 3200 SL 3100 TP 3300 3400\nTake 50% profit at 3300",
        "ETH LONG 3200 SL 3100 TP 3300 3400\nClose 50% at TP1 and move SL to entry",
        "ETH LONG 3200 SL 3100 TP 3300 3400\nYou may move the stop to entry",
    ],
)
def test_a_signal_whose_plan_closes_part_or_moves_the_stop_later_is_still_a_signal(alpha, market, text):
    result = post(alpha, text, 120)

    assert result.outcome == "signal" and result.signal.symbol == "ETH/USDT"


def test_a_redelivered_update_applies_once(btc, alpha):
    before = {p.pk: p.quantity for p in btc}
    post(alpha, "#BTC close half", 110)

    again = post(alpha, "#BTC close half", 110)

    assert "already applied" in again.summary and not again.applied
    for position in refreshed(btc):
        assert position.quantity == before[position.pk] - (before[position.pk] / 2).quantize(STEP, rounding=ROUND_DOWN)


def test_an_update_is_applied_however_late_it_arrives(btc, alpha):
    """Unlike a signal, an update has no price that went stale: "close half" still means it."""
    with committed():
        result = telegram_message_handle(
            trader=alpha, chat_id=CHANNEL_ID, message_id=110, text="#BTC close half",
            date=timezone.now() - timedelta(hours=3),
        )

    assert len(result.applied) == len(btc)
