"""Traders side by side: their metrics, how their daily returns move together, which tokens they share."""
from __future__ import annotations

from itertools import combinations

import numpy as np

from analytics.inputs import trader_series
from analytics.metrics.tokens import base_token
from analytics.trader_metrics import trader_metrics

MIN_CORRELATION_DAYS = 3


def trader_compare(*, traders, accounts) -> dict:
    """``metrics`` {id: trader_metrics}, ``correlation`` {a: {b: ρ}}, ``token_overlap`` {a: {b: J}}.

    - ``correlation``: Pearson's ρ of two traders' daily returns (``analytics.inputs``),
      aligned on every UTC day either of them has in its series, a day missing from one series
      counting as a 0 return for it. None when either column is constant or there are fewer
      than 3 such days. The matrix is symmetric; the diagonal is 1.0 where ρ is defined. ρ near 1
      means copying both adds the same bet twice ("redundant traders").
    - ``token_overlap``: Jaccard index |A ∩ B| / |A ∪ B| of the base tokens of the two traders'
      signals (what each trades, filtered or not); None when neither has a signal. ``shared_tokens``
      lists A ∩ B per pair in the same nested shape.
    """
    series = {t.pk: trader_series(trader=t, accounts=accounts).returns_by_day for t in traders}
    tokens = {t.pk: _tokens(t) for t in traders}
    ids = [t.pk for t in traders]
    correlation = {a: {b: None for b in ids} for a in ids}
    overlap = {a: {b: None for b in ids} for a in ids}
    shared = {a: {b: [] for b in ids} for a in ids}
    for a in ids:
        correlation[a][a] = _correlation(series[a], series[a])
        overlap[a][a] = 1.0 if tokens[a] else None
        shared[a][a] = sorted(tokens[a])
    for a, b in combinations(ids, 2):
        correlation[a][b] = correlation[b][a] = _correlation(series[a], series[b])
        union = tokens[a] | tokens[b]
        overlap[a][b] = overlap[b][a] = len(tokens[a] & tokens[b]) / len(union) if union else None
        shared[a][b] = shared[b][a] = sorted(tokens[a] & tokens[b])
    return {
        "traders": ids,
        "metrics": {t.pk: trader_metrics(trader=t, accounts=accounts) for t in traders},
        "correlation": correlation,
        "token_overlap": overlap,
        "shared_tokens": shared,
    }


def _tokens(trader) -> set[str]:
    symbols = trader.signals.filter(duplicate_of__isnull=True).values_list("symbol", flat=True).distinct()
    return {base_token(symbol) for symbol in symbols}


def _correlation(x: dict, y: dict) -> float | None:
    days = sorted(set(x) | set(y))
    if len(days) < MIN_CORRELATION_DAYS:
        return None
    a = np.array([x.get(day, 0.0) for day in days])
    b = np.array([y.get(day, 0.0) for day in days])
    if np.ptp(a) == 0 or np.ptp(b) == 0:
        return None
    rho = float(np.corrcoef(a, b)[0, 1])
    return min(max(rho, -1.0), 1.0)
