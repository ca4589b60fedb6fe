"""How much leverage a trader uses, how it fares at each level, and how close it runs to liquidation."""
from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np

from analytics.metrics._inputs import ratio_or_none
from analytics.metrics.columns import TradeColumns

# Lower edges; a trade belongs to the last bucket whose edge it reaches. Leverage below 1x (an
# unusual, under-collateralised position) is folded into the first bucket.
LEVERAGE_BUCKETS = (("1x-3x", 1.0), ("3x-5x", 3.0), ("5x-10x", 5.0), ("10x+", 10.0))
BUCKET_EDGES = np.array([lower for _, lower in LEVERAGE_BUCKETS])
HIGH_LEVERAGE = 10.0
# 20x is the top of the per-trader limit the design allows; anything above scores as 20x.
RISK_SCORE_CAP = 20.0


def leverage_stats(trades: TradeColumns | Sequence[Any], adverse_move: float = 0.10) -> dict:
    """Leverage use and its risk over closed trades (``TradeColumns``, or dicts or objects).

    Each trade needs ``leverage`` (None = 1x, spot) and ``pnl`` (net P&L; None = not closed,
    left out of the win rates only). ``liquidated`` (bool) or ``status == "liquidated"`` marks a
    trade the exchange liquidated. Buckets by leverage L: ``1x-3x`` L < 3 (L < 1 included),
    ``3x-5x`` 3 ≤ L < 5, ``5x-10x`` 5 ≤ L < 10, ``10x+`` L ≥ 10. A win is pnl > 0.

    - ``avg_leverage`` / ``max_leverage``  unweighted mean / max of L over all trades.
    - ``leverage_frequency[b]``  trades in bucket b / all trades.
    - ``leverage_win_rate[b]``   wins / trades with a pnl, within bucket b; None for a bucket
      without such trades.
    - ``risk_score``  10 * (0.5 * s(avg_leverage) + 0.3 * s(max_leverage) + 0.2 * h), where
      s(L) = clip(ln L / ln 20, 0, 1) (1x → 0, 20x and above → 1; each doubling of leverage
      adds the same) and h is the share of trades at ≥ 10x. 0 = all spot, 10 = all at ≥ 20x.
    - ``liquidation_risk``  share of trades that were liquidated or whose liquidation distance
      1/L (ignoring maintenance margin and fees) is at most ``adverse_move``: with the default
      0.10, every trade at ≥ 10x, which a 10 % move against it wipes out.

    Example: L = [2, 4, 10], pnl = [5, −1, −3] → avg 16/3, max 10, frequency 1/3 for 1x-3x,
    3x-5x and 10x+ and 0 for 5x-10x; win rate 1.0, 0.0, None, 0.0; liquidation_risk 1/3;
    risk_score = 10 * (0.5 * ln(16/3)/ln 20 + 0.3 * ln 10/ln 20 + 0.2/3).

    No trades: None for every figure and every bucket.
    """
    t = trades if isinstance(trades, TradeColumns) else TradeColumns.from_rows(trades)
    n = len(t)
    if n == 0:
        return {
            "avg_leverage": None,
            "max_leverage": None,
            "leverage_frequency": {name: None for name, _ in LEVERAGE_BUCKETS},
            "leverage_win_rate": {name: None for name, _ in LEVERAGE_BUCKETS},
            "risk_score": None,
            "liquidation_risk": None,
        }
    leverage = np.where(np.isnan(t.leverage), 1.0, t.leverage)
    avg, top = float(leverage.sum()) / n, float(leverage.max())
    high_share = int(np.count_nonzero(leverage >= HIGH_LEVERAGE)) / n
    # Below the first edge (under 1x) folds into the first bucket.
    bucket = np.maximum(np.searchsorted(BUCKET_EDGES, leverage, side="right") - 1, 0)
    closed = ~np.isnan(t.pnl)
    trades_in = np.bincount(bucket, minlength=len(LEVERAGE_BUCKETS))
    closed_in = np.bincount(bucket[closed], minlength=len(LEVERAGE_BUCKETS))
    wins_in = np.bincount(bucket[closed & (t.pnl > 0)], minlength=len(LEVERAGE_BUCKETS))
    # Comparing L * move with 1 (not L with 1 / move) keeps 10x at a 0.1 move inside.
    at_risk = int(np.count_nonzero(t.liquidated | (leverage * adverse_move >= 1 - 1e-12)))
    return {
        "avg_leverage": avg,
        "max_leverage": top,
        "leverage_frequency": {name: int(trades_in[i]) / n for i, (name, _) in enumerate(LEVERAGE_BUCKETS)},
        "leverage_win_rate": {
            name: ratio_or_none(wins_in[i], closed_in[i]) for i, (name, _) in enumerate(LEVERAGE_BUCKETS)
        },
        "risk_score": 10 * (0.5 * _log_scale(avg) + 0.3 * _log_scale(top) + 0.2 * high_share),
        "liquidation_risk": at_risk / n,
    }


def _log_scale(leverage: float) -> float:
    if leverage <= 1:
        return 0.0
    return min(math.log(leverage) / math.log(RISK_SCORE_CAP), 1.0)
