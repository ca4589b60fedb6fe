"""Trades and signals as columns: one numpy array per field, every value converted once.

The metric groups compute on these. Build them with ``of`` (one sequence per field, e.g. the
columns of a ``values_list`` query) or ``from_rows`` (dicts or objects, as the groups also
accept). A field that is not given is missing for every row.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from analytics.metrics._inputs import fields, float_array, time_array

SELL_SIDES = frozenset({"sell", "short"})


def _length(*columns: Sequence[Any] | None) -> int:
    lengths = {len(values) for values in columns if values is not None}
    if len(lengths) > 1:
        raise ValueError(f"columns of different lengths: {sorted(lengths)}")
    return lengths.pop() if lengths else 0


def _floats(values: Sequence[Any] | None, n: int) -> np.ndarray:
    return np.full(n, np.nan) if values is None else float_array(values)


def _times(values: Sequence[Any] | None, n: int) -> np.ndarray:
    return np.full(n, np.datetime64("NaT", "us")) if values is None else time_array(values)


def _codes(symbols: Sequence[str | None]) -> tuple[tuple[str, ...], np.ndarray]:
    """The distinct symbols in order of first appearance, and each row's index into them (-1: none)."""
    index = {symbol: i for i, symbol in enumerate(dict.fromkeys(s for s in symbols if s))}
    index[None] = index[""] = -1
    return tuple(s for s in index if s), np.array([index[s] for s in symbols], dtype=np.intp)


@dataclass(frozen=True)
class TradeColumns:
    """Trades for ``leverage_stats`` and ``token_stats``, one element per trade."""

    symbols: tuple[str, ...]  # distinct symbols, in order of first appearance
    symbol: np.ndarray  # index into ``symbols``; -1 = no symbol
    leverage: np.ndarray  # float64; NaN = not given (1x, spot)
    pnl: np.ndarray  # float64 net P&L; NaN = not closed
    notional: np.ndarray  # float64; NaN = not given
    margin: np.ndarray  # float64; NaN = not given
    closed_at: np.ndarray  # datetime64[us] UTC; NaT = not closed
    liquidated: np.ndarray  # bool

    def __len__(self) -> int:
        return len(self.symbol)

    @classmethod
    def of(
        cls,
        *,
        symbol: Sequence[str | None] | None = None,
        leverage: Sequence[Any] | None = None,
        pnl: Sequence[Any] | None = None,
        notional: Sequence[Any] | None = None,
        margin: Sequence[Any] | None = None,
        closed_at: Sequence[Any] | None = None,
        liquidated: Sequence[bool] | None = None,
    ) -> TradeColumns:
        n = _length(symbol, leverage, pnl, notional, margin, closed_at, liquidated)
        symbols, codes = _codes(symbol) if symbol is not None else ((), np.full(n, -1, dtype=np.intp))
        return cls(
            symbols=symbols,
            symbol=codes,
            leverage=_floats(leverage, n),
            pnl=_floats(pnl, n),
            notional=_floats(notional, n),
            margin=_floats(margin, n),
            closed_at=_times(closed_at, n),
            liquidated=np.zeros(n, dtype=bool) if liquidated is None else np.array(liquidated, dtype=bool),
        )

    @classmethod
    def from_rows(cls, trades: Sequence[Any]) -> TradeColumns:
        """``liquidated`` is true for ``liquidated`` or ``status == "liquidated"``; the close time
        is ``closed_at``, else ``timestamp``."""
        trades = list(trades)
        f = fields(trades, ("symbol", "leverage", "pnl", "notional", "margin", "closed_at", "timestamp", "liquidated", "status"))
        closed = [at or timestamp for at, timestamp in zip(f["closed_at"], f["timestamp"], strict=True)]
        liquidated = [bool(flag) or status == "liquidated" for flag, status in zip(f["liquidated"], f["status"], strict=True)]
        return cls.of(
            symbol=f["symbol"], leverage=f["leverage"], pnl=f["pnl"], notional=f["notional"], margin=f["margin"],
            closed_at=closed, liquidated=liquidated,
        )


@dataclass(frozen=True)
class SignalColumns:
    """Signals for ``signal_stats``, one element per signal."""

    confidence: np.ndarray  # float64 0..1; NaN = not stated
    won: np.ndarray  # float64: 1 win, 0 loss, NaN undecided
    received_at: np.ndarray  # datetime64[us] UTC; NaT = not known
    source_time: np.ndarray  # datetime64[us] UTC
    filled_at: np.ndarray  # datetime64[us] UTC
    direction: np.ndarray  # float64: +1 long, -1 short
    expected_price: np.ndarray  # float64; NaN = not known
    fill_price: np.ndarray  # float64; NaN = not filled

    def __len__(self) -> int:
        return len(self.won)

    @classmethod
    def of(
        cls,
        *,
        confidence: Sequence[Any] | None = None,
        pnl: Sequence[Any] | None = None,
        outcome: Sequence[str | None] | None = None,
        received_at: Sequence[Any] | None = None,
        source_time: Sequence[Any] | None = None,
        filled_at: Sequence[Any] | None = None,
        side: Sequence[str | None] | None = None,
        expected_price: Sequence[Any] | None = None,
        fill_price: Sequence[Any] | None = None,
    ) -> SignalColumns:
        """An ``outcome`` of "win" or "loss" (any case) decides; otherwise pnl > 0 is a win, pnl ≤ 0
        a loss and no pnl undecided. A side of "short" or "sell" is short; anything else long."""
        n = _length(confidence, pnl, outcome, received_at, source_time, filled_at, side, expected_price, fill_price)
        amounts = _floats(pnl, n)
        won = np.where(np.isnan(amounts), np.nan, amounts > 0)
        if outcome is not None:
            stated = np.array([o.lower() if isinstance(o, str) else "" for o in outcome], dtype=object)
            won = np.where(stated == "win", 1.0, np.where(stated == "loss", 0.0, won))
        short = np.zeros(n, dtype=bool) if side is None else np.array([str(s or "").lower() in SELL_SIDES for s in side], dtype=bool)
        return cls(
            confidence=_floats(confidence, n),
            won=won,
            received_at=_times(received_at, n),
            source_time=_times(source_time, n),
            filled_at=_times(filled_at, n),
            direction=np.where(short, -1.0, 1.0),
            expected_price=_floats(expected_price, n),
            fill_price=_floats(fill_price, n),
        )

    @classmethod
    def from_rows(cls, signals: Sequence[Any]) -> SignalColumns:
        names = ("confidence", "pnl", "outcome", "received_at", "source_time", "filled_at", "side", "expected_price", "fill_price")
        return cls.of(**fields(list(signals), names))
