"""Trader backtest: replay a trader's recorded signals with today's configuration on candles.

Pure computation: reads signals and candles, writes nothing (no positions, no orders).

Semantics (the "Backtest" button):

- **Signals**: the trader's non-duplicate signals whose time (``source_time`` when the source
  gave one, e.g. imported Telegram history, else ``received_at``) lies in the last ``days`` days,
  oldest first.
- **Filters**: the pipeline's own screening (``signals.rules``) with the *current* configuration
  and in its order: whitelist, blacklist, confidence below max(trader, account) threshold,
  leverage above min(trader, account) maximum; then the account's trading windows and blackout
  periods at the signal's time; then, when the trade would open, the account's max open
  positions and daily loss limit over the backtest's own trades (see **Limits**), and the size
  (see **Size**). Filtered signals are listed in ``skipped`` with the pipeline's reason code.
  The switches (trader on, account not paused, account following) are not replayed: the
  backtest asks what copying the trader would have done.
- **Limits**: a trade is open from its entry to its exit; a new one is refused
  (``max_positions_reached``) while ``account.effective_max_positions`` are open. The loss of
  the UTC day so far is the pipeline's (``signals.rules.loss_from``): fees of the entries and
  exits minus realised P&L of the exits since midnight UTC; once it reaches
  ``daily_loss_limit_pct`` of the backtest's initial capital (the live rule uses the account's
  starting balance), new trades that day are refused (``daily_loss_limit``). Both are checked
  at the simulated entry (for a market signal, the open of the next candle), not at the
  signal's arrival.
- **Prices** come from the configured price source through
  ``execution.market.feed.candles_get`` (the simulator's candles by default, a replay CSV or an
  exchange when ``MARKET_DATA`` says so); the timeframe is the finest of 1h/4h/1d whose 1,000
  candle limit covers the window. A symbol the source cannot price is skipped (``no_price``).
- **Entry** (``execution.fills``, the paper exchange's model on candles): a market signal fills
  at the open of the first candle starting at or after the signal; a price/zone signal is a limit
  (long: ``entry_high``, short: ``entry_low``) placed at that open: already marketable there, it
  fills at the open; otherwise it rests and fills at its limit on the first candle whose range
  reaches it, even one that opens beyond it. Never reached: skipped (``not_filled``).
- **Size**: the pipeline's (``signals.rules.funds_verdict``, ``execution.sizing.size_position``
  with the trader's multiplier and the account's risk profile) on the realised equity at entry,
  with the free cash left after the margin of the backtest's trades still open; a position too
  small to be worth a fee is skipped (``insufficient_funds``).
- **Exit**: on a candle *after* the entry candle whose low/high touches the stop loss or the
  first take-profit, by ``execution.fills.bar_exit`` (the strategy backtest's rule too): the
  stop fills at its level, or at the candle's open when it opens beyond the stop; the target at
  its level; the stop wins when one candle touches both. Otherwise at the close of the last
  candle.
- **Fees**: the account's taker rate × notional on both fills.
- **Equity curve**: realised equity (initial capital + net P&L of closed trades) at the end of
  each day of the window; ``max_drawdown`` and ``sharpe_ratio`` (daily returns, 365 periods)
  come from ``analytics.metrics`` over that curve. ``signal_count`` is the number of signals
  replayed (0: the trader sent none in the window).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from itertools import pairwise

from django.db.models.functions import Coalesce
from django.utils import timezone

from accounts.models import Account
from analytics.metrics import drawdown_stats, risk_adjusted
from echotrade.exceptions import MarketDataUnavailable
from echotrade.fields import decimal_text
from echotrade.limits import MONEY_STEP
from execution import fills
from execution.market.base import TIMEFRAME_SECONDS
from execution.market.feed import candles_get
from signals import rules
from signals.models import BlackoutPeriod, Signal, TradingWindow
from signals.rules import Reason
from signals.selectors import blackout_list, trading_window_list
from traders.models import Trader

CANDLE_LIMIT = 1000
# A limit entry the candles never reach. Live, such an order waits in the book, so no decision has this reason.
NOT_FILLED = "not_filled"
TIMEFRAME_CHOICES = ("1h", "4h", "1d")


@dataclass(frozen=True)
class _Bar:
    ts: datetime
    open: Decimal
    high: Decimal
    low: Decimal
    close: Decimal


@dataclass
class _Trade:
    signal: Signal
    side: str
    entry_time: datetime
    entry_price: Decimal
    exit_time: datetime
    exit_price: Decimal
    exit_reason: str
    quantity: Decimal = Decimal(0)
    margin: Decimal = Decimal(0)
    entry_fee: Decimal = Decimal(0)
    gross: Decimal = Decimal(0)
    fees: Decimal = Decimal(0)
    pnl: Decimal = Decimal(0)

    def as_dict(self) -> dict:
        return {
            "signal": self.signal.pk, "symbol": self.signal.symbol, "side": self.side,
            "leverage": self.signal.leverage, "quantity": decimal_text(self.quantity),
            "entry_time": self.entry_time.isoformat(), "entry_price": decimal_text(self.entry_price),
            "exit_time": self.exit_time.isoformat(), "exit_price": decimal_text(self.exit_price),
            "exit_reason": self.exit_reason, "fees": decimal_text(self.fees), "pnl": decimal_text(self.pnl),
        }


def trader_backtest_run(
    *, trader: Trader, account: Account, days: int, initial_capital: Decimal,
    progress: Callable[[int], None] | None = None, now: datetime | None = None,
) -> dict:
    """Replay ``trader``'s last ``days`` days of signals for ``account`` (see the module docstring)."""
    now = now or timezone.now()
    start = now - timedelta(days=days)
    initial_capital = Decimal(initial_capital)
    timeframe = _timeframe_for(days)
    signals = _signals_in_window(trader, start, now)
    windows, blackouts = trading_window_list(account=account), blackout_list(account=account, ending_after=start)
    candles: dict[str, list[_Bar] | None] = {}
    planned, skipped = [], []
    for done, signal in enumerate(signals, start=1):
        reason = _arrival_reason(signal, trader, account, windows, blackouts)
        if reason is None:
            if signal.symbol not in candles:
                candles[signal.symbol] = _bars(signal.symbol, timeframe)
            bars = candles[signal.symbol]
            trade = _simulate(signal, bars) if bars else None
            reason = Reason.NO_PRICE if not bars else (None if trade else NOT_FILLED)
            if trade:
                planned.append(trade)
        if reason:
            skipped.append(_skipped(signal, reason))
        if progress:
            progress(int(90 * done / len(signals)))
    trades, skipped_small = _size_and_settle(planned, trader, account, initial_capital)
    skipped.extend(skipped_small)
    return _summary(trades, skipped, initial_capital, start, now, days, timeframe) | {"signal_count": len(signals)}


