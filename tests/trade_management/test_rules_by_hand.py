"""Every rule of execution/trade_management.py, on numbers worked out by hand in the comments.

Pure: no database. Fractions are kept to four places, the last taking what rounding leaves, so a
ladder's fractions sum to exactly 1 and the tests compare them exactly.
"""
from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

import pytest

from execution import trade_management as management
from execution.trade_management import Level, StopMove, Trailing

D = Decimal
PERCENT_TRAIL = Trailing(kind="percent_below_highest", callback_pct=D("1.5"), activate_after_target=1)
MOVING_TARGET = Trailing(kind="moving_target")


# --- fractions ----------------------------------------------------------------------------------
def test_even_shares_three_targets_a_third_each():
    # To four places, the last taking what rounding leaves: 0.3333 + 0.3333 + 0.3334 = 1.
    assert management.strategy_fractions("even", 3) == [D("0.3333"), D("0.3333"), D("0.3334")]


def test_first_heavy_puts_half_on_the_first_target_and_shares_the_rest():
    # ½, then the other ½ over two targets: ¼ and ¼.
    assert management.strategy_fractions("first_heavy", 3) == [D("0.5"), D("0.25"), D("0.25")]
    assert management.strategy_fractions("first_heavy", 1) == [D(1)]


def test_decreasing_halves_each_target_and_normalises_to_four_two_one_sevenths():
    # Weights 1, ½, ¼ sum to 7/4, so the fractions are 4/7, 2/7, 1/7: 0.5714, 0.2857 and the rest, 0.1429.
    assert management.strategy_fractions("decreasing", 3) == [D("0.5714"), D("0.2857"), D("0.1429")]


def test_increasing_is_decreasing_mirrored():
    # Weights ¼, ½, 1: the level furthest from the market (last) gets the most: 1/7, 2/7, 4/7 to
    # four places, the last taking the rest (1 − 0.1429 − 0.2857 = 0.5714).
    assert management.strategy_fractions("increasing", 3) == [D("0.1429"), D("0.2857"), D("0.5714")]


def test_custom_fractions_are_kept_when_they_match_the_count():
    assert management.strategy_fractions("custom", 3, [0.5, 0.3, 0.2]) == [D("0.5"), D("0.3"), D("0.2")]


def test_custom_fractions_are_cut_to_fewer_levels_and_normalised():
    # [0.5, 0.3] sums to 0.8: 0.5/0.8 = 0.625, 0.3/0.8 = 0.375.
    assert management.strategy_fractions("custom", 2, [0.5, 0.3, 0.2]) == [D("0.625"), D("0.375")]


def test_custom_fractions_are_extended_with_their_last_value_and_normalised():
    # [0.5, 0.3, 0.2, 0.2] sums to 1.2: 5/12, 1/4, 1/6, 1/6 → 0.4167, 0.25, 0.1667 and the rest, 0.1666.
    assert management.strategy_fractions("custom", 4, ["0.5", "0.3", "0.2"]) == [
        D("0.4167"), D("0.25"), D("0.1667"), D("0.1666"),
    ]


def test_a_strategy_with_no_levels_gives_no_fractions():
    assert management.strategy_fractions("decreasing", 0) == []


def test_custom_without_fractions_and_unknown_strategies_say_what_is_wrong():
    with pytest.raises(ValueError, match="A custom strategy needs its list of fractions."):
        management.strategy_fractions("custom", 2, [])
    with pytest.raises(ValueError, match="Unknown strategy 'martingale'."):
        management.strategy_fractions("martingale", 2)


def test_level_fractions_prefer_the_sources_own_allocations_one_per_level():
    # The signal's [1, 3] normalised: ¼ and ¾, whatever the trader's strategy says.
    assert management.level_fractions(stated=["1", "3"], count=2, strategy="decreasing") == [D("0.25"), D("0.75")]
    # Two allocations for three levels are not the signal's ladder: the strategy decides.
    assert management.level_fractions(stated=["0.5", "0.5"], count=3, strategy="first_heavy") == [
        D("0.5"), D("0.25"), D("0.25"),
    ]


def test_fractions_check_normalises_to_a_sum_of_one():
    assert management.fractions_check([2, 1, 1]) == [D("0.5"), D("0.25"), D("0.25")]


