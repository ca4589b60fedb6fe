"""Which tokens a trader's exposure sits in, how concentrated it is, and how the tokens co-move."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations
from typing import Any

import numpy as np

from analytics.metrics._inputs import as_utc, field, to_float

# Longest first, so "BTCFDUSD" loses "FDUSD" rather than "USD".
QUOTE_SUFFIXES = ("FDUSD", "USDT", "USDC", "BUSD", "TUSD", "USD", "EUR", "BTC", "ETH", "BNB")
MIN_CORRELATION_DAYS = 3


def base_token(symbol: str) -> str:
    """The base asset: "BTC/USDT", "BTC/USDT:USDT", "BTC-USDT", "BTC_USDT" and "BTCUSDT" → "BTC"."""
    symbol = symbol.strip().upper()
    for separator in ("/", "-", "_"):
        if separator in symbol:
            return symbol.split(separator, 1)[0]
    for quote in QUOTE_SUFFIXES:
        if symbol.endswith(quote) and len(symbol) > len(quote):
            return symbol[: -len(quote)]
    return symbol


def token_stats(trades: Sequence[Any]) -> dict:
    """Token exposure of a list of trades (dicts or objects with ``symbol``).

    Trades without a ``symbol`` are left out. Each trade is mapped to its base token
    (``base_token``) and weighted by its ``notional`` when every trade has one, else by its
    ``margin`` when every trade has one, else by 1 (a count); weights are taken as absolute
    values, and all-zero weights fall back to counting. With s_i the share of token i:

    - ``token_distribution``     {token: s_i}, largest share first.
    - ``concentration_index``    Herfindahl index HHI = Σ s_i² (1/n for n equal tokens, 1 for one).
    - ``diversification_score``  10 * (1 - HHI): 0 for one token, 5 for two equal ones, 7.5 for
      four, approaching 10 as exposure spreads over many tokens.
    - ``top_3_exposure``         sum of the three largest s_i.
    - ``unique_tokens_traded``   number of distinct base tokens.
    - ``token_correlation``      {"A-B": ρ} for token pairs with A < B alphabetically. Over trades
      with a ``pnl`` and a ``closed_at`` (or ``timestamp``), build a table of net P&L summed per
      UTC day and token, with one row per day on which any of them closed and 0 where a token
      closed nothing that day; ρ is the Pearson correlation of the two tokens' columns. A pair is
      left out when either column is constant; {} with fewer than two tokens or fewer than
      3 such days.

    Example: BTC, BTC, ETH, SOL by count → shares .5/.25/.25, HHI .375, diversification 6.25,
    top 3 = 1.0, 3 tokens.

    No trades: {} distributions, None for the indices, 0 tokens.
    """
    trades = [t for t in trades if field(t, "symbol")]
    shares = _shares(trades)
    hhi = sum(s * s for s in shares.values()) if shares else None
    return {
        "token_distribution": shares,
        "concentration_index": hhi,
        "diversification_score": 10 * (1 - hhi) if hhi is not None else None,
        "token_correlation": _daily_pnl_correlation(trades),
        "top_3_exposure": sum(sorted(shares.values(), reverse=True)[:3]) if shares else None,
        "unique_tokens_traded": len(shares),
    }


def _weights(trades: list[Any]) -> list[float]:
    for name in ("notional", "margin"):
        values = [to_float(field(t, name)) for t in trades]
        if all(v is not None for v in values) and any(v != 0 for v in values):
            return [abs(v) for v in values]
    return [1.0] * len(trades)


def _shares(trades: list[Any]) -> dict[str, float]:
    totals: dict[str, float] = defaultdict(float)
    for trade, weight in zip(trades, _weights(trades), strict=True):
        totals[base_token(field(trade, "symbol"))] += weight
    grand = sum(totals.values())
    ranked = sorted(totals.items(), key=lambda item: (-item[1], item[0]))
    return {token: weight / grand for token, weight in ranked}


def _daily_pnl_correlation(trades: list[Any]) -> dict[str, float]:
    daily: dict[tuple, float] = defaultdict(float)
    for trade in trades:
        pnl = to_float(field(trade, "pnl"))
        closed = as_utc(field(trade, "closed_at") or field(trade, "timestamp"))
        if pnl is not None and closed is not None:
            daily[(closed.date(), base_token(field(trade, "symbol")))] += pnl
    days = sorted({day for day, _ in daily})
    tokens = sorted({token for _, token in daily})
    if len(tokens) < 2 or len(days) < MIN_CORRELATION_DAYS:
        return {}
    row = {day: i for i, day in enumerate(days)}
    column = {token: j for j, token in enumerate(tokens)}
    table = np.zeros((len(days), len(tokens)))
    for (day, token), pnl in daily.items():
        table[row[day], column[token]] = pnl
    correlation = {}
    for (i, a), (j, b) in combinations(enumerate(tokens), 2):
        rho = _pearson(table[:, i], table[:, j])
        if rho is not None:
            correlation[f"{a}-{b}"] = rho
    return correlation


def _pearson(x: np.ndarray, y: np.ndarray) -> float | None:
    """Pearson's ρ, None for a constant column."""
    # Tested on the raw values: centring [.1, .1, .1] leaves a rounding residue, not zeros.
    if np.ptp(x) == 0 or np.ptp(y) == 0:
        return None
    x, y = x - x.mean(), y - y.mean()
    # ρ is scale-free; scaling to unit range keeps tiny P&L amounts from underflowing to 0/0.
    x, y = x / np.abs(x).max(), y / np.abs(y).max()
    rho = float(x @ y / np.sqrt((x @ x) * (y @ y)))
    return min(max(rho, -1.0), 1.0)
