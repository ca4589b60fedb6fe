"""A stop told as the writer's own exit: "I'll cut it below 20.80 on a daily close", "we cut the trade
above 41.05", "cutting it under 0.52". The price is the stop, its close condition dropped as a stop's is;
this writes the stop label before it, the order the section grammar reads ("SL 20.80"). Only a cut tied to
a side of a price: "cut it at TP1" or "I cut it" (a close now) stay what they are."""
from __future__ import annotations

import re

_CUT_AT_SIDE = re.compile(
    r"\b(?:i'll|i[ ]{1,3}will|we'll|we[ ]{1,3}will|i'd|i[ ]{1,3}would|will|gonna|going[ ]{1,3}to)[ ]{1,3}(?:cut|dump|bail[ ]{1,3}on)"
    r"[ ]{1,3}(?:it|this|this[ ]{1,3}one|the[ ]{1,3}(?:trade|position))"
    r"[ ]{1,3}(?:if[ ]{1,3}it[ ]{1,3}(?:closes|goes|loses|breaks)[ ]{1,3})?+(?:below|under|above|over)(?=[ ]{1,3}[$]?\.?[0-9])",
    re.I,
)


def as_stop(text: str) -> str:
    """``text`` (canonical) with a cut promised beyond a price written as the stop label."""
    return _CUT_AT_SIDE.sub("SL", text)