def test_fractions_check_never_rounds_a_level_to_nothing():
    # 0.00001 of 1.00001 is 0.0000099999…: four places would make it 0, so it keeps 0.0001.
    assert management.fractions_check(["0.00001", "1"]) == [D("0.0001"), D("0.9999")]
    # The other way round the first takes 1.0000 and leaves the last nothing: refused.
    with pytest.raises(ValueError, match="The last fraction rounds to nothing; give fewer levels or larger shares."):
        management.fractions_check(["1", "0.00001"])


@pytest.mark.parametrize(
    ("values", "message"),
    [
        (["half", "0.5"], "Fractions are numbers such as 0.5 or 0.25."),
        ([None], "Fractions are numbers such as 0.5 or 0.25."),
        ([], "Give at least one fraction."),
        ([0.05] * 21, "At most 20 fractions."),
        ([0.5, 0], "Every fraction must be above 0."),
        ([1.5, -0.5], "Every fraction must be above 0."),
        (["NaN"], "Every fraction must be above 0."),
        (["Infinity"], "Every fraction must be above 0."),
    ],
)
def test_fractions_check_refuses_bad_input_with_a_readable_message(values, message):
    with pytest.raises(ValueError) as error:
        management.fractions_check(values)
    assert str(error.value) == message


# --- quantities ---------------------------------------------------------------------------------
def test_split_rounds_each_slice_down_and_gives_the_remainder_to_the_last():
    # 1 × ⅓ = 0.333333333… → 0.33333333 twice; the last takes 1 − 0.66666666 = 0.33333334.
    slices = management.split_quantity(D(1), [D(1) / 3] * 3, prices=[D(100)] * 3, min_notional=D(5))
    assert slices == [D("0.33333333"), D("0.33333333"), D("0.33333334")]
    assert sum(slices) == D(1)


def test_a_slice_below_the_minimum_notional_merges_into_the_next():
    # 1 × 0.04 at 100 is 4 USDT (< 5): it joins the second slice, 0.48 + 0.04 = 0.52.
    slices = management.split_quantity(D(1), [D("0.04"), D("0.48"), D("0.48")], prices=[D(100)] * 3, min_notional=D(5))
    assert slices == [D(0), D("0.52"), D("0.48")]


def test_a_last_slice_below_the_minimum_notional_merges_into_the_previous():
    # The last slice, 0.04 at 100 = 4 USDT, has no next level: it joins the one before, 0.48 + 0.04.
    slices = management.split_quantity(D(1), [D("0.48"), D("0.48"), D("0.04")], prices=[D(100)] * 3, min_notional=D(5))
    assert slices == [D("0.48"), D("0.52"), D(0)]


def test_the_last_slice_merges_into_the_nearest_slice_still_standing():
    # 0.04 → the middle (0.96); the last 0.04 skips nothing: the middle takes it too, 1.00.
    slices = management.split_quantity(D(1), [D("0.04"), D("0.92"), D("0.04")], prices=[D(100)] * 3, min_notional=D(5))
    assert slices == [D(0), D(1), D(0)]


def test_each_slice_is_measured_at_its_own_price():
    # 0.1 halved: 0.05 × 120 = 6 USDT stays; 0.05 × 90 = 4.5 USDT merges back into the first.
    slices = management.split_quantity(D("0.1"), [D("0.5"), D("0.5")], prices=[D(120), D(90)], min_notional=D(5))
    assert slices == [D("0.1"), D(0)]


def test_a_quantity_too_small_for_any_slice_stays_whole_on_the_last_level():
    # 0.04 at 100 = 4 USDT in all: the first half merges forward and the last has nowhere to go.
    slices = management.split_quantity(D("0.04"), [D("0.5"), D("0.5")], prices=[D(100)] * 2, min_notional=D(5))
    assert slices == [D(0), D("0.04")]


def test_no_levels_split_into_nothing():
    assert management.split_quantity(D(1), [], prices=[], min_notional=D(5)) == []


def test_filling_a_target_marks_it_and_every_earlier_open_one():
    assert management.targets_hit(["open", "open", "open"], 1) == ["filled", "filled", "open"]
    # A cancelled target stays cancelled; a filled one stays filled.
    assert management.targets_hit(["filled", "cancelled", "open", "open"], 3) == [
        "filled", "cancelled", "filled", "filled",
    ]


