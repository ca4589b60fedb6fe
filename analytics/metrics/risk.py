"""Volatility-adjusted returns, computed by empyrical-reloaded so the definitions are its own."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import empyrical
import numpy as np

from analytics.metrics._inputs import finite_or_none, float_array


def risk_adjusted(
    returns: Sequence[Any],
    periods_per_year: int = 365,
    risk_free: float = 0.0,
    benchmark: Sequence[Any] | None = None,
) -> dict:
    """Sharpe, Sortino and Calmar ratios, volatility, downside volatility, information ratio, CAGR.

    ``returns`` are simple periodic returns r_1..r_n (0.01 = +1 % in that period), e.g. daily
    returns with ``periods_per_year=365`` (crypto trades every day) or 5-minute returns with
    105120. ``risk_free`` is the risk-free return *per period*, not per year. ``benchmark`` is a
    same-length series of periodic benchmark returns (e.g. BTC buy-and-hold).

    With N = periods_per_year, x_i = r_i - risk_free, mean/std over the n periods and the
    standard deviation taken with ddof=1 (all as in empyrical):

    - ``sharpe_ratio``   mean(x) / std(x) * sqrt(N)                      [empyrical.sharpe_ratio]
    - ``volatility``     std(r) * sqrt(N)                            [empyrical.annual_volatility]
    - ``downside_vol``   sqrt(mean(min(x_i, 0)^2)) * sqrt(N), every period in the mean, the
      ones above risk_free counting as 0                   [empyrical.downside_risk, MAR = risk_free]
    - ``sortino_ratio``  mean(x) * N / downside_vol            [empyrical.sortino_ratio, same MAR]
    - ``annual_return``  prod(1 + r_i) ** (N / n) - 1, the CAGR          [empyrical.annual_return]
    - ``calmar_ratio``   annual_return / |max drawdown of the compounded returns|; None when
      there is no drawdown                                                [empyrical.calmar_ratio]
    - ``information_ratio``  mean(a) / std(a) with a_i = r_i - benchmark_i, *not annualised*:
      empyrical's ``excess_sharpe`` (its "simplified information ratio"); None without a benchmark.

    Any value that is undefined or infinite comes back as None: fewer than two returns for the
    ratios and volatility, no returns at all for ``annual_return``/``downside_vol``, a zero
    standard deviation or downside deviation, an annual return that overflows.
    """
    r = float_array(returns)
    n = periods_per_year
    # Short or flat series divide by zero and tiny spans overflow the CAGR power; both end as
    # None below, so numpy's warnings would only be noise.
    with np.errstate(all="ignore"):
        result = {
            "sharpe_ratio": empyrical.sharpe_ratio(r, risk_free=risk_free, annualization=n),
            "sortino_ratio": empyrical.sortino_ratio(r, required_return=risk_free, annualization=n),
            "calmar_ratio": empyrical.calmar_ratio(r, annualization=n),
            "volatility": empyrical.annual_volatility(r, annualization=n),
            "downside_vol": empyrical.downside_risk(r, required_return=risk_free, annualization=n),
            "information_ratio": _information_ratio(r, benchmark),
            "annual_return": empyrical.annual_return(r, annualization=n),
        }
    return {key: finite_or_none(value) for key, value in result.items()}


def _information_ratio(r: np.ndarray, benchmark: Sequence[Any] | None) -> float | None:
    if benchmark is None:
        return None
    b = float_array(benchmark)
    if len(b) != len(r):
        raise ValueError(f"benchmark has {len(b)} returns, the series has {len(r)}; they must align.")
    return empyrical.excess_sharpe(r, b)
