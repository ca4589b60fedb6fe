"""Grid: anchors on the first close, buys each line crossed downwards, re-anchors off the ladder."""
from __future__ import annotations

from decimal import Decimal

import pytest

from bots.strategies import strategy_for
from tests.strategies import candles, context

# 10 steps of 1 % around an anchor of 100: lines at 95, 96, ... 105.
GRID = {"levels": 10, "spacing_pct": 1.0}


def run(strategy, closes, state):
    return [strategy.evaluate(candles([close]), state, context()) for close in closes]


def test_its_first_run_anchors_the_grid_at_the_close_without_a_signal():
    state = {}
    vote = strategy_for("grid", GRID).evaluate(candles([100.0]), state, context())

    assert state == {"anchor": 100.0, "last_level": 0}
    assert vote.side == "flat" and not vote.act


def test_it_acts_long_when_the_close_crosses_down_through_a_line():
    state = {"anchor": 100.0, "last_level": 0}
    vote = strategy_for("grid", GRID).evaluate(candles([98.5]), state, context())

    # 98.5 is in step -2 (98 <= close < 99): it crossed 100 and 99; the lowest line crossed is 99.
    assert vote.act and vote.side == "long" and vote.strength == 0.6
    assert vote.take_profits == (Decimal("100.0"),)  # one line above the line crossed
    assert vote.stop_loss == Decimal("94.0")  # one step below the ladder's bottom line (95)
    assert state["last_level"] == -2


def test_it_does_not_act_while_the_close_stays_in_its_step():
    state = {"anchor": 100.0, "last_level": -2}
    votes = run(strategy_for("grid", GRID), [98.9, 98.0], state)

    assert [vote.act for vote in votes] == [False, False]
    assert votes[0].side == "flat"


def test_each_further_line_down_is_another_buy():
    state = {"anchor": 100.0, "last_level": 0}
    votes = run(strategy_for("grid", GRID), [99.5, 98.5, 97.5, 97.9], state)

    assert [(vote.side, vote.act) for vote in votes] == [("long", True), ("long", True), ("long", True), ("flat", False)]
    assert [vote.take_profits for vote in votes[:3]] == [(Decimal("101.0"),), (Decimal("100.0"),), (Decimal("99.0"),)]


def test_crossing_up_is_a_short_view_that_acts_only_with_allow_short():
    long_only, with_shorts = {"anchor": 100.0, "last_level": -2}, {"anchor": 100.0, "last_level": -2}
    view = strategy_for("grid", GRID).evaluate(candles([99.2]), long_only, context())
    act = strategy_for("grid", {**GRID, "allow_short": 1}).evaluate(candles([99.2]), with_shorts, context())

    assert (view.side, view.act, view.take_profits) == ("short", False, ())
    assert (act.side, act.act) == ("short", True)
    assert act.take_profits == (Decimal("98.0"),)  # crossed up through 99: one line below it
    assert act.stop_loss == Decimal("106.0")
    assert long_only["last_level"] == with_shorts["last_level"] == -1


def test_it_re_anchors_without_a_signal_when_the_price_leaves_the_grid():
    state = {"anchor": 100.0, "last_level": -4}
    vote = strategy_for("grid", GRID).evaluate(candles([80.0]), state, context())

    assert not vote.act and vote.side == "flat"
    assert state == {"anchor": 80.0, "last_level": 0}


def test_a_close_exactly_on_a_line_counts_as_on_it():
    state = {"anchor": 100.0, "last_level": 0}
    vote = strategy_for("grid", {"levels": 10, "spacing_pct": 0.1}).evaluate(candles([99.7]), state, context())

    assert state["last_level"] == -3 and vote.take_profits == (Decimal("99.9"),)


@pytest.mark.parametrize(
    "parameters, message",
    [({"levels": 1}, r"levels must be within 2\.\.100"), ({"spacing_pct": 0}, "spacing_pct"), ({"allow_short": 2}, "allow_short")],
)
def test_it_rejects_bad_parameters(parameters, message):
    with pytest.raises(ValueError, match=message):
        strategy_for("grid", parameters)