# --- breakeven and trailing levels ----------------------------------------------------------------
def test_breakeven_of_a_long_is_the_entry_plus_fees_per_open_unit_rounded_up():
    # 0.30 of fees over 10 units: 100 + 0.03.
    assert management.breakeven_level(side="long", entry_price=D(100), fees_paid=D("0.3"), quantity=D(10)) == D("100.03")
    # 1 ÷ 3 = 0.333333333…: a long's breakeven rounds away from the entry, up to 100.33333334.
    assert management.breakeven_level(side="long", entry_price=D(100), fees_paid=D(1), quantity=D(3)) == D("100.33333334")


def test_breakeven_of_a_short_is_the_entry_less_fees_per_open_unit_rounded_down():
    assert management.breakeven_level(side="short", entry_price=D(100), fees_paid=D("0.3"), quantity=D(10)) == D("99.97")
    assert management.breakeven_level(side="short", entry_price=D(100), fees_paid=D(1), quantity=D(3)) == D("99.66666666")


def test_breakeven_with_nothing_open_is_the_entry():
    assert management.breakeven_level(side="long", entry_price=D(100), fees_paid=D(1), quantity=D(0)) == D(100)


def test_a_side_that_is_neither_long_nor_short_is_refused():
    with pytest.raises(ValueError, match="A position's side is 'long' or 'short', not 'flat'."):
        management.breakeven_level(side="flat", entry_price=D(100), fees_paid=D(1), quantity=D(1))


def test_trailing_level_is_the_best_price_less_the_callback_rounded_to_the_loose_side():
    # 70,000 × (1 − 0.015) = 68,950; a short's 60,000 × 1.015 = 60,900.
    assert management.trailing_level(side="long", best_price=D(70000), callback_pct=D("1.5")) == D(68950)
    assert management.trailing_level(side="short", best_price=D(60000), callback_pct=D("1.5")) == D(60900)
    # 123.45678901 × 0.985 = 121.60493717485 → down to 121.60493717; × 1.015 = 125.30864084515 → up.
    assert management.trailing_level(side="long", best_price=D("123.45678901"), callback_pct=D("1.5")) == D("121.60493717")
    assert management.trailing_level(side="short", best_price=D("123.45678901"), callback_pct=D("1.5")) == D("125.30864085")


def test_the_best_price_is_a_longs_highest_and_a_shorts_lowest():
    assert management.best_price("long", None, D(100)) == D(100)
    assert management.best_price("long", D(105), D(101)) == D(105)
    assert management.best_price("long", D(105), D(108)) == D(108)
    assert management.best_price("short", D(95), D(99)) == D(95)
    assert management.best_price("short", D(95), D(92)) == D(92)


def test_tighter_means_higher_for_a_long_lower_for_a_short_and_anything_beats_no_stop():
    assert management.tighter("long", D(100), D(101)) and not management.tighter("long", D(100), D(99))
    assert management.tighter("short", D(100), D(99)) and not management.tighter("short", D(100), D(101))
    assert not management.tighter("long", D(100), D(100))
    assert management.tighter("short", None, D(150))


def test_trailing_activates_after_its_target_and_moving_target_after_the_first():
    assert not management.trailing_active(None, targets_filled=3)
    assert not management.trailing_active(PERCENT_TRAIL, targets_filled=0)
    assert management.trailing_active(PERCENT_TRAIL, targets_filled=1)
    assert management.trailing_active(Trailing("percent_below_highest", D(1), 0), targets_filled=0)
    assert not management.trailing_active(MOVING_TARGET, targets_filled=0)
    assert management.trailing_active(MOVING_TARGET, targets_filled=1)


# --- trailing configuration -----------------------------------------------------------------------
def test_trailing_parse_reads_both_kinds_and_round_trips_through_as_dict():
    assert management.trailing_parse(None) is None
    assert management.trailing_parse({"kind": "moving_target"}) == MOVING_TARGET
    parsed = management.trailing_parse({"kind": "percent_below_highest", "callback_pct": 1.5, "activate_after_target": 1})
    assert parsed == PERCENT_TRAIL
    assert management.trailing_parse(parsed.as_dict()) == parsed
    assert management.trailing_parse({"kind": "percent_below_highest", "callback_pct": "2"}).activate_after_target == 0


