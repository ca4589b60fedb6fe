"""The trader score and the leaderboard.

Score (0–100) = 100 × Σ weight × component, each component in [0, 1]:

=================  ======  ==============================================================
component          weight  definition
=================  ======  ==============================================================
risk_adjusted      0.35    Sortino ratio of the daily returns / 3, clipped to [0, 1] (3 or
                           more scores full). Undefined Sortino (one day, or no losing day):
                           1 when no day lost and some day gained, else 0.
drawdown           0.25    1 - |max drawdown of the equity curve| / 0.10, clipped: no
                           drawdown scores 1, losing 10 % of the capital from a peak scores 0.
calibration        0.15    1 - 2 × mean |actual win rate - bucket midpoint| over the signal
                           confidence buckets that hold decided signals (60-70 % has its
                           midpoint at 0.65 ...), clipped; 0.5 (neutral) without any.
consistency        0.25    share of the ISO weeks (UTC) with a closed copy whose summed net
                           P&L is > 0.
=================  ======  ==============================================================

A trader without closed copies has no score (None) and is listed after every scored trader.
The score ignores how long the record is; the leaderboard shows ``closed_trades`` beside it.
Returns, equity and win/loss are as defined in ``analytics.inputs``.
"""
from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from django.utils import timezone

from accounts.models import Account
from analytics.inputs import capital, closed_copies, series_from, utc_day
from analytics.metrics import drawdown_stats, risk_adjusted, signal_stats
from analytics.metrics.signals import CALIBRATION_BUCKETS
from analytics.trader_metrics import signal_columns
from traders.models import TraderScore
from traders.selectors import trader_list

WEIGHTS = {"risk_adjusted": 0.35, "drawdown": 0.25, "calibration": 0.15, "consistency": 0.25}
SORTINO_FOR_FULL_MARKS = 3.0
DRAWDOWN_FOR_ZERO = 0.10
NEUTRAL_CALIBRATION = 0.5


def _clip(value: float) -> float:
    return min(max(value, 0.0), 1.0)


def trader_score(*, trader, accounts) -> dict:
    """{"score": Decimal 0–100 (2 places) or None, "components": {...}} as the module defines it."""
    closed = closed_copies(trader=trader, accounts=accounts)
    series = series_from(closed, capital(trader=trader, accounts=accounts))
    sortino = risk_adjusted(series.returns)["sortino_ratio"]
    max_drawdown = drawdown_stats(series.equity)["max_drawdown"]
    calibration = signal_stats(signal_columns(trader, accounts))["confidence_calibration"]
    weeks: dict[tuple, Decimal] = defaultdict(Decimal)
    for position in closed:
        weeks[utc_day(position.closed_at).isocalendar()[:2]] += position.net_pnl
    components = {
        "risk_adjusted": _risk_component(sortino, series.returns),
        "drawdown": _clip(1 - abs(max_drawdown) / DRAWDOWN_FOR_ZERO) if max_drawdown is not None else 0.0,
        "calibration": calibration_component(calibration),
        "consistency": sum(1 for pnl in weeks.values() if pnl > 0) / len(weeks) if weeks else 0.0,
    }
    score = None
    if closed:
        score = Decimal(str(round(100 * sum(WEIGHTS[k] * v for k, v in components.items()), 2)))
    return {
        "score": score,
        "components": components
        | {"sortino_ratio": sortino, "max_drawdown": max_drawdown, "closed_trades": len(closed), "weeks": len(weeks)},
    }


def _risk_component(sortino: float | None, returns: list[float]) -> float:
    if sortino is not None:
        return _clip(sortino / SORTINO_FOR_FULL_MARKS)
    return 1.0 if returns and min(returns) >= 0 and max(returns) > 0 else 0.0


def calibration_component(calibration: dict) -> float:
    gaps = [
        abs(calibration[name] - (lower + 0.05)) for name, lower in CALIBRATION_BUCKETS if calibration[name] is not None
    ]
    return _clip(1 - 2 * sum(gaps) / len(gaps)) if gaps else NEUTRAL_CALIBRATION


def trader_ranking(*, traders, accounts) -> list[dict]:
    """Every trader's score, best first; unscored traders last, by priority and name."""
    rows = [{"trader": t.pk, "name": t.name, **trader_score(trader=t, accounts=accounts)} for t in traders]
    return _ranked(rows)


def _ranked(rows: list[dict]) -> list[dict]:
    rows = sorted(rows, key=lambda row: (row["score"] is None, -(row["score"] or 0)))
    for rank, row in enumerate(rows, start=1):
        row["rank"] = rank if row["score"] is not None else None
    return rows


def trader_leaderboard() -> list[dict]:
    """The latest stored score of every listed trader (see ``trader_ranking_record``), best first."""
    traders = list(trader_list())
    latest = {}
    for entry in TraderScore.objects.filter(trader__in=traders).order_by("trader_id", "-computed_at", "-id"):
        latest.setdefault(entry.trader_id, entry)
    rows = []
    for trader in traders:
        entry = latest.get(trader.pk)
        rows.append({
            "trader": trader.pk, "name": trader.name,
            "score": entry.score if entry else None,
            "components": entry.components if entry else {},
            "computed_at": entry.computed_at if entry else None,
        })
    return _ranked(rows)


def trader_ranking_record(*, computed_at=None) -> list:
    """Score every listed trader over every account and store the leaderboard (the ranking task)."""
    computed_at = computed_at or timezone.now()
    everywhere = Account.objects.all()
    entries = []
    for trader in trader_list():
        result = trader_score(trader=trader, accounts=everywhere)
        entries.append(TraderScore(trader=trader, computed_at=computed_at, score=result["score"], components=result["components"]))
    return TraderScore.objects.bulk_create(entries)
