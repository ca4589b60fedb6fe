"""A stop moved to a target that the message prices beside it: "dời SL lên TP1 (3 390)" ("move SL up to TP1 (3390)"),
"move SL to TP1 (3,390)", "стоп на TP1 (3390)". "Move SL to TP1" alone names no price (the target's price is in
another message, so ``updates`` reads no new stop); the price in brackets right after the target is that price,
and the stop goes there. Only a bracket right after the target's number: "SL to TP1, TP2 (3480) hit" is not one.
A price with no brackets names the target too when it ends the line right after it: "止损移到第一目标 0.3950"
("move the stop to the first target 0.3950", canonical "SL move first Target 0.3950"), "move SL to TP1 0.3950",
or when a comma opens another clause after it: "Стоп переносим на первую цель 0.1810, остаток держим" (the stop to
the first target 0.1810, the rest we hold). A comma before a digit is a decimal comma or a list, not a clause.

Apart from ``updates`` because that module is at its size limit.
"""
from __future__ import annotations

import re
from decimal import Decimal

from .tokens import to_decimal

# The words after a stop-move phrase: an optional direction or "to", the target, then its price in brackets or bare
# before the line's end or a comma's next clause. A bare price needs the target said as a place the stop goes to
# ("to TP1 0.3950", "SL a TP1 0,1810", "first Target 0.3950"): "Move SL TP1 2.5" lists a stop and a target's
# price, no new stop. Any short word before a numbered target is taken for the "to" its language writes.
_TOWARD = r"(?:(?:up|down|lên|xuống|to)[ ]{1,3})"
_SHORT_WORD = r"(?:(?:xuống|[^\W\d_]{1,4})[ ]{1,3})"
_NUMBERED = r"(?:tp|target)[ ]?[0-9]{1,2}"
_ORDINAL = r"(?:first|second|third|fourth)[ ]{1,3}target"
_BRACKETED = r"[ ]{0,2}[(\[][ ]{0,2}[$]?([0-9][0-9.,]{0,14}+)[ ]{0,2}[)\]]"
_BARE = r"[ ]{0,2}[$]?([0-9](?:[0-9]|[.,](?=[0-9])){0,14}+)(?=[ ]{0,3}+(?:[^\w ]{0,6}+[ ]{0,3}+$|[,;][ ]{0,3}+[^\W\d]))"
_TARGET_PRICE = re.compile(
    rf"[ ]{{0,3}}(?:{_TOWARD}{{0,2}}(?:{_NUMBERED}|{_ORDINAL}){_BRACKETED}|(?:{_SHORT_WORD}{{1,2}}{_NUMBERED}|{_TOWARD}{{0,2}}{_ORDINAL}){_BARE})",
    re.I,
)
# The same after a phrase that already ends in its "to" ("SL to" + "TP1 0,1810"): the numbered target may come first.
_TARGET_PRICE_AFTER_TO = re.compile(rf"[ ]{{0,3}}{_SHORT_WORD}{{0,2}}{_NUMBERED}{_BARE}", re.I)
# A stop-move phrase ending in a short word other than the stop's own ("SL to", "stop para"), not "Move SL".
_ENDS_TOWARD = re.compile(r"(?<![^\W\d_])(?!sl\b)[^\W\d_]{1,4}[ ]*$", re.I)


def price_of_named_target(after: str, decimal_comma: bool, phrase: str = "") -> Decimal | None:
    """The price beside the target a stop moves to, at the start of ``after`` (what follows the stop-move
    ``phrase``); else None."""
    match = _TARGET_PRICE.match(after) or (_ENDS_TOWARD.search(phrase) and _TARGET_PRICE_AFTER_TO.match(after))
    return to_decimal(next(group for group in match.groups() if group), decimal_comma) if match else None
