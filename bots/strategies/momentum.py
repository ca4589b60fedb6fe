"""Momentum: an RSI thrust confirmed by a volume spike and a price breakout (5-minute by default).

It acts long on the bar where all three happen together:

- RSI(``rsi_period``) crosses above ``rsi_entry`` (previous bar below it, this bar at or above);
- volume is at least ``volume_factor`` × the average volume of the ``volume_period`` bars
  *before* this one (the spike itself would otherwise inflate its own yardstick);
- the close is the highest close of the last ``breakout_period`` bars (at or above every one of
  the previous ``breakout_period`` closes).

Short is the mirror image: RSI crosses below ``100 - rsi_entry`` with the same volume spike and a
close at a ``breakout_period`` low. Any other bar gives the RSI's view without acting: long above
50, short below, strength |RSI - 50| / 50.
"""
from __future__ import annotations

import numpy as np
import talib

from bots.strategies.base import (
    LONG,
    NO_SIDE,
    SHORT,
    Candles,
    Contexts,
    Param,
    Range,
    Strategy,
    Vote,
    Votes,
    register,
)


def relative_strength(close: np.ndarray, period: int) -> np.ndarray:
    """TA-Lib's RSI, except that bars with no price change since the window began read 50.

    TA-Lib answers 0 when both average gain and average loss are 0, which would read a
    perfectly flat market as deeply oversold (and make mean reversion buy it).
    """
    values = talib.RSI(close, timeperiod=period)
    unmoved = np.concatenate([[True], np.cumsum(np.abs(np.diff(close))) == 0])
    values[unmoved & ~np.isnan(values)] = 50.0
    return values


@register
class Momentum(Strategy):
    key = "momentum"
    name = "Momentum (RSI + volume breakout)"
    default_timeframe = "5m"
    params = {
        "rsi_period": Param(14, 2, 100, int),
        "rsi_entry": Param(55.0, 50.0, 90.0, float),
        "volume_period": Param(20, 2, 200, int),
        "volume_factor": Param(1.5, 1.0, 10.0, float),
        "breakout_period": Param(20, 2, 200, int),
    }
    search_space = {
        "rsi_period": Range(5, 30), "rsi_entry": Range(50.0, 80.0, 1.0), "volume_period": Range(5, 60),
        "volume_factor": Range(1.0, 4.0, 0.1), "breakout_period": Range(5, 60),
    }

    @property
    def min_candles(self) -> int:
        # Two RSI values (a cross), and a full look-back before the current bar.
        return max(self.p["rsi_period"] + 2, self.p["volume_period"] + 1, self.p["breakout_period"] + 1)

    def evaluate_series(self, candles: Candles, state: dict, contexts: Contexts, start: int = 0) -> Votes:
        close, volume = candles.close, candles.volume
        rsi = relative_strength(close, self.p["rsi_period"])
        before = _previous(rsi)
        # The yardsticks of each bar are the bars before it: the spike would inflate its own average.
        average = _previous(talib.SMA(volume, timeperiod=self.p["volume_period"]))
        highest, lowest = (_previous(f(close, timeperiod=self.p["breakout_period"])) for f in (talib.MAX, talib.MIN))
        ready = np.arange(1, len(close) + 1) >= self.min_candles
        entry, exit_ = self.p["rsi_entry"], 100.0 - self.p["rsi_entry"]
        with np.errstate(invalid="ignore"):
            spike = ready & (volume >= self.p["volume_factor"] * average)
            breakout = spike & (before < entry) & (entry <= rsi) & (close >= highest)
            breakdown = spike & (before > exit_) & (exit_ >= rsi) & (close <= lowest) & ~breakout
            side = np.where(rsi > 50.0, LONG, np.where(rsi < 50.0, SHORT, NO_SIDE))
        side = np.where(ready, np.where(breakout, LONG, np.where(breakdown, SHORT, side)), NO_SIDE).astype(np.int8)
        strength = np.where(side != NO_SIDE, np.minimum(1.0, np.abs(rsi - 50.0) / 50.0), 0.0)
        act = breakout | breakdown

        def detail(i: int) -> Vote:
            if not ready[i]:
                return Vote("flat", 0.0, reason=f"needs {self.min_candles} candles, has {i + 1}")
            now = float(rsi[i])
            if breakout[i]:
                return votes.vote(i, f"RSI {now:.1f} crossed above {entry:g} on a volume breakout")
            if breakdown[i]:
                return votes.vote(i, f"RSI {now:.1f} crossed below {exit_:g} on a volume breakdown")
            return votes.vote(i, "RSI 50" if side[i] == NO_SIDE else f"RSI {now:.1f}")

        votes = Votes(side, strength, act, detail)
        return votes.since(start)


def _previous(values: np.ndarray) -> np.ndarray:
    """Each bar's value of the bar before it (nothing before the first)."""
    return np.concatenate([[np.nan], values[:-1]])