def test_trailing_parse_reads_an_unstated_activation_as_at_once():
    # The parsers and the signal validator store an unstated activation as null.
    parsed = management.trailing_parse({"kind": "percent_below_highest", "callback_pct": "1.5", "activate_after_target": None})
    assert parsed == Trailing(kind="percent_below_highest", callback_pct=D("1.5"), activate_after_target=0)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("1.5", 'A trailing stop is an object such as {"kind": "percent_below_highest", "callback_pct": 1.5}.'),
        ({"kind": "chandelier"}, "Trailing kind is one of percent_below_highest, moving_target, not 'chandelier'."),
        ({"callback_pct": 1}, "Trailing kind is one of percent_below_highest, moving_target, not None."),
        ({"kind": "percent_below_highest"}, "callback_pct is a percentage above 0 and below 100, such as 1.5."),
        ({"kind": "percent_below_highest", "callback_pct": 0}, "callback_pct is a percentage above 0 and below 100, such as 1.5."),
        ({"kind": "percent_below_highest", "callback_pct": 100}, "callback_pct is a percentage above 0 and below 100, such as 1.5."),
        ({"kind": "percent_below_highest", "callback_pct": "abc"}, "callback_pct is a percentage above 0 and below 100, such as 1.5."),
        ({"kind": "percent_below_highest", "callback_pct": 1, "activate_after_target": -1},
         "activate_after_target is a target number from 0 (at once) to 20."),
        ({"kind": "percent_below_highest", "callback_pct": 1, "activate_after_target": 21},
         "activate_after_target is a target number from 0 (at once) to 20."),
        ({"kind": "percent_below_highest", "callback_pct": 1, "activate_after_target": True},
         "activate_after_target is a target number from 0 (at once) to 20."),
        ({"kind": "percent_below_highest", "callback_pct": 1, "activate_after_target": 1.5},
         "activate_after_target is a target number from 0 (at once) to 20."),
    ],
)
def test_trailing_parse_refuses_bad_input_with_a_readable_message(value, message):
    with pytest.raises(ValueError) as error:
        management.trailing_parse(value)
    assert str(error.value) == message


# --- the stop -------------------------------------------------------------------------------------
def move(side="long", stop=D(95), entry=D(100), fees=D("0.3"), quantity=D(10), targets=(D(110), D(120), D(130)),
         filled=0, breakeven_after=None, trailing=None, best=None):
    return management.stop_move(
        side=side, stop=stop, entry_price=entry, fees_paid=fees, quantity=quantity, target_prices=list(targets),
        targets_filled=filled, breakeven_after=breakeven_after, trailing=trailing, best=best,
    )


def test_breakeven_waits_for_its_target_then_moves_the_stop_to_entry_plus_fees():
    assert move(filled=0, breakeven_after=1) is None
    # 100 + 0.30 / 10 = 100.03.
    assert move(filled=1, breakeven_after=1) == StopMove(D("100.03"), "breakeven", "breakeven after target 1")
    assert move(filled=1, breakeven_after=2) is None


def test_breakeven_of_a_short_moves_its_stop_down_to_entry_less_fees():
    # 100 − 0.30 / 10 = 99.97, below the short's stop at 105.
    assert move(side="short", stop=D(105), targets=(D(90),), filled=1, breakeven_after=1).price == D("99.97")


def test_breakeven_never_loosens_a_stop_already_above_it():
    assert move(stop=D(101), filled=1, breakeven_after=1) is None


def test_percent_trailing_waits_for_its_activation_target():
    assert move(filled=0, trailing=PERCENT_TRAIL, best=D(120)) is None


def test_percent_trailing_follows_the_best_price_after_activation():
    # Activated by TP1 at 112: 112 × 0.985 = 110.32. The best rises to 115: 113.275.
    first = move(filled=1, trailing=PERCENT_TRAIL, best=D(112))
    assert first == StopMove(D("110.32"), "trailing", "trailing 1.5% behind 112")
    assert move(stop=first.price, filled=1, trailing=PERCENT_TRAIL, best=D(115)).price == D("113.275")


def test_percent_trailing_never_loosens_the_stop():
    # The stop already trails 115 at 113.275; a trail behind 114 (112.29) would loosen it.
    assert move(stop=D("113.275"), filled=1, trailing=PERCENT_TRAIL, best=D(115)) is None
    assert move(stop=D("113.275"), filled=1, trailing=PERCENT_TRAIL, best=D(114)) is None