def backtest_signal_count(*, trader: Trader, days: int, now: datetime | None = None) -> int:
    """How many signals a backtest of the last ``days`` days would replay (before any filter)."""
    now = now or timezone.now()
    return len(_signals_in_window(trader, now - timedelta(days=days), now))


def _timeframe_for(days: int) -> str:
    for timeframe in TIMEFRAME_CHOICES:
        if days * 86400 / TIMEFRAME_SECONDS[timeframe] <= CANDLE_LIMIT - 24:
            return timeframe
    return TIMEFRAME_CHOICES[-1]


def _signals_in_window(trader: Trader, start: datetime, end: datetime) -> list[Signal]:
    return list(
        Signal.objects.filter(trader=trader, duplicate_of__isnull=True)
        .annotate(at=Coalesce("source_time", "received_at"))
        .filter(at__gte=start, at__lte=end)
        .order_by("at", "id")
    )


def _arrival_reason(
    signal: Signal, trader: Trader, account: Account, windows: list[TradingWindow], blackouts: list[BlackoutPeriod]
) -> str | None:
    """The pipeline's checks of the signal itself and of the account's schedule, at the signal's time."""
    at = signal.source_time or signal.received_at
    verdict = rules.signal_verdict(signal=signal, trader=trader, account=account) or rules.schedule_verdict(
        account=account, at=at, in_trading_window=rules.in_trading_windows(windows=windows, at=at),
        blackout=rules.blackout_covering(blackouts=blackouts, at=at),
    )
    return verdict.reason if verdict else None


def _skipped(signal: Signal, reason: str) -> dict:
    return {"signal": signal.pk, "symbol": signal.symbol, "reason": str(reason)}  # the code, not the enum


def _bars(symbol: str, timeframe: str) -> list[_Bar] | None:
    try:
        rows = candles_get(symbol=symbol, timeframe=timeframe, limit=CANDLE_LIMIT)
    except MarketDataUnavailable:
        return None
    return [
        _Bar(datetime.fromisoformat(r["ts"]), Decimal(r["open"]), Decimal(r["high"]), Decimal(r["low"]), Decimal(r["close"]))
        for r in rows
    ]


def _simulate(signal: Signal, bars: list[_Bar]) -> _Trade | None:
    """Entry and exit prices and times of one signal, before sizing; None if it never fills."""
    entry = _entry(signal, bars)
    if entry is None:
        return None
    index, price = entry
    targets = signal.take_profit_prices
    target = targets[0] if targets else None
    for bar in bars[index + 1:]:
        exit_ = fills.bar_exit(side=signal.side, bar=bar, stop_loss=signal.stop_loss, take_profit=target)
        if exit_ is not None:
            return _Trade(signal, signal.side, bars[index].ts, price, bar.ts, exit_.price, exit_.reason)
    last = bars[-1]
    return _Trade(signal, signal.side, bars[index].ts, price, last.ts, last.close, "end_of_window")


