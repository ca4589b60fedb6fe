"""Trader backtest: replay a trader's recorded signals with today's configuration on candles.

Pure computation: reads signals and candles, writes nothing (no positions, no orders).

Semantics (the "Backtest" button):

- **Signals**: the trader's non-duplicate signals whose time (``source_time`` when the source
  gave one, e.g. imported Telegram history, else ``received_at``) lies in the last ``days`` days,
  oldest first.
- **Filters**: first the plausibility guard's verdict, recorded on the signal (``signals.guard``):
  one that failed it is skipped (``implausible_signal``), as the pipeline filters it for every
  account. Then the pipeline's own screening (``signals.rules``) with the *current* configuration
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
  at the simulated entry (for a market signal, the open of the first candle at or after it),
  not at the signal's arrival; a trade leaving inside the entry's candle is still open at its
  open.
- **Prices** come from the configured price source through
  ``execution.market.feed.candles_get`` (the simulator's candles by default, a replay CSV or an
  exchange when ``MARKET_DATA`` says so); the timeframe is the finest of 1h/4h/1d whose 1,000
  candle limit covers the window. A symbol the source cannot price is skipped (``no_price``).
- **Simulation**: ``analytics.backtests.engine``, the strategy backtest's engine too. Each
  signal that passes the arrival checks becomes an intent at its time, carrying the plan a live
  copy would follow (``execution.trade_management.plan_for`` with today's trader settings and
  the signal's own allocations and hints); the engine's rules decide the fills, exits, stop
  moves and the order of events within a candle (see its docstring).
- **Entry**: a market signal fills at the open of the first candle starting at or after the
  signal. A price is one limit part; a zone or a list of entries is split into parts by the
  trader's ``entry_strategy`` (or the signal's allocations), nearest the market first (long:
  highest first). Each part is placed at that open: already marketable there, it fills at the
  open; otherwise it rests and fills at its limit on the first candle whose range reaches it,
  even one that opens beyond it. The trader's ``cancel_unfilled_after_hours`` and
  ``cancel_if_target_before_entry`` withdraw parts as live. No part reached: skipped
  (``not_filled``); withdrawn before any fill: skipped (``entry_expired`` or
  ``target_before_entry``).
- **Size**: the pipeline's (``signals.rules.funds_verdict``, ``execution.sizing.size_position``
  with the trader's multiplier and the account's risk profile) on the realised equity at the
  first part's fill, for the whole entry, with the free cash left after the margin of the
  backtest's trades still open; a position too small to be worth a fee is skipped
  (``insufficient_funds``). The stop is the signal's, else the account's default distance from
  that fill price (``signals.rules.stop_for``, as the pipeline measures it from its sizing price).
- **Exit** (the engine's rules, as the live position monitor's): from the fill candle on (a
  limit filled inside a candle: its stop only on that candle), the stop fills at its level, or at
  the candle's open when it opens beyond it, and wins when one candle touches it and a target;
  each target reached fills its share of the position, by the trader's ``tp_strategy`` or the
  signal's allocations (the last takes the rounding remainder, a slice below the minimum
  notional merges into the next). After a candle's fills the stop moves by the trader's (or the
  signal's) ``breakeven_after`` and ``trailing`` rules, from the next candle on. A level already
  on the wrong side of the entry price is dropped. What is left at the end closes at the last
  candle's close; a trade left by several fills reports their quantity-weighted mean price and
  its last exit's reason.
- **The lead's close**: a position imported from a Binance copy-trading lead's history
  (``signals.sources.binance.history``) records when and at what average price the lead closed
  it. The copy follows the lead out: what is left leaves at the lead's price on the candle during
  which the lead closed (after that candle's stop and targets), or on its entry candle when the
  lead closed before it; reason ``source_closed``. A position the lead still holds in part has no
  close to follow.
- **Kept from the replay's first version** (its tests assert them; the engine would do
  otherwise): the account's *taker* rate × notional on every fill (the engine charges the maker
  rate on resting limits and targets), so a breakeven stop also covers taker fees on the targets
  already hit; and no slippage (the engine can move taker fills by the account's
  ``slippage_bps``). Both are inputs, set in ``_replay_costs``.
- **Equity curve**: realised equity (initial capital + net P&L of closed trades) at the end of
  each day of the window; ``max_drawdown`` and ``sharpe_ratio`` (daily returns, 365 periods)
  come from ``analytics.metrics`` over that curve. ``signal_count`` is the number of signals
  replayed (0: the trader sent none in the window).
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import Decimal

from django.db.models.functions import Coalesce
from django.utils import timezone

from accounts.models import Account
from analytics.backtests import engine
from analytics.backtests.bars import BarSeries
from echotrade.exceptions import MarketDataUnavailable
from echotrade.fields import decimal_text
from echotrade.limits import MONEY_STEP
from execution import trade_management as management
from execution.market.base import TIMEFRAME_SECONDS
from execution.market.feed import candles_get
from execution.sizing import whole_leverage
from signals import rules
from signals.models import BlackoutPeriod, Signal, TradingWindow
from signals.rules import Reason
from signals.selectors import blackout_list, trading_window_list
from signals.sources.binance.history import lead_close
from traders.models import Trader

CANDLE_LIMIT = 1000
# A limit entry the candles never reach. Live, such an order waits in the book, so no decision has this reason.
NOT_FILLED = "not_filled"
TIMEFRAME_CHOICES = ("1h", "4h", "1d")


def trader_backtest_run(
    *, trader: Trader, account: Account, days: int, initial_capital: Decimal,
    progress: Callable[[int], None] | None = None, now: datetime | None = None,
) -> dict:
    """Replay ``trader``'s last ``days`` days of signals for ``account`` (see the module docstring)."""
    now = now or timezone.now()
    start = now - timedelta(days=days)
    initial_capital = Decimal(initial_capital)
    timeframe = timeframe_for(days)
    signals = _signals_in_window(trader, start, now)
    windows, blackouts = trading_window_list(account=account), blackout_list(account=account, ending_after=start)
    candles: dict[str, BarSeries | None] = {}
    intents, early = [], {}  # early: the reasons known before the simulation, by signal
    for done, signal in enumerate(signals, start=1):
        reason = _arrival_reason(signal, trader, account, windows, blackouts)
        if reason is None:
            if signal.symbol not in candles:
                candles[signal.symbol] = _bars(signal.symbol, timeframe)
            if candles[signal.symbol]:
                intents.append(_intent(signal, trader, account, initial_capital))
            else:
                reason = Reason.NO_PRICE
        if reason:
            early[signal.pk] = reason
        if progress:
            progress(int(90 * done / len(signals)))
    run = engine.Engine(
        bars={symbol: bars for symbol, bars in candles.items() if bars}, cash=initial_capital,
        costs=_replay_costs(account), intents=intents,
    ).run()
    early.update((intent.tag.pk, NOT_FILLED) for intent in run.unfilled)
    early.update((intent.tag.pk, reason) for intent, reason in run.withdrawn)
    # The reasons known per signal first, in signal order; then the refusals at the entry, in entry order.
    skipped = [_skipped(signal, early[signal.pk]) for signal in signals if signal.pk in early]
    skipped.extend(_skipped(intent.tag, reason) for intent, reason in run.refused)
    return _summary(run, skipped, initial_capital, start, now, days, timeframe) | {"signal_count": len(signals)}


