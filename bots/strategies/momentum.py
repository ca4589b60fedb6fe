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
    Candles,
    Context,
    Param,
    Range,
    Strategy,
    Vote,
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

    def evaluate(self, candles: Candles, state: dict, context: Context) -> Vote:
        if len(candles) < self.min_candles:
            return Vote("flat", 0.0, reason=f"needs {self.min_candles} candles, has {len(candles)}")
        rsi = relative_strength(candles.close, self.p["rsi_period"])
        now, before = float(rsi[-1]), float(rsi[-2])
        strength = min(1.0, abs(now - 50.0) / 50.0)
        spike = self._volume_spike(candles.volume)
        entry, exit_ = self.p["rsi_entry"], 100.0 - self.p["rsi_entry"]
        previous = candles.close[-self.p["breakout_period"] - 1:-1]
        close = candles.close[-1]
        if before < entry <= now and spike and close >= previous.max():
            return Vote("long", strength, act=True, reason=f"RSI {now:.1f} crossed above {entry:g} on a volume breakout")
        if before > exit_ >= now and spike and close <= previous.min():
            return Vote("short", strength, act=True, reason=f"RSI {now:.1f} crossed below {exit_:g} on a volume breakdown")
        if now == 50.0:
            return Vote("flat", 0.0, reason="RSI 50")
        return Vote("long" if now > 50.0 else "short", strength, reason=f"RSI {now:.1f}")

    def _volume_spike(self, volume) -> bool:
        period = self.p["volume_period"]
        average = float(np.mean(volume[-period - 1:-1]))
        return volume[-1] >= self.p["volume_factor"] * average
