"""Plan lines written as sentences.

"Stop Loss: Place the stop loss just above the last minor resistance, around $830, to protect …",
"Ideal Entry: Enter a short position between $823 and $825 on a minor pullback": a label that opens its
line and is followed by prose, not by a price, takes the price its sentence puts after "at", "around",
"near" or "between … and …", or writes with "$". Only when that is every figure the line holds: a line
that also counts days, percentages or multiples ("Target 1: about 2.5x the risk") is commentary.
"""
from __future__ import annotations

import re
from decimal import Decimal

from .sections import Section
from .tokens import NUMBER_RES, to_decimal

# Up to two words before the label on its line ("Ideal Entry:"), a target's index, then its colon and a word.
_OPENS_LINE = re.compile(r"[^\w\n]{0,6}(?:[^\W\d_]{2,12}[ ]){0,2}")
# The spaces after the colon may be many: a filler word dropped from a canonical line ("Stop Loss: coloca el
# stop debajo …") leaves its spaces.
_PROSE_AFTER = re.compile(r"[ ]{0,2}(?:[0-9]{1,2}[ ]{0,2})?[:-][ ]{0,16}+(?=[^\W\d_])")
_PLACE_WORD = r"(?:\b(?:at|around|about|near|between)[ ]{1,3}[$]?|[$])"
_FIGURE = re.compile(r"[0-9]+(?:[.,][0-9]+)*")


def fill(parts: list[Section], text: str, decimal_comma: bool) -> None:
    """Give each unpriced entry, stop or target label that opens a prose line the price its sentence places."""
    number = NUMBER_RES[decimal_comma].pattern
    placed = re.compile(rf"{_PLACE_WORD}({number})(?:[ ]{{1,3}}(?:and|to|-)[ ]{{1,3}}[$]?({number}))?")
    for section, after in zip(parts, [*parts[1:], None]):
        if section.kind not in ("entry", "sl", "tp") or section.prices or not _opens_prose_line(text, section):
            continue
        line_end = text.find("\n", section.end)
        if after is not None and after.kind == "market" and (line_end < 0 or after.start < line_end):
            continue  # "Entry: now (around 35.20)": a market order, the price only where the market stands
        sentence = _PROSE_AFTER.sub(" ", text[section.end: line_end if line_end >= 0 else len(text)], count=1)
        match = placed.search(sentence)
        if match is None:
            continue
        found = [raw for raw in match.groups() if raw]
        if len(_FIGURE.findall(sentence)) != len(found):
            continue
        prices = [to_decimal(raw, decimal_comma) for raw in found]
        section.prices = [p for p in prices if isinstance(p, Decimal) and p > 0]
        section.allocations = [None] * len(section.prices)


def _opens_prose_line(text: str, section: Section) -> bool:
    line_start = text.rfind("\n", 0, section.start) + 1
    return _OPENS_LINE.fullmatch(text, line_start, section.start) is not None and _PROSE_AFTER.match(text, section.end) is not None
