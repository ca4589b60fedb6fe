"""What the Telegram parser returns: a signal that opens a trade, or an update about one.

The management hints (allocations, break-even, trailing) and the certainty do not take part in
equality: two parses are the same trade when they trade the same, and tests that predate the hints
still compare what they compare. Tests of the hints read the fields themselves.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple


class Reason(NamedTuple):
    """Why a parse is uncertain: a short code the pipeline can match, and a sentence for a person."""

    code: str  # "side_contradicts_prices" | "prices_disagree" | "two_pairs" | "symbol_guessed" | …
    detail: str


@dataclass(frozen=True)
class ParsedSignal:
    symbol: str  # "BTC/USDT"
    side: str  # "long" | "short"
    entry: list[Decimal]  # ascending; [] means market
    stop_loss: Decimal | None
    take_profits: list[Decimal]  # in the order written
    leverage: int | Decimal | None  # an int when whole; 12.5x stays Decimal("12.5")
    margin_mode: str | None  # "cross" | "isolated" | None
    # Fractions of the position per entry (ascending, as ``entry``) and per target (as written),
    # each list summing to 1; None when the message gives none. A percentage that is a profit
    # figure ("TP1 1.58 (+4%)") is neither a price nor an allocation.
    entry_allocations: list[Decimal] | None = field(default=None, compare=False)
    take_profit_allocations: list[Decimal] | None = field(default=None, compare=False)
    breakeven_after: int | None = field(default=None, compare=False)  # move the stop to entry after target N
    # {"kind": "percent_below_highest", "callback_pct": Decimal, "activate_after_target": int | None}
    # | {"kind": "moving_target", "activate_after_target": int | None} | {"kind": "unspecified"}
    trailing: dict | None = field(default=None, compare=False)
    certainty: str = field(default="high", compare=False)  # "high" | "low": low waits for a person
    certainty_reasons: tuple[Reason, ...] = field(default=(), compare=False)
    # "Cancel the old ETH order. ETH long …": the cancel of the earlier order this call replaces, applied
    # before the call is copied (``replacements``); None for a call that replaces nothing.
    replaces: ParsedUpdate | None = field(default=None, compare=False)


@dataclass(frozen=True)
class ParsedUpdate:
    kind: str  # "tp_hit" | "move_stop" | "close" | "cancel"
    symbol: str | None = None
    target_index: int | None = None  # tp_hit: the 1-based target number, when stated
    price: Decimal | None = None  # move_stop: the new stop price
    to_entry: bool = False  # move_stop: to entry / breakeven
    fraction: Decimal | None = None  # close: 1 = all, 0.5 = half
    # Further actions the same message asks for, in the order written, on the same trade: "Close
    # half and move SL to entry" is a close with a stop move in ``also``.
    also: tuple[ParsedUpdate, ...] = field(default=(), compare=False)
    # "low" should wait for a person; the reasons say why. "no_symbol" is settled by a reply to the
    # signal, which names the trade.
    certainty: str = field(default="high", compare=False)
    certainty_reasons: tuple[Reason, ...] = field(default=(), compare=False)
