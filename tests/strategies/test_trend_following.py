"""Trend following: acts on the bar of a moving-average cross, and only there."""
from __future__ import annotations

from decimal import Decimal

import numpy as np
import pytest

from bots.strategies import strategy_for
from tests.strategies import acting_bars, candles, context, votes_by_bar

# Bars 0-9 fall from 30 to 21, bar 10 jumps to 30: with fast=2, slow=5 the averages are
# 21.5 < 23 at bar 9 and 25.5 > 24 at bar 10, so the cross is at bar 10 exactly.
FALL_THEN_JUMP = [30, 29, 28, 27, 26, 25, 24, 23, 22, 21, 30, 31, 32]


def test_it_acts_long_on_the_bar_of_an_upward_cross_only():
    votes = votes_by_bar(strategy_for("trend_following", {"fast": 2, "slow": 5}), candles(FALL_THEN_JUMP))

    assert acting_bars(votes) == [(10, "long")]
    assert votes[9].side == "short" and not votes[9].act
    assert votes[11].side == "long" and not votes[11].act


def test_it_acts_short_on_the_bar_of_a_downward_cross():
    rise_then_drop = [21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 21, 20, 19]
    votes = votes_by_bar(strategy_for("trend_following", {"fast": 2, "slow": 5}), candles(rise_then_drop))

    assert acting_bars(votes) == [(10, "short")]


def test_it_does_not_act_before_it_has_enough_candles():
    strategy = strategy_for("trend_following", {"fast": 2, "slow": 5})
    votes = votes_by_bar(strategy, candles(FALL_THEN_JUMP[:5]))

    assert strategy.min_candles == 6
    assert all(vote.side == "flat" and not vote.act for vote in votes)


def test_its_strength_is_the_gap_between_the_averages_over_two_percent():
    closes = np.linspace(100, 101, 40)
    vote = strategy_for("trend_following").evaluate(candles(closes), {}, context())
    fast, slow = closes[-10:].mean(), closes[-30:].mean()

    assert vote.side == "long"
    assert vote.strength == pytest.approx((fast - slow) / slow / 0.02)


def test_it_sets_a_stop_stop_pct_below_the_close_on_a_long_cross():
    series = candles(FALL_THEN_JUMP[:11])
    vote = strategy_for("trend_following", {"fast": 2, "slow": 5, "stop_pct": 2}).evaluate(series, {}, context())

    assert vote.act and vote.stop_loss == Decimal("29.4")


def test_it_sets_no_stop_by_default():
    vote = strategy_for("trend_following", {"fast": 2, "slow": 5}).evaluate(candles(FALL_THEN_JUMP[:11]), {}, context())

    assert vote.act and vote.stop_loss is None


def test_it_rejects_a_fast_average_that_is_not_faster():
    with pytest.raises(ValueError, match="fast must be below trend_following.slow"):
        strategy_for("trend_following", {"fast": 30, "slow": 30})


@pytest.mark.parametrize(
    "parameters, message",
    [({"slow": 401}, r"slow must be within 5\.\.400"), ({"fast": 1}, r"fast must be within 2\.\.100"), ({"speed": 3}, "no parameter speed")],
)
def test_it_rejects_out_of_range_and_unknown_parameters(parameters, message):
    with pytest.raises(ValueError, match=message):
        strategy_for("trend_following", parameters)
