"""A copied trade managed end to end: the real copy pipeline opens it, the real monitor runs it.

Every figure is worked out by hand in the comments. The market is SOL/USDT with no spread
(bid = ask = last) and handjob pays no slippage, so a market order fills at the price, a resting
limit at its own price. handjob's fees: taker 0.0005, maker 0.0002. A copy is 2 % of 100,000 =
2,000 notional = 20 SOL at 100, at 2x leverage: 1,000 of margin.

After every step handjob's books balance exactly:
    equity = cash + margin + unrealised = 100,000 + realised − fees − funding + unrealised
"""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
import time_machine

from accounts.models import Account
from echotrade.events import account_group
from echotrade.models import AuditEvent
from execution.models import Fill, Order, Position
from execution.selectors import account_summary
from execution.services import position_close
from execution.services.accounting import q8
from tests.helpers import committed, decision_of, move_market, send_signal
from traders.models import Trader

D = Decimal
SOL = "SOL/USDT"
ZONE = ["96", "100"]  # a long ladder: 100 first, then 96


@pytest.fixture
def handjob(handjob):
    Account.objects.filter(pk=handjob.pk).update(slippage_bps=D(0))
    return handjob


def tick(price) -> None:
    move_market(SOL, D(str(price)), spread=D(0))


def copy(handjob, side="long", **fields) -> Position:
    fields.setdefault("leverage", 2)
    fields.setdefault("stop_loss", "90")
    signal = send_signal("yun_qiang", SOL, side, **fields)
    decision = decision_of(signal, handjob)
    assert decision.outcome == "executed", decision.detail
    return decision.position


def trader_set(**fields) -> None:
    Trader.objects.filter(pk="yun_qiang").update(**fields)


def books(account: Account, equity: Decimal) -> None:
    """The account's equity is ``equity``, and every way of counting it agrees, to the last digit."""
    account.refresh_from_db()
    rows = list(Position.objects.filter(account=account))
    active = [p for p in rows if p.is_active]
    unrealised = sum((p.unrealised_pnl for p in active), D(0))
    assert account.cash + sum((p.margin for p in active), D(0)) + unrealised == equity
    realised, fees, funding = (sum((getattr(p, f) for p in rows), D(0)) for f in ("realised_pnl", "fees", "funding"))
    assert account.starting_balance + realised - fees - funding + unrealised == equity
    assert q8(account_summary(account=account).equity) == equity


def working(position: Position, purpose: str) -> list[tuple[Decimal, Decimal]]:
    """(price or trigger, quantity) of the position's working orders of ``purpose``, lowest first."""
    orders = position.orders.filter(purpose=purpose, status__in=Order.WORKING_STATUSES)
    return sorted((o.price or o.trigger_price, o.quantity) for o in orders)


def stop_moves(position: Position) -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(action="position.stop_moved", object_id=str(position.pk)).order_by("id"))


