"""The last target told to close what is left, after shares at the targets before it.

    TP1 close 40%, TP2 close 30%, TP3 close all        ("TP1 平 40%，TP2 平 30%，TP3 全平")
    TP1 50%, TP2 close the rest                         ("TP1 %50, TP2'de kalanı kapat")

The last target's clause names no share, only a close or the rest; its share is what the others
leave (``hints._share_then_last``). Dropping the clause lets that rule read the line as it reads
"TP1 40%, TP2 30%". A clause with a number, or at a target other than the last, is left alone.
Kept apart from ``hints``, which is at its size limit.
"""
from __future__ import annotations

import re

from .vocabulary import english_pattern

_CLOSE_OR_REST = re.compile(
    rf"{english_pattern('close').pattern}|{english_pattern('rest').pattern}|\b(?:all|everything)\b", re.I
)


def without_last_rest(line: str, last: int) -> str:
    """``line`` without the clause "TP<last> close all" when that clause holds no number."""
    clause = re.search(rf"\b(?:tp|target)[ ]{{0,2}}#?{last}(?![0-9])(?P<words>[^,;.\n0-9%]{{0,30}})(?=[,;.\n]|$)", line, re.I)
    if clause is None or not _CLOSE_OR_REST.search(clause["words"]):
        return line
    return line[: clause.start()] + line[clause.end():]
