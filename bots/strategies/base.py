"""The strategy boundary: one small abstract base every strategy implements.

A strategy looks at candles (numpy arrays, oldest first) and answers with a ``Vote``: its current
view of the symbol (long / short / flat, with a strength 0..1) and whether to *act* now, i.e. open
a trade. The bot runner turns an acting vote into a signal for the copy pipeline; every vote also
counts in the account's ensemble. Strategies never touch the database; what they must remember
between runs (a DCA's last buy, a grid's last level) lives in the ``state`` dict the runner keeps.

Two ways to ask, one rule: ``evaluate`` answers for the last candle (the live runner's question),
``evaluate_series`` for every bar of a series at once (the backtest's), as ``Votes``: numpy columns
of side, strength and act, and each bar's whole ``Vote`` on demand. A strategy writes its rule once,
in ``evaluate_series``; ``evaluate`` is that series decided from the last bar only. The vote at bar
i of a series is exactly ``evaluate(candles.upto(i + 1), ...)`` with the state the earlier bars
left (the strategies' parity tests hold every strategy to it), so indicators are computed by
functions whose value at a bar depends only on the bars up to it (TA-Lib's run left to right). A
strategy leaves its state alone on the bars before ``min_candles``.
"""
from __future__ import annotations

from abc import ABC
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone, tzinfo
from decimal import Decimal
from typing import ClassVar

import numpy as np

SIDES = ("long", "short", "flat")
# ``Votes.side`` codes, and the side each stands for.
LONG, SHORT, NO_SIDE = 1, -1, 0
SIDE_OF = {LONG: "long", SHORT: "short", NO_SIDE: "flat"}
CODE_OF = {name: code for code, name in SIDE_OF.items()}
MICROSECOND = timedelta(microseconds=1)
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
NAIVE_EPOCH = datetime(1970, 1, 1)


@dataclass(frozen=True)
class Candles:
    """OHLCV as float64 arrays (TA-Lib's input), oldest first; ``ts`` in epoch seconds."""

    ts: np.ndarray
    open: np.ndarray
    high: np.ndarray
    low: np.ndarray
    close: np.ndarray
    volume: np.ndarray

    @classmethod
    def from_rows(cls, rows) -> "Candles":
        """From ``execution.market.Candle`` objects or dicts with ts/open/high/low/close/volume."""
        def column(name):
            return np.array([float(_get(r, name)) for r in rows], dtype=np.float64)

        ts = np.array([_epoch(_get(r, "ts")) for r in rows], dtype=np.int64)
        return cls(ts, column("open"), column("high"), column("low"), column("close"), column("volume"))

    def __len__(self) -> int:
        return len(self.close)

    def upto(self, end: int) -> "Candles":
        """The first ``end`` bars (a backtest's view of the past at bar ``end - 1``)."""
        return Candles(self.ts[:end], self.open[:end], self.high[:end], self.low[:end], self.close[:end], self.volume[:end])


def _get(row, name):
    return row[name] if isinstance(row, dict) else getattr(row, name)


def _epoch(value) -> int:
    if isinstance(value, datetime):
        return int(value.timestamp())
    if isinstance(value, str):
        return int(datetime.fromisoformat(value).timestamp())
    return int(value)


@dataclass(frozen=True)
class Context:
    """What a strategy may know beyond its own candles."""

    now: datetime
    symbol: str
    # Notional the bot holds per symbol (its open long positions), and the capital it manages;
    # portfolio rebalancing weighs one against the other.
    holdings: dict[str, Decimal] = field(default_factory=dict)
    capital: Decimal = Decimal("0")
    prices: dict[str, Decimal] = field(default_factory=dict)


@dataclass(frozen=True)
class Vote:
    side: str  # "long" | "short" | "flat"
    strength: float  # conviction 0..1; the ensemble weighs it
    act: bool = False  # open a trade now
    reason: str = ""
    stop_loss: Decimal | None = None
    take_profits: tuple[Decimal, ...] = ()

    def __post_init__(self):
        if self.side not in SIDES:
            raise ValueError(f"side must be one of {SIDES}, not {self.side!r}")
        if not 0.0 <= self.strength <= 1.0:
            raise ValueError(f"strength must be within 0..1, not {self.strength}")
        if self.act and self.side == "flat":
            raise ValueError("a flat vote cannot act")


