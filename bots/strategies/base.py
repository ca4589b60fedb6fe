"""The strategy boundary: one small abstract base every strategy implements.

A strategy looks at candles (numpy arrays, oldest first) and answers with a ``Vote``: its current
view of the symbol (long / short / flat, with a strength 0..1) and whether to *act* now, i.e. open
a trade. The bot runner turns an acting vote into a signal for the copy pipeline; every vote also
counts in the account's ensemble. Strategies never touch the database; what they must remember
between runs (a DCA's last buy, a grid's last level) lives in the ``state`` dict the runner keeps.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import ClassVar

import numpy as np

SIDES = ("long", "short", "flat")


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

    @abstractmethod
    def evaluate(self, candles: Candles, state: dict, context: Context) -> Vote:
        """The view at the last candle's close. May update ``state`` (the runner stores it)."""


REGISTRY: dict[str, type[Strategy]] = {}


def register(cls: type[Strategy]) -> type[Strategy]:
    REGISTRY[cls.key] = cls
    return cls


def strategy_for(key: str, parameters: dict | None = None) -> Strategy:
    from bots import strategies  # noqa: F401  (imports every strategy module, filling REGISTRY)

    if key not in REGISTRY:
        raise ValueError(f"Unknown strategy '{key}'; known: {', '.join(sorted(REGISTRY))}.")
    return REGISTRY[key](**(parameters or {}))
