"""Bars as columns: what lets the engine walk in Python only the bars where something happens.

Most bars of a long backtest change nothing: no entry arrives, no open position's stop or target
is in their range, no vote acts at their close. ``analytics.backtests.engine`` asks this module
where the next bar that may matter is, applies its rules (in Decimals, on ``Bar`` objects) there
only, and has the bars between marked in one numpy pass (``Curve``).

- ``BarSeries``: one symbol's bars as float64 columns, the numbers the engine scans, and each bar
  as a ``Bar`` of Decimals on demand: the rows it was built from, or, built from floats, each price
  as the shortest decimal that reads back as that float (``Decimal(repr(x))``).
- ``Timeline``: every symbol's bars on one clock (the distinct bar times, oldest first).
- ``first_touch``: the first bar whose range may reach a position's stop or a target. Rounding a
  Decimal to the nearest float never reverses an order (x ≤ y gives float(x) ≤ float(y)), so a
  bar that reaches a level in Decimals reaches it in floats too; a bar that only seems to (two
  close numbers rounding alike) is looked at in Decimals and found quiet.
- ``Curve``: the marked equity of every bar, from what was open over each stretch of bars, with
  the engine's float arithmetic in the engine's order, so each point is the one it would compute
  bar by bar.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime, timedelta
from decimal import Decimal
from functools import cached_property

import numpy as np

from analytics.backtests.model import Bar
from bots.strategies import Candles
from bots.strategies.base import EPOCH, micros
from execution.market.base import Candle

FIRST_LOOK = 256  # bars a touch is first looked for in; each further look is four times longer


class BarSeries(Sequence[Bar]):
    """One symbol's bars, oldest first: float columns to scan, ``series[i]`` a ``Bar`` of Decimals."""

    def __init__(self, *, ts: np.ndarray, open: np.ndarray, high: np.ndarray, low: np.ndarray, close: np.ndarray,
                 volume: np.ndarray | None = None, rows: Sequence[Bar] | None = None,
                 times: Sequence[datetime] | None = None):
        self.ts = ts  # int64 microseconds since the epoch (UTC): exact, unlike float seconds
        self.open, self.high, self.low, self.close = open, high, low, close
        self.volume = np.zeros(len(close)) if volume is None else volume
        self._rows = rows
        self._times = times

    @classmethod
    def of(cls, bars: Sequence[Bar]) -> BarSeries:
        """``bars`` as columns (a ``BarSeries`` as it is); the rows stay the bars the engine fills on."""
        if isinstance(bars, BarSeries):
            return bars

        def column(name):
            return np.array([float(getattr(bar, name)) for bar in bars], dtype=np.float64)

        volume = column("volume") if bars and hasattr(bars[0], "volume") else None
        ts = np.array([micros(bar.ts) for bar in bars], dtype=np.int64)
        return cls(ts=ts, open=column("open"), high=column("high"), low=column("low"), close=column("close"),
                   volume=volume, rows=bars)

    @classmethod
    def from_arrays(cls, *, ts: np.ndarray, open, high, low, close, volume=None) -> BarSeries:
        """From float columns and ``ts`` in epoch seconds (UTC); prices read as ``Decimal(repr(x))``."""
        def floats(values):
            return np.ascontiguousarray(values, dtype=np.float64)

        return cls(ts=np.asarray(ts, dtype=np.int64) * 1_000_000, open=floats(open), high=floats(high), low=floats(low),
                   close=floats(close), volume=None if volume is None else floats(volume))

    @classmethod
    def from_feed(cls, rows: Sequence[dict]) -> BarSeries:
        """From the feed's candles (``execution.market.feed.candles_get``: ``ts`` in ISO, prices as
        decimal text); each bar's Decimals are read from its text when the engine asks for it."""
        times = [datetime.fromisoformat(row["ts"]) for row in rows]

        def column(name):
            # float(text) and float(Decimal(text)) round the same number: the same float.
            return np.array([float(row[name]) for row in rows], dtype=np.float64)

        return cls(ts=np.array([micros(t) for t in times], dtype=np.int64), open=column("open"), high=column("high"),
                   low=column("low"), close=column("close"), rows=_TextBars(times, rows), times=times)

    def __len__(self) -> int:
        return len(self.close)

    def __getitem__(self, i):
        if isinstance(i, slice):
            raise TypeError("a BarSeries gives one bar at a time")
        if self._rows is not None:
            return self._rows[i]
        return ColumnBar(self, range(len(self))[i])  # a negative index counts from the end

    def time(self, i: int) -> datetime:
        if self._times is not None:
            return self._times[i]
        if self._rows is not None:
            return self._rows[i].ts
        return EPOCH + timedelta(microseconds=int(self.ts[i]))

    def candles(self) -> Candles:
        """The columns as a strategy reads them (``ts`` in whole seconds)."""
        return Candles(self.ts // 1_000_000, self.open, self.high, self.low, self.close, self.volume)


class ColumnBar:
    """Bar ``i`` of a ``BarSeries`` built from floats, each field read when first asked for (most
    bars the engine visits are read for one or two prices only)."""

    def __init__(self, series: BarSeries, i: int):
        self._series, self._i = series, i

    @cached_property
    def ts(self) -> datetime:
        return self._series.time(self._i)

    @cached_property
    def open(self) -> Decimal:
        return _decimal(self._series.open[self._i])

    @cached_property
    def high(self) -> Decimal:
        return _decimal(self._series.high[self._i])

    @cached_property
    def low(self) -> Decimal:
        return _decimal(self._series.low[self._i])

    @cached_property
    def close(self) -> Decimal:
        return _decimal(self._series.close[self._i])

    @cached_property
    def volume(self) -> Decimal:
        return _decimal(self._series.volume[self._i])


def _decimal(value: float) -> Decimal:
    return Decimal(repr(float(value)))


class _TextBars(Sequence[Bar]):
    """The feed's candle rows as ``Bar``s, each read when asked for."""

    def __init__(self, times: list[datetime], rows: Sequence[dict]):
        self._times, self._rows = times, rows

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, i):
        row = self._rows[i]
        return Candle(ts=self._times[i], open=Decimal(row["open"]), high=Decimal(row["high"]), low=Decimal(row["low"]),
                      close=Decimal(row["close"]), volume=Decimal(row.get("volume") or 0))