FLAT = Vote("flat", 0.0, reason="no view")


def micros(moment: datetime) -> int:
    """Microseconds since the epoch, exactly (a naive time counts from the naive epoch)."""
    return (moment - (NAIVE_EPOCH if moment.tzinfo is None else EPOCH)) // MICROSECOND


@dataclass(frozen=True)
class Contexts:
    """Every bar's ``Context`` over a series, as columns: what ``evaluate_series`` may know at each bar.

    ``now`` is each bar's decision time in microseconds since the epoch (exact, unlike a float),
    shown in ``tz`` (None: naive). ``holdings`` (the notional held in ``symbol``) and ``capital``
    are floats, None when unknown: only a strategy that ``reads_portfolio`` needs them.
    """

    symbol: str
    now: np.ndarray
    tz: tzinfo | None = timezone.utc
    holdings: np.ndarray | None = None
    capital: np.ndarray | None = None

    @classmethod
    def of(cls, context: Context, bars: int) -> "Contexts":
        """``context`` at each of ``bars`` bars (``evaluate`` asks about the last one only)."""
        def column(value):
            return np.full(bars, float(value), dtype=np.float64)

        return cls(
            context.symbol, np.full(bars, micros(context.now), dtype=np.int64), context.now.tzinfo,
            holdings=column(context.holdings.get(context.symbol, Decimal("0"))), capital=column(context.capital),
        )

    @classmethod
    def after_bars(cls, candles: Candles, symbol: str, seconds: float) -> "Contexts":
        """Decided ``seconds`` after each bar's open (a backtest decides at the bar's close), in UTC."""
        return cls(symbol, candles.ts.astype(np.int64) * 1_000_000 + round(seconds * 1_000_000))

    def moment(self, i: int) -> datetime:
        """Bar ``i``'s ``now`` as a datetime."""
        offset = timedelta(microseconds=int(self.now[i]))
        return NAIVE_EPOCH + offset if self.tz is None else (EPOCH + offset).astimezone(self.tz)

    def at(self, i: int) -> Context:
        """Bar ``i``'s ``Context`` (the floats of the portfolio as decimals)."""
        holdings = {} if self.holdings is None else {self.symbol: Decimal(repr(float(self.holdings[i])))}
        capital = Decimal("0") if self.capital is None else Decimal(repr(float(self.capital[i])))
        return Context(now=self.moment(i), symbol=self.symbol, holdings=holdings, capital=capital)


class Votes:
    """Every bar's vote over a series: the columns a backtest scans and each bar's ``Vote`` on demand.

    ``side`` (int8: ``LONG``, ``SHORT``, ``NO_SIDE``), ``strength`` (float) and ``act`` (bool) hold
    the decision of every bar; ``votes[i]`` builds bar i's whole ``Vote`` (its reason, stop and
    targets) with the strategy's ``detail(i)``, which reads the same columns: a backtest builds it
    only where a bar acts.
    """

    def __init__(self, side: np.ndarray, strength: np.ndarray, act: np.ndarray, detail: Callable[[int], Vote],
                 offset: int = 0):
        self.side, self.strength, self.act = side, strength, act
        self._detail, self._offset = detail, offset

    @classmethod
    def flat(cls, bars: int, detail: Callable[[int], Vote]) -> "Votes":
        """No view at any bar yet: the strategy fills the columns in."""
        return cls(np.zeros(bars, dtype=np.int8), np.zeros(bars), np.zeros(bars, dtype=bool), detail)

    def __len__(self) -> int:
        return len(self.side)

    def __getitem__(self, i: int) -> Vote:
        if not -len(self) <= i < len(self):
            raise IndexError(f"bar {i} of {len(self)}")
        return self._detail(self._offset + i % len(self))

    def __iter__(self) -> Iterator[Vote]:
        return (self[i] for i in range(len(self)))

    def since(self, start: int) -> "Votes":
        """The votes of bars ``start`` on (``votes.since(s)[0]`` is bar s)."""
        return Votes(self.side[start:], self.strength[start:], self.act[start:], self._detail, self._offset + start)

    def vote(self, i: int, reason: str, **levels) -> Vote:
        """Bar ``i``'s ``Vote`` from its columns (``i`` counts from the series' first bar)."""
        i -= self._offset
        return Vote(SIDE_OF[int(self.side[i])], float(self.strength[i]), act=bool(self.act[i]), reason=reason, **levels)


