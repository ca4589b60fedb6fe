"""Which tokens a trader's exposure sits in, how concentrated it is, and how the tokens co-move."""
from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np

from analytics.metrics.columns import TradeColumns

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


def token_stats(trades: TradeColumns | Sequence[Any]) -> dict:
    """Token exposure of trades (``TradeColumns``, or dicts or objects with ``symbol``).

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
    t = trades if isinstance(trades, TradeColumns) else TradeColumns.from_rows(trades)
    has_symbol = t.symbol >= 0
    names, token_of_symbol = _tokens_of(t.symbols)
    token = token_of_symbol[t.symbol[has_symbol]]
    shares = _shares(token, _weights(t, has_symbol), names)
    # Plain sums over a handful of shares, in the order listed: the figures the API has always shown.
    hhi = sum(s * s for s in shares.values()) if shares else None
    return {
        "token_distribution": shares,
        "concentration_index": hhi,
        "diversification_score": 10 * (1 - hhi) if hhi is not None else None,
        "token_correlation": _daily_pnl_correlation(t, has_symbol, token, names),
        "top_3_exposure": sum(sorted(shares.values(), reverse=True)[:3]) if shares else None,
        "unique_tokens_traded": len(shares),
    }


def _tokens_of(symbols: tuple[str, ...]) -> tuple[list[str], np.ndarray]:
    """The distinct base tokens in order of first appearance, and each symbol's index into them."""
    bases = [base_token(symbol) for symbol in symbols]
    index = {token: i for i, token in enumerate(dict.fromkeys(bases))}
    return list(index), np.array([index[b] for b in bases], dtype=np.intp)


def _weights(t: TradeColumns, has_symbol: np.ndarray) -> np.ndarray:
    for column in (t.notional, t.margin):
        values = column[has_symbol]
        if not np.isnan(values).any() and (values != 0).any():
            return np.abs(values)
    return np.ones(np.count_nonzero(has_symbol))


def _shares(token: np.ndarray, weights: np.ndarray, names: list[str]) -> dict[str, float]:
    totals = np.bincount(token, weights=weights, minlength=len(names)).tolist()
    grand = sum(totals)
    ranked = sorted(zip(names, totals, strict=True), key=lambda item: (-item[1], item[0]))
    return {name: weight / grand for name, weight in ranked}


def _daily_pnl_correlation(t: TradeColumns, has_symbol: np.ndarray, token: np.ndarray, names: list[str]) -> dict[str, float]:
    closed = ~np.isnan(t.pnl[has_symbol]) & ~np.isnat(t.closed_at[has_symbol])
    token, pnl = token[closed], t.pnl[has_symbol][closed]
    day = t.closed_at[has_symbol][closed].astype("datetime64[D]").astype(np.int64)
    present = np.flatnonzero(np.bincount(token, minlength=len(names)))
    if len(present) < 2:
        return {}
    # A day's row is the number of closing days before it: counted over the calendar, not sorted.
    closing_days = np.bincount(day - day.min()) > 0
    row = (np.cumsum(closing_days) - 1)[day - day.min()]
    n_days = int(np.count_nonzero(closing_days))
    if n_days < MIN_CORRELATION_DAYS:
        return {}
    tokens = sorted(names[i] for i in present)
    column = np.full(len(names), -1, dtype=np.intp)
    column[[names.index(name) for name in tokens]] = np.arange(len(tokens))
    # One row per token (contiguous), so each mean below sums in the order numpy sums a 1-d column.
    table = np.bincount(column[token] * n_days + row, weights=pnl, minlength=len(tokens) * n_days)
    rho = _pearson_matrix(table.reshape(len(tokens), n_days)).tolist()
    return {
        f"{a}-{tokens[j]}": rho[i][j]
        for i, a in enumerate(tokens)
        for j in range(i + 1, len(tokens))
        if not math.isnan(rho[i][j])
    }


def _pearson_matrix(table: np.ndarray) -> np.ndarray:
    """Pearson's ρ of every pair of rows; NaN where either row is constant."""
    # Tested on the raw values: centring [.1, .1, .1] leaves a rounding residue, not zeros.
    constant = np.ptp(table, axis=1) == 0
    x = table - table.mean(axis=1, keepdims=True)
    # ρ is scale-free; scaling to unit range keeps tiny P&L amounts from underflowing to 0/0.
    scale = np.abs(x).max(axis=1, keepdims=True)
    x = x / np.where(scale == 0, 1.0, scale)
    gram = x @ x.T
    norm = np.sqrt(np.diag(gram))
    with np.errstate(invalid="ignore", divide="ignore"):
        rho = np.clip(gram / np.outer(norm, norm), -1.0, 1.0)
    rho[constant, :] = rho[:, constant] = np.nan
    return rho
