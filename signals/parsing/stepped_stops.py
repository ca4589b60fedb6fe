"""A stop moved to one target after a later one, "and so on": a stop that trails target by target.

"After TP2 move SL to TP1, and so on", "بعد تحقيق الهدف الثاني ننقل الستوب إلى الهدف الأول، وهكذا مع كل
هدف" (ar), "TP2 sonrası stop TP1'e, ve böyle devam" (tr), "止盈2后止损移到止盈1，以此类推" (zh): the first step
is spelt out and every table's "so_on" row ("and so on") says the next ones follow it, so the stop moves to
the previous target at each one (``hints._follows_previous_target`` reads the condition's target).
Without "and so on" ("after TP2 move SL to TP1") it is one stop move, no trail; "and so on" after a list
of targets ("TP 1.2, 1.3 and so on") moves no stop.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .vocabulary import english_pattern

# "SL to Target first", "move stop to TP1", "стоп на TP1" (its "на" a filler): the stop's step onto a
# named target, no price between them.
_STOP_TO_TARGET = re.compile(
    r"\b(?:sl|stop(?:[ -]?loss)?|stoploss)\b[^\d\n]{0,30}?\b(?:tp|target)[ ]?(?:[0-9]{1,2}\b|first|second|third|previous)",
    re.I,
)


@lru_cache(maxsize=1)
def _so_on() -> re.Pattern[str]:
    return english_pattern("so_on")


def steps_on(line: str) -> bool:
    """Whether ``line`` moves the stop onto a target and says the next steps follow the same way."""
    step = _STOP_TO_TARGET.search(line)
    return bool(step and _so_on().search(line, step.end()))
