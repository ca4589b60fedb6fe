"""A stop kept a fixed number of targets behind the price, Cornix's "Moving Target".

"Once TP1 hits, the stop trails one target behind" says what "SL follows the previous target" says
(``hints._PREVIOUS_TARGET``): after each target the stop moves to the one before it. Read on the
canonical line, so "TP"/"target" rows of every table apply. Not "two targets behind" (no moving target
Cornix runs) and not a stop without a target ("stop 1% behind the price" is a percentage trail).
"""
from __future__ import annotations

import re

# The empty ``step`` group keeps the shape of ``_PREVIOUS_TARGET``'s match: the stop may stand anywhere before.
_ONE_BEHIND = re.compile(r"(?P<step>)\b(?:one|1|a)[ ]{1,3}(?:tp|target)s?[ ]{1,3}(?:behind|back)\b", re.I)


def search(line: str) -> re.Match | None:
    return _ONE_BEHIND.search(line)
