"""Tests of the strategies, the YAML strategy files and the strategy backtest.

The helpers build hand-made candle series: ``candles([...closes])`` gives bars five minutes
apart whose open is the previous close, so a test only states what its strategy looks at.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal

import numpy as np

from bots.strategies import Candles, Context, Strategy, Vote

START = datetime(2024, 1, 1, tzinfo=timezone.utc)


def candles(closes, volumes=None, highs=None, lows=None) -> Candles:
    closes = np.asarray(closes, dtype=np.float64)
    opens = np.concatenate([closes[:1], closes[:-1]])
    highs = np.maximum(opens, closes) if highs is None else np.asarray(highs, dtype=np.float64)
    lows = np.minimum(opens, closes) if lows is None else np.asarray(lows, dtype=np.float64)
    volumes = np.full(len(closes), 100.0) if volumes is None else np.asarray(volumes, dtype=np.float64)
    ts = np.array([int((START + timedelta(minutes=5 * i)).timestamp()) for i in range(len(closes))], dtype=np.int64)
    return Candles(ts, opens, highs, lows, closes, volumes)


def context(symbol="BTC/USDT", now=START, holdings=None, capital="0") -> Context:
    holdings = {k: Decimal(str(v)) for k, v in (holdings or {}).items()}
    return Context(now=now, symbol=symbol, holdings=holdings, capital=Decimal(str(capital)))


def votes_by_bar(strategy: Strategy, series: Candles, state: dict | None = None) -> list[Vote]:
    """The vote at every bar's close, each seeing only the bars up to it (as a runner would)."""
    state = {} if state is None else state
    return [strategy.evaluate(series.upto(end), state, context()) for end in range(1, len(series) + 1)]


def acting_bars(votes: list[Vote]) -> list[tuple[int, str]]:
    return [(i, vote.side) for i, vote in enumerate(votes) if vote.act]
