"""The one screening of a signal (DESIGN.md, "Decide" and "Size"): every check, its order, its reason.

Pure: no query and no model import. A caller loads what an account's decision depends on once
(its follow switch, trading windows, blackouts, open positions, the day's fills, equity and free
cash) and passes it in; the rules only compare. The live pipeline (``signals.services.decide``)
screens with the database's state at the moment it decides; the trader backtest replays the same
checks with its own simulated state; the Traders page asks the token rule for its search.

``screen`` runs the checks in DESIGN.md's order and the first that fails decides:

    switches   trader active; account not paused; the account follows the trader
    signal     token whitelist, blacklist; confidence ≥ max(trader, account) minimum;
               leverage ≤ min(trader, account) maximum; a stop loss when the account requires one
    schedule   inside a trading window; outside every blackout period
    limits     open positions below the maximum; the trader's open copies below its maximum;
               the day's loss below the daily limit
    funds      a price to size with; a stop to size with when sizing by risk; a position at
               least the smallest worth a fee

Each group is public too, because the backtest checks the first three when a signal arrives and
the last two when its simulated trade would open.

Signals, traders and accounts are read by attribute only, so a model instance or any object with
the attributes below serves (``SignalFacts``, ``TraderFacts``, ``AccountFacts``).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, time
from decimal import Decimal
from typing import Protocol, TypeVar

# The enum helper only (what ``models.TextChoices`` is): a str enum with labels for the model
# field's choices. It makes no query and needs no app registry.
from django.db.models.enums import TextChoices

from echotrade.exceptions import MarketDataUnavailable
from echotrade.fields import decimal_text
from echotrade.limits import MONEY_STEP
from echotrade.symbols import token_filter_matches
from execution.sizing import Sizing, size_position, whole_leverage


class Outcome(TextChoices):
    EXECUTED = "executed", "Executed"
    FILTERED = "filtered", "Filtered"
    PENDING = "pending", "Pending approval"
    REJECTED = "rejected", "Rejected"
    FAILED = "failed", "Failed"
    DUPLICATE = "duplicate", "Duplicate"


class Reason(TextChoices):
    TRADER_INACTIVE = "trader_inactive", "Trader is switched off"
    ACCOUNT_PAUSED = "account_paused", "Account is paused"
    NOT_FOLLOWING = "not_following", "Account does not follow this trader"
    TOKEN_NOT_WHITELISTED = "token_not_whitelisted", "Token is not on the trader's whitelist"
    TOKEN_BLACKLISTED = "token_blacklisted", "Token is on the trader's blacklist"
    CONFIDENCE_BELOW_THRESHOLD = "confidence_below_threshold", "Confidence below threshold"
    LEVERAGE_ABOVE_MAX = "leverage_above_max", "Leverage above maximum"
    OUTSIDE_TRADING_WINDOW = "outside_trading_window", "Outside the trading window"
    BLACKOUT = "blackout", "In a blackout period"
    MAX_POSITIONS_REACHED = "max_positions_reached", "Maximum open positions reached"
    DAILY_LOSS_LIMIT = "daily_loss_limit", "Daily loss limit reached"
    INSUFFICIENT_FUNDS = "insufficient_funds", "Not enough free margin"
    DUPLICATE_SIGNAL = "duplicate_signal", "Repeat delivery of a signal already received"
    REJECTED_BY_USER = "rejected_by_user", "Rejected in the approval queue"
    NO_PRICE = "no_price", "No market price available"
    NO_STOP_LOSS = "no_stop_loss", "The signal has no stop loss"
    TRADER_MAX_TRADES = "trader_max_trades", "The trader's maximum open trades reached"
    EXCHANGE_REJECTED = "exchange_rejected", "The exchange refused the order"
    EXCHANGE_UNAVAILABLE = "exchange_unavailable", "The exchange could not be reached"
    LIVE_TRADING_UNAVAILABLE = "live_trading_unavailable", "Live trading is not configured"
    # Before the screening (signals/guard.py, and a parse the parser is unsure of).
    IMPLAUSIBLE_SIGNAL = "implausible_signal", "The signal failed the plausibility guard"
    NEEDS_REVIEW = "needs_review", "The parse is uncertain: a person reviews it"


@dataclass(frozen=True)
class Verdict:
    outcome: str
    reason: str | None = None
    detail: str = ""
    sizing: Sizing | None = None


# --- What the rules read ----------------------------------------------------------------------
class SignalFacts(Protocol):
    symbol: str
    side: str
    leverage: int | Decimal  # 12.5x is kept as stated; the copy trades at whole leverage
    confidence: Decimal
    stop_loss: Decimal | None


class TraderFacts(Protocol):
    name: str
    active: bool
    token_whitelist: list[str]
    token_blacklist: list[str]
    min_confidence: Decimal
    max_leverage: int
    position_multiplier: Decimal
    max_open_trades: int | None
    sizing_mode: str  # "" for the account's
    fixed_amount: Decimal | None
    risk_pct: Decimal | None


class AccountFacts(Protocol):
    name: str
    paused: bool
    paused_reason: str
    max_leverage: int
    daily_loss_limit_pct: Decimal
    base_position_pct: Decimal
    risk_multiplier: Decimal
    global_position_multiplier: Decimal
    max_position_pct: Decimal
    taker_fee_rate: Decimal
    sizing_mode: str
    fixed_amount: Decimal | None
    risk_pct: Decimal | None
    default_stop_pct: Decimal | None
    require_stop_loss: bool

    @property
    def effective_min_confidence(self) -> Decimal: ...

    @property
    def effective_max_positions(self) -> int: ...


class WindowFacts(Protocol):
    start_time: time
    end_time: time
    weekdays: list[int]


class BlackoutFacts(Protocol):
    starts_at: datetime
    ends_at: datetime
    reason: str


Blackout = TypeVar("Blackout", bound=BlackoutFacts)


@dataclass(frozen=True)
class AccountState:
    """One account's state at the moment a signal is screened, loaded by the caller."""

    at: datetime
    following: bool
    in_trading_window: bool
    blackout: BlackoutFacts | None
    open_positions: int
    trader_open_trades: int  # the account's open copies of this signal's trader
    loss_today: Decimal
    # The daily loss limit is a share of this: the account's starting balance live, the initial
    # capital in a backtest.
    capital: Decimal
    equity: Decimal
    free_cash: Decimal