def backtest_signal_count(*, trader: Trader, days: int, now: datetime | None = None) -> int:
    """How many signals a backtest of the last ``days`` days would replay (before any filter)."""
    now = now or timezone.now()
    return len(_signals_in_window(trader, now - timedelta(days=days), now))


def timeframe_for(days: int) -> str:
    """The finest of ``TIMEFRAME_CHOICES`` whose candle limit covers ``days``."""
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
    if signal.implausible:
        # Failed the plausibility guard: the pipeline filters it for every account before screening.
        return Reason.IMPLAUSIBLE_SIGNAL
    at = signal.source_time or signal.received_at
    verdict = rules.signal_verdict(signal=signal, trader=trader, account=account) or rules.schedule_verdict(
        account=account, at=at, in_trading_window=rules.in_trading_windows(windows=windows, at=at),
        blackout=rules.blackout_covering(blackouts=blackouts, at=at),
    )
    return verdict.reason if verdict else None


def _replay_costs(account: Account) -> engine.Costs:
    # Kept: the taker rate on every fill and no slippage, as the replay has always charged (its
    # tests assert fees of 0.0005 on a target and fills at the candle's price). The engine's rule
    # would take maker_rate=account.maker_fee_rate and slippage_bps=account.slippage_bps.
    return engine.Costs(taker_rate=account.taker_fee_rate, maker_rate=account.taker_fee_rate)