# --- targets and the stop -------------------------------------------------------------------------
@pytest.mark.usefixtures("yun_qiang")
def test_half_at_tp1_moves_the_stop_to_entry_plus_fees_and_the_rest_leaves_there(handjob, pushed):
    tick(100)
    position = copy(handjob, take_profits=["110", "120", "130"], take_profit_allocations=["0.5", "0.25", "0.25"],
                    breakeven_after=1)
    # 20 SOL at 100: margin 1,000, taker fee 2,000 × 0.0005 = 1. Targets 10 / 5 / 5.
    assert (position.quantity, position.entry_price, position.margin, position.fees) == (D(20), D(100), D(1000), D(1))
    assert working(position, "take_profit") == [(D(110), D(10)), (D(120), D(5)), (D(130), D(5))]
    assert working(position, "stop_loss") == [(D(90), D(20))]
    books(handjob, D("99999"))

    with committed():
        tick(110)
    position.refresh_from_db()
    # TP1: 10 at 110 as a maker: +100 of P&L, fee 1,100 × 0.0002 = 0.22; half the margin (500) back.
    fill = Fill.objects.get(position=position, order__purpose="take_profit")
    assert (fill.price, fill.quantity, fill.fee, fill.liquidity) == (D(110), D(10), D("0.22"), "maker")
    # Breakeven: 100 + fees paid 1.22 over the 10 still open = 100.122.
    assert (position.quantity, position.realised_pnl, position.fees) == (D(10), D(100), D("1.22"))
    assert (position.stop_loss, position.stop_kind) == (D("100.122"), "breakeven")
    assert [t["status"] for t in position.targets] == ["filled", "open", "open"]
    assert working(position, "stop_loss") == [(D("100.122"), D(10))]  # moved, and covers the rest
    assert working(position, "take_profit") == [(D(120), D(5)), (D(130), D(5))]
    [moved] = stop_moves(position)
    assert (D(moved.before["stop_loss"]), moved.before["stop_kind"]) == (D(90), "fixed")
    assert (D(moved.after["stop_loss"]), moved.after["stop_kind"], D(moved.after["price"])) == (
        D("100.122"), "breakeven", D(110),
    )
    assert any(
        group == account_group(handjob.pk) and message["event"]["action"] == "position.stop_moved"
        for group, message in pushed
    )
    # cash 100,000 − 1,001 + 500 + 100 − 0.22 = 99,598.78; unrealised (110 − 100) × 10 = 100.
    books(handjob, D("100198.78"))

    tick("100.122")
    position.refresh_from_db()
    # The rest leaves at 100.122 as a taker: +1.22 of P&L, fee 1,001.22 × 0.0005 = 0.50061.
    assert (position.status, position.close_reason) == ("closed", "stop_loss")
    assert (position.realised_pnl, position.fees) == (D("101.22"), D("1.72061"))
    net = position.realised_pnl - position.fees
    assert net == D("99.49939")  # TP1's 100 less the last exit's fee: the rest lost nothing more
    assert net >= D(100) - position.fees
    assert working(position, "take_profit") == [] and working(position, "stop_loss") == []
    books(handjob, D("100099.49939"))


@pytest.mark.usefixtures("yun_qiang")
def test_a_percent_trail_follows_the_highest_price_never_loosens_and_exits_at_the_trail(handjob):
    tick(100)
    trail = {"kind": "percent_below_highest", "callback_pct": "2", "activate_after_target": 1}
    position = copy(handjob, take_profits=["110", "130"], take_profit_allocations=["0.5", "0.5"], trailing=trail)

    tick(105)  # not active before TP1
    position.refresh_from_db()
    assert (position.stop_loss, position.trail_best, stop_moves(position)) == (D(90), None, [])

    # (price, stop after it, equity after it); equity: cash 99,598.78 + margin 500 + (price − 100) × 10.
    steps = [
        (110, D("107.8"), D("100198.78")),  # TP1 fills; the trail starts at 110 × 0.98
        (115, D("112.7"), D("100248.78")),  # 115 × 0.98
        (113, D("112.7"), D("100228.78")),  # a dip: the best is still 115, the stop stays
        (118, D("115.64"), D("100278.78")),  # 118 × 0.98
    ]
    stop_orders = set()
    for price, stop, equity in steps:
        tick(price)
        position.refresh_from_db()
        assert (position.stop_loss, position.stop_kind) == (stop, "trailing"), price
        assert working(position, "stop_loss") == [(stop, D(10))]
        stop_orders |= set(position.orders.filter(purpose="stop_loss", status="open").values_list("pk", flat=True))
        books(handjob, equity)
    assert position.trail_best == D(118)
    assert len(stop_orders) == 1  # after TP1's re-lay the trail moves one stop order in place, no churn
    assert [D(event.after["stop_loss"]) for event in stop_moves(position)] == [D("107.8"), D("112.7"), D("115.64")]

    tick("115.64")
    position.refresh_from_db()
    # Out at the trail: (115.64 − 100) × 10 = 156.4, fee 1,156.4 × 0.0005 = 0.5782.
    exit_fill = Fill.objects.get(position=position, order__purpose="stop_loss")
    assert (exit_fill.price, exit_fill.fee) == (D("115.64"), D("0.5782"))
    assert (position.status, position.realised_pnl, position.fees) == ("closed", D("256.4"), D("1.7982"))
    books(handjob, D("100254.6018"))


