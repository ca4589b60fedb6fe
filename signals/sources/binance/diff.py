"""What changed between two fetches of a leader's positions: a pure function, no database.

Positions are matched by (symbol, side). A side flip (long BTC → short BTC) is a close of the long
and an open of the short, never a "reduce past zero", because copying accounts hold the two as
separate positions.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from signals.sources.binance.client import LeaderPosition

OPEN, INCREASE, REDUCE, CLOSE = "open", "increase", "reduce", "close"
# Closes and reductions first: they free margin and position slots before anything new opens.
_ORDER = {CLOSE: 0, REDUCE: 1, OPEN: 2, INCREASE: 3}


@dataclass(frozen=True)
class Change:
    """``quantity`` is what this change is about: opened, added, taken off or closed."""

    kind: str
    symbol: str
    side: str
    quantity: Decimal
    previous_quantity: Decimal
    current_quantity: Decimal
    fraction: Decimal | None = None  # reduce: (previous - current) / previous; close: 1
    position: LeaderPosition | None = None  # the leader's position now (the last one seen, on close)


def diff_positions(previous: list[LeaderPosition], current: list[LeaderPosition]) -> list[Change]:
    before = {p.key: p for p in previous}
    after = {p.key: p for p in current}
    changes = []
    for key in sorted(before.keys() | after.keys()):
        old, new = before.get(key), after.get(key)
        was = old.quantity if old else Decimal(0)
        now = new.quantity if new else Decimal(0)
        symbol, side = key
        common = {"symbol": symbol, "side": side, "previous_quantity": was, "current_quantity": now}
        if now == was:
            continue
        if was == 0:
            changes.append(Change(OPEN, quantity=now, position=new, **common))
        elif now == 0:
            changes.append(Change(CLOSE, quantity=was, fraction=Decimal(1), position=old, **common))
        elif now > was:
            changes.append(Change(INCREASE, quantity=now - was, position=new, **common))
        else:
            changes.append(Change(REDUCE, quantity=was - now, fraction=(was - now) / was, position=new, **common))
    return sorted(changes, key=lambda change: _ORDER[change.kind])
