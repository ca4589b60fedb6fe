"""Where the engine looks next: the first step from a given one at which something may happen.

A step is worth deciding in full (``analytics.backtests.engine``) when, at one of its bars:

- a queued intent arrives (the first bar of its symbol starting at or after its time);
- an open trade's stop or a target may be in the bar's range (``bars.first_touch`` scans ahead);
- a trade's plan may move its stop (breakeven, trailing): every bar of its symbol, as a trail
  follows each new extreme;
- a trade's source closed it (``Intent.close``): the bar during which it did;
- an entry part rests in the book: every bar of its symbol;
- ``on_close`` may act at the bar's close: every bar, unless the caller's ``next_close`` says which.

What it found stays valid until what it looked at changes (a trade's levels, a queue's head), so a
long run asks numpy about each stretch of quiet bars once.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

from analytics.backtests.bars import Timeline, first_touch, micros
from analytics.backtests.model import Trade

# The first bar index at or after the given one of the symbol at whose close ``on_close`` may act
# (the symbol's bar count: none).
NextClose = Callable[[str, int], int]


class Lookahead:
    def __init__(self, timeline: Timeline, *, on_close: bool, next_close: NextClose | None):
        self.timeline = timeline
        self.on_close, self.next_close = on_close, next_close
        self._touches: dict[Trade, tuple] = {}  # per open trade: (its levels, the first bar that may touch them)
        self._arrivals: dict[str, tuple[int, int]] = {}  # per symbol: (its next intent's number, the step it arrives at)

    def next_event(
        self, step: int, *, heads: Iterable[tuple[str, datetime, int]], resting: Iterable[str], trades: Iterable[Trade],
    ) -> int:
        """The first step from ``step`` worth deciding (``steps``: none). ``heads``: each queue's next
        intent (symbol, arrival, number); ``resting``: the symbols with entry parts in the book."""
        timeline = self.timeline
        if self.on_close and self.next_close is None:
            return step
        soonest = timeline.steps
        if self.on_close:
            for symbol in timeline.symbols:
                soonest = min(soonest, timeline.step_of(symbol, self.next_close(symbol, timeline.cursor(symbol, step))))
        for symbol, at, number in heads:
            known = self._arrivals.get(symbol)
            if known is None or known[0] != number:
                known = self._arrivals[symbol] = (number, timeline.arrival(symbol, step, at))
            soonest = min(soonest, known[1])
        for symbol in resting:
            soonest = min(soonest, timeline.step_of(symbol, timeline.cursor(symbol, step)))
        for trade in trades:
            if soonest <= step:
                break
            soonest = min(soonest, self._next_touch(trade, step))
        return soonest

    def close_bar(self, trade: Trade) -> int:
        """The bar during which the trade's source closed it: the last one starting at or before the close."""
        return int(self.timeline.bars[trade.symbol].ts.searchsorted(micros(trade.intent.close.at), side="right")) - 1

    def forget(self, trade: Trade) -> None:
        self._touches.pop(trade, None)

    def _next_touch(self, trade: Trade, step: int) -> int:
        timeline, symbol = self.timeline, trade.symbol
        start = timeline.cursor(symbol, step)
        plan = trade.intent.plan
        if plan is not None and (plan.breakeven_after or plan.trailing is not None):
            return timeline.step_of(symbol, start)
        levels = (trade.stop_loss, tuple(trade.targets))
        known = self._touches.get(trade)
        if known is None or known[0] != levels or known[1] < start:
            found = first_touch(timeline.bars[symbol], start, long=trade.sign > 0, stop=trade.stop_loss,
                                targets=trade.targets)
            known = self._touches[trade] = (levels, found)
        found = known[1]
        if trade.intent.close is not None:
            found = min(found, max(start, self.close_bar(trade)))
        return timeline.step_of(symbol, found)