def test_percent_trailing_of_a_short_trails_above_the_lowest_price():
    # Lowest 80: 80 × 1.015 = 81.2, below the short's stop at 105.
    trail = move(side="short", stop=D(105), targets=(D(90), D(85)), filled=1, trailing=PERCENT_TRAIL, best=D(80))
    assert trail == StopMove(D("81.2"), "trailing", "trailing 1.5% behind 80")


def test_moving_target_moves_to_the_entry_after_tp1_and_to_target_n_minus_1_after_tpn():
    assert move(filled=0, trailing=MOVING_TARGET) is None
    assert move(filled=1, trailing=MOVING_TARGET) == StopMove(D(100), "trailing", "moving target: the entry after target 1")
    assert move(stop=D(100), filled=2, trailing=MOVING_TARGET) == StopMove(
        D(110), "trailing", "moving target: target 1 after target 2"
    )
    assert move(stop=D(110), filled=3, trailing=MOVING_TARGET).price == D(120)


def test_moving_target_of_a_short_moves_down_the_ladder():
    assert move(side="short", stop=D(105), targets=(D(90), D(80)), filled=2, trailing=MOVING_TARGET).price == D(90)


def test_the_tightest_candidate_wins():
    # After TP1: breakeven 100.03 against a trail of 112 × 0.985 = 110.32: the trail is tighter.
    assert move(filled=1, breakeven_after=1, trailing=PERCENT_TRAIL, best=D(112)).kind == "trailing"
    # Best 101: the trail (99.485) is looser than breakeven (100.03), so breakeven wins.
    assert move(filled=1, breakeven_after=1, trailing=PERCENT_TRAIL, best=D(101)) == StopMove(
        D("100.03"), "breakeven", "breakeven after target 1"
    )
    # After TP2: breakeven 100.03 against moving target 110: the moving target.
    assert move(filled=2, breakeven_after=1, trailing=MOVING_TARGET).price == D(110)
    # A short: the lowest wins, breakeven 99.97 against the entry 100 of a moving target.
    assert move(side="short", stop=D(105), targets=(D(90),), filled=1, breakeven_after=1, trailing=MOVING_TARGET).price == D(
        "99.97"
    )


def test_any_rule_sets_a_stop_when_there_was_none():
    assert move(stop=None, filled=1, breakeven_after=1).price == D("100.03")


# --- the plan -------------------------------------------------------------------------------------
def trader(**fields):
    defaults = dict(
        tp_strategy="even", tp_fractions=[], entry_strategy="even", entry_fractions=[], breakeven_after=None,
        trailing=None, cancel_unfilled_after_hours=None, cancel_if_target_before_entry=False,
    )
    return SimpleNamespace(**{**defaults, **fields})


def signal(side="long", entries=(), take_profits=("110", "120", "130"), **fields):
    entries = list(entries)
    defaults = dict(
        side=side, entry_kind="market" if not entries else ("price" if len(entries) == 1 else "zone"),
        entries=entries, entry_low=D(entries[0]) if entries else None, entry_high=D(entries[-1]) if entries else None,
        take_profits=list(take_profits), entry_allocations=None, take_profit_allocations=None,
        breakeven_after=None, trailing=None,
    )
    return SimpleNamespace(**{**defaults, **fields})


def test_plan_takes_the_signals_target_allocations_over_the_traders_strategy():
    plan = management.plan_for(
        signal=signal(take_profit_allocations=["0.5", "0.25", "0.25"]), trader=trader(tp_strategy="decreasing"),
        stop_loss=D(90),
    )
    assert plan.targets == (Level(D(110), D("0.5")), Level(D(120), D("0.25")), Level(D(130), D("0.25")))
    assert plan.entries == () and plan.stop_loss == D(90)


def test_plan_uses_the_traders_strategy_when_the_signal_states_no_allocations():
    plan = management.plan_for(signal=signal(), trader=trader(tp_strategy="decreasing"), stop_loss=None)
    assert [level.fraction for level in plan.targets] == [D("0.5714"), D("0.2857"), D("0.1429")]


