"""The shares a close instruction names, in either order of sign and number.

"Close 25% of #SOL" writes the number first; Turkish writes the sign first and hangs the case suffix
on it: "#LINK pozisyonunun %50'sini burada kapatın" (close 50% of it here), "%30'unu", "%25'ini";
Arabic and Persian use their own sign: "أغلق ٪50". Missing the sign-first form closed the whole position.
A signed share ("+12%", "+%12") is a result, and so is a sign-first share followed by a profit word
("%8 kârla kapatın": close with 8% profit).
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterator

# Number first ("50%", "50 %"), or sign first ("%50", "٪50") with an optional suffix ("%50'sini").
_SHARE = re.compile(
    r"(?<![+\-0-9.%٪])(?:(?P<after>[0-9]{1,3}(?:\.[0-9]+)?)[ ]?[%٪]"
    r"|[%٪][ ]?(?P<before>[0-9]{1,3}(?:\.[0-9]+)?)(?![0-9]|[.,][0-9]|[ ]?[%٪]))"
)
# "%8 kâr", "%8 profit", "٪8 ربح": what the trade made, written after a sign-first share.
_PROFIT_AFTER = re.compile(r"\S{0,6}[ ]?(?:k[aâ]r|profit|pnl|roi|gain|ربح|سود)", re.I)


def shares(phrase: str) -> Iterator[tuple[int, Decimal]]:
    """Each share in ``phrase`` with where it starts, sign-first profits left out."""
    for match in _SHARE.finditer(phrase):
        if match["before"] and _PROFIT_AFTER.match(phrase, match.end()):
            continue
        yield match.start(), Decimal(match["after"] or match["before"])


# "chốt 1/2 vị thế", "закрываем 1/3", "1/2'sini kapat", "平掉1/2": a proper fraction said as the
# share closed, the first number of the phrase; "1/1" or "3/2" is no share, "1/2/2025" a date.
_SLASHED = re.compile(r"(?<![0-9.,/])([1-9])[ ]?/[ ]?([1-9])(?![0-9.,/%٪])")
_NUMBER = re.compile(r"[0-9]")


def slashed_share(phrase: str) -> Decimal | None:
    """The fraction a close phrase names as "a/b" before any other number, else None."""
    first = _NUMBER.search(phrase)
    match = _SLASHED.match(phrase, first.start()) if first else None
    if not match or int(match[1]) >= int(match[2]):
        return None
    return (Decimal(match[1]) / Decimal(match[2])).quantize(Decimal("0.0001")).normalize()