@pytest.mark.usefixtures("yun_qiang")
def test_a_moving_target_stop_steps_to_the_entry_then_to_the_previous_target(handjob):
    tick(100)
    position = copy(handjob, take_profits=["110", "120", "130"], take_profit_allocations=["0.5", "0.25", "0.25"],
                    trailing={"kind": "moving_target"})

    tick(110)  # TP1: 10 at 110, fee 0.22; the stop to the entry
    position.refresh_from_db()
    assert (position.stop_loss, position.stop_kind) == (D(100), "trailing")
    books(handjob, D("100198.78"))

    tick(120)  # TP2: 5 at 120, +100, fee 600 × 0.0002 = 0.12, margin 250 back; the stop to TP1
    position.refresh_from_db()
    assert (position.quantity, position.stop_loss) == (D(5), D(110))
    assert working(position, "stop_loss") == [(D(110), D(5))]
    assert working(position, "take_profit") == [(D(130), D(5))]
    # cash 99,598.78 + 250 + 100 − 0.12 = 99,948.66; margin 250; unrealised 20 × 5 = 100.
    books(handjob, D("100298.66"))

    tick(110)  # the last 5 leave at 110: +50, fee 550 × 0.0005 = 0.275
    position.refresh_from_db()
    assert (position.status, position.realised_pnl, position.fees) == ("closed", D(250), D("1.615"))
    books(handjob, D("100248.385"))


@pytest.mark.usefixtures("yun_qiang")
def test_a_shorts_breakeven_is_below_its_entry_by_the_fees(handjob):
    tick(100)
    position = copy(handjob, side="short", stop_loss="110", take_profits=["90", "80"],
                    take_profit_allocations=["0.5", "0.5"], breakeven_after=1)
    tick(90)  # TP1 buys back 10 at 90: +100, fee 900 × 0.0002 = 0.18
    position.refresh_from_db()
    # 100 − fees paid 1.18 over the 10 still open = 99.882.
    assert (position.stop_loss, position.stop_kind) == (D("99.882"), "breakeven")
    assert working(position, "stop_loss") == [(D("99.882"), D(10))]
    books(handjob, D("100198.82"))  # cash 98,999 + 500 + 100 − 0.18, unrealised 100

    tick("99.882")  # the rest buys back at 99.882: +1.18, fee 998.82 × 0.0005 = 0.49941
    position.refresh_from_db()
    assert (position.status, position.realised_pnl, position.fees) == ("closed", D("101.18"), D("1.67941"))
    books(handjob, D("100099.50059"))


@pytest.mark.usefixtures("yun_qiang")
def test_a_shorts_trail_follows_the_lowest_price_from_the_entry(handjob):
    tick(100)
    trail = {"kind": "percent_below_highest", "callback_pct": "2", "activate_after_target": 0}
    position = copy(handjob, side="short", stop_loss="110", take_profits=["70"], trailing=trail)
    for price, stop in [(95, D("96.9")), (96, D("96.9"))]:  # 95 × 1.02; a bounce to 96 leaves it
        tick(price)
        position.refresh_from_db()
        assert (position.stop_loss, position.trail_best) == (stop, D(95)), price
    tick("96.9")  # out at the trail: (100 − 96.9) × 20 = 62, fee 1,938 × 0.0005 = 0.969
    position.refresh_from_db()
    assert (position.status, position.realised_pnl, position.fees) == ("closed", D(62), D("1.969"))
    books(handjob, D("100060.031"))


@pytest.mark.usefixtures("yun_qiang")
def test_a_parsed_trail_without_an_activation_target_trails_from_the_entry(handjob):
    # The parsers store an unstated activation as null; the copy used to fail for every account.
    tick(100)
    position = copy(handjob, take_profits=["130"], trailing={"kind": "percent_below_highest", "callback_pct": "2"})
    assert position.trailing == {"kind": "percent_below_highest", "callback_pct": "2", "activate_after_target": 0}
    tick(105)
    position.refresh_from_db()
    assert (position.stop_loss, position.stop_kind) == (D("102.9"), "trailing")  # 105 × 0.98


@pytest.mark.usefixtures("yun_qiang")
def test_a_signal_that_only_says_trailing_is_managed_with_the_traders_trailing(handjob):
    trader_set(trailing={"kind": "moving_target"})
    tick(100)
    position = copy(handjob, take_profits=["110", "120"], trailing={"kind": "unspecified"})
    assert position.trailing == {"kind": "moving_target"}


@pytest.mark.usefixtures("yun_qiang")
def test_a_wide_trail_the_signal_validator_accepts_is_copied(handjob):
    tick(100)
    position = copy(handjob, take_profits=["130"], trailing={"kind": "percent_below_highest", "callback_pct": "60"})
    assert position.trailing["callback_pct"] == "60"


