"""Shares given to the two ends of an entry zone: "Cicil beli 50% di area atas, 50% lagi di area bawah".

Once canonical ("50% upper part, 50% lagi lower part"; every table's rows for the zone's upper and lower
part) a share beside each end splits a two-price zone: the upper part's share is the higher entry's,
the lower part's the lower entry's, whichever end is written first ("30% at the bottom of the zone, 70%
at the top"). Read only for exactly two entries; any other count leaves the shares unread.

One bounded pattern, searched once, so the cost stays linear in the message's length.
"""
from __future__ import annotations

import re
from decimal import Decimal

from .share_tokens import allocations

_SHARE = r"(?P<{0}>[0-9]{{1,2}}(?:\.[0-9]{{1,2}})?)[ ]?%"
# A share, a few words without digits or another share ("at the", "lagi di"), then the end it goes to.
_LEG = r"{share}[^0-9%\n]{{0,24}}?\b(?P<{end}>upper|lower)[ ]part\b"
_ENDS = re.compile(
    _LEG.format(share=_SHARE.format("first"), end="first_end") + r"[^0-9%\n]{0,24}?"
    + _LEG.format(share=_SHARE.format("second"), end="second_end"),
    re.I,
)


def zone_end_shares(text: str, entries: list[Decimal]) -> list[Decimal] | None:
    """The shares of a two-price zone's ends in the ascending order of ``entries``, else None."""
    if len(entries) != 2 or "part" not in text:
        return None
    match = _ENDS.search(text)
    if match is None or match["first_end"].lower() == match["second_end"].lower():
        return None
    by_end = {match["first_end"].lower(): Decimal(match["first"]), match["second_end"].lower(): Decimal(match["second"])}
    return allocations(entries, [by_end["lower"], by_end["upper"]])