def _intent(signal: Signal, trader: Trader, account: Account, capital: Decimal) -> engine.Intent:
    """The signal as the live copy would trade it: the plan ``signals.services.decide`` resolves."""
    return engine.Intent(
        symbol=signal.symbol, side=signal.side, at=signal.source_time or signal.received_at,
        # The signal's stop here; a default stop needs the entry's price, so the sizing sets it (below).
        plan=management.plan_for(signal=signal, trader=trader, stop_loss=signal.stop_loss),
        leverage=whole_leverage(signal.leverage),  # as the live copy trades it: 12.5x at 12x
        size=_pipeline_size(signal, trader, account, capital), tag=signal, close=_source_close(signal),
    )


def _source_close(signal: Signal) -> engine.SourceClose | None:
    """Imported copy-trading history carries the lead's own close: the copy follows it out."""
    close = lead_close(signal)
    return engine.SourceClose(at=close[0], price=close[1]) if close else None


def _pipeline_size(signal: Signal, trader: Trader, account: Account, capital: Decimal) -> engine.SizeFn:
    """The pipeline's limits, then its size (``signals.rules``), on the engine's state at the entry."""

    def size(entry: engine.EntryState) -> engine.Size | engine.Refused:
        verdict = rules.limits_verdict(
            account=account, open_positions=entry.open_positions, loss_today=entry.loss_today, capital=capital,
            # Every trade of the replay is this trader's.
            trader=trader, trader_open_trades=entry.open_positions,
        ) or rules.funds_verdict(
            signal=signal, trader=trader, account=account, price=entry.price, equity=entry.equity,
            free_cash=entry.free_cash,
        )
        if verdict.outcome != rules.Outcome.EXECUTED:
            return engine.Refused(verdict.reason)
        return engine.Size(
            quantity=verdict.sizing.quantity, margin=verdict.sizing.margin,
            # The copy's stop, measured from the price it was sized at, as funds_verdict sized it.
            stop_loss=rules.stop_for(signal=signal, account=account, price=entry.price),
        )

    return size


def _skipped(signal: Signal, reason: str) -> dict:
    return {"signal": signal.pk, "symbol": signal.symbol, "reason": str(reason)}  # the code, not the enum


def _bars(symbol: str, timeframe: str) -> BarSeries | None:
    try:
        rows = candles_get(symbol=symbol, timeframe=timeframe, limit=CANDLE_LIMIT)
    except MarketDataUnavailable:
        return None
    return BarSeries.from_feed(rows) if rows else None


def _trade_row(trade: engine.Trade) -> dict:
    signal = trade.intent.tag
    return {
        "signal": signal.pk, "symbol": signal.symbol, "side": trade.side,
        # A whole leverage is an int (5), a stated 12.5x a Decimal: the result is stored as JSON.
        "leverage": signal.leverage if isinstance(signal.leverage, int) else float(signal.leverage),
        "quantity": decimal_text(trade.quantity),
        "entry_time": trade.entry_time.isoformat(), "entry_price": decimal_text(trade.entry_price),
        "exit_time": trade.exit_time.isoformat(), "exit_price": decimal_text(trade.exit_price),
        "exit_reason": trade.exit_reason, "fees": decimal_text(trade.fees.quantize(MONEY_STEP)),
        "pnl": decimal_text(trade.pnl),
    }


def _summary(run: engine.Run, skipped, capital: Decimal, start: datetime, end: datetime, days: int, timeframe: str) -> dict:
    """The realised equity at the end of each day of the window, and the figures over that curve."""
    trades = run.trades
    by_exit = sorted(trades, key=lambda t: t.exit_time)
    curve, realised, counted = [], Decimal(0), 0
    for day in range(days + 1):
        ts = min(start + timedelta(days=day), end)
        while counted < len(by_exit) and by_exit[counted].exit_time <= ts:
            realised += by_exit[counted].pnl
            counted += 1
        curve.append({"ts": ts.isoformat(), "equity": capital + realised})
    final_value = run.final_equity
    curve[-1]["equity"] = final_value  # trades closed at the window's last candle count on the last day
    figures = engine.summary(
        cash=capital, final_equity=final_value, pnls=[t.pnl for t in trades],
        curve=[float(p["equity"]) for p in curve], periods_per_year=365,
    )
    return {
        "final_value": decimal_text(final_value.quantize(MONEY_STEP)),
        **figures,
        "equity_curve": [{"ts": p["ts"], "equity": decimal_text(p["equity"].quantize(MONEY_STEP))} for p in curve],
        "trades": [_trade_row(t) for t in trades],
        "skipped": skipped,
        "timeframe": timeframe,
    }
