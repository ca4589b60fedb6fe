"""Mean reversion: Bollinger Band extremes confirmed by RSI extremes (15-minute by default).

It acts long when the close is at or below the lower band *and* RSI is at or below ``rsi_low``,
short when the close is at or above the upper band and RSI at or above ``rsi_high``, aiming back
at the middle band (the take profit) with a stop ``stop_band_pct`` % beyond the band it touched,
or beyond the close when that is further out (0 = no stop). It acts on the bar where the
extreme *begins*: while a crash keeps closing below the band, the first bar is the signal and
the following ones only keep the view, so one dip does not fire a signal per bar.

Every other bar gives the lean of the close within the band: below the middle leans long (it
should revert up), above leans short, strength the distance from the middle in half-band widths.
A band of zero width (a flat market) has no extremes and gives no view.
"""
from __future__ import annotations

from decimal import Decimal

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
from bots.strategies.momentum import relative_strength


@register
class MeanReversion(Strategy):
    key = "mean_reversion"
    name = "Mean reversion (Bollinger Bands + RSI)"
    default_timeframe = "15m"
    params = {
        "bb_period": Param(20, 2, 200, int),
        "bb_std": Param(2.0, 0.5, 5.0, float),
        "rsi_period": Param(14, 2, 100, int),
        "rsi_low": Param(30.0, 1.0, 50.0, float),
        "rsi_high": Param(70.0, 50.0, 99.0, float),
        "stop_band_pct": Param(1.0, 0.0, 20.0, float),
    }
    search_space = {
        "bb_period": Range(10, 50), "bb_std": Range(1.0, 3.5, 0.1), "rsi_period": Range(5, 30),
        "rsi_low": Range(10.0, 45.0, 1.0), "rsi_high": Range(55.0, 90.0, 1.0), "stop_band_pct": Range(0.0, 5.0, 0.25),
    }

    @property
    def min_candles(self) -> int:
        # One bar more than the indicators need: the previous bar's extreme decides "begins".
        return max(self.p["bb_period"], self.p["rsi_period"] + 1) + 1

    def evaluate_series(self, candles: Candles, state: dict, contexts: Contexts, start: int = 0) -> Votes:
        close = candles.close
        upper, middle, lower = talib.BBANDS(
            close, timeperiod=self.p["bb_period"], nbdevup=self.p["bb_std"], nbdevdn=self.p["bb_std"], matype=0
        )
        rsi = relative_strength(close, self.p["rsi_period"])
        ready = np.arange(1, len(close) + 1) >= self.min_candles
        with np.errstate(invalid="ignore", divide="ignore"):
            wide = upper > lower
            oversold = (close <= lower) & (rsi <= self.p["rsi_low"]) & wide
            overbought = (close >= upper) & (rsi >= self.p["rsi_high"]) & wide
            # The extreme begins: the bar before was not one.
            long_entry = ready & oversold & ~np.concatenate([[False], oversold[:-1]])
            short_entry = ready & overbought & ~np.concatenate([[False], overbought[:-1]]) & ~long_entry
            half_width = upper - middle
            position = (close - middle) / half_width  # -1 at the lower band, +1 at the upper
            leaning = ready & (half_width > 0) & (close != middle)
            # 0.5 at the band, 1 when the close is a whole half band beyond it: how stretched it is.
            band = np.where(long_entry, lower, upper)
            stretch = np.minimum(1.0, np.abs(close - middle) / np.abs(band - middle) / 2)
            lean = np.minimum(1.0, np.abs(position))
        act = long_entry | short_entry
        side = np.where(long_entry, LONG, np.where(short_entry, SHORT, np.where(
            leaning, np.where(position < 0, LONG, SHORT), NO_SIDE))).astype(np.int8)
        strength = np.where(act, stretch, np.where(leaning, lean, 0.0))

        def detail(i: int) -> Vote:
            if not ready[i]:
                return Vote("flat", 0.0, reason=f"needs {self.min_candles} candles, has {i + 1}")
            if act[i]:
                return self._entry(votes, i, bool(long_entry[i]), *(float(a[i]) for a in (close, band, middle, rsi)))
            if not leaning[i]:
                return Vote("flat", 0.0, reason="close at the middle band" if half_width[i] > 0 else "bands have no width")
            return votes.vote(i, f"close at {float(position[i]):+.2f} of the half band")

        votes = Votes(side, strength, act, detail)
        return votes.since(start)

    def _entry(self, votes: Votes, i: int, long: bool, close: float, band: float, middle: float, rsi: float) -> Vote:
        beyond = self.p["stop_band_pct"] / 100
        stop = None
        if beyond:
            # Beyond the close too when it closed far outside the band: a stop on the wrong side
            # of the entry would fire at once.
            stop = _price(min(band, close) * (1 - beyond) if long else max(band, close) * (1 + beyond))
        word = "lower" if long else "upper"
        reason = f"close at the {word} band with RSI {rsi:.1f}"
        return votes.vote(i, reason, stop_loss=stop, take_profits=(_price(middle),))


def _price(value: float) -> Decimal:
    return Decimal(str(round(float(value), 8)))
