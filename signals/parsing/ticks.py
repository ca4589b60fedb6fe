"""Prices ticked with ✅ in a re-posted signal: a ticked entry or target means the trade is already
running, so the post is an update (or nothing), never a new trade to open twice.
"""
from __future__ import annotations

import re
from decimal import Decimal

from .sections import STOP_WORD
from .text import TOKEN_PATTERNS, to_decimal

# "進場 :0.5073  ✅止盈：…": a spaced tick glued to the next label is that label's bullet.
TICK = re.compile(r"(?<=[0-9%$])(?:✅|✔|[ ]{1,2}(?:✅|✔)(?![^\W\d_]))")
_ENTRY_BEFORE = re.compile(r"\b(?:entry|entries|entered|filled|buy|average)\b", re.I)
_TP_BEFORE = re.compile(r"\b(?:tp|targets?|take[ -]?profit)", re.I)
# "شراء LINK … ستوب 17.2 ✅" ("… SL 17.2 ✅"): a tick right after the stop's price closes the post; a
# channel ticks the targets a trade won, never its stop.
_STOP_PRICE_BEFORE = re.compile(rf"\b{STOP_WORD}\b[ :=-]{{0,4}}[$]?[0-9][0-9.,]*$", re.I)


def has_ticked_entry(text: str) -> bool:
    """An entry price ticked with ✅ ("Entry: 2500 ✅"): the channel re-posts a trade whose entry
    already filled, so the trade is running and must not be opened again."""
    return any(_ticks_entry(_before(text, tick)) for tick in TICK.finditer(text))


def checked_prices(text: str, decimal_comma: bool) -> list[Decimal]:
    """Prices ticked with ✅ ("2600✅", "1) 2430 - 20%✅", "Target 1: 66,700✅"), entry lines aside.

    The tick belongs to the last number before it on its line that is not a percentage. A ticked
    target means the signal is already running: re-posting it must not open a new trade.
    """
    found: list[Decimal] = []
    for tick in TICK.finditer(text):
        if len(found) >= 50:
            break  # no signal has fifty targets; junk full of ticks need not be read to its end
        before = _before(text, tick)
        if _ticks_entry(before):
            continue  # "Entry 1 ✅" is an entry-filled notice
        if _STOP_PRICE_BEFORE.search(before):
            continue
        numbers = [t.group() for t in TOKEN_PATTERNS[decimal_comma].finditer(before) if t.lastgroup == "num"]
        value = to_decimal(numbers[-1], decimal_comma) if numbers else None
        if value is not None:
            found.append(value)
    return found


def _before(text: str, tick: re.Match) -> str:
    """What the tick refers to: its line up to it. A bounded look-back keeps this linear."""
    line_start = max(text.rfind("\n", 0, tick.start()) + 1, tick.start() - 40)
    return text[line_start: tick.start()]


def _ticks_entry(before: str) -> bool:
    return _ENTRY_BEFORE.search(before) is not None and not _TP_BEFORE.search(before)
