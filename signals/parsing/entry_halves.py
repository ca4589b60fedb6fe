"""Two entries split in halves by their ordinals: "half the size at the first entry and the other half at
the second", "نصف حجم در ورود اول و نصف دیگر در ورود دوم" (canonical "half حجم Entry first half دیگر Entry
second"), "第一个入场一半，第二个入场另一半" ("first Entry half, second Entry rest").

The entries are named, not priced, so the share rules that read a share beside its price read nothing; an
even split needs no order, so a call with exactly two entries takes 0.5 each. The names must be the entry's
("first entry", "Entry 2"): "half at the first target" is an exit's share. A few words may stand between a
half and its entry ("size", "of the position"), none of them a digit or a line break, and each pattern is
bounded, so the cost stays linear in the message's length.
"""
from __future__ import annotations

import re
from decimal import Decimal

from .share_tokens import allocations

_FIRST = r"(?:first[ ]{1,3}entry|entry[ ]{1,3}(?:first|#?1))"
_SECOND = r"(?:second[ ]{1,3}entry|entry[ ]{1,3}(?:second|#?2))"
_HALF = r"half"
_OTHER_HALF = r"(?:(?:the[ ]{1,3})?(?:other[ ]{1,3})?half|(?:the[ ]{1,3})?rest)"
# A few words, no digit, share or line break: "size", "of the position", "and the".
_GAP = r"[^\n0-9%]{0,30}?"
_HALF_FIRST = re.compile(rf"\b{_HALF}\b{_GAP}\b{_FIRST}\b{_GAP}\b{_OTHER_HALF}\b{_GAP}\b{_SECOND}(?![0-9])", re.I)
# "first Entry half, second Entry rest": the entry named before its half (Chinese, Turkish word order).
_ENTRY_FIRST = re.compile(rf"\b{_FIRST}\b{_GAP}\b{_HALF}\b{_GAP}\b{_SECOND}\b{_GAP}\b{_OTHER_HALF}\b", re.I)


def ordinal_halves(text: str, entries: list[Decimal]) -> list[Decimal] | None:
    """Halves when the message gives half to its first entry and half to its second, else None."""
    if len(entries) != 2 or "half" not in text.lower():
        return None
    if _HALF_FIRST.search(text) or _ENTRY_FIRST.search(text):
        return allocations(entries, [Decimal(50), Decimal(50)])
    return None