# --- entry ladders --------------------------------------------------------------------------------
@pytest.mark.usefixtures("yun_qiang")
def test_an_even_ladder_rests_reserved_and_each_fill_re_averages_and_re_lays_the_protection(handjob):
    tick(101)
    position = copy(handjob, entry=ZONE, take_profits=["110", "120"])
    # Sized at the zone's top, 100: 20 SOL, 10 at 100 and 10 at 96. Each part holds its margin and
    # maker fee: 10 × 100 / 2 + 0.2 = 500.2 and 10 × 96 / 2 + 0.192 = 480.192; 980.392 in all.
    entries = position.orders.filter(purpose="entry").order_by("-price")
    assert [(o.price, o.quantity, o.reserved, o.status) for o in entries] == [
        (D(100), D(10), D("500.2"), "open"), (D(96), D(10), D("480.192"), "open"),
    ]
    assert (position.status, position.margin, position.entry_reserve) == ("pending", D("980.392"), D("980.392"))
    books(handjob, D(100000))

    tick(100)  # part 1 fills at 100 as a maker: fee 0.2, its 500.2 turned into 500 margin + 0.2 fee
    position.refresh_from_db()
    assert (position.status, position.quantity, position.entry_price) == ("open", D(10), D(100))
    assert (position.margin, position.entry_reserve, position.fees) == (D("980.192"), D("480.192"), D("0.2"))
    assert working(position, "stop_loss") == [(D(90), D(10))]
    assert working(position, "take_profit") == [(D(110), D(5)), (D(120), D(5))]
    books(handjob, D("99999.8"))

    tick(96)  # part 2 at 96, fee 0.192: average (1,000 + 960) / 20 = 98
    position.refresh_from_db()
    assert (position.quantity, position.entry_price, position.margin, position.entry_reserve) == (
        D(20), D(98), D(980), D(0),
    )
    assert working(position, "stop_loss") == [(D(90), D(20))]
    assert working(position, "take_profit") == [(D(110), D(10)), (D(120), D(10))]
    books(handjob, D("99959.608"))  # 100,000 − fees 0.392 + unrealised (96 − 98) × 20


@pytest.mark.usefixtures("yun_qiang")
def test_a_custom_ladder_puts_the_traders_fractions_on_its_parts_nearest_first(handjob):
    trader_set(entry_strategy="custom", entry_fractions=[0.25, 0.75])
    tick(101)
    position = copy(handjob, entry=ZONE, take_profits=["110", "120"])
    # 5 at 100 (250 + 0.1 held) and 15 at 96 (720 + 0.288 held).
    entries = position.orders.filter(purpose="entry").order_by("-price")
    assert [(o.price, o.quantity, o.reserved) for o in entries] == [(D(100), D(5), D("250.1")), (D(96), D(15), D("720.288"))]
    books(handjob, D(100000))

    tick(100)
    position.refresh_from_db()
    assert (position.quantity, position.entry_reserve) == (D(5), D("720.288"))
    assert working(position, "take_profit") == [(D(110), D("2.5")), (D(120), D("2.5"))]
    books(handjob, D("99999.9"))

    tick(96)  # average (500 + 1,440) / 20 = 97
    position.refresh_from_db()
    assert (position.quantity, position.entry_price, position.margin) == (D(20), D(97), D(970))
    assert working(position, "take_profit") == [(D(110), D(10)), (D(120), D(10))]
    books(handjob, D("99979.612"))  # 100,000 − fees 0.388 + unrealised (96 − 97) × 20


T0 = datetime(2025, 3, 3, 12, 0, tzinfo=UTC)


