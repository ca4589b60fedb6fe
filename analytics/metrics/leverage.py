"""How much leverage a trader uses, how it fares at each level, and how close it runs to liquidation."""
from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from analytics.metrics._inputs import field, mean_or_none, to_float

# Lower edges; a trade belongs to the last bucket whose edge it reaches. Leverage below 1x (an
# unusual, under-collateralised position) is folded into the first bucket.
LEVERAGE_BUCKETS = (("1x-3x", 1.0), ("3x-5x", 3.0), ("5x-10x", 5.0), ("10x+", 10.0))
HIGH_LEVERAGE = 10.0
# 20x is the top of the per-trader limit the design allows; anything above scores as 20x.
RISK_SCORE_CAP = 20.0


def leverage_stats(trades: Sequence[Any], adverse_move: float = 0.10) -> dict:
    """Leverage use and its risk over closed trades (dicts or objects).

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
    rows = [(_leverage(t), to_float(field(t, "pnl")), _liquidated(t)) for t in trades]
    if not rows:
        return {
            "avg_leverage": None,
            "max_leverage": None,
            "leverage_frequency": {name: None for name, _ in LEVERAGE_BUCKETS},
            "leverage_win_rate": {name: None for name, _ in LEVERAGE_BUCKETS},
            "risk_score": None,
            "liquidation_risk": None,
        }
    leverages = [lev for lev, _, _ in rows]
    avg, top = sum(leverages) / len(rows), max(leverages)
    high_share = sum(1 for lev in leverages if lev >= HIGH_LEVERAGE) / len(rows)
    frequency, win_rate = {}, {}
    for name, _ in LEVERAGE_BUCKETS:
        in_bucket = [(lev, pnl) for lev, pnl, _ in rows if _bucket(lev) == name]
        frequency[name] = len(in_bucket) / len(rows)
        win_rate[name] = mean_or_none([1.0 if pnl > 0 else 0.0 for _, pnl in in_bucket if pnl is not None])
    # Comparing L * move with 1 (not L with 1 / move) keeps 10x at a 0.1 move inside.
    at_risk = sum(1 for lev, _, liquidated in rows if liquidated or lev * adverse_move >= 1 - 1e-12)
    return {
        "avg_leverage": avg,
        "max_leverage": top,
        "leverage_frequency": frequency,
        "leverage_win_rate": win_rate,
        "risk_score": 10 * (0.5 * _log_scale(avg) + 0.3 * _log_scale(top) + 0.2 * high_share),
        "liquidation_risk": at_risk / len(rows),
    }


def _leverage(trade: Any) -> float:
    value = to_float(field(trade, "leverage"))
    return 1.0 if value is None else value


def _liquidated(trade: Any) -> bool:
    return bool(field(trade, "liquidated")) or field(trade, "status") == "liquidated"


def _bucket(leverage: float) -> str:
    name = LEVERAGE_BUCKETS[0][0]
    for bucket, lower in LEVERAGE_BUCKETS:
        if leverage >= lower:
            name = bucket
    return name


def _log_scale(leverage: float) -> float:
    if leverage <= 1:
        return 0.0
    return min(math.log(leverage) / math.log(RISK_SCORE_CAP), 1.0)
