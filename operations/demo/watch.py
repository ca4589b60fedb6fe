"""The position monitor's timing during the history: run it at the steps where it would act.

Live, the monitor checks every price update. Over months of five-minute steps that is far too many
calls, and almost all of them change nothing, so the history only looks, per symbol, for the first
step that reaches the nearest price at which a working order or a liquidation could fire (from
the orders' own prices, loosened by the spread). There it sets the clock and runs the real
``position_on_price`` for the positions whose prices were reached, which decides with the real
rules whether and how anything fills. At a day's end every position is marked the same way.
"""
from __future__ import annotations

from collections import Counter
from datetime import datetime

from execution.market.services import quote_get
from execution.models import Order, Position
from execution.services.monitor import position_on_price
from operations.demo.market import HistoryMarket

NOWHERE = (float("-inf"), float("inf"))


class Watch:
    def __init__(self, *, market: HistoryMarket, counts: Counter, start: datetime):
        self.market = market
        self.counts = counts
        self.cursor = start
        self.symbols = set(
            Position.objects.filter(status__in=Position.ACTIVE_STATUSES).values_list("symbol", flat=True)
        )
        self._levels: dict[str, dict[int, tuple[float, float]]] = {}

    def changed(self, symbol: str) -> None:
        """Positions or orders on ``symbol`` changed: its trigger prices are to be read again."""
        self.symbols.add(symbol)
        self._levels.pop(symbol, None)

    def until(self, when: datetime, clock) -> None:
        """Run the monitor at every step in (cursor, when] that reaches a trigger, in time order."""
        scan_from = dict.fromkeys(self.symbols, self.cursor)
        pending: dict[str, tuple[datetime, float] | None] = {}
        while True:
            for symbol, start in scan_from.items():
                if symbol not in pending:
                    pending[symbol] = self._first_trigger(symbol, start, when)
            hits = [(hit, symbol) for symbol, hit in pending.items() if hit is not None]
            if not hits:
                break
            (at, price), symbol = min(hits)
            clock.move_to(at)
            self.monitor(symbol, reached=price)
            scan_from[symbol] = at
            del pending[symbol]
        self.cursor = when

    def mark_all(self) -> None:
        """The monitor on every active position at the current time (the marks for a snapshot)."""
        for symbol in sorted(self.symbols):
            self.monitor(symbol)

    def monitor(self, symbol: str, reached: float | None = None) -> None:
        """``position_on_price`` for the positions on ``symbol`` whose trigger ``reached`` is at or
        beyond (all of them without one), at the current quote."""
        quote = quote_get(symbol=symbol)
        for position_id, (below, above) in self._position_levels(symbol).items():
            if reached is None or reached <= below or reached >= above:
                position = position_on_price(position_id=position_id, quote=quote)
                self.counts["closed"] += position.status in Position.CLOSED_STATUSES
        self._levels.pop(symbol, None)

    def _position_levels(self, symbol: str) -> dict[int, tuple[float, float]]:
        if symbol not in self._levels:
            self._levels[symbol] = self._read_levels(symbol)
        return self._levels[symbol]

    def _first_trigger(self, symbol: str, after: datetime, until: datetime) -> tuple[datetime, float] | None:
        levels = self._position_levels(symbol)
        if not levels:
            self.symbols.discard(symbol)
            return None
        below = max(level[0] for level in levels.values())
        above = min(level[1] for level in levels.values())
        return self.market.first_step_beyond(symbol, after, until, below=below, above=above)

    def _read_levels(self, symbol: str) -> dict[int, tuple[float, float]]:
        """Per active position: (the highest price a fall must reach, the lowest price a rise must
        reach) for any of its orders or its liquidation to fire."""
        half_spread = float(self.market.path(symbol).half_spread)
        levels: dict[int, list[float]] = {}
        for position_id, side, liquidation in Position.objects.filter(
            symbol=symbol, status__in=Position.ACTIVE_STATUSES
        ).values_list("pk", "side", "liquidation_price"):
            level = levels[position_id] = list(NOWHERE)
            if liquidation is not None:
                if side == "long":
                    level[0] = float(liquidation)
                else:
                    level[1] = float(liquidation)
        orders = Order.objects.filter(
            position_id__in=list(levels), status__in=Order.WORKING_STATUSES
        ).values_list("position_id", "type", "side", "price", "trigger_price")
        for position_id, kind, side, price, trigger in orders:
            level = levels[position_id]
            if kind == Order.Type.STOP:
                if side == Order.Side.BUY:
                    level[1] = min(level[1], float(trigger))
                else:
                    level[0] = max(level[0], float(trigger))
            elif kind == Order.Type.LIMIT:
                # A buy limit fills once the ask is at or under it, a sell once the bid is at or over it.
                if side == Order.Side.BUY:
                    level[0] = max(level[0], float(price) / (1 + half_spread))
                else:
                    level[1] = min(level[1], float(price) / (1 - half_spread))
        return {position_id: (level[0], level[1]) for position_id, level in levels.items()}