class Timeline:
    """Every symbol's bars on one clock: step k is the k-th distinct bar time over all symbols."""

    def __init__(self, bars: Mapping[str, BarSeries]):
        self.bars = bars
        self.symbols = list(bars)
        self.single = len(bars) == 1  # then step k is the symbol's bar k, and looking it up is free
        if self.single:
            (series,) = bars.values()
            self.times = series.ts
            self.steps_of = {self.symbols[0]: np.arange(len(series))}
        else:
            self.times = np.unique(np.concatenate([series.ts for series in bars.values()])) if bars else np.zeros(0, np.int64)
            self.steps_of = {symbol: np.searchsorted(self.times, series.ts) for symbol, series in bars.items()}
        self.steps = len(self.times)

    def cursor(self, symbol: str, step: int) -> int:
        """The symbol's first bar at step ``step`` or later (its length: none)."""
        if self.single:
            return min(step, self.steps)
        return int(self.steps_of[symbol].searchsorted(step))

    def step_of(self, symbol: str, index: int) -> int:
        """The step of the symbol's bar ``index`` (``steps`` past its last bar)."""
        if self.single:
            return min(index, self.steps)
        steps = self.steps_of[symbol]
        return int(steps[index]) if index < len(steps) else self.steps

    def arrival(self, symbol: str, step: int, at: datetime) -> int:
        """The step at which an intent arriving at ``at`` meets its symbol's bar (not before ``step``)."""
        if symbol not in self.bars:
            return self.steps
        first = int(self.bars[symbol].ts.searchsorted(micros(at)))
        return self.step_of(symbol, max(first, self.cursor(symbol, step)))

    def bars_at(self, step: int) -> list[tuple[str, int, Bar]]:
        """(symbol, index, bar) of every symbol with a bar at ``step``, in the symbols' order."""
        if self.single:
            symbol = self.symbols[0]
            return [(symbol, step, self.bars[symbol][step])]
        return [(symbol, index, self.bars[symbol][index]) for symbol, index in self._present(step)]

    def time(self, step: int) -> datetime:
        symbol, index = next(self._present(step))
        return self.bars[symbol].time(index)

    def _present(self, step: int) -> Iterator[tuple[str, int]]:
        """(symbol, index) of the bars at ``step``."""
        if self.single:
            yield self.symbols[0], step
            return
        for symbol in self.symbols:
            index = self.cursor(symbol, step)
            if index < len(self.steps_of[symbol]) and self.steps_of[symbol][index] == step:
                yield symbol, index

    def last_bars(self, symbol: str, steps: np.ndarray) -> np.ndarray:
        """The symbol's last bar at or before each step (−1: none yet)."""
        if self.single:
            return steps
        return np.searchsorted(self.steps_of[symbol], steps, side="right") - 1


