"""A target named as a sell level: "Buy zone: 13.20 - 12.40 / Sell zone: 15.80 / 17.50 / 19.90 … I'll trail the
stop once the first sell level fills". A spot plan that labels its targets "Sell zone" / "Sell levels" /
"Sell targets" calls each of them a sell level, so "the first sell level" is the first target, written out
as "first target" for the trailing and break-even rules (``hints``), as ``ordinal_ones`` writes "the first
one".

Only when a line labels the targets so, after a buy or entry line: in a short call "Sell zone: 3450 - 3480"
is the entry, and its "first sell level" the first entry, no target.
"""
from __future__ import annotations

import re

# "Buy zone: 13.20 - 12.40", "Entry: …", then a later line "Sell zone: 15.80 / 17.50", "Sell levels - 15.8, 17.5".
_BUY_LINE = re.compile(r"^[^\w\n]{0,4}(?:buy(?:ing)?|entry|entries|accumulation|dca)\b[^\n]{0,30}?[0-9]", re.I | re.M)
_SELL_LINE = re.compile(r"^[^\w\n]{0,4}sell(?:ing)?[ -]{1,2}(?:zones?|levels?|targets?|orders?)\b[ ]{0,3}[:=-]?[ ]{0,3}[$]?[0-9]", re.I | re.M)
_ORDINAL_SELL = re.compile(
    r"\b(first|second|third|fourth|fifth|[0-9]{1,2}(?:st|nd|rd|th))[ ]{1,3}sell(?:ing)?[ -]{1,2}(?:level|zone|order|target)\b", re.I
)


def as_targets(text: str) -> str:
    """``text`` with each "first sell level" after a sell-labelled target line written as that target."""
    buy = _BUY_LINE.search(text)
    sell = _SELL_LINE.search(text, buy.end()) if buy else None
    if sell is None:
        return text
    return text[:sell.end()] + _ORDINAL_SELL.sub(r"\1 target", text[sell.end():])