def test_a_long_zone_buys_its_higher_end_first():
    plan = management.plan_for(signal=signal(entries=["96", "100"]), trader=trader(), stop_loss=D(90))
    assert plan.entries == (Level(D(100), D("0.5")), Level(D(96), D("0.5")))


def test_a_short_zone_sells_its_lower_end_first():
    plan = management.plan_for(signal=signal(side="short", entries=["100", "104"], take_profits=["90"]), trader=trader(),
                               stop_loss=D(110))
    assert plan.entries == (Level(D(100), D("0.5")), Level(D(104), D("0.5")))


def test_a_zone_without_a_price_list_is_its_two_ends():
    zone = signal(entries=["96", "100"])
    zone.entries = []  # a zone stored by its ends only
    plan = management.plan_for(signal=zone, trader=trader(), stop_loss=D(90))
    assert [level.price for level in plan.entries] == [D(100), D(96)]


def test_the_signals_entry_allocations_follow_their_prices_when_reordered_nearest_first():
    # Stored ascending: 0.3 at 96, 0.7 at 100. A long starts at 100 (0.7); a short at 96 (0.3).
    long_plan = management.plan_for(signal=signal(entries=["96", "100"], entry_allocations=["0.3", "0.7"]),
                                    trader=trader(entry_strategy="increasing"), stop_loss=None)
    assert long_plan.entries == (Level(D(100), D("0.7")), Level(D(96), D("0.3")))
    short_plan = management.plan_for(
        signal=signal(side="short", entries=["96", "100"], take_profits=["90"], entry_allocations=["0.3", "0.7"]),
        trader=trader(), stop_loss=None,
    )
    assert short_plan.entries == (Level(D(96), D("0.3")), Level(D(100), D("0.7")))


def test_an_increasing_ladder_puts_the_most_size_furthest_from_the_market():
    # Nearest first for a long: 98, 97, 96, with 1/7, 2/7, 4/7 (to four places, the last the rest).
    plan = management.plan_for(signal=signal(entries=["96", "97", "98"]), trader=trader(entry_strategy="increasing"),
                               stop_loss=None)
    assert plan.entries == (Level(D(98), D("0.1429")), Level(D(97), D("0.2857")), Level(D(96), D("0.5714")))


def test_custom_entry_fractions_are_the_traders_nearest_first():
    plan = management.plan_for(signal=signal(entries=["96", "100"]),
                               trader=trader(entry_strategy="custom", entry_fractions=[0.25, 0.75]), stop_loss=None)
    assert plan.entries == (Level(D(100), D("0.25")), Level(D(96), D("0.75")))


def test_a_single_entry_price_is_one_part():
    plan = management.plan_for(signal=signal(entries=["98"]), trader=trader(), stop_loss=None)
    assert plan.entries == (Level(D(98), D(1)),)


def test_the_signals_stop_rules_override_the_traders():
    signal_trail = {"kind": "percent_below_highest", "callback_pct": "2", "activate_after_target": 2}
    plan = management.plan_for(
        signal=signal(breakeven_after=2, trailing=signal_trail),
        trader=trader(breakeven_after=1, trailing={"kind": "moving_target"}, cancel_unfilled_after_hours=4,
                      cancel_if_target_before_entry=True),
        stop_loss=D(90),
    )
    assert plan.breakeven_after == 2
    assert plan.trailing == Trailing("percent_below_highest", D(2), 2)
    assert (plan.cancel_unfilled_after_hours, plan.cancel_if_target_before_entry) == (4, True)


def test_the_traders_stop_rules_apply_when_the_signal_is_silent():
    plan = management.plan_for(signal=signal(), trader=trader(breakeven_after=1, trailing={"kind": "moving_target"}),
                               stop_loss=D(90))
    assert (plan.breakeven_after, plan.trailing) == (1, MOVING_TARGET)


def test_a_signal_that_only_says_trailing_leaves_the_traders_trailing_in_force():
    # "Use trailing SL when in profit": the parser stores {"kind": "unspecified"}; the copy trails
    # the way its trader is set to (here, a moving target), and without a trader setting, not at all.
    unspecified = signal(trailing={"kind": "unspecified"})
    assert management.plan_for(signal=unspecified, trader=trader(trailing={"kind": "moving_target"}), stop_loss=None).trailing == MOVING_TARGET
    assert management.plan_for(signal=unspecified, trader=trader(), stop_loss=None).trailing is None
