"""A trade's plan in the backtest engine: entry ladders, target slices, stop rules and withdrawals.

``analytics.backtests.engine`` runs the loop and books every fill's money; this module decides,
bar by bar, which entry parts fill, what each target closes and where the stop moves, for an
intent carrying a plan (``management.TradePlan``, as ``management.plan_for`` resolves it for a
live copy). Every rule is ``execution.trade_management``'s or ``execution.fills``', the ones the
live position monitor applies; none is written here a second time. A limit intent without a plan
is a ladder of one part, and a trade without one shares its targets evenly.

- **Entry parts.** The first part to fill is sized for the whole entry (one ``Size``, whose
  margin is held until the trade closes), and the parts share that quantity by their fractions
  (``management.split_quantity``: a part below the minimum notional merges into the next and is
  never sent). Each part fills on its own; each fill moves the average entry of what is open
  (rounded to ``MONEY_STEP``, as the exchange books it) and lays the targets again over the new
  quantity. Parts still resting when the trade closes are withdrawn. A bar reaching the stop of
  a trade whose parts still rest passed the parts between its open and the stop on the way, so
  they fill first and the stop closes all of it (the one exception to worst first).
- **Withdrawals.** A plan's ``cancel_unfilled_after_hours`` withdraws the resting parts on the
  first bar starting at or after ``at`` + those hours; ``cancel_if_target_before_entry``
  withdraws the whole entry when a bar reaches the first target before any part filled (a bar
  reaching both counts as the target first: the monitor checks the withdrawal before it polls
  the entries). An entry withdrawn before any fill is handed back in ``Run.withdrawn``.
- **Target slices.** The slices are the open targets' fractions, renormalised, of what is open
  (``management.split_quantity``), laid again after every fill as the live position's ladder is
  (``execution.services.protection.protection_sync``); a target behind the first fill's price is
  cancelled and the others share its fraction. Filling a target marks every open one before it
  filled (``management.targets_hit``: a merged slice is part of the next). Without a plan, each
  target closes an even share: what is left ÷ targets left, rounded down to ``MONEY_STEP``, the
  last taking the rest.
- **Stop rules** (breakeven and trailing: ``management.stop_move``, which only tightens) run
  after a bar's exits, as the monitor runs them after a price's fills. The path inside a bar is
  unknown, so the order is the conservative one: the bar is checked against the stop as it stood
  when the bar opened; then a percent trail's best price takes the bar's extreme (a long's high,
  a short's low, which came at or after any target the bar filled, being beyond it) and the
  moved stop holds from the next bar. A bar that rose and then fell through its own new level is
  not stopped by it: the next bar is, at its open if it opens beyond. No rule runs on the bar a
  resting limit first fills inside (which extreme followed the fill is unknown; live, the monitor
  skips the price that fills a pending entry too). Every move is in ``Trade.stop_moves``; the
  exit it leads to is a ``stop_loss``, as live.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import ROUND_DOWN, Decimal
from typing import Protocol

from analytics.backtests.model import ZERO, Bar, Intent, Size, StopMoved, Trade
from echotrade.limits import MONEY_STEP
from execution import fills
from execution import trade_management as management
from execution.sizing import MIN_NOTIONAL

ENTRY_EXPIRED = management.ENTRY_EXPIRED
TARGET_BEFORE_ENTRY = management.TARGET_BEFORE_ENTRY
ONE = Decimal(1)


class Desk(Protocol):
    """What the ladders ask of the engine: a fill's price, size and money, and a bar's exits."""

    def slipped(self, side: str, price: Decimal, *, cap: Decimal | None = None) -> Decimal: ...

    def entry_size(self, intent: Intent, at: datetime, price: Decimal, liquidity: str) -> Size | None: ...

    def trade_open(
        self, intent: Intent, *, at: datetime, price: Decimal, liquidity: str, quantity: Decimal, sized: Size
    ) -> Trade: ...

    def trade_add(self, trade: Trade, *, at: datetime, price: Decimal, liquidity: str, quantity: Decimal) -> None: ...

    def check_exits(self, trade: Trade, bar, ts: datetime, *, targets: bool) -> None: ...


# --- entry ladders --------------------------------------------------------------------------------
@dataclass(slots=True, eq=False)
class Ladder:
    """A placed limit intent: its parts (nearest the market first), those still resting, its trade."""

    intent: Intent
    prices: list[Decimal]
    fractions: list[Decimal]
    resting: list[int]  # the parts not yet filled nor withdrawn, in order
    deadline: datetime | None = None
    quantities: list[Decimal] | None = None  # each part's, once the first fill has sized the entry
    sized: Size | None = None
    trade: Trade | None = None

    @classmethod
    def of(cls, intent: Intent) -> Ladder:
        plan = intent.plan
        if plan is None or not plan.entries:
            return cls(intent, [intent.limit], [ONE], [0])
        hours = plan.cancel_unfilled_after_hours
        return cls(
            intent, [part.price for part in plan.entries], [part.fraction for part in plan.entries],
            list(range(len(plan.entries))), deadline=intent.at + timedelta(hours=hours) if hours else None,
        )

    def withdrawal(self, bar: Bar, ts: datetime) -> str | None:
        """Why the bar withdraws what still rests (the deadline, a target before any fill), or None."""
        plan = self.intent.plan
        long = fills.position_sign(self.intent.side) > 0
        return management.entry_withdrawal(
            side=self.intent.side, now=ts, deadline=self.deadline, nothing_filled=self.trade is None,
            cancel_if_target_before_entry=plan is not None and plan.cancel_if_target_before_entry,
            first_target=plan.targets[0].price if plan is not None and plan.targets else None,
            best=bar.high if long else bar.low,
        )


class Ladders:
    """The ladders of the placed limit intents that still have parts resting, and those withdrawn."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self.placed: list[Ladder] = []
        self.withdrawn: list[tuple[Intent, str]] = []
        self._parts_of: dict[Trade, Ladder] = {}  # open trades with entry parts still resting

    def place(self, intent: Intent, bar: Bar, ts: datetime) -> None:
        """The intent meets the bar's open: each part fills there if marketable, the others rest."""
        ladder = Ladder.of(intent)
        order_side = fills.entry_side(intent.side)
        for index in list(ladder.resting):
            if index not in ladder.resting:
                return  # refused at its first fill: nothing of it rests
            limit = ladder.prices[index]
            fill = fills.bar_limit_fill(side=order_side, limit_price=limit, bar=bar, resting=False)
            if fill is not None and fill.liquidity == "taker":
                self._part_fill(ladder, index, at=ts, price=self.desk.slipped(intent.side, bar.open, cap=limit),
                                liquidity="taker")
        if ladder.resting:
            self.placed.append(ladder)

    def fill(self, step, ts: datetime) -> None:
        """The bars of one time reach the resting parts (each ladder in the order it was placed)."""
        by_symbol = {symbol: bar for symbol, _, bar in step}
        still = []
        for ladder in self.placed:
            bar = by_symbol.get(ladder.intent.symbol)
            if bar is not None and ladder.resting:
                self._bar(ladder, bar, ts)
            if ladder.resting:
                still.append(ladder)
        self.placed = still

    def before_stop(self, trade: Trade, ts: datetime) -> None:
        """The parts a bar passed on its way to the trade's stop fill before it (worst first)."""
        ladder = self._parts_of.get(trade)
        if ladder is None:
            return
        for index in list(ladder.resting):
            limit = ladder.prices[index]
            if (limit - trade.stop_loss) * trade.sign >= 0:
                self._part_fill(ladder, index, at=ts, price=limit, liquidity="maker")

    def closed(self, trade: Trade) -> None:
        """The trade has closed: its parts still resting are withdrawn with it, as live (``position_finish``)."""
        ladder = self._parts_of.pop(trade, None)
        if ladder is not None:
            ladder.resting.clear()

    def unfilled(self) -> list[Intent]:
        return [ladder.intent for ladder in self.placed if ladder.resting and ladder.trade is None]

    def _bar(self, ladder: Ladder, bar: Bar, ts: datetime) -> None:
        """One bar for a ladder's resting parts: its withdrawals, then each part the bar reaches."""
        reason = ladder.withdrawal(bar, ts)
        if reason is not None:
            self._withdraw(ladder, reason)
            return
        opening = ladder.trade is None
        order_side = fills.entry_side(ladder.intent.side)
        first_fill = None
        for index in list(ladder.resting):
            if index not in ladder.resting:
                return  # refused at its first fill: nothing of it rests
            limit = ladder.prices[index]
            fill = fills.bar_limit_fill(side=order_side, limit_price=limit, bar=bar, resting=True)
            if fill is None:
                continue
            trade = ladder.trade
            if trade is not None and trade.stop_loss is not None and (trade.stop_loss - limit) * trade.sign > 0:
                break  # beyond the stop: the bar met the stop first (checked below), which withdraws the rest
            if self._part_fill(ladder, index, at=ts, price=fill.price, liquidity=fill.liquidity) and first_fill is None:
                first_fill = fill.price
        if opening and ladder.trade is not None:
            # The rest of the bar after the first fill: its stop only (see the engine's docstring).
            after = _After(open=first_fill, high=bar.high, low=bar.low)
            self.desk.check_exits(ladder.trade, after, ts, targets=False)

    def _part_fill(self, ladder: Ladder, index: int, *, at: datetime, price: Decimal, liquidity: str) -> Trade | None:
        """One part fills: the first sizes the whole entry and opens its trade, the others add to it."""
        intent = ladder.intent
        if ladder.quantities is None:
            sized = self.desk.entry_size(intent, at, price, liquidity)
            if sized is None:
                ladder.resting.clear()
                return None
            ladder.quantities = management.split_quantity(
                sized.quantity, ladder.fractions, prices=ladder.prices, min_notional=MIN_NOTIONAL,
            )
            ladder.sized = sized
        ladder.resting.remove(index)
        quantity = ladder.quantities[index]
        if quantity > 0:
            if ladder.trade is None:
                ladder.trade = self.desk.trade_open(intent, at=at, price=price, liquidity=liquidity,
                                                    quantity=quantity, sized=ladder.sized)
            else:
                self.desk.trade_add(ladder.trade, at=at, price=price, liquidity=liquidity, quantity=quantity)
                if ladder.trade.statuses is not None:
                    targets_lay(ladder.trade)
        if ladder.trade is not None:
            if ladder.resting:
                self._parts_of[ladder.trade] = ladder
            else:
                self._parts_of.pop(ladder.trade, None)
        return ladder.trade

    def _withdraw(self, ladder: Ladder, reason: str) -> None:
        ladder.resting.clear()
        if ladder.trade is None:
            self.withdrawn.append((ladder.intent, reason))
        else:
            self._parts_of.pop(ladder.trade, None)


