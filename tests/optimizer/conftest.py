"""Synthetic candles for the optimizer: a cycle that a fast moving-average pair can ride."""
from __future__ import annotations

import math
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import numpy as np
import pytest

from bots.services import bot_create
from execution.market.base import Candle

START = datetime(2024, 1, 1, tzinfo=timezone.utc)
# A 60-bar price cycle of ±15 %: SMA crosses a few bars apart follow it (and profit); a slow pair
# lags by most of a half cycle and buys the tops.
CYCLE_BARS = 60
# Known to lose on the cycle: SMA45/SMA50 lags by nearly half a cycle.
BAD_TREND = {"fast": 45, "slow": 50, "stop_pct": 0.0}


def cycle_closes(count: int, seed: int = 7) -> list[float]:
    rng = np.random.default_rng(seed)
    return [100 * (1 + 0.15 * math.sin(2 * math.pi * i / CYCLE_BARS)) * (1 + rng.normal(0, 0.002)) for i in range(count)]


def bars_from_closes(closes: list[float], start: datetime = START) -> list[Candle]:
    bars, previous = [], closes[0]
    for i, close in enumerate(closes):
        open_ = previous
        bars.append(Candle(
            ts=start + timedelta(hours=i), open=_d(open_), high=_d(max(open_, close) * 1.001),
            low=_d(min(open_, close) * 0.999), close=_d(close), volume=Decimal("100"),
        ))
        previous = close
    return bars


def _d(value: float) -> Decimal:
    return Decimal(str(round(value, 6)))


def write_csv(path: Path, bars: list[Candle]) -> Path:
    lines = ["date,open,high,low,close,volume"]
    lines += [f"{b.ts.strftime('%Y-%m-%dT%H:%M:%SZ')},{b.open},{b.high},{b.low},{b.close},{b.volume}" for b in bars]
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.fixture
def cycle_csv(tmp_path) -> Path:
    return write_csv(tmp_path / "BTC_USDT-1h.csv", bars_from_closes(cycle_closes(600)))


@pytest.fixture
def slow_bot(woods1):
    """A trend bot with the lagging pair, so the optimizer has something to improve."""
    return bot_create(
        name="woods1-trend-btc", account=woods1, strategy="trend_following", symbols=["BTC/USDT"],
        parameters=dict(BAD_TREND),
    )