def _entry(signal: Signal, bars: list[_Bar]) -> tuple[int, Decimal] | None:
    at = signal.source_time or signal.received_at
    first = next((i for i, bar in enumerate(bars) if bar.ts >= at), None)
    if first is None:
        return None
    if signal.entry_kind == Signal.EntryKind.MARKET:
        return first, bars[first].open
    limit = signal.entry_high if signal.side == "long" else signal.entry_low
    side = fills.entry_side(signal.side)
    for i in range(first, len(bars)):
        # Placed at the open of the first candle; from the next one on it rests in the book.
        fill = fills.bar_limit_fill(side=side, limit_price=limit, bar=bars[i], resting=i > first)
        if fill is not None:
            return i, fill.price
    return None


def _size_and_settle(planned: list[_Trade], trader: Trader, account: Account, capital: Decimal):
    """Size each trade on the equity realised by its entry; trades may overlap, sharing margin.

    The account's position and daily loss limits are checked first, then the size, as the pipeline
    does (``signals.rules``), on the backtest's own open trades, loss and equity.
    """
    fee_rate = account.taker_fee_rate
    realised, open_trades, trades, skipped = Decimal(0), [], [], []
    for trade in sorted(planned, key=lambda t: (t.entry_time, t.signal.pk)):
        still_open = []
        for other in open_trades:
            if other.exit_time <= trade.entry_time:
                realised += other.pnl
            else:
                still_open.append(other)
        open_trades = still_open
        equity = capital + realised
        verdict = rules.limits_verdict(
            account=account, open_positions=len(open_trades), loss_today=_loss_today(trades, trade.entry_time),
            capital=capital,
        ) or rules.funds_verdict(
            signal=trade.signal, trader=trader, account=account, price=trade.entry_price, equity=equity,
            free_cash=equity - sum((t.margin for t in open_trades), Decimal(0)),
        )
        if verdict.outcome != rules.Outcome.EXECUTED:
            skipped.append(_skipped(trade.signal, verdict.reason))
            continue
        sizing = verdict.sizing
        trade.quantity, trade.margin = sizing.quantity, sizing.margin
        direction = 1 if trade.side == "long" else -1
        trade.gross = direction * trade.quantity * (trade.exit_price - trade.entry_price)
        trade.entry_fee = fee_rate * trade.quantity * trade.entry_price
        trade.fees = (fee_rate * trade.quantity * (trade.entry_price + trade.exit_price)).quantize(MONEY_STEP)
        trade.pnl = (trade.gross - trade.fees).quantize(MONEY_STEP)
        open_trades.append(trade)
        trades.append(trade)
    return trades, skipped


def _loss_today(trades: list[_Trade], at: datetime) -> Decimal:
    """The backtest's loss of the UTC day up to ``at`` by the pipeline's rule, over the fills it
    made: an entry fill pays its fee, an exit fill brings the trade's P&L and pays its own fee."""
    since = rules.loss_day_start(at=at)
    realised_pnl, fees = Decimal(0), Decimal(0)
    for trade in trades:
        if since <= trade.entry_time <= at:
            fees += trade.entry_fee
        if since <= trade.exit_time <= at:
            realised_pnl += trade.gross
            fees += trade.fees - trade.entry_fee
    return rules.loss_from(realised_pnl=realised_pnl, fees=fees)


def _summary(trades, skipped, capital: Decimal, start: datetime, end: datetime, days: int, timeframe: str) -> dict:
    curve = []
    for day in range(days + 1):
        ts = min(start + timedelta(days=day), end)
        realised = sum((t.pnl for t in trades if t.exit_time <= ts), Decimal(0))
        curve.append({"ts": ts.isoformat(), "equity": capital + realised})
    final_value = capital + sum((t.pnl for t in trades), Decimal(0))
    curve[-1]["equity"] = final_value  # trades closed at the window's last candle count on the last day
    values = [float(point["equity"]) for point in curve]
    returns = [b / a - 1 for a, b in pairwise(values)]
    wins = sum(1 for t in trades if t.pnl > 0)
    return {
        "final_value": decimal_text(final_value.quantize(MONEY_STEP)),
        "roi": float(final_value / capital - 1),
        "max_drawdown": drawdown_stats(values)["max_drawdown"],
        "sharpe_ratio": risk_adjusted(returns, periods_per_year=365)["sharpe_ratio"],
        "trade_count": len(trades),
        "win_rate": wins / len(trades) if trades else None,
        "equity_curve": [{"ts": p["ts"], "equity": decimal_text(p["equity"].quantize(MONEY_STEP))} for p in curve],
        "trades": [t.as_dict() for t in trades],
        "skipped": skipped,
        "timeframe": timeframe,
    }