@dataclass(frozen=True)
class Param:
    """A tunable parameter: its default and the range the optimizer may search."""

    default: float | int
    low: float | int
    high: float | int
    kind: type = float


@dataclass(frozen=True)
class Range:
    """Where ``manage.py optimize`` searches a parameter: ``low``..``high``, in steps of ``step``.

    Narrower than the ``Param``'s bounds, which say what is *valid*: a search space says what is
    *worth trying*, so a few dozen trials cover it. ``step`` (floats only) keeps the values found
    readable (0.5, not 0.4873...) and the search reproducible; None searches continuously.
    """

    low: float | int
    high: float | int
    step: float | None = None


class Strategy(ABC):
    key: ClassVar[str]
    name: ClassVar[str]
    default_timeframe: ClassVar[str] = "1h"
    params: ClassVar[dict[str, Param]] = {}
    # The parameters the optimizer tunes (a subset of ``params``); the others keep their values.
    search_space: ClassVar[dict[str, Range]] = {}
    # Votes that depend on the portfolio (``Context.holdings``, ``capital``), which a backtest only
    # knows bar by bar, as it trades.
    reads_portfolio: ClassVar[bool] = False

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if cls.evaluate is Strategy.evaluate and cls.evaluate_series is Strategy.evaluate_series:
            raise TypeError(f"{cls.__name__} must define evaluate_series (or at least evaluate).")

    def __init__(self, **overrides):
        unknown = set(overrides) - set(self.params)
        if unknown:
            raise ValueError(f"{self.key} has no parameter {', '.join(sorted(unknown))}; it takes {', '.join(self.params)}.")
        self.p: dict[str, float | int] = {}
        for name, spec in self.params.items():
            value = spec.kind(overrides.get(name, spec.default))
            if not spec.low <= value <= spec.high:
                raise ValueError(f"{self.key}.{name} must be within {spec.low}..{spec.high}, not {value}.")
            self.p[name] = value

    @property
    def min_candles(self) -> int:
        """Bars needed before the strategy can form a view."""
        return 2

    def evaluate(self, candles: Candles, state: dict, context: Context) -> Vote:
        """The view at the last candle's close. May update ``state`` (the runner stores it)."""
        if not len(candles):
            return Vote("flat", 0.0, reason=f"needs {self.min_candles} candles, has 0")
        return self.evaluate_series(candles, state, Contexts.of(context, len(candles)), start=len(candles) - 1)[0]

    def evaluate_series(self, candles: Candles, state: dict, contexts: Contexts, start: int = 0) -> Votes:
        """The votes of bars ``start``.. of ``candles``, each as ``evaluate`` would answer at that bar's
        close, in order, updating ``state`` as those calls would; the bars before ``start`` are
        history. A strategy without a vectorised rule of its own is asked bar by bar."""
        decided = [self.evaluate(candles.upto(i + 1), state, contexts.at(i)) for i in range(start, len(candles))]
        side = np.array([CODE_OF[vote.side] for vote in decided], dtype=np.int8)
        strength = np.array([vote.strength for vote in decided], dtype=np.float64)
        act = np.array([vote.act for vote in decided], dtype=bool)
        return Votes(side, strength, act, lambda i: decided[i])


REGISTRY: dict[str, type[Strategy]] = {}


def register(cls: type[Strategy]) -> type[Strategy]:
    REGISTRY[cls.key] = cls
    return cls


def strategy_for(key: str, parameters: dict | None = None) -> Strategy:
    from bots import strategies  # noqa: F401  (imports every strategy module, filling REGISTRY)

    if key not in REGISTRY:
        raise ValueError(f"Unknown strategy '{key}'; known: {', '.join(sorted(REGISTRY))}.")
    return REGISTRY[key](**(parameters or {}))
