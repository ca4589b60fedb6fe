"""The one backtest engine: bars per symbol and entry intents in, trades and an equity curve out.

The strategy backtest (``analytics.backtests.strategy``) and the trader replay
(``analytics.backtests.trader_replay``) differ only in what they feed it: the strategy turns its
votes into intents bar by bar (``on_close``), the replay turns a trader's screened signals into
intents up front. Fills come from ``execution.fills``, the model the paper exchange uses; the
daily loss handed to a sizing callback is ``signals.rules``'s; a trade with a plan is split,
protected and trailed by ``execution.trade_management``, the rules the live position monitor
applies. None of them is written here a second time.

An **intent** is an entry that arrives at ``at``: a side, a market or limit entry, a stop, a
target ladder, a leverage, and either a fixed quantity or a sizing callback. The callback runs at
the simulated fill, with the engine's state then (``EntryState``: realised equity, free cash,
open positions, the UTC day's loss), and answers a ``Size`` or ``Refused(reason)``. An intent may
carry a **plan** instead of its own entry, stop and targets (``management.TradePlan``, as
``management.plan_for`` resolves it for a live copy): entry parts, targets with fractions, the
stop, breakeven and trailing.

This module is the loop and the money of every fill. What a plan adds (its entry ladder, target
slices, stop rules and withdrawals) is carried out by ``analytics.backtests.plans``, whose
docstring gives those rules. The rules, each applied once:

- **Arrival.** An intent is placed on the first bar of its symbol starting at or after ``at``.
  A market intent fills at that bar's open. A limit (each entry part of a plan, nearest the
  market first) marketable at that open fills there; otherwise it rests and fills at its limit
  on the first bar whose range reaches it (placement bar included), however far later. No part
  ever reached: the intent is reported unfilled.
- **Order within a bar.** Fills at the open come first (in arrival order), then the bar's exits
  of every open position, then resting limit fills. So a market entry at an open still sees a
  position that leaves inside that bar, and a limit filled inside a bar sees the bar's exits.
  Worst first, with one exception: entry parts a bar passed on its way to the stop (``plans``).
- **Liquidity and fees**: what takes liquidity pays the taker rate, what rests in
  the book the maker rate. Taker: market entries, limits marketable at the open, stops, closes on
  an opposite intent (``reverse``) and the close at the end of the data. Maker: resting limit
  entries and targets. Fee = notional × rate (``fills.fee``).
- **Slippage**: every taker fill is moved against us by ``slippage_bps``
  (``fills.market_fill`` with the bar's price as both sides of the book; a marketable limit is
  never filled beyond its limit). Maker fills get none: they sit at their own price.
- **Exits from the fill bar**: a position filled at a bar's open is exposed to the
  whole of that bar, so its stop and targets are checked on it. One filled inside a bar (a
  resting limit) is checked on the rest of that bar for its stop only, as a bar opening at the
  fill price: the bar may have reached the stop after the fill (assume the worse), but whether
  its other extreme came after the fill is unknown, so targets wait for the next bar.
- **Levels behind the fill**: a stop or target already on the wrong side of the first
  fill's price (the market gapped past it) is dropped, and the position carries on without it
  (a plan's other targets share its fraction). Live, such a level is refused rather than left
  to fill at once (``execution.services.positions.position_update_protection``; Binance answers
  "order would immediately trigger").
- **Exits** (``fills.bar_exits``): a bar reaching the stop closes all that is left
  at the stop, or at the open when the bar opens beyond it; the stop wins over any target on the
  same bar. Otherwise each target reached fills at its level, nearest first, for its slice
  (``plans``: with a plan, its fraction of what is open; without, an even share). A plan's stop
  rules run after a bar's exits; a moved stop holds from the next bar (``plans``). A position
  still open after its symbol's last bar is closed at that bar's close.
- **The source's close** (``Intent.close``: a copy-trading lead's history says when and at what
  price the lead closed): what is left leaves at that price, as a taker, on the bar during which
  the source closed (the last bar starting at or before it), after the bar's stop, targets and
  resting fills; on the first bar the trade is open when the source closed before it. Reason
  ``source_closed``.
- **Money.** A trade's P&L is its exits' price gain (short: loss) over the average entry ×
  quantity less every fee, rounded half-even to ``MONEY_STEP`` once, when the trade has closed;
  realised equity is the cash plus the P&L of closed trades, so final equity = cash + Σ pnl
  exactly. A position's margin (from its ``Size``) counts against free cash until it is closed.
  No funding, no liquidation, no isolated-margin floor: neither former engine modelled them.
- **Equity curve.** The cash, then the equity marked at each bar close (each distinct time,
  over all symbols): realised equity plus every open position's gain at its symbol's last close
  and what it has realised so far, less its fees; never below 0. It is a float series, for
  ``analytics.metrics`` only; money stays Decimal. ``summary`` gives the figures both callers
  report.

These settle what the two former engines did differently (the strategy checked exits from the
fill bar and dropped levels behind the fill, the replay from the next bar and kept them) or both
simplified (the taker rate on every fill, no slippage, only the first target). A caller chooses
its inputs only: bars, intents, costs, and how to size.

**Only the bars where something happens walk in Python.** A step is decided in full (in
Decimals, on ``Bar`` objects, by the rules above) only where something may happen at it
(``analytics.backtests.lookahead`` says where: an arrival, a bar that may reach a stop or a
target, a source's close, a resting part, a stop rule, a close ``on_close`` may act at). The bars
between change nothing but the marked equity, which ``bars.Curve`` computes for all of them at
once, point for point the value the rule above gives. A long strategy backtest walks a few bars
per trade.
"""
from __future__ import annotations

