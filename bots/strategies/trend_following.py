"""Trend following: a fast and a slow simple moving average of the close.

The view is long while the fast average is above the slow one and short while it is below; its
strength grows with the gap between them (a 2 % gap is full conviction). The strategy *acts* only
on the bar where the averages cross, so one trend gives one signal, not one per bar.

Simple, not exponential, averages: an EMA computed on a trailing window depends on where the
window starts (TA-Lib seeds it from the first bars), so a live runner and a backtest that see
different amounts of history would disagree; an SMA over ``slow`` bars does not.
"""
from __future__ import annotations

from decimal import Decimal

import numpy as np
import talib

from bots.strategies.base import (
    LONG,
    NO_SIDE,
    SHORT,
    SIDE_OF,
    Candles,
    Contexts,
    Param,
    Range,
    Strategy,
    Vote,
    Votes,
    register,
)

FULL_STRENGTH_GAP = 0.02  # fast 2 % away from slow = strength 1


@register
class TrendFollowing(Strategy):
    key = "trend_following"
    name = "Trend following (moving-average cross)"
    default_timeframe = "1h"
    params = {
        "fast": Param(10, 2, 100, int),
        "slow": Param(30, 5, 400, int),
        "stop_pct": Param(0.0, 0.0, 50.0, float),  # 0 = no stop loss
    }
    # Pairs with fast >= slow are invalid (``__init__`` refuses them); the optimizer skips them.
    search_space = {"fast": Range(2, 50), "slow": Range(10, 200), "stop_pct": Range(0.0, 10.0, 0.5)}

    def __init__(self, **overrides):
        super().__init__(**overrides)
        if self.p["fast"] >= self.p["slow"]:
            raise ValueError(
                f"trend_following.fast must be below trend_following.slow, not {self.p['fast']} >= {self.p['slow']}."
            )

    @property
    def min_candles(self) -> int:
        return self.p["slow"] + 1  # the previous bar's averages too, to see a cross

    def evaluate_series(self, candles: Candles, state: dict, contexts: Contexts, start: int = 0) -> Votes:
        close = candles.close
        fast = talib.SMA(close, timeperiod=self.p["fast"])
        slow = talib.SMA(close, timeperiod=self.p["slow"])
        gap = fast - slow
        before = np.concatenate([[np.nan], gap[:-1]])
        ready = np.arange(1, len(close) + 1) >= self.min_candles
        side = np.where(ready & (gap > 0), LONG, np.where(ready & (gap < 0), SHORT, NO_SIDE)).astype(np.int8)
        # A cross: the previous bar was on the other side (or level), this one is not.
        act = ((side == LONG) & (before <= 0)) | ((side == SHORT) & (before >= 0))
        with np.errstate(invalid="ignore", divide="ignore"):
            strength = np.where(side != NO_SIDE, np.minimum(1.0, np.abs(gap) / slow / FULL_STRENGTH_GAP), 0.0)

        def detail(i: int) -> Vote:
            if i + 1 < self.min_candles:
                return Vote("flat", 0.0, reason=f"needs {self.min_candles} candles, has {i + 1}")
            if side[i] == NO_SIDE:
                return Vote("flat", 0.0, reason="fast and slow averages are equal")
            word = "above" if side[i] == LONG else "below"
            reason = f"SMA{self.p['fast']} {'crossed' if act[i] else 'is'} {word} SMA{self.p['slow']}"
            stop = self._stop(SIDE_OF[int(side[i])], close[i]) if act[i] else None
            return votes.vote(i, reason, stop_loss=stop)

        votes = Votes(side, strength, act, detail)
        return votes.since(start)

    def _stop(self, side: str, close: float) -> Decimal | None:
        if not self.p["stop_pct"]:
            return None
        factor = 1 - self.p["stop_pct"] / 100 if side == "long" else 1 + self.p["stop_pct"] / 100
        return Decimal(str(round(close * factor, 8)))
