"""Two entries each given half, in prose: "0.1612 पे आधा और 0.1575 पे बाकी आधा" (canonical "0.1612 half और
0.1575 rest half"), "half at 0.1612 and the other half at 0.1575", "половина 0.1612, вторая половина 0.1575".
The halves stand where the section grammar expects the next price, so the second entry was lost; this writes
the pair the way a share list is written ("0.1612 (50%) / 0.1575 (50%)"), which the entry and share rules read.

Only a price beside each half: "close half at TP1, rest at TP2" (named targets) and "half 0.1612" alone stay
what they are. Every run is bounded and the alternatives are fixed words, so the cost is linear."""
from __future__ import annotations

import re

_PRICE = r"([$]?[0-9]{1,12}(?:[.,][0-9]{1,12}){0,3}+)"
_JOIN = r"[ ]{0,3}(?:[,/&+;]|[^\W\d_]{1,4})?+[ ]{0,3}"
_OTHER = r"(?:(?:the|other|rest|remaining|second|another)[ ]{1,3}){0,2}"
_AT = r"(?:[ ]{1,3}at)?+"
# "0.1612 half and 0.1575 rest half": each price before its half.
_PRICE_THEN_HALF = re.compile(rf"{_PRICE}[ ]{{1,4}}half{_JOIN}{_PRICE}[ ]{{1,4}}{_OTHER}half\b", re.I)
# "half at 0.1612 and the other half at 0.1575": each half before its price.
_HALF_THEN_PRICE = re.compile(rf"\bhalf{_AT}[ ]{{1,4}}{_PRICE}{_JOIN}{_OTHER}half{_AT}[ ]{{1,4}}{_PRICE}", re.I)


def as_share_list(text: str) -> str:
    """``text`` (canonical) with two prices given half each written as "p1 (50%) / p2 (50%)"."""
    text = _PRICE_THEN_HALF.sub(r"\1 (50%) / \2 (50%)", text)
    return _HALF_THEN_PRICE.sub(r"\1 (50%) / \2 (50%)", text)