class Times(Sequence[datetime]):
    """The time of every step, built when read (a long run's curve is seldom read by its times)."""

    def __init__(self, timeline: Timeline):
        self._timeline = timeline
        self._list: list[datetime] | None = None

    def _all(self) -> list[datetime]:
        if self._list is None:
            self._list = [self._timeline.time(step) for step in range(self._timeline.steps)]
        return self._list

    def __len__(self) -> int:
        return self._timeline.steps

    def __getitem__(self, i):
        return self._all()[i]

    def __eq__(self, other) -> bool:
        return list(self) == list(other) if isinstance(other, Sequence) else NotImplemented

    __hash__ = None


def first_touch(series: BarSeries, start: int, *, long: bool, stop: Decimal | None, targets: Sequence[Decimal]) -> int:
    """The first bar from ``start`` whose range may reach ``stop`` or a target (``len(series)``: none)."""
    if stop is None and not targets:
        return len(series)
    stop_f = None if stop is None else float(stop)
    nearest = None if not targets else float(min(targets) if long else max(targets))
    size = FIRST_LOOK
    while start < len(series):
        end = min(len(series), start + size)
        low, high = series.low[start:end], series.high[start:end]
        against, toward = (low, high) if long else (high, low)
        reached = np.zeros(end - start, dtype=bool)
        if stop_f is not None:
            reached |= against <= stop_f if long else against >= stop_f
        if nearest is not None:
            reached |= toward >= nearest if long else toward <= nearest
        first = int(reached.argmax())
        if reached[first]:
            return start + first
        start, size = end, size * 4
    return len(series)


class Curve:
    """The marked equity at every step, from stretches of steps over which nothing open changed.

    A stretch is (first step, end step, realised equity as a float, and per open position in the
    engine's order: symbol, entry, quantity open, sign, gross − fees so far). A step's value is
    the equity plus each position's (close − entry) × open × sign + carried, added in that order,
    at its symbol's last close, never below 0: the engine's arithmetic, one column at a time.
    """

    def __init__(self, timeline: Timeline):
        self.timeline = timeline
        # Four columns rather than a tuple per stretch: a long run holds thousands of them.
        self._lengths: list[int] = []
        self._equities: list[float] = []
        self._marks: list[tuple] = []

    def hold(self, start: int, end: int, equity: float, marks: tuple) -> None:
        """The steps ``start``..``end`` - 1 are marked with ``equity`` and ``marks``."""
        if end > start:
            self._lengths.append(end - start)
            self._equities.append(equity)
            self._marks.append(marks)

    def value_at(self, step: int, equity: float, marks: tuple) -> float:
        value = equity
        for symbol, entry, remaining, sign, carried in marks:
            close = self.timeline.bars[symbol].close[int(self.timeline.last_bars(symbol, np.array([step]))[0])]
            value += (float(close) - entry) * remaining * sign + carried
        return max(0.0, value)

    def values(self) -> np.ndarray:
        if not self._lengths:
            return np.zeros(0)
        lengths, marks = np.array(self._lengths), self._marks
        value = np.repeat(np.array(self._equities, dtype=np.float64), lengths)
        first_steps = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        for slot in range(max(len(held) for held in marks)):
            # The stretches with a slot-th position open, and each one's steps.
            held = [k for k, positions in enumerate(marks) if len(positions) > slot]
            rows = [marks[k][slot] for k in held]
            spans = lengths[held]
            steps = np.repeat(first_steps[held] - np.concatenate([[0], np.cumsum(spans)[:-1]]), spans) + np.arange(spans.sum())
            entry, remaining, sign, carried = (np.repeat(np.array([row[k] for row in rows], dtype=np.float64), spans)
                                               for k in range(1, 5))
            close = np.empty(len(steps))
            symbols = np.repeat(np.array([self.timeline.symbols.index(row[0]) for row in rows]), spans)
            for number, symbol in enumerate(self.timeline.symbols):
                mine = symbols == number
                if mine.any():
                    close[mine] = self.timeline.bars[symbol].close[self.timeline.last_bars(symbol, steps[mine])]
            value[steps] = value[steps] + (((close - entry) * remaining) * sign + carried)
        return np.where(value > 0.0, value, 0.0)
