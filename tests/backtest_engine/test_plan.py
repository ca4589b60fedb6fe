"""analytics.backtests.engine with a trade plan: the live trade-management rules on hand-worked bars."""
from __future__ import annotations

from decimal import Decimal

import pytest

from analytics.backtests.engine import Size, StopMoved
from execution import trade_management as management
from tests.backtest_engine.test_engine import COSTS, FLAT, at, bars, intent, only_trade, run

D = Decimal


def plan(*, targets=(), entries=(), stop=None, **rules) -> management.TradePlan:
    """Levels as (price, fraction) pairs."""
    return management.TradePlan(
        entries=tuple(management.Level(D(str(p)), D(str(f))) for p, f in entries),
        targets=tuple(management.Level(D(str(p)), D(str(f))) for p, f in targets),
        stop_loss=None if stop is None else D(str(stop)), **rules,
    )


def exits(trade) -> list[tuple]:
    return [(e.at, e.reason, e.price, e.quantity) for e in trade.exits]


# --- targets -----------------------------------------------------------------------------------
def test_each_target_closes_its_fraction_and_a_slice_below_the_minimum_notional_merges_into_the_next():
    # 0.02 × 1 unit × 104 = 2.08 USDT < 5: the first slice merges into the second (0.49 + 0.02).
    ladder = plan(targets=[(104, "0.02"), (106, "0.49"), (108, "0.49")])
    trade = only_trade(run(bars(FLAT, (100, 104.5, 99, 104), (104, 106.5, 103, 106)), intent(plan=ladder)))

    # Nothing rests at 104, so bar 1 fills nothing; the rest closes at the last close.
    assert exits(trade) == [(at(2), "take_profit", D(106), D("0.51")), (at(2), "end_of_window", D(106), D("0.49"))]
    assert trade.statuses == ["filled", "filled", "open"]  # the merged target is hit with the next one


def test_a_target_behind_the_fill_is_cancelled_and_the_others_share_its_fraction():
    trade = only_trade(run(bars((100, 102, 98, 100)), intent(quantity=D(2), plan=plan(targets=[(99, "0.5"), (104, "0.5")]))))

    assert (trade.statuses, trade.slices, trade.targets) == (["cancelled", "open"], [D(0), D(2)], [D(104)])


def test_without_a_plan_the_targets_still_share_evenly():
    trade = only_trade(run(bars(FLAT, (100, 104.5, 99, 104)), intent(quantity=D(3), targets=(D(104), D(108)))))

    assert (trade.statuses, [e.quantity for e in trade.exits]) == (None, [D("1.5"), D("1.5")])


# --- the stop rules ----------------------------------------------------------------------------
def test_breakeven_after_the_first_target_covers_the_fees_paid_per_unit_left():
    ladder = plan(targets=[(104, "0.5"), (108, "0.5")], stop=95, breakeven_after=1)
    trade = only_trade(run(bars(FLAT, (100, 104.5, 99, 104), (104, 105, 100, 101)),
                           intent(quantity=D(2), plan=ladder), costs=COSTS))

    # Fees paid: 0.0005 × 200 entry + 0.0002 × 104 target = 0.1208 over the 1 unit left → 100.1208.
    assert trade.stop_moves == [StopMoved(at(1), D("100.1208"), "breakeven")]
    assert exits(trade) == [(at(1), "take_profit", D(104), D(1)), (at(2), "stop_loss", D("100.1208"), D(1))]
    # Gross 4 + 0.1208; fees 0.1208 + 0.0005 × 100.1208 = 0.1708604.
    assert (trade.stop_kind, trade.pnl) == ("breakeven", D("3.9499396"))


def test_a_trail_is_checked_at_the_stop_the_bar_opened_with_and_moves_for_the_next_bar():
    trailing = management.Trailing(kind="percent_below_highest", callback_pct=D(5), activate_after_target=0)
    # Bar 1 rises to 110 (trail 104.5) and its low, 100, is below that: not stopped on that bar.
    trade = only_trade(run(bars(FLAT, (100, 110, 100, 103), (103, 103, 102, 102)),
                           intent(plan=plan(trailing=trailing))))

    assert trade.stop_moves == [StopMoved(at(0), D("95.95"), "trailing"), StopMoved(at(1), D("104.5"), "trailing")]
    assert exits(trade) == [(at(2), "stop_loss", D(103), D(1))]  # bar 2 opens below 104.5: filled at its open


def test_a_short_trails_the_lowest_low_from_above():
    trailing = management.Trailing(kind="percent_below_highest", callback_pct=D(5), activate_after_target=0)
    trade = only_trade(run(bars(FLAT, (100, 100, 90, 95), (95, 96, 94, 95.5)),
                           intent(side="short", plan=plan(trailing=trailing))))

    # 99 × 1.05 = 103.95, then 90 × 1.05 = 94.5, which bar 2 (opening at 95, above it) passes at its open.
    assert [move.price for move in trade.stop_moves] == [D("103.95"), D("94.5")]
    assert exits(trade) == [(at(2), "stop_loss", D(95), D(1))]