# --- The screening ----------------------------------------------------------------------------
def screen(
    *, signal: SignalFacts, trader: TraderFacts, account: AccountFacts, state: AccountState,
    price: Decimal | MarketDataUnavailable, risk_price: Decimal | None = None,
) -> Verdict:
    """Every check in DESIGN.md's order; the first that fails decides, else the sized position.

    ``price`` is what a fill would cost (the caller knows the entry kind and the fill model), or
    the outage that left none; ``risk_price`` is where a ladder's risk is measured (``size_position``).
    """
    return (
        switches_verdict(trader=trader, account=account, following=state.following)
        or signal_verdict(signal=signal, trader=trader, account=account)
        or schedule_verdict(
            account=account, at=state.at, in_trading_window=state.in_trading_window, blackout=state.blackout
        )
        or limits_verdict(
            account=account, open_positions=state.open_positions, loss_today=state.loss_today, capital=state.capital,
            trader=trader, trader_open_trades=state.trader_open_trades,
        )
        or funds_verdict(
            signal=signal, trader=trader, account=account, price=price, equity=state.equity, free_cash=state.free_cash,
            risk_price=risk_price,
        )
    )


def _filtered(reason: Reason, detail: str) -> Verdict:
    return Verdict(Outcome.FILTERED, reason, detail)


def switches_verdict(*, trader: TraderFacts, account: AccountFacts, following: bool) -> Verdict | None:
    if not trader.active:
        return _filtered(Reason.TRADER_INACTIVE, f"{trader.name} is switched off.")
    if account.paused:
        return _filtered(Reason.ACCOUNT_PAUSED, account.paused_reason or "Account is paused.")
    if not following:
        return _filtered(Reason.NOT_FOLLOWING, f"{account.name} has {trader.name} switched off.")
    return None