@dataclass(frozen=True, slots=True)
class _After:
    """What is left of a bar after a fill inside it: it 'opens' at the fill price."""

    open: Decimal
    high: Decimal
    low: Decimal


# --- targets and the stop ---------------------------------------------------------------------------
def targets_start(trade: Trade, plan: management.TradePlan) -> None:
    """The first fill lays the plan's targets; one behind its price is cancelled (the engine's docstring)."""
    trade.ladder = [level.price for level in plan.targets]
    trade.statuses = ["open" if (target - trade.entry_price) * trade.sign > 0 else "cancelled" for target in trade.ladder]
    targets_lay(trade)


def targets_lay(trade: Trade) -> None:
    """Share what is open over the open targets by their fractions, renormalised (as live)."""
    plan = trade.intent.plan
    open_slots = [index for index, status in enumerate(trade.statuses) if status == "open"]
    slices = [ZERO] * len(trade.ladder)
    if open_slots and trade.remaining > 0:
        fractions = management.fractions_check([plan.targets[index].fraction for index in open_slots])
        quantities = management.split_quantity(
            trade.remaining, fractions, prices=[trade.ladder[index] for index in open_slots],
            min_notional=MIN_NOTIONAL,
        )
        for index, quantity in zip(open_slots, quantities, strict=True):
            slices[index] = quantity
    trade.slices = slices
    trade.slots = [index for index in open_slots if slices[index] > 0]
    trade.targets = [trade.ladder[index] for index in trade.slots]


