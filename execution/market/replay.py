"""Replays recorded candles (a freqtrade-style ``date,open,high,low,close,volume`` CSV) as quotes.

Each ``quote()`` moves one bar forward and loops at the end, so a demo or a test sees real price
paths (spikes, gaps, trends) that a random walk never produces. The file is read once, when the
source is built, so a malformed row fails at start-up with its line number rather than mid-run.
"""
from __future__ import annotations

import bisect
import csv
import re
import threading
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal, InvalidOperation
from pathlib import Path

from echotrade.exceptions import MarketDataUnavailable, MarketNotListed
from echotrade.limits import MONEY_STEP

from .base import (
    TIMEFRAME_SECONDS,
    Candle,
    MarketQuote,
    PriceSource,
    check_limit,
    check_symbol,
    floor_time,
    timeframe_seconds,
)

HEADER = ["date", "open", "high", "low", "close", "volume"]
HALF_SPREAD = Decimal("0.0001")  # 1 bp each side: the file has no order book, so we invent one
# "XRP_USDT-5m.csv" -> XRP/USDT (freqtrade's data file naming).
FILENAME_RE = re.compile(r"^([A-Za-z0-9]+)_([A-Za-z0-9]+)(?:-[^.]*)?\.csv$")


def symbol_from_filename(path: Path) -> str:
    match = FILENAME_RE.match(path.name)
    if not match:
        raise ValueError(
            f"Cannot tell the symbol from the file name {path.name!r}; "
            f"name it like XRP_USDT-5m.csv or pass the symbol explicitly."
        )
    return f"{match[1].upper()}/{match[2].upper()}"


def read_candles(path: Path) -> list[Candle]:
    """The file's bars, oldest first; ValueError naming the line of the first bad row."""
    if not path.is_file():
        raise MarketDataUnavailable(f"Replay file {path} does not exist.")
    candles: list[Candle] = []
    with path.open(newline="", encoding="utf-8-sig") as handle:  # -sig: spreadsheets add a BOM
        reader = csv.reader(handle)
        header = [column.strip().lower() for column in next(reader, [])]
        if header != HEADER:
            raise ValueError(f"{path}, line 1: expected the header {','.join(HEADER)}, got {','.join(header)!r}")
        for row in reader:
            if not row:
                continue
            candle = _parse_row(row, f"{path}, line {reader.line_num}")
            if candles and candle.ts <= candles[-1].ts:
                raise ValueError(f"{path}, line {reader.line_num}: {candle.ts} is not after the previous bar")
            candles.append(candle)
    if len(candles) < 2:
        raise ValueError(f"{path} holds {len(candles)} bar(s); a replay needs at least two.")
    return candles


def _parse_row(row: list[str], where: str) -> Candle:
    if len(row) != len(HEADER):
        raise ValueError(f"{where}: expected {len(HEADER)} columns, got {len(row)}")
    try:
        ts = datetime.fromisoformat(row[0].strip())
        # Exchanges and freqtrade write candles in UTC; a date without an offset means UTC.
        ts = ts.replace(tzinfo=timezone.utc) if ts.tzinfo is None else ts.astimezone(timezone.utc)
        # Money is Decimal; 8 places also cleans float artefacts such as 1.0735999999999999.
        open_, high, low, close, volume = (Decimal(value.strip()).quantize(MONEY_STEP) for value in row[1:])
    except (ValueError, InvalidOperation) as exc:
        raise ValueError(f"{where}: cannot read {','.join(row)!r} ({exc})") from None
    if not (0 < low <= min(open_, close) and high >= max(open_, close) and volume >= 0):
        raise ValueError(f"{where}: prices are not a valid candle (need 0 < low <= open/close <= high)")
    return Candle(ts=ts, open=open_, high=high, low=low, close=close, volume=volume)


def resample(candles: list[Candle], seconds: int) -> list[Candle]:
    """Merge bars into epoch-aligned buckets of ``seconds`` (5m bars -> 1h candles)."""
    result: list[Candle] = []
    for candle in candles:
        start = floor_time(candle.ts, seconds)
        if result and result[-1].ts == start:
            last = result[-1]
            result[-1] = Candle(
                ts=start,
                open=last.open,
                high=max(last.high, candle.high),
                low=min(last.low, candle.low),
                close=candle.close,
                volume=last.volume + candle.volume,
            )
        else:
            result.append(Candle(start, candle.open, candle.high, candle.low, candle.close, candle.volume))
    return result


class ReplayPriceSource(PriceSource):
    def __init__(
        self,
        path: str | Path,
        symbol: str | None = None,
        *,
        clock: Callable[[], datetime] | None = None,
    ):
        self.path = Path(path)
        self.bars = read_candles(self.path)
        self.symbol = symbol or symbol_from_filename(self.path)
        check_symbol(self.symbol)
        self.name = f"replay:{self.path.name}"
        self.timeframe = self._detect_timeframe()
        self._times = [bar.ts for bar in self.bars]
        self._clock = clock or (lambda: datetime.now(timezone.utc))
        self._next = 0
        self._lock = threading.Lock()  # one instance serves every thread of a process

    def quote(self, symbol: str) -> MarketQuote:
        self._check(symbol)
        with self._lock:
            index = self._next
            self._next = (index + 1) % len(self.bars)
        bar = self.bars[index]
        return MarketQuote(
            symbol=symbol,
            price=bar.close,
            bid=(bar.close * (1 - HALF_SPREAD)).quantize(MONEY_STEP, rounding=ROUND_FLOOR),
            ask=(bar.close * (1 + HALF_SPREAD)).quantize(MONEY_STEP, rounding=ROUND_CEILING),
            volume=bar.volume,
            change_24h=self._change_24h(index),
            # When we observed it, not the bar's date: freshness checks compare against now.
            ts=self._clock(),
            source=self.name,
        )

    def candles(self, symbol: str, timeframe: str, limit: int = 200) -> list[Candle]:
        """The file's last ``limit`` candles, resampled to ``timeframe``.

        The whole file, not only the bars replayed so far: charts want history from the first
        quote on. A backtest that must not look ahead should slice by date itself.
        """
        self._check(symbol)
        seconds = timeframe_seconds(timeframe)
        check_limit(limit)
        own_seconds = TIMEFRAME_SECONDS[self.timeframe]
        if seconds < own_seconds:
            raise MarketDataUnavailable(
                f"{self.name} holds {self.timeframe} bars and cannot make finer {timeframe} candles."
            )
        bars = self.bars if seconds == own_seconds else resample(self.bars, seconds)
        return bars[-limit:]

    def _check(self, symbol: str) -> None:
        if symbol != self.symbol:
            raise MarketNotListed(f"{self.name} replays {self.symbol} only, not {symbol}.")

    def _change_24h(self, index: int) -> Decimal:
        """Percent change against the last bar at or before 24h earlier; 0 in the first day."""
        day_before = bisect.bisect_right(self._times, self.bars[index].ts - timedelta(days=1)) - 1
        if day_before < 0:
            return Decimal("0")
        then = self.bars[day_before].close
        return ((self.bars[index].close / then - 1) * 100).quantize(Decimal("0.01"))

    def _detect_timeframe(self) -> str:
        """The smallest gap between bars: a missing bar widens one gap, never the smallest."""
        gap = min((b.ts - a.ts).total_seconds() for a, b in zip(self.bars, self.bars[1:]))
        for timeframe, seconds in TIMEFRAME_SECONDS.items():
            if seconds == gap:
                return timeframe
        raise ValueError(f"{self.path}: bars are {gap:g}s apart, which is none of {', '.join(TIMEFRAME_SECONDS)}")