from bisect import insort
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from decimal import ROUND_HALF_EVEN, Decimal

import numpy as np

from analytics.backtests import plans
from analytics.backtests.bars import BarSeries, Curve, Timeline, Times
from analytics.backtests.lookahead import Lookahead, NextClose
from analytics.backtests.model import (
    ZERO,
    Bar,
    Costs,
    EntryFill,
    EntryState,
    ExitFill,
    Intent,
    Refused,
    Run,
    Size,
    SizeFn,
    SourceClose,
    StopMoved,
    Trade,
    summary,
)
from echotrade.limits import MONEY_STEP
from execution import fills
from signals import rules

__all__ = [
    "Bar", "Costs", "Engine", "EntryFill", "EntryState", "ExitFill", "Intent", "Refused", "Run", "Size", "SizeFn",
    "SourceClose", "StopMoved", "Trade", "summary",
]

END_OF_WINDOW = "end_of_window"
REVERSED = "reversed"
SOURCE_CLOSED = "source_closed"


OnClose = Callable[["Engine", str, int], Iterable[Intent]]


class Engine:
    """One simulation; read its state from ``on_close`` (``equity``, ``open_trades``, ``marked_equity``).

    ``slipped``, ``entry_size``, ``trade_open``, ``trade_add`` and ``check_exits`` are there for its
    entry ladders (``plans.Desk``), not for callers.
    """

    def __init__(
        self, *, bars: Mapping[str, Sequence[Bar]], cash: Decimal, costs: Costs,
        intents: Iterable[Intent] = (), on_close: OnClose | None = None, next_close: NextClose | None = None,
    ) -> None:
        self.bars = {symbol: BarSeries.of(series) for symbol, series in bars.items()}
        self.cash = cash
        self.costs = costs
        self.on_close = on_close
        self.next_close = next_close
        self.equity = cash
        self.open_trades: list[Trade] = []
        self._timeline = Timeline(self.bars)
        self._curve = Curve(self._timeline)
        self._step = 0  # the step being decided, or the next one
        self._lookahead = Lookahead(self._timeline, on_close=on_close is not None, next_close=next_close)
        self._marked: tuple | None = ()  # what the curve marks, until the next fill changes it
        self._trades: list[Trade] = []
        self._refused: list[tuple[Intent, str]] = []
        # Per symbol: (arrival, submission number, intent), sorted; those before the head are placed.
        self._queues: dict[str, list[tuple[datetime, int, Intent]]] = {}
        self._submitted = 0
        self._waiting = 0  # queued and not yet placed: most bars of a long run have none to look for
        self._heads: dict[str, int] = {}
        self._ladders = plans.Ladders(self)  # placed limit intents with parts still resting
        self._equity_f = float(cash)
        self._day: datetime | None = None
        self._day_pnl = self._day_fees = ZERO
        for intent in intents:
            self.submit(intent)

    # --- input --------------------------------------------------------------------------------
    def submit(self, intent: Intent) -> None:
        """Queue an intent; of two arriving at the same time, the one submitted first fills first."""
        self._submitted += 1
        self._waiting += 1
        queue = self._queues.setdefault(intent.symbol, [])
        insort(queue, (intent.at, self._submitted, intent), lo=self._heads.setdefault(intent.symbol, 0))

    def positions(self, symbol: str) -> list[Trade]:
        return [trade for trade in self.open_trades if trade.intent.symbol == symbol]

    # --- the loop -----------------------------------------------------------------------------
    def run(self) -> Run:
        steps, event = self._timeline.steps, self._next_event(0)
        self._curve.hold(0, event, self._equity_f, ())
        while event < steps:
            self._decide(event)
            # Until the next event nothing changes: the curve holds what is open now.
            following = self._next_event(event + 1)
            self._curve.hold(event, following, self._equity_f, self._marks())
            event = following
        for trade in list(self.open_trades):
            last = self.bars[trade.symbol][-1]
            self._exit(trade, at=last.ts, price=self._taker(trade, last.close), quantity=trade.remaining,
                       reason=END_OF_WINDOW, liquidity="taker")
        unfilled = self._ladders.unfilled()
        for symbol, queue in self._queues.items():
            unfilled.extend(intent for _, _, intent in queue[self._heads[symbol]:])
        curve = np.concatenate([[float(self.cash)], self._curve.values()]).tolist()
        return Run(self.cash, self.equity, self._trades, self._refused, unfilled, curve, Times(self._timeline),
                   self._ladders.withdrawn)

    def _decide(self, index: int) -> None:
        """One step in full: its bars' entries, exits and resting fills, then its closes."""
        self._step = index
        step = self._timeline.bars_at(index)
        ts = step[0][2].ts
        if self._waiting:
            placed = [queued for symbol, _, bar in step for queued in self._arrived(symbol, bar.ts)]
            if len(step) > 1:
                placed.sort(key=_arrival_order)
            for _, _, intent in placed:
                self._place(intent, self._bar_of(step, intent.symbol), ts)
        if self.open_trades:
            for symbol, _, bar in step:
                for trade in self.positions(symbol):
                    self.check_exits(trade, bar, ts, targets=True)
        if self._ladders.placed:
            self._ladders.fill(step, ts)
        if self.open_trades:
            self._source_closes(step, ts)
        if self.on_close is not None:
            for symbol, i, _ in step:
                for intent in self.on_close(self, symbol, i):
                    self.submit(intent)

    def _next_event(self, step: int) -> int:
        resting = (ladder.intent.symbol for ladder in self._ladders.placed if ladder.resting)
        return self._lookahead.next_event(step, heads=self._queue_heads(), resting=resting, trades=self.open_trades)

    def _queue_heads(self) -> list[tuple[str, datetime, int]]:
        """Each symbol's next intent not yet placed: (symbol, its arrival, its number)."""
        if not self._waiting:
            return []
        heads = []
        for symbol, queue in self._queues.items():
            head = self._heads[symbol]
            if head < len(queue):
                heads.append((symbol, queue[head][0], queue[head][1]))
        return heads

    def _source_closes(self, step, ts: datetime) -> None:
        """Trades whose source closed them during this bar (or before it) leave at the source's price."""
        for trade in [trade for trade in self.open_trades if trade.intent.close is not None]:
            index = next((index for symbol, index, _ in step if symbol == trade.symbol), None)
            if index is not None and index >= self._lookahead.close_bar(trade):
                self._exit(trade, at=ts, price=self._taker(trade, trade.intent.close.price), quantity=trade.remaining,
                           reason=SOURCE_CLOSED, liquidity="taker")

    def _marks(self) -> tuple:
        if self._marked is None:
            self._marked = tuple(
                (t.intent.symbol, t.mark_entry, t.mark_remaining, t.sign, t.mark_carried) for t in self.open_trades
            )
        return self._marked

    @property
    def marked_equity(self) -> float:
        """The equity marked at the close of the step being decided (``on_close`` reads it)."""
        return self._curve.value_at(self._step, self._equity_f, self._marks())

    def _arrived(self, symbol: str, ts: datetime) -> list[tuple[datetime, int, Intent]]:
        queue = self._queues.get(symbol)
        if not queue:
            return []
        head = start = self._heads[symbol]
        while head < len(queue) and queue[head][0] <= ts:
            head += 1
        self._heads[symbol] = head
        self._waiting -= head - start
        return queue[start:head]

    @staticmethod
    def _bar_of(step, symbol: str) -> Bar:
        return next(bar for s, _, bar in step if s == symbol)

    # --- entries ------------------------------------------------------------------------------
    def _place(self, intent: Intent, bar: Bar, ts: datetime) -> None:
        """The intent meets the bar's open: a market entry fills there; a limit's parts go to its ladder."""
        plan = intent.plan
        if intent.limit is None and not (plan is not None and plan.entries):
            self._open(intent, at=ts, price=self.slipped(intent.side, bar.open), liquidity="taker", bar=bar)
        else:
            self._ladders.place(intent, bar, ts)

    def _open(self, intent: Intent, *, at: datetime, price: Decimal, liquidity: str, bar: Bar) -> Trade | None:
        """A market entry fills at the bar's open: it closes an opposite position first when it reverses."""
        if intent.reverse:
            for trade in self.positions(intent.symbol):
                if trade.side != intent.side:
                    self._exit(trade, at=at, price=self._taker(trade, bar.open), quantity=trade.remaining,
                               reason=REVERSED, liquidity="taker")
        sized = self.entry_size(intent, at, price, liquidity)
        if sized is None:
            return None
        return self.trade_open(intent, at=at, price=price, liquidity=liquidity, quantity=sized.quantity, sized=sized)

    def entry_size(self, intent: Intent, at: datetime, price: Decimal, liquidity: str) -> Size | None:
        """The entry's ``Size`` at its first fill, or None when refused (recorded)."""
        if intent.size is not None:
            sized = intent.size(self._entry_state(intent, at, price, self._rate(liquidity)))
            if isinstance(sized, Refused):
                self._refused.append((intent, sized.reason))
                return None
        else:
            sized = Size(intent.quantity, price * intent.quantity / intent.leverage)
        if sized.quantity <= 0:
            self._refused.append((intent, "too_small"))
            return None
        return sized

    def trade_open(
        self, intent: Intent, *, at: datetime, price: Decimal, liquidity: str, quantity: Decimal, sized: Size
    ) -> Trade:
        sign = fills.position_sign(intent.side)
        fee = fills.fee(price=price, quantity=quantity, rate=self._rate(liquidity))
        plan = intent.plan
        stop = sized.stop_loss if sized.stop_loss is not None else (plan.stop_loss if plan else intent.stop_loss)
        trade = Trade(
            intent=intent, entry_time=at, entry_price=price, entry_liquidity=liquidity, quantity=quantity,
            margin=sized.margin, fees=fee, remaining=quantity,
            # A level the market has already passed would fill at once; it is dropped (see above).
            stop_loss=stop if stop is not None and (price - stop) * sign > 0 else None,
            targets=[target for target in intent.targets if (target - price) * sign > 0],
            sign=sign, mark_entry=float(price), mark_remaining=float(quantity), mark_carried=-float(fee),
        )
        trade.entries.append(EntryFill(at=at, price=price, quantity=quantity, liquidity=liquidity, fee=fee))
        if plan is not None:
            plans.targets_start(trade, plan)
        self._book(at, pnl=ZERO, fee=fee)
        self.open_trades.append(trade)
        self._trades.append(trade)
        return trade

    def trade_add(self, trade: Trade, *, at: datetime, price: Decimal, liquidity: str, quantity: Decimal) -> None:
        """Another entry part fills: the average entry of what is open moves, as the exchange books it."""
        fee = fills.fee(price=price, quantity=quantity, rate=self._rate(liquidity))
        open_after = trade.remaining + quantity
        trade.entry_price = ((trade.entry_price * trade.remaining + price * quantity) / open_after).quantize(MONEY_STEP)
        trade.quantity += quantity
        trade.remaining = open_after
        trade.fees += fee
        trade.entries.append(EntryFill(at=at, price=price, quantity=quantity, liquidity=liquidity, fee=fee))
        trade.mark_entry, trade.mark_remaining = float(trade.entry_price), float(open_after)
        trade.mark_carried = float(trade.gross - trade.fees)
        self._book(at, pnl=ZERO, fee=fee)

    # --- exits --------------------------------------------------------------------------------
    def check_exits(self, trade: Trade, bar, ts: datetime, *, targets: bool) -> None:
        """A bar's exits of a trade: its stop, else its targets' slices; then a plan's stop rules."""
        ladder = trade.targets if targets else ()
        filled = False
        if trade.stop_loss is not None or ladder:
            for exit_ in fills.bar_exits(side=trade.side, bar=bar, stop_loss=trade.stop_loss, take_profits=ladder):
                if exit_.reason == "stop_loss":
                    self._ladders.before_stop(trade, ts)
                    self._exit(trade, at=ts, price=self._taker(trade, exit_.price), quantity=trade.remaining,
                               reason="stop_loss", liquidity="taker")
                    return
                share = plans.target_share(trade, exit_)
                if share > 0:
                    self._exit(trade, at=ts, price=exit_.price, quantity=share, reason="take_profit", liquidity="maker")
                if trade.pnl is not None:
                    return
                filled = True
        if trade.statuses is not None:
            plans.after_exits(trade, bar, ts, filled=filled, targets=targets)

    def _exit(self, trade: Trade, *, at: datetime, price: Decimal, quantity: Decimal, reason: str, liquidity: str) -> None:
        fee = fills.fee(price=price, quantity=quantity, rate=self._rate(liquidity))
        gain = (price - trade.entry_price) * quantity * trade.sign
        trade.exits.append(ExitFill(at=at, price=price, quantity=quantity, reason=reason, liquidity=liquidity, fee=fee))
        trade.gross += gain
        trade.fees += fee
        trade.remaining -= quantity
        self._book(at, pnl=gain, fee=fee)
        if trade.remaining > 0:
            trade.mark_remaining, trade.mark_carried = float(trade.remaining), float(trade.gross - trade.fees)
            return
        trade.pnl = (trade.gross - trade.fees).quantize(MONEY_STEP, rounding=ROUND_HALF_EVEN)
        self.equity += trade.pnl
        self._equity_f = float(self.equity)
        self.open_trades.remove(trade)
        self._lookahead.forget(trade)
        self._ladders.closed(trade)

    # --- prices and state ---------------------------------------------------------------------
    def slipped(self, side: str, price: Decimal, *, cap: Decimal | None = None) -> Decimal:
        """A taker entry's price at ``price`` (``side`` is the position's)."""
        if not self.costs.slippage_bps:
            return price
        order_side = fills.entry_side(side)
        slipped = fills.market_fill(side=order_side, bid=price, ask=price, slippage_bps=self.costs.slippage_bps).price
        if cap is None:
            return slipped
        return min(slipped, cap) if order_side == "buy" else max(slipped, cap)

    def _taker(self, trade: Trade, price: Decimal) -> Decimal:
        """A taker exit's price at ``price``: the closing order sells a long, buys back a short."""
        if not self.costs.slippage_bps:
            return price
        order_side = "sell" if trade.sign > 0 else "buy"
        return fills.market_fill(side=order_side, bid=price, ask=price, slippage_bps=self.costs.slippage_bps).price

    def _rate(self, liquidity: str) -> Decimal:
        return self.costs.taker_rate if liquidity == "taker" else self.costs.maker_rate

    def _book(self, at: datetime, *, pnl: Decimal, fee: Decimal) -> None:
        """Add a fill to the UTC day's ledger the daily loss limit reads (fills come in time order)."""
        # Every fill passes here and changes what the curve marks (set before anyone reads it again).
        self._marked = None
        day = rules.loss_day_start(at=at)
        if day != self._day:
            self._day, self._day_pnl, self._day_fees = day, ZERO, ZERO
        self._day_pnl += pnl
        self._day_fees += fee

    def _entry_state(self, intent: Intent, at: datetime, price: Decimal, rate: Decimal) -> EntryState:
        today = self._day == rules.loss_day_start(at=at)
        margin = sum((trade.margin for trade in self.open_trades), ZERO)
        return EntryState(
            at=at, symbol=intent.symbol, side=intent.side, price=price, fee_rate=rate, equity=self.equity,
            free_cash=self.equity - margin, open_positions=len(self.open_trades),
            loss_today=rules.loss_from(realised_pnl=self._day_pnl, fees=self._day_fees) if today else ZERO,
        )


def _arrival_order(queued: tuple[datetime, int, Intent]) -> tuple[datetime, int]:
    return queued[0], queued[1]
