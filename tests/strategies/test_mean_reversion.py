"""Mean reversion: acts when a close beyond a Bollinger Band meets an RSI extreme."""
from __future__ import annotations

from decimal import Decimal

import numpy as np
import pytest
import talib

from bots.strategies import strategy_for
from tests.strategies import acting_bars, candles, context, votes_by_bar

# 30 bars see-sawing 100/101, then a sharp dip: bar 30 closes at 90, well under the lower band
# (about 95.3) with RSI about 28; bar 31 stays down, bar 32 recovers part of the way.
RANGE = [100 + (i % 2) for i in range(30)]
DIP = RANGE + [90, 89, 95]
SPIKE = RANGE + [111, 112, 106]


def bands(closes):
    upper, middle, lower = talib.BBANDS(np.asarray(closes, dtype=np.float64), timeperiod=20, nbdevup=2, nbdevdn=2)
    return upper[-1], middle[-1], lower[-1]


def test_it_acts_long_on_the_first_bar_of_a_sharp_dip():
    votes = votes_by_bar(strategy_for("mean_reversion"), candles(DIP))

    assert acting_bars(votes) == [(30, "long")]
    assert votes[31].side == "long" and not votes[31].act  # still below the band: same dip, no new signal


def test_its_take_profit_is_the_middle_band_and_its_stop_is_one_percent_beyond():
    vote = strategy_for("mean_reversion").evaluate(candles(DIP[:31]), {}, context())
    _, middle, lower = bands(DIP[:31])

    assert vote.take_profits == (Decimal(str(round(middle, 8))),)
    # The close (90) is further out than the band (about 95.3), so the stop is beyond the close.
    assert vote.stop_loss == Decimal(str(round(min(lower, 90.0) * 0.99, 8))) == Decimal("89.1")


def test_it_acts_short_on_the_first_bar_of_a_spike():
    votes = votes_by_bar(strategy_for("mean_reversion"), candles(SPIKE))

    assert acting_bars(votes) == [(30, "short")]
    _, middle, _ = bands(SPIKE[:31])
    assert votes[30].stop_loss == Decimal("112.11")  # 1 % above the close of 111, itself above the band
    assert votes[30].take_profits == (Decimal(str(round(middle, 8))),)


def test_it_does_not_act_when_rsi_is_not_extreme_enough():
    vote = strategy_for("mean_reversion", {"rsi_low": 20}).evaluate(candles(DIP[:31]), {}, context())

    assert vote.side == "long" and not vote.act


def test_a_zero_stop_band_pct_sets_no_stop():
    vote = strategy_for("mean_reversion", {"stop_band_pct": 0}).evaluate(candles(DIP[:31]), {}, context())

    assert vote.act and vote.stop_loss is None


def test_inside_the_bands_it_leans_towards_the_middle():
    below = strategy_for("mean_reversion").evaluate(candles(RANGE + [99.5]), {}, context())
    above = strategy_for("mean_reversion").evaluate(candles(RANGE + [101.5]), {}, context())
    upper, middle, _ = bands(RANGE + [99.5])

    assert (below.side, below.act) == ("long", False)
    assert below.strength == pytest.approx((middle - 99.5) / (upper - middle))
    assert (above.side, above.act) == ("short", False)


def test_a_flat_market_has_no_band_to_revert_to():
    vote = strategy_for("mean_reversion").evaluate(candles([100.0] * 40), {}, context())

    assert vote.side == "flat" and not vote.act


@pytest.mark.parametrize(
    "parameters, message",
    [({"bb_std": 6}, r"bb_std must be within 0\.5\.\.5\.0"), ({"rsi_low": 60}, "rsi_low"), ({"bb_period": 1}, "bb_period")],
)
def test_it_rejects_bad_parameters(parameters, message):
    with pytest.raises(ValueError, match=message):
        strategy_for("mean_reversion", parameters)
