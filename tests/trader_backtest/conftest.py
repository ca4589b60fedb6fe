"""A deterministic BTC hour-candle file ending now, and a helper to record a trader's signal."""
from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from itertools import count

import pytest
from django.test import override_settings
from django.utils import timezone

from execution.market.sources import reset_price_source
from signals.models import Signal

_ids = count(1)


def hour_floor(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(minute=0, second=0, microsecond=0)


@pytest.fixture
def btc_candles(tmp_path):
    """Writes ``rows`` [(open, high, low, close), ...] as hourly bars, the last one starting an hour ago.

    Returns the first bar's start time. The file name is unique per test because feed candles
    are cached under the source's file name.
    """
    path = tmp_path / f"BTC_USDT-1h-{uuid.uuid4().hex}.csv"

    def write(rows: list[tuple]) -> datetime:
        first = hour_floor(timezone.now()) - timedelta(hours=len(rows))
        lines = ["date,open,high,low,close,volume"]
        for i, (o, h, low, c) in enumerate(rows):
            lines.append(f"{(first + timedelta(hours=i)).isoformat()},{o},{h},{low},{c},10")
        path.write_text("\n".join(lines) + "\n")
        return first

    with override_settings(MARKET_DATA=f"replay:{path}"):
        reset_price_source()
        yield write
    reset_price_source()


def record_signal(trader, *, at: datetime, confidence="0.9", side="long", stop_loss="95", take_profits=("104",),
                  leverage=5, symbol="BTC/USDT") -> Signal:
    return Signal.objects.create(
        trader=trader, symbol=symbol, side=side, leverage=leverage, confidence=Decimal(confidence),
        stop_loss=Decimal(stop_loss) if stop_loss else None, take_profits=list(take_profits),
        external_id=f"bt-{next(_ids)}", source_time=at,
    )