def signal_verdict(*, signal: SignalFacts, trader: TraderFacts, account: AccountFacts) -> Verdict | None:
    token_reason = token_filter_reason(
        whitelist=trader.token_whitelist, blacklist=trader.token_blacklist, symbol=signal.symbol
    )
    if token_reason == Reason.TOKEN_NOT_WHITELISTED:
        return _filtered(token_reason, f"{signal.symbol} is not in {', '.join(trader.token_whitelist)}.")
    if token_reason == Reason.TOKEN_BLACKLISTED:
        return _filtered(token_reason, f"{signal.symbol} is blacklisted for {trader.name}.")
    threshold = max(trader.min_confidence, account.effective_min_confidence)
    if signal.confidence < threshold:
        return _filtered(Reason.CONFIDENCE_BELOW_THRESHOLD, f"confidence {signal.confidence} < {threshold}")
    max_leverage = min(trader.max_leverage, account.max_leverage)
    if signal.leverage > max_leverage:
        return _filtered(
            Reason.LEVERAGE_ABOVE_MAX, f"leverage {decimal_text(Decimal(str(signal.leverage)))}x > {max_leverage}x"
        )
    if account.require_stop_loss and signal.stop_loss is None:
        return _filtered(Reason.NO_STOP_LOSS, f"{account.name} requires a stop loss and the signal has none.")
    return None


def token_filter_reason(*, whitelist: list[str], blacklist: list[str], symbol: str) -> Reason | None:
    """Why a trader's token lists refuse ``symbol`` (``BTC/USDT``), if they do; the whitelist speaks first."""
    if whitelist and not token_filter_matches(whitelist, symbol):
        return Reason.TOKEN_NOT_WHITELISTED
    if token_filter_matches(blacklist, symbol):
        return Reason.TOKEN_BLACKLISTED
    return None


def schedule_verdict(
    *, account: AccountFacts, at: datetime, in_trading_window: bool, blackout: BlackoutFacts | None
) -> Verdict | None:
    if not in_trading_window:
        return _filtered(
            Reason.OUTSIDE_TRADING_WINDOW, f"{at:%a %H:%M} UTC is outside {account.name}'s trading windows."
        )
    if blackout is not None:
        return _filtered(
            Reason.BLACKOUT, f"blackout until {blackout.ends_at:%Y-%m-%d %H:%M} UTC {blackout.reason}".strip()
        )
    return None


def limits_verdict(
    *, account: AccountFacts, open_positions: int, loss_today: Decimal, capital: Decimal,
    trader: TraderFacts, trader_open_trades: int,
) -> Verdict | None:
    if open_positions >= account.effective_max_positions:
        return _filtered(
            Reason.MAX_POSITIONS_REACHED, f"{open_positions} open of {account.effective_max_positions} allowed"
        )
    if trader.max_open_trades is not None and trader_open_trades >= trader.max_open_trades:
        return _filtered(
            Reason.TRADER_MAX_TRADES, f"{trader_open_trades} open copies of {trader.name}, {trader.max_open_trades} allowed"
        )
    limit = account.daily_loss_limit_pct * capital
    if loss_today >= limit:
        return _filtered(Reason.DAILY_LOSS_LIMIT, f"lost {loss_today:.2f} today; the limit is {limit:.2f}")
    return None


def funds_verdict(
    *, signal: SignalFacts, trader: TraderFacts, account: AccountFacts, price: Decimal | MarketDataUnavailable,
    equity: Decimal, free_cash: Decimal, risk_price: Decimal | None = None,
) -> Verdict:
    """The sized position (executed), or why there is none: no price, or too little to be worth a fee."""
    if isinstance(price, MarketDataUnavailable):
        return Verdict(Outcome.FAILED, Reason.NO_PRICE, price.message)
    stop = stop_for(signal=signal, account=account, price=price if risk_price is None else risk_price)
    mode = sizing_mode_for(trader=trader, account=account)
    if mode == "fixed_amount" and trader.fixed_amount is None and account.fixed_amount is None:
        return Verdict(Outcome.FAILED, Reason.INSUFFICIENT_FUNDS, "Fixed-amount sizing has no amount: set one in Settings.")
    if mode == "risk_percent" and trader.risk_pct is None and account.risk_pct is None:
        return Verdict(Outcome.FAILED, Reason.INSUFFICIENT_FUNDS, "Risk sizing has no risk percentage: set one in Settings.")
    if mode == "risk_percent" and stop is None:
        return _filtered(
            Reason.NO_STOP_LOSS, "Sizing by risk needs a stop: the signal has none and the account sets no default stop."
        )
    sizing = size_for(
        trader=trader, account=account, equity=equity, free_cash=free_cash, price=price,
        leverage=whole_leverage(signal.leverage), stop_loss=stop, risk_price=risk_price,
    )
    if sizing.too_small:
        return Verdict(
            Outcome.FILTERED, Reason.INSUFFICIENT_FUNDS,
            f"free cash {free_cash:.2f} allows only {sizing.notional} notional", sizing,
        )
    return Verdict(Outcome.EXECUTED, None, "", sizing)