@pytest.mark.usefixtures("yun_qiang")
def test_unfilled_parts_are_withdrawn_after_the_deadline_and_their_reservation_returned(handjob):
    trader_set(cancel_unfilled_after_hours=4)
    with time_machine.travel(T0, tick=False) as clock:
        tick(101)
        position = copy(handjob, entry=ZONE, take_profits=["110", "120"])
        assert position.entry_deadline == T0 + timedelta(hours=4)
        clock.shift(timedelta(hours=1))
        tick(100)  # part 1 fills
        clock.shift(timedelta(hours=2, minutes=59))
        tick(101)  # a minute early: part 2 still rests
        position.refresh_from_db()
        assert position.entry_reserve == D("480.192")
        books(handjob, D("100009.8"))  # 100,000 − 0.2 + (101 − 100) × 10

        clock.shift(timedelta(minutes=1))
        tick(101)
    position.refresh_from_db()
    part = position.orders.get(purpose="entry", price=D(96))
    assert (part.status, part.status_reason, part.reserved) == ("cancelled", "entry parts unfilled in time", D(0))
    assert (position.status, position.quantity, position.margin, position.entry_reserve) == ("open", D(10), D(500), D(0))
    assert position.entry_deadline is None
    handjob.refresh_from_db()
    assert handjob.cash == D("99499.8")  # 99,019.608 + the 480.192 held for part 2, exactly
    assert AuditEvent.objects.filter(action="position.entry_withdrawn", object_id=str(position.pk)).exists()
    books(handjob, D("100009.8"))


@pytest.mark.usefixtures("yun_qiang")
def test_an_entry_that_never_fills_in_time_is_cancelled_and_all_its_cash_returned(handjob):
    trader_set(cancel_unfilled_after_hours=4)
    with time_machine.travel(T0, tick=False) as clock:
        tick(101)
        position = copy(handjob, entry=ZONE, take_profits=["110", "120"])
        clock.shift(timedelta(hours=4))
        tick(101)
    position.refresh_from_db()
    assert (position.status, position.close_reason, position.margin) == ("cancelled", "entry parts unfilled in time", D(0))
    handjob.refresh_from_db()
    assert handjob.cash == D(100000)
    books(handjob, D(100000))


@pytest.mark.usefixtures("yun_qiang")
def test_tp1_trading_before_any_entry_withdraws_the_whole_entry(handjob):
    trader_set(cancel_if_target_before_entry=True)
    tick(101)
    position = copy(handjob, entry=ZONE, take_profits=["110", "120"])
    tick(109)  # not yet
    position.refresh_from_db()
    assert position.status == "pending"

    tick(110)
    position.refresh_from_db()
    assert (position.status, position.close_reason) == ("cancelled", "target 1 traded before entry")
    assert list(position.orders.filter(purpose="entry").values_list("status", "reserved")) == [("cancelled", D(0))] * 2
    handjob.refresh_from_db()
    assert handjob.cash == D(100000)
    books(handjob, D(100000))


@pytest.mark.usefixtures("yun_qiang")
def test_a_short_ladder_sells_its_lower_end_first_and_is_withdrawn_when_tp1_trades_first(handjob):
    trader_set(cancel_if_target_before_entry=True)
    tick(99)
    position = copy(handjob, side="short", entry=["100", "104"], stop_loss="110", take_profits=["90", "85"])
    # Sized at its dearest part, 104, so the margin fits whichever parts fill: 2,000 ÷ 104 =
    # 19.23076923 SOL; 9.61538461 at 100 (480.76923050 + 0.19230769 held) and 9.61538462 at 104
    # (500.00000024 + 0.20000000 held).
    entries = position.orders.filter(purpose="entry").order_by("price")
    assert [(o.side, o.price, o.quantity, o.reserved) for o in entries] == [
        ("sell", D(100), D("9.61538461"), D("480.96153819")), ("sell", D(104), D("9.61538462"), D("500.20000024")),
    ]
    books(handjob, D(100000))
    tick(91)
    tick(90)
    position.refresh_from_db()
    assert (position.status, position.close_reason) == ("cancelled", "target 1 traded before entry")
    handjob.refresh_from_db()
    assert handjob.cash == D(100000)


@pytest.mark.usefixtures("yun_qiang")
def test_closing_a_position_fully_withdraws_its_resting_entry_parts(handjob):
    tick(101)
    position = copy(handjob, entry=ZONE, take_profits=["110", "120"])
    tick(100)  # part 1 fills; part 2 rests at 96 with 480.192 held
    position.refresh_from_db()
    position_close(position=position)
    position.refresh_from_db()
    # Out at 100: no P&L, taker fee 1,000 × 0.0005 = 0.5; then part 2's 480.192 comes back.
    assert (position.status, position.margin, position.entry_reserve) == ("closed", D(0), D(0))
    assert position.orders.get(purpose="entry", price=D(96)).status == "cancelled"
    assert working(position, "stop_loss") == [] and working(position, "take_profit") == []
    handjob.refresh_from_db()
    assert handjob.cash == D("99999.3")
    books(handjob, D("99999.3"))
