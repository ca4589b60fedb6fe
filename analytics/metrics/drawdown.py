"""Drawdown depth, frequency, duration and recovery of an equity curve."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from analytics.metrics._inputs import float_array


def drawdown_stats(equity: Sequence[Any], periods_per_year: int = 365) -> dict:
    """Drawdown statistics of an equity curve e_0..e_{n-1} sampled once per period.

    ``equity`` is account value (not cumulative P&L): the first value must be > 0 and none
    negative. With the running peak P_t = max(e_0..e_t), the drawdown is d_t = e_t / P_t - 1 (≤ 0).
    An *episode* is a maximal run of consecutive observations with d_t < 0; it starts at the
    first observation below the peak and recovers at the first later observation with
    e_t ≥ that peak (an episode still underwater at the end is open, not recovered).

    - ``max_drawdown``       min_t d_t (−0.12 = −12 %); 0.0 when equity never fell.
    - ``avg_drawdown``       mean over episodes of each episode's deepest d_t; 0.0 when there
      are no episodes (so max_drawdown ≤ avg_drawdown ≤ 0 always holds).
    - ``drawdown_frequency`` episodes per year: drawdown_count / ((n - 1) / periods_per_year),
      n - 1 being the number of periods the curve spans; None when n < 2.
    - ``avg_recovery_time``  mean over *recovered* episodes of (recovery index - (start - 1)),
      i.e. periods from the last observation at the peak to the first one back at it; None
      when no episode has recovered.
    - ``longest_drawdown``   most consecutive observations below the running peak (the longest
      episode, open ones included), in periods; 0 when none.
    - ``underwater_pct``     share of the n observations with d_t < 0.
    - ``drawdown_count``     number of episodes, the open one included.
    - ``current_drawdown``   d_{n-1}, the last observation against its running peak (≤ 0).

    Example: [100, 90, 95, 100, 80] has d = [0, −.1, −.05, 0, −.2]; episodes at indices 1–2
    (peak 0, recovered at 3, depth −.1) and 4 (open, depth −.2): max −0.2, avg −0.15, count 2,
    recovery time 3 - 0 = 3, longest 2, underwater 3/5, current −0.2, frequency 2 / (4/365).

    An empty curve gives None for every ratio and 0 for the counts and durations.
    """
    e = float_array(equity)
    if len(e) == 0:
        return {
            "max_drawdown": None,
            "avg_drawdown": None,
            "drawdown_frequency": None,
            "avg_recovery_time": None,
            "longest_drawdown": 0,
            "underwater_pct": None,
            "drawdown_count": 0,
            "current_drawdown": None,
        }
    if e[0] <= 0 or (e < 0).any():
        raise ValueError("equity must start above zero and never be negative (pass account value, not P&L).")

    peak = np.maximum.accumulate(e)
    drawdown = e / peak - 1.0
    starts, ends = _episodes(drawdown)
    # Outside the episodes d_t is 0, so the minimum from one start to the next is the episode's depth.
    depths = np.minimum.reduceat(drawdown, starts) if len(starts) else drawdown[:0]
    # An episode starts after the observation it fell from (index 0 is its own peak).
    recovered = ends < len(e)
    recovery_times = ends[recovered] - (starts[recovered] - 1)
    years = (len(e) - 1) / periods_per_year
    return {
        "max_drawdown": float(drawdown.min()),
        # A float mean of equal depths can land one ulp below their minimum; the bound is the definition.
        "avg_drawdown": max(float(np.mean(depths)), float(drawdown.min())) if len(depths) else 0.0,
        "drawdown_frequency": len(starts) / years if years > 0 else None,
        "avg_recovery_time": float(np.mean(recovery_times)) if len(recovery_times) else None,
        "longest_drawdown": int((ends - starts).max()) if len(starts) else 0,
        "underwater_pct": float(np.count_nonzero(drawdown < 0) / len(e)),
        "drawdown_count": len(starts),
        "current_drawdown": float(drawdown[-1]),
    }


def _episodes(drawdown: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """First index and one-past-last index of every maximal run with d_t < 0."""
    underwater = np.concatenate([[False], drawdown < 0, [False]])
    edges = np.flatnonzero(np.diff(underwater.astype(np.int8)))
    return edges[0::2], edges[1::2]
