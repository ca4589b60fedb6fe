"""A target reported hit by its number ("🎯 #DOTUSDT — Objetivo 2 alcanzado ✅", "Target 2 hit ✅") heading a
re-posted plan: the "2" counts targets, it prices none. Read as a plan line it would be a first target
at 2 and push every ticked target one place on ("TP2: 7,11 ✅" read as the third). "TP1: 7,28 ✅" and
"TP1 7.28 hit" keep their price: only a number the hit word follows at once is blanked.

Apart from ``__init__`` so the rule is in one place, used where ticks are counted (``_hit_index``)."""
from __future__ import annotations

import re

_HIT_NUMBER = re.compile(
    r"\b(?:tp|target|take[ -]?profit)[ ]{0,2}#?[ ]{0,2}([0-9]{1,2})"
    r"(?=[ ]{0,3}(?:hit|reached|achieved|done|smashed|completed|booked)\b)",
    re.I,
)


def without_hit_numbers(text: str) -> str:
    """``text`` with the number of each "Target 2 hit" blanked, same length, so its lines keep their places."""
    return _HIT_NUMBER.sub(lambda m: m.group()[: m.start(1) - m.start()] + " " * len(m.group(1)), text)
