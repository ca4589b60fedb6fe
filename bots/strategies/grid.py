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

from decimal import Decimal

import numpy as np

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

    def evaluate_series(self, candles: Candles, state: dict, contexts: Contexts, start: int = 0) -> Votes:
        # Anchors are few: the loop walks from one to the next, the steps between are numpy's.
        close, bars = candles.close, len(candles)
        steps = np.zeros(bars, dtype=np.int64)
        anchors = np.full(bars, np.nan)
        anchored = np.zeros(bars, dtype=np.int8)  # 1: anchored the grid, 2: re-anchored

        def detail(i: int) -> Vote:
            if anchored[i]:
                word = "anchored the grid" if anchored[i] == 1 else "price left the grid; re-anchored"
                return Vote("flat", 0.0, reason=f"{word} at {float(close[i]):g}")
            step, anchor = int(steps[i]), float(anchors[i])
            if votes.side[i] == LONG:
                crossed = step + 1
                return votes.vote(i, f"crossed down through grid line {crossed}",
                                  stop_loss=self._line(anchor, self.bottom - 1),
                                  take_profits=(self._line(anchor, crossed + 1),))
            if votes.side[i] == SHORT:
                act = bool(votes.act[i])
                return votes.vote(i, f"crossed up through grid line {step}",
                                  stop_loss=self._line(anchor, self.top + 1) if act else None,
                                  take_profits=(self._line(anchor, step - 1),) if act else ())
            return Vote("flat", 0.0, reason=f"inside grid step {step}")

        votes = Votes.flat(bars, detail)
        bar = start
        while bar < bars:
            if state.get("anchor") is None:
                anchored[bar] = 1
                self._anchor(state, float(close[bar]))
                bar += 1
                continue
            anchor = float(state["anchor"])
            end, inside = self._inside(close, bar, anchor)
            if end > bar:
                ladder = self._step_of(close[bar:end], anchor)
                previous = np.concatenate([[int(state.get("last_level", ladder[0]))], ladder[:-1]])
                down, up = ladder < previous, ladder > previous
                segment = slice(bar, end)
                steps[segment], anchors[segment] = ladder, anchor
                votes.side[segment] = np.where(down, LONG, np.where(up, SHORT, NO_SIDE))
                votes.strength[segment] = np.where(down | up, ACT_STRENGTH, 0.0)
                votes.act[segment] = down | (up & bool(self.p["allow_short"]))
                state["last_level"] = int(ladder[-1])
            if not inside:
                anchored[end] = 2
                self._anchor(state, float(close[end]))
            bar = end + 1 if not inside else end
        return votes.since(start)

    def _inside(self, close: np.ndarray, start: int, anchor: float) -> tuple[int, bool]:
        """Where the closes from ``start`` first leave the ladder around ``anchor`` (the end: never)."""
        size = 1024
        while start < len(close):
            chunk = self._step_of(close[start:start + size], anchor)
            outside = (chunk < self.bottom) | (chunk >= self.top)
            if outside.any():
                return start + int(outside.argmax()), False
            start += len(chunk)
            size *= 4
        return len(close), True

    @property
    def bottom(self) -> int:
        return -(self.p["levels"] // 2)

    @property
    def top(self) -> int:
        return self.p["levels"] - self.p["levels"] // 2

    def _step_of(self, prices: np.ndarray, anchor: float) -> np.ndarray:
        return np.floor((prices / anchor - 1) / (self.p["spacing_pct"] / 100) + EPSILON).astype(np.int64)

    def _line(self, anchor: float, k: int) -> Decimal:
        return Decimal(str(round(float(anchor) * (1 + k * self.p["spacing_pct"] / 100), 8)))

    @staticmethod
    def _anchor(state: dict, close: float) -> None:
        state["anchor"] = close
        state["last_level"] = 0