def sizing_mode_for(*, trader: TraderFacts, account: AccountFacts) -> str:
    """The trader's sizing mode when it sets one, else the account's."""
    return trader.sizing_mode or account.sizing_mode


def stop_for(*, signal: SignalFacts, account: AccountFacts, price: Decimal) -> Decimal | None:
    """The signal's stop, else the account's default distance from ``price`` (long: below), else None."""
    if signal.stop_loss is not None:
        return signal.stop_loss
    if account.default_stop_pct is None:
        return None
    direction = -1 if signal.side == "long" else 1
    return (price * (1 + direction * account.default_stop_pct)).quantize(MONEY_STEP)


def size_for(
    *, trader: TraderFacts, account: AccountFacts, equity: Decimal, free_cash: Decimal, price: Decimal, leverage: int,
    stop_loss: Decimal | None = None, risk_price: Decimal | None = None,
) -> Sizing:
    """``execution.sizing.size_position`` with the trader's multiplier, sizing overrides and the
    account's risk profile."""
    return size_position(
        equity=equity, free_cash=free_cash, price=price, leverage=leverage,
        base_position_pct=account.base_position_pct, trader_multiplier=trader.position_multiplier,
        risk_multiplier=account.risk_multiplier, global_multiplier=account.global_position_multiplier,
        max_position_pct=account.max_position_pct, fee_rate=account.taker_fee_rate,
        mode=sizing_mode_for(trader=trader, account=account),
        fixed_amount=trader.fixed_amount if trader.fixed_amount is not None else account.fixed_amount,
        risk_pct=trader.risk_pct if trader.risk_pct is not None else account.risk_pct,
        stop_loss=stop_loss, risk_price=risk_price,
    )


# --- The state the checks compare against -----------------------------------------------------
def in_trading_windows(*, windows: Iterable[WindowFacts], at: datetime) -> bool:
    """Whether ``at`` falls in one of the account's trading windows (UTC; no window: always)."""
    windows = list(windows)
    if not windows:
        return True
    utc = at.astimezone(UTC)
    moment, weekday = utc.time(), utc.weekday()
    for window in windows:
        if window.start_time <= window.end_time:
            inside, day = window.start_time <= moment < window.end_time, weekday
        else:  # runs past midnight: the early-morning part belongs to the previous day's window
            inside = moment >= window.start_time or moment < window.end_time
            day = weekday if moment >= window.start_time else (weekday - 1) % 7
        if inside and (not window.weekdays or day in window.weekdays):
            return True
    return False


def blackout_covering(*, blackouts: Iterable[Blackout], at: datetime) -> Blackout | None:
    """The first of ``blackouts`` covering ``at``: its start is inside, its end is not."""
    return next((blackout for blackout in blackouts if blackout.starts_at <= at < blackout.ends_at), None)


def loss_day_start(*, at: datetime) -> datetime:
    """The day the daily loss limit counts is the UTC day: its fills from midnight UTC on."""
    return at.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)


def loss_from(*, realised_pnl: Decimal, fees: Decimal) -> Decimal:
    """The day's loss from the sums over its fills (since ``loss_day_start``): fees count as lost,
    realised P&L as won back. A positive number is a loss."""
    return -(realised_pnl - fees)
