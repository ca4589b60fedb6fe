"""What the Telegram parser returns: a signal that opens a trade, or an update about one."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class ParsedSignal:
    symbol: str  # "BTC/USDT"
    side: str  # "long" | "short"
    entry: list[Decimal]  # ascending; [] means market
    stop_loss: Decimal | None
    take_profits: list[Decimal]  # in the order written
    leverage: int | None
    margin_mode: str | None  # "cross" | "isolated" | None


@dataclass(frozen=True)
class ParsedUpdate:
    kind: str  # "tp_hit" | "move_stop" | "close" | "cancel"
    symbol: str | None = None
    target_index: int | None = None  # tp_hit: the 1-based target number, when stated
    price: Decimal | None = None  # move_stop: the new stop price
    to_entry: bool = False  # move_stop: to entry / breakeven
    fraction: Decimal | None = None  # close: 1 = all, 0.5 = half
