"""Monte Carlo projection of an account's equity: a bootstrap of its own daily returns.

Each path draws ``days`` daily returns with replacement from the account's history of daily
returns and compounds them from today's equity. The 5th, 50th and 95th percentile *per day*
across the paths make the fan: a band that, day by day, holds 90 % of the simulated outcomes.
(Percentiles are taken per day, so the median line is not one path; that is what a fan shows.)

The bootstrap assumes tomorrow's days look like the recorded ones, drawn independently: it knows
no regime change and no streaks longer than history made likely. With few days of history the
fan is only as wide as those few days; below ``MIN_RETURNS`` there is no projection at all.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np

from accounts.models import Account, PerformanceSnapshot

PERCENTILES = (5, 50, 95)
MIN_RETURNS = 5
DEFAULT_SEED = 42  # a fixed default: the chart must not redraw differently on every refresh
MAX_DAYS = 730  # two years ahead; paths × days bounds the memory a request may take
MAX_PATHS = 2000
HISTORY_DAYS = 3650  # the snapshots read: ten years is more than any account has


@dataclass(frozen=True)
class Projection:
    """Equity per future day (index 0 = today's equity, then ``days`` days) at each percentile."""

    days: int
    paths: int
    seed: int | None
    start_equity: float
    returns_used: int
    p5: list[float]
    p50: list[float]
    p95: list[float]


def project_equity(
    daily_returns: Sequence[float], *, start_equity: float, days: int, paths: int, seed: int | None = None,
) -> Projection:
    """Bootstrap ``paths`` compounded paths of ``days`` days; ValueError on unusable input.

    Pure numpy: the same returns, sizes and seed give the same fan.
    """
    returns = np.asarray(daily_returns, dtype=np.float64)
    if returns.ndim != 1 or len(returns) < MIN_RETURNS:
        raise ValueError(f"A projection needs at least {MIN_RETURNS} daily returns, not {returns.size}.")
    if not np.all(np.isfinite(returns)) or np.any(returns < -1):
        raise ValueError("Daily returns must be finite and at least -1 (a total loss).")
    if not 1 <= days <= MAX_DAYS or not 1 <= paths <= MAX_PATHS:
        raise ValueError(f"days must be within 1..{MAX_DAYS} and paths within 1..{MAX_PATHS}.")
    rng = np.random.default_rng(seed)
    draws = rng.choice(returns, size=(paths, days), replace=True)
    growth = np.cumprod(1.0 + draws, axis=1)
    equity = np.hstack([np.full((paths, 1), float(start_equity)), float(start_equity) * growth])
    p5, p50, p95 = np.percentile(equity, PERCENTILES, axis=0)
    # p5 <= p50 <= p95 holds mathematically; interpolation rounding must not break it on a flat fan.
    p50 = np.maximum(p50, p5)
    p95 = np.maximum(p95, p50)
    return Projection(
        days=days, paths=paths, seed=seed, start_equity=float(start_equity), returns_used=len(returns),
        p5=p5.tolist(), p50=p50.tolist(), p95=p95.tolist(),
    )


def daily_returns(days: Sequence[date], equity: Sequence[float]) -> list[float]:
    """Simple returns between snapshots one calendar day apart.

    A gap (beat was down for three days) is not one day's return, so it is left out rather than
    counted as one big day; a day starting at 0 equity has no return either.
    """
    pairs = list(zip(days, (float(v) for v in equity)))
    return [
        b / a - 1 for (day_a, a), (day_b, b) in zip(pairs, pairs[1:]) if (day_b - day_a).days == 1 and a > 0
    ]


# --- Reading the account --------------------------------------------------------------------------
@dataclass(frozen=True)
class EquityHistory:
    days: list[date] = field(default_factory=list)
    equity: list[float] = field(default_factory=list)

    @property
    def returns(self) -> list[float]:
        return daily_returns(self.days, self.equity)


def account_daily_equity(*, account: Account) -> EquityHistory:
    """The account's daily snapshots, oldest first."""
    rows = list(
        PerformanceSnapshot.objects.filter(account=account, kind="daily")
        .order_by("-day").values_list("day", "equity")[:HISTORY_DAYS]
    )[::-1]
    return EquityHistory(days=[day for day, _ in rows], equity=[float(equity) for _, equity in rows])


def account_projection(*, account: Account, days: int, paths: int, seed: int | None = DEFAULT_SEED) -> dict:
    """The fan for the API and the chart: history, future dates and the three percentile lines.

    With fewer than ``MIN_RETURNS`` daily returns: the history, empty lines and a ``detail``
    saying how many more daily snapshots are needed.
    """
    history = account_daily_equity(account=account)
    returns = history.returns
    base = {
        "account": account.name, "days": days, "paths": paths, "returns_used": len(returns),
        "history": {"dates": [d.isoformat() for d in history.days], "equity": history.equity},
        "dates": [], "p5": [], "p50": [], "p95": [], "detail": "",
    }
    if len(returns) < MIN_RETURNS:
        have = len(history.days)
        base["detail"] = (
            f"Not enough history to project: {have} daily snapshot{'s' if have != 1 else ''} give "
            f"{len(returns)} daily return{'s' if len(returns) != 1 else ''}; at least {MIN_RETURNS} are needed "
            f"({MIN_RETURNS + 1} daily snapshots on consecutive days). One is taken every day."
        )
        return base
    projection = project_equity(returns, start_equity=history.equity[-1], days=days, paths=paths, seed=seed)
    start = history.days[-1]
    base.update(
        dates=[(start + timedelta(days=i)).isoformat() for i in range(days + 1)],
        p5=projection.p5, p50=projection.p50, p95=projection.p95,
    )
    return base