def test_a_moving_target_stop_goes_to_the_entry_then_to_the_target_before_the_last_hit():
    ladder = plan(targets=[(104, "0.5"), (108, "0.25"), (112, "0.25")], stop=95,
                  trailing=management.Trailing(kind="moving_target"))
    trade = only_trade(run(bars(FLAT, (100, 104.5, 99, 104), (104, 108.5, 103, 108), (108, 108, 103, 104)),
                           intent(quantity=D(2), plan=ladder)))

    assert trade.stop_moves == [StopMoved(at(1), D(100), "trailing"), StopMoved(at(2), D(104), "trailing")]
    assert exits(trade) == [
        (at(1), "take_profit", D(104), D(1)), (at(2), "take_profit", D(108), D("0.5")),
        (at(3), "stop_loss", D(104), D("0.5")),
    ]


def test_the_sizing_may_set_the_stop():
    def size(entry) -> Size:
        return Size(quantity=D(1), margin=D(100), stop_loss=entry.price - 5)

    trade = only_trade(run(bars(FLAT, (100, 100, 94, 95)), intent(quantity=None, size=size, plan=plan(stop=90))))

    assert exits(trade) == [(at(1), "stop_loss", D(95), D(1))]


# --- entry parts -------------------------------------------------------------------------------
ZONE = [(100, "0.5"), (96, "0.5")]


def test_each_entry_part_fills_on_its_own_and_the_targets_follow_the_quantity():
    ladder = plan(entries=ZONE, targets=[(104, "0.5"), (108, "0.5")], stop=90)
    trade = only_trade(run(bars(FLAT, (100, 101, 95.5, 97), (97, 104.5, 96.5, 104), (104, 108.5, 103, 108)),
                           intent(quantity=D(2), plan=ladder)))

    # 100 is marketable at the first open; 96 rests and fills on bar 1: average 98, targets 1 + 1.
    assert [(e.at, e.price, e.quantity, e.liquidity) for e in trade.entries] == [
        (at(0), D(100), D(1), "taker"), (at(1), D(96), D(1), "maker"),
    ]
    assert exits(trade) == [(at(2), "take_profit", D(104), D(1)), (at(3), "take_profit", D(108), D(1))]
    assert (trade.entry_price, trade.quantity, trade.pnl) == (D(98), D(2), D(16))  # 6 + 10


def test_a_bar_falling_through_a_resting_part_to_the_stop_fills_the_part_first():
    ladder = plan(entries=ZONE, stop=94)
    trade = only_trade(run(bars(FLAT, (100, 100, 93, 93.5)), intent(quantity=D(2), plan=ladder)))

    assert [e.price for e in trade.entries] == [D(100), D(96)]
    assert exits(trade) == [(at(1), "stop_loss", D(94), D(2))]
    assert trade.pnl == D(-8)  # (94 − 98) × 2


def test_a_part_beyond_the_stop_is_withdrawn_when_the_stop_fills():
    ladder = plan(entries=[(98, "0.5"), (92, "0.5")], stop=94)
    result = run(bars(FLAT, (100, 100, 91, 92), FLAT), intent(quantity=D(2), plan=ladder))

    trade = only_trade(result)
    assert [e.price for e in trade.entries] == [D(98)]  # filled inside bar 1, then the bar reached 94 first
    assert exits(trade) == [(at(1), "stop_loss", D(94), D(1))]
    assert result.unfilled == [] and result.withdrawn == []


def test_entry_parts_unfilled_in_time_are_withdrawn():
    late = plan(entries=[(96, 1)], cancel_unfilled_after_hours=1)
    partly = plan(entries=ZONE, cancel_unfilled_after_hours=1)
    result = run(bars(FLAT, FLAT, (100, 100, 95, 96)), intent(plan=late, tag="late"),
                 intent(quantity=D(2), plan=partly, tag="partly"))

    assert [(i.tag, reason) for i, reason in result.withdrawn] == [("late", "entry_expired")]
    assert [(t.intent.tag, t.quantity) for t in result.trades] == [("partly", D(1))]  # its 96 part was withdrawn


def test_an_entry_whose_first_target_trades_first_is_withdrawn():
    ladder = plan(entries=[(96, 1)], targets=[(104, 1)], cancel_if_target_before_entry=True)
    result = run(bars(FLAT, (100, 105, 95, 96)), intent(plan=ladder, tag="a"))

    assert result.trades == [] and [(i.tag, reason) for i, reason in result.withdrawn] == [("a", "target_before_entry")]


@pytest.mark.parametrize("fields, message", [
    ({"limit": D(99), "plan": plan()}, "takes its entries, stop and targets from the plan"),
    ({"targets": (D(104),), "plan": plan()}, "takes its entries, stop and targets from the plan"),
    ({"reverse": True, "plan": plan(entries=ZONE)}, "Only a market intent reverses"),
])
def test_an_intent_with_a_plan_takes_its_levels_only_from_it(fields, message):
    with pytest.raises(ValueError, match=message):
        intent(**fields)

