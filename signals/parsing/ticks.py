"""Prices ticked with ✅ in a re-posted signal: a ticked entry or target means the trade is already
running, so the post is an update (or nothing), never a new trade to open twice.
"""
from __future__ import annotations

import re
from decimal import Decimal

from .sections import STOP_WORD
from .tokens import TOKEN_PATTERNS, to_decimal

# "進場 :0.5073  ✅止盈：…": a spaced tick glued to the next label is that label's bullet.
TICK = re.compile(r"(?<=[0-9%$])(?:✅|✔|[ ]{1,2}(?:✅|✔)(?![^\W\d_]))")
_ENTRY_BEFORE = re.compile(r"\b(?:entry|entries|entered|filled|buy|average)\b", re.I)
_TP_BEFORE = re.compile(r"\b(?:tp|targets?|take[ -]?profit)", re.I)
# "شراء LINK … ستوب 17.2 ✅" ("… SL 17.2 ✅"): a tick right after the stop's price closes the post; a
# channel ticks the targets a trade won, never its stop.
_STOP_PRICE_BEFORE = re.compile(rf"\b{STOP_WORD}\b[ :=-]{{0,4}}[$]?[0-9][0-9.,]*$", re.I)


# "✅ Alvo 1: 3,55 / ✅ Alvo 2: 3,68 / ⏳ Alvo 3: 3,85": a tick opening a numbered target's line.
_LINE_TARGET = re.compile(
    r"^[^\w\n]{0,3}?(?P<mark>✅|✔)?[^\w\n]{0,3}\b(?:TP|Target)[ ]?[0-9]{1,2}\b[ ]{0,2}[:=.)-]?[ ]{0,3}[$]?(?P<price>[0-9][0-9.,]*)",
    re.I | re.M,
)


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
    return found + _line_ticked_targets(text, decimal_comma)


# "#LINK ✅ Target 3", "✅ TP2 (+39%)", "#OP ✅ الهدف 2" once canonical: a tick before a target's number, no price after.
_TICKED_TARGET_NUMBER = re.compile(r"(?:✅|✔)[^\w\n]{0,3}\b(?:TP|Target)[ ]?#?[0-9]{1,2}(?![0-9.,])(?![ ]{0,2}[:=])(?P<rest>[^\n]*)", re.I)
_PERCENT = re.compile(r"[+-]?[0-9][0-9.,]*[ ]?%")


def ticks_target_number(text: str) -> bool:
    """"📊 نتائج الأسبوع | #LINK ✅ الهدف 3 | #OP ✅ الهدف 2": a tick before a target named by its number
    ("Target 3" is the third target, not a price of 3), with no price after it on its line but a gain,
    reports that target reached; the trade is running or over, never one to open. A label awaiting its
    value ("✅Target7: 🚀🚀🚀" among ticked priced targets) is a plan's bullet, not a report."""
    return any(
        not re.search(r"[0-9]", _PERCENT.sub(" ", match["rest"])) for match in _TICKED_TARGET_NUMBER.finditer(text)
    )


def _line_ticked_targets(text: str, decimal_comma: bool) -> list[Decimal]:
    """"✅ Alvo 1: 3,55 | ✅ Alvo 2: 3,68 | ⏳ Alvo 3: 3,85": a tick before a target's label ticks it,
    as one after its price does, when another target's line goes without: a tick on every line
    ("✅ TP 1: 25.40 / ✅ TP 2: 26.30") is the channel's bullet."""
    lines = list(_LINE_TARGET.finditer(text))
    ticked = [m for m in lines if m["mark"]]
    if not ticked or len(ticked) == len(lines):
        return []
    values = (to_decimal(m["price"].rstrip(".,"), decimal_comma) for m in ticked)
    return [v for v in values if v is not None]


def _before(text: str, tick: re.Match) -> str:
    """What the tick refers to: its line up to it. A bounded look-back keeps this linear."""
    line_start = max(text.rfind("\n", 0, tick.start()) + 1, tick.start() - 40)
    return text[line_start: tick.start()]


def _ticks_entry(before: str) -> bool:
    return _ENTRY_BEFORE.search(before) is not None and not _TP_BEFORE.search(before)
