"""Grid: buy each step down through a ladder of price levels, take profit one step up.

The ladder has ``levels`` + 1 lines spaced ``spacing_pct`` % of the anchor price apart,
``levels // 2`` steps below the anchor and the rest above it: line k is
``anchor × (1 + k × spacing_pct / 100)`` for k = −levels//2 … levels − levels//2. ``levels`` is the
number of steps, as exchanges count "grids".

State (kept by the runner between runs):

- ``anchor``: set to the close on the first run; reset to the close (re-anchoring) when the
  price leaves the ladder entirely, because a grid far from the price would never trade again.
  Leaving the ladder is not a signal: a crash through the bottom line is not a dip to buy.
- ``last_level``: the step the previous close was in (k such that line k ≤ close < line k+1).

A close in a lower step than ``last_level`` crossed down through a line: act long, take profit
one line above the line crossed, stop one step below the ladder. A close in a higher step crossed
up: a short view that acts only with ``allow_short`` = 1 (take profit one line below the line
crossed). Acting votes have strength 0.6; a bar that stays in its step has no view.
"""
from __future__ import annotations

import math
from decimal import Decimal

from bots.strategies.base import (
    Candles,
    Context,
    Param,
    Range,
    Strategy,
    Vote,
    register,
)

ACT_STRENGTH = 0.6
# A close sitting exactly on a line must count as on it, despite float division error.
EPSILON = 1e-9


@register
class Grid(Strategy):
    key = "grid"
    name = "Grid"
    default_timeframe = "15m"
    params = {
        "levels": Param(10, 2, 100, int),
        "spacing_pct": Param(0.5, 0.05, 20.0, float),
        "allow_short": Param(0, 0, 1, int),
    }
    search_space = {"levels": Range(4, 40), "spacing_pct": Range(0.1, 5.0, 0.05), "allow_short": Range(0, 1)}

    @property
    def min_candles(self) -> int:
        return 1

    def evaluate(self, candles: Candles, state: dict, context: Context) -> Vote:
        close = float(candles.close[-1])
        anchor = state.get("anchor")
        if anchor is None:
            return self._anchor(state, close, "anchored the grid")
        step = self._step_of(close, float(anchor))
        if not self.bottom <= step < self.top:
            return self._anchor(state, close, "price left the grid; re-anchored")
        last = int(state.get("last_level", step))
        state["last_level"] = step
        if step < last:
            crossed = step + 1
            return Vote(
                "long", ACT_STRENGTH, act=True, reason=f"crossed down through grid line {crossed}",
                stop_loss=self._line(anchor, self.bottom - 1), take_profits=(self._line(anchor, crossed + 1),),
            )
        if step > last:
            act = bool(self.p["allow_short"])
            return Vote(
                "short", ACT_STRENGTH, act=act, reason=f"crossed up through grid line {step}",
                stop_loss=self._line(anchor, self.top + 1) if act else None,
                take_profits=(self._line(anchor, step - 1),) if act else (),
            )
        return Vote("flat", 0.0, reason=f"inside grid step {step}")

    @property
    def bottom(self) -> int:
        return -(self.p["levels"] // 2)

    @property
    def top(self) -> int:
        return self.p["levels"] - self.p["levels"] // 2

    def _step_of(self, price: float, anchor: float) -> int:
        return math.floor((price / anchor - 1) / (self.p["spacing_pct"] / 100) + EPSILON)

    def _line(self, anchor: float, k: int) -> Decimal:
        return Decimal(str(round(float(anchor) * (1 + k * self.p["spacing_pct"] / 100), 8)))

    @staticmethod
    def _anchor(state: dict, close: float, reason: str) -> Vote:
        state["anchor"] = close
        state["last_level"] = 0
        return Vote("flat", 0.0, reason=f"{reason} at {close:g}")
