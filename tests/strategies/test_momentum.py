"""Momentum: acts when an RSI cross, a volume spike and a breakout come on the same bar."""
from __future__ import annotations

import numpy as np
import pytest
import talib

from bots.strategies import strategy_for
from tests.strategies import acting_bars, candles, context, votes_by_bar

# 40 bars see-sawing 100/101 (RSI about 50, volume 100), then the bar under test.
RANGE = [100 + (i % 2) for i in range(40)]
QUIET = [100.0] * 40


def test_it_acts_long_on_an_rsi_cross_with_a_volume_breakout():
    votes = votes_by_bar(strategy_for("momentum"), candles(RANGE + [105, 104], QUIET + [300, 100]))

    assert acting_bars(votes) == [(40, "long")]
    assert votes[39].side == "long" and votes[39].strength < 0.1  # RSI just above 50 before it


def test_it_acts_short_on_an_rsi_cross_with_a_volume_breakdown():
    votes = votes_by_bar(strategy_for("momentum"), candles(RANGE + [95, 96], QUIET + [300, 100]))

    assert acting_bars(votes) == [(40, "short")]


def test_it_does_not_act_without_the_volume_spike():
    vote = strategy_for("momentum").evaluate(candles(RANGE + [105], QUIET + [149]), {}, context())

    assert vote.side == "long" and not vote.act


def test_the_volume_factor_is_a_parameter():
    vote = strategy_for("momentum", {"volume_factor": 3.5}).evaluate(candles(RANGE + [105], QUIET + [300]), {}, context())

    assert not vote.act


def test_it_does_not_act_below_an_earlier_high_of_the_breakout_window():
    # A 110 spike 15 bars back: the RSI still crosses 55 on volume, but 105 is no 20-bar high.
    closes = [100 + (i % 2) for i in range(25)] + [110] + [100 + (i % 2) for i in range(14)] + [105]
    vote = strategy_for("momentum").evaluate(candles(closes, QUIET + [300]), {}, context())

    assert vote.side == "long" and not vote.act


def test_without_a_signal_its_view_is_the_rsi_against_50():
    closes = np.linspace(100, 110, 60) + np.sin(np.arange(60))
    vote = strategy_for("momentum").evaluate(candles(closes), {}, context())
    rsi = talib.RSI(closes, timeperiod=14)[-1]

    assert not vote.act
    assert vote.side == ("long" if rsi > 50 else "short")
    assert vote.strength == pytest.approx(abs(rsi - 50) / 50)


def test_a_flat_market_reads_as_rsi_50_not_oversold():
    vote = strategy_for("momentum").evaluate(candles([100.0] * 40), {}, context())

    assert vote.side == "flat" and not vote.act


def test_it_needs_a_full_lookback_before_it_votes():
    strategy = strategy_for("momentum", {"breakout_period": 50})

    assert strategy.min_candles == 51
    assert strategy.evaluate(candles(RANGE), {}, context()).side == "flat"


@pytest.mark.parametrize(
    "parameters, message",
    [({"rsi_entry": 45}, r"rsi_entry must be within 50\.0\.\.90\.0"), ({"volume_factor": 0.5}, "volume_factor"), ({"rsi": 14}, "no parameter rsi")],
)
def test_it_rejects_bad_parameters(parameters, message):
    with pytest.raises(ValueError, match=message):
        strategy_for("momentum", parameters)
