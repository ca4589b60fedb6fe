"""The backtest engine's input and output: intents in; trades, refusals and an equity curve out.

The rules that turn one into the other are in ``analytics.backtests.engine`` (and, for a trade's
plan, ``analytics.backtests.plans``); callers import these names from the engine.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from itertools import pairwise
from typing import Protocol

from analytics.metrics import drawdown_stats, risk_adjusted
from echotrade.limits import MONEY_STEP
from execution import fills
from execution import trade_management as management

ZERO = Decimal(0)


class Bar(Protocol):
    @property
    def ts(self) -> datetime: ...

    @property
    def open(self) -> Decimal: ...

    @property
    def high(self) -> Decimal: ...

    @property
    def low(self) -> Decimal: ...

    @property
    def close(self) -> Decimal: ...


@dataclass(frozen=True, slots=True)
class Costs:
    taker_rate: Decimal
    maker_rate: Decimal
    slippage_bps: Decimal = ZERO


@dataclass(frozen=True, slots=True)
class EntryState:
    """What a sizing callback sees at the simulated fill."""

    at: datetime
    symbol: str
    side: str
    price: Decimal  # the fill price
    fee_rate: Decimal  # the rate of this fill's liquidity
    equity: Decimal  # realised: cash plus the P&L of closed trades
    free_cash: Decimal  # equity less the margin of open positions
    open_positions: int
    loss_today: Decimal  # signals.rules' loss of the UTC day so far (positive: a loss)


@dataclass(frozen=True, slots=True)
class Size:
    quantity: Decimal  # the whole entry's, shared by its parts
    margin: Decimal
    # The trade's stop when the sizing decides it (a default stop measured from the price the copy
    # is sized at, ``signals.rules.stop_for``); None: the intent's (or its plan's).
    stop_loss: Decimal | None = None


@dataclass(frozen=True, slots=True)
class Refused:
    reason: str


SizeFn = Callable[[EntryState], Size | Refused]


@dataclass(frozen=True, slots=True)
class SourceClose:
    """The source's own close of the trade (a copy-trading lead's history records it): when, and at what price."""

    at: datetime
    price: Decimal


@dataclass(frozen=True, slots=True)
class Intent:
    symbol: str
    side: str  # "long" | "short"
    at: datetime
    limit: Decimal | None = None  # None: a market entry
    stop_loss: Decimal | None = None
    targets: tuple[Decimal, ...] = ()
    leverage: int = 1
    quantity: Decimal | None = None  # a fixed size, or ...
    size: SizeFn | None = None  # ... one chosen at the fill
    reverse: bool = False  # first close this symbol's positions of the other side, at the same open
    tag: object = None  # the caller's (a signal); handed back on trades, refusals and unfilled intents
    # How the trade is managed, as live (``execution.trade_management``): its entry parts, targets
    # with fractions, stop, breakeven and trailing. With a plan, leave limit, stop_loss and targets
    # unset: the plan gives them. Without one, the targets share the position evenly.
    plan: management.TradePlan | None = None
    # The source's own close: what is left of the trade leaves there (see the engine's docstring).
    close: SourceClose | None = None

    def __post_init__(self) -> None:
        if (self.quantity is None) == (self.size is None):
            raise ValueError("An intent has either a quantity or a sizing callback.")
        fills.position_sign(self.side)  # refuses an unknown side now, not at the fill
        if self.plan is not None and (self.limit is not None or self.stop_loss is not None or self.targets):
            raise ValueError("An intent with a plan takes its entries, stop and targets from the plan.")
        if self.reverse and (self.limit is not None or (self.plan is not None and self.plan.entries)):
            raise ValueError("Only a market intent reverses a position (it closes at the same open).")


@dataclass(frozen=True, slots=True)
class EntryFill:
    at: datetime
    price: Decimal
    quantity: Decimal
    liquidity: str
    fee: Decimal


@dataclass(frozen=True, slots=True)
class ExitFill:
    at: datetime
    price: Decimal
    quantity: Decimal
    reason: str  # "stop_loss" | "take_profit" | "reversed" | "source_closed" | "end_of_window"
    liquidity: str
    fee: Decimal


@dataclass(frozen=True, slots=True)
class StopMoved:
    """A stop rule tightened the stop at the close of the bar at ``at`` (it holds from the next bar)."""

    at: datetime
    price: Decimal
    kind: str  # "breakeven" | "trailing"


@dataclass(slots=True, eq=False)
class Trade:
    """One position from its first entry fill to its last exit; its exit fields are set when it closes."""

    intent: Intent
    entry_time: datetime  # the first entry fill's
    entry_price: Decimal  # the average entry of what is open, as the exchange books it
    entry_liquidity: str  # the first entry fill's
    quantity: Decimal  # all that has entered so far
    margin: Decimal
    stop_loss: Decimal | None
    targets: list[Decimal]  # the ladder still resting (with a plan: the open targets with a slice)
    fees: Decimal  # every fill's fee so far, unrounded
    gross: Decimal = ZERO  # the exits' price gain so far, unrounded
    remaining: Decimal = ZERO
    exits: list[ExitFill] = field(default_factory=list)
    entries: list[EntryFill] = field(default_factory=list)
    pnl: Decimal | None = None
    sign: int = 1  # +1 long, −1 short
    # With a plan only (None without): the plan's whole target ladder, each target's state
    # ("open" | "filled" | "cancelled") and the quantity resting at it (0: merged or none).
    ladder: list[Decimal] | None = None
    statuses: list[str] | None = None
    slices: list[Decimal] | None = None
    slots: list[int] | None = None  # the ladder index of each price in ``targets``
    stop_kind: str = "fixed"  # "fixed" | "breakeven" | "trailing"
    best: Decimal | None = None  # a percent trail's best price since it activated
    stop_moves: list[StopMoved] = field(default_factory=list)
    # Floats for marking the equity curve on every bar without a Decimal sum, refreshed on each
    # fill of this trade: the entry price, what is left, and gross − fees so far.
    mark_entry: float = 0.0
    mark_remaining: float = 0.0
    mark_carried: float = 0.0

    @property
    def side(self) -> str:
        return self.intent.side

    @property
    def symbol(self) -> str:
        return self.intent.symbol

    @property
    def targets_filled(self) -> int:
        return self.statuses.count("filled") if self.statuses is not None else 0

    @property
    def exit_time(self) -> datetime | None:
        return self.exits[-1].at if self.pnl is not None else None

    @property
    def exit_reason(self) -> str | None:
        return self.exits[-1].reason if self.pnl is not None else None

    @property
    def exit_price(self) -> Decimal | None:
        """The exit's price, or the quantity-weighted mean of a ladder's exits (to ``MONEY_STEP``)."""
        if self.pnl is None:
            return None
        if len(self.exits) == 1:
            return self.exits[0].price
        return (sum((e.price * e.quantity for e in self.exits), ZERO) / self.quantity).quantize(MONEY_STEP)


@dataclass
class Run:
    cash: Decimal
    final_equity: Decimal
    trades: list[Trade]  # in entry order
    refused: list[tuple[Intent, str]]  # in the order their fills were refused
    unfilled: list[Intent]  # never placed (no bar at or after ``at``) or no entry part ever reached
    curve: list[float]  # the cash, then the marked equity at each bar close
    times: Sequence[datetime]  # the time of each curve point after the first (built when read)
    # Entries withdrawn before any part filled: (intent, "entry_expired" | "target_before_entry").
    withdrawn: list[tuple[Intent, str]] = field(default_factory=list)


def summary(*, cash: Decimal, final_equity: Decimal, pnls: Sequence[Decimal], curve: Sequence[float],
            periods_per_year: int) -> dict:
    """roi, max_drawdown, sharpe_ratio (``analytics.metrics`` over ``curve``), trade_count and
    win_rate (the share of ``pnls``, one per trade, above 0; None without trades)."""
    returns = [b / a - 1 if a > 0 else 0.0 for a, b in pairwise(curve)]
    winners = sum(1 for pnl in pnls if pnl > 0)
    return {
        "roi": float((final_equity - cash) / cash),
        "max_drawdown": drawdown_stats(curve)["max_drawdown"],
        "sharpe_ratio": risk_adjusted(returns, periods_per_year=periods_per_year)["sharpe_ratio"],
        "trade_count": len(pnls),
        "win_rate": winners / len(pnls) if pnls else None,
    }


