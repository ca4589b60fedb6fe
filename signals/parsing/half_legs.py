"""An entry split in halves written as words: "Entry: half at 22.10 and half at 21.40".

Channels in every language write a two-leg entry this way ("metade em 22,10 e metade em 21,40",
"mitad en X y mitad en Y", "половина на X, половина на Y", "yarısı X yarısı Y", "一半 X 一半 Y"); once
canonical ("half" is every table's row for the word) it is two halves, each beside its price. The
entry grammar reads neither the word nor its price, so the legs are rewritten as the shares the
allocation rules already read: "50% at 22.10, 50% at 21.40" (entries in the order written, each 0.5).

Only on a line that opens the trade (its entry label or side word before the first half) or that is
the halves alone: "close half at 23.90, half at 25.50" is a close, and its line keeps its words. One
bounded pattern per line, so the cost stays linear in the message's length.
"""
from __future__ import annotations

import re

_PRICE = r"[0-9]+(?:[.,][0-9]+)?"
# Between "half" and its price: "at", "@", or a few words of the leg ("half of trade here 0.1642", "other
# half when baja to 0.1605" from "la otra mitad si baja a"), bounded and ending in a space, so "half at TP1"
# never reads the target's index as a price.
_LEAD = r"[ ](?:[^0-9\n%:]{0,24}?[ ])?"
# "half at 22.10", "half @ 22.10", "half 22,10" (the "em"/"на" between dropped as filler), then a short
# joint without digits ("and", ", ", "и", "ve", "和", or only spaces) and the second half the same way.
_HALVES = re.compile(
    rf"\bhalf{_LEAD}(?P<first>{_PRICE})(?![0-9.,]?[0-9%x])"
    rf"[^0-9\n%]{{0,16}}?\b(?:the[ ]{{1,3}})?(?:other[ ]{{1,3}})?half{_LEAD}"
    rf"(?P<second>{_PRICE})(?![0-9.,]?[0-9%x])",
    re.I,
)
# "97 800 先上一半，96 500 补仓另一半" (canonical "97800 half, 96500 DCA rest"): each price before its half,
# the second leg "the rest", "the other half" or "half", an averaging-down word ("DCA") before it.
_HALVES_AFTER = re.compile(
    rf"(?<![0-9.,])(?P<first>{_PRICE})[ ]{{1,3}}half\b[ ,;]{{1,4}}(?P<second>{_PRICE})[ ]{{1,3}}(?:DCA[ ]{{1,3}})?"
    rf"(?:the[ ]{{1,3}})?(?:rest|other[ ]{{1,3}}half|half)\b",
    re.I,
)
# What may stand before the first half: the entry label or a side word, or nothing but marks.
_OPENER = re.compile(r"\b(?:entry|entries|buy|sell|long|short)\b|^[^\w]*$", re.I)


def _legs(match: re.Match) -> str:
    line_start = match.string.rfind("\n", 0, match.start()) + 1
    if not _OPENER.search(match.string[line_start: match.start()]):
        return match.group()
    return f"50% at {match['first']}, 50% at {match['second']}"


def half_legs(text: str) -> str:
    """The text with "half at X and half at Y" (or "X half, Y the rest") on an entry's line written
    "50% at X, 50% at Y"."""
    return _HALVES_AFTER.sub(_legs, _HALVES.sub(_legs, text)) if "half" in text.lower() else text
