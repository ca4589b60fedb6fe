"""The position monitor's timing during the history: run it at the steps where it would act.

Live, the monitor checks every price update. Over months of five-minute steps that is far too many
calls, and almost all of them change nothing, so the history only looks, per symbol, for the first
step that reaches the nearest price at which a working order or a liquidation could fire (from
the orders' own prices, loosened by the spread). There it sets the clock and runs the real
``positions_on_price``, which decides with the real rules whether and how anything fills.
"""
from __future__ import annotations

from collections import Counter
from datetime import datetime

from execution.market.services import quote_get
from execution.models import Order, Position
from execution.services.monitor import positions_on_price
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
        self._levels: dict[str, tuple[float, float] | None] = {}

    def changed(self, symbol: str) -> None:
        """Positions or orders on ``symbol`` changed: its trigger prices are to be read again."""
        self.symbols.add(symbol)
        self._levels.pop(symbol, None)

    def until(self, when: datetime, clock) -> None:
        """Run the monitor at every step in (cursor, when] that reaches a trigger, in time order."""
        scan_from = dict.fromkeys(self.symbols, self.cursor)
        pending: dict[str, datetime | None] = {}
        while True:
            for symbol, start in scan_from.items():
                if symbol not in pending:
                    pending[symbol] = self._first_trigger(symbol, start, when)
            hits = [(at, symbol) for symbol, at in pending.items() if at is not None]
            if not hits:
                break
            at, symbol = min(hits)
            clock.move_to(at)
            self.monitor(symbol)
            scan_from[symbol] = at
            del pending[symbol]
        self.cursor = when

    def mark_all(self) -> None:
        """The monitor once on every watched symbol at the current time (the marks for a snapshot)."""
        for symbol in sorted(self.symbols):
            self.monitor(symbol)

    def monitor(self, symbol: str) -> None:
        positions = positions_on_price(symbol=symbol, quote=quote_get(symbol=symbol))
        self.counts["closed"] += sum(1 for p in positions if p.status in Position.CLOSED_STATUSES)
        self._levels.pop(symbol, None)

    def _first_trigger(self, symbol: str, after: datetime, until: datetime) -> datetime | None:
        if symbol not in self._levels:
            self._levels[symbol] = self._read_levels(symbol)
        levels = self._levels[symbol]
        if levels is None:
            self.symbols.discard(symbol)
            return None
        return self.market.first_step_beyond(symbol, after, until, below=levels[0], above=levels[1])

    def _read_levels(self, symbol: str) -> tuple[float, float] | None:
        """(highest price a fall must reach, lowest price a rise must reach) for anything to fire."""
        half_spread = float(self.market.path(symbol).half_spread)
        below, above = NOWHERE
        active = False
        for side, liquidation in Position.objects.filter(symbol=symbol, status=Position.Status.OPEN).values_list(
            "side", "liquidation_price"
        ):
            active = True
            if liquidation is not None:
                if side == "long":
                    below = max(below, float(liquidation))
                else:
                    above = min(above, float(liquidation))
        orders = Order.objects.filter(
            symbol=symbol, status__in=Order.WORKING_STATUSES, position__status__in=Position.ACTIVE_STATUSES
        ).values_list("type", "side", "price", "trigger_price")
        for kind, side, price, trigger in orders:
            active = True
            if kind == Order.Type.STOP:
                if side == Order.Side.BUY:
                    above = min(above, float(trigger))
                else:
                    below = max(below, float(trigger))
            elif kind == Order.Type.LIMIT:
                # A buy limit fills once the ask is at or under it, a sell once the bid is at or over it.
                if side == Order.Side.BUY:
                    below = max(below, float(price) / (1 + half_spread))
                else:
                    above = min(above, float(price) / (1 - half_spread))
        return (below, above) if active else None