def target_share(trade: Trade, exit_: fills.BarExit) -> Decimal:
    """What a target the bar reached closes. Without a plan it leaves ``trade.targets`` at once; with
    one, it and every open target before it are filled, and ``after_exits`` lays the ladder again."""
    if trade.statuses is None:
        # Without a plan, an even share of what is left, the last taking the rest.
        left = len(trade.targets)
        trade.targets.remove(exit_.price)
        return trade.remaining if left == 1 else (trade.remaining / left).quantize(MONEY_STEP, rounding=ROUND_DOWN)
    slot = trade.slots[exit_.target_index]
    trade.statuses = management.targets_hit(trade.statuses, slot)
    return trade.slices[slot]


def after_exits(trade: Trade, bar: Bar, ts: datetime, *, filled: bool, targets: bool) -> None:
    """A bar's exits have left the trade open: the targets are laid again if one filled, then the stop rules."""
    if filled:
        targets_lay(trade)
    plan = trade.intent.plan
    if targets and (plan.breakeven_after or plan.trailing is not None):
        stop_follow(trade, plan, bar, ts)


def stop_follow(trade: Trade, plan: management.TradePlan, bar: Bar, ts: datetime) -> None:
    """The plan's stop rules after the bar's exits; a moved stop holds from the next bar."""
    trailing, done = plan.trailing, trade.targets_filled
    if trailing is not None and trailing.kind == "percent_below_highest" and management.trailing_active(
        trailing, targets_filled=done
    ):
        trade.best = management.best_price(trade.side, trade.best, bar.high if trade.sign > 0 else bar.low)
    move = management.stop_move(
        side=trade.side, stop=trade.stop_loss, entry_price=trade.entry_price, fees_paid=trade.fees,
        quantity=trade.remaining, target_prices=trade.ladder, targets_filled=done,
        breakeven_after=plan.breakeven_after, trailing=trailing, best=trade.best,
    )
    if move is not None:
        trade.stop_loss, trade.stop_kind = move.price, move.kind
        trade.stop_moves.append(StopMoved(at=ts, price=move.price, kind=move.kind))
