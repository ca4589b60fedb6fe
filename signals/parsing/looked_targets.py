"""Targets named by a look word after the stop, as chat calls write them.

"兄弟们 MEME 空一手 0.0231附近 止损0.0243 看0.0218 0.0205 x25 冲" ("… stop 0.0243, looking at 0.0218 0.0205"),
"stop 5.12, looking at 4.60 4.38": once the stop is given with its price, a look word of any table
(``LOOK_TARGETS``: "看", "看到", "looking at", "смотрим на") right before a price names the targets, and
becomes "Target". Before the stop, or without a price right after it, the word is left alone: "BTC 看10万"
with no stop is a view, "看多" ("bullish") is a side, "止损0.0243 看看再说" ("let's see") names no price.
"""
from __future__ import annotations

import re

from .vocabulary import table_pattern

# In the canonical text: a stop label and its price.
# "stops 1.69, looking for 1.98 2.10": chat's plural names the one stop too.
_STOP = re.compile(r"\b(?:sl|stops?(?:[ -]?loss)?|stoploss)\b[^0-9\n]{0,6}[0-9]", re.I)
_PRICE_NEXT = re.compile(r"[ ]{0,2}[$]?[0-9]")
# "Target 看0.0218" ("目标看" once canonical): the look word after the label adds nothing.
_LABEL_BEFORE = re.compile(r"\b(?:targets?|tp)[ ]{0,2}$", re.I)


def looked_targets(text: str) -> str:
    stop = _STOP.search(text)
    if stop is None:
        return text
    pieces, position = [], stop.end()
    for look in table_pattern("LOOK_TARGETS").finditer(text, stop.end()):
        if not _PRICE_NEXT.match(text, look.end()):
            continue
        pieces.append(text[position: look.start()])
        pieces.append("" if _LABEL_BEFORE.search(text, max(0, look.start() - 12), look.start()) else " Target ")
        position = look.end()
    return text[: stop.end()] + "".join(pieces) + text[position:]
