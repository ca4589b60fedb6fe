"""A target's short label "T2" in a stop rule: "到了 T2 之后开移动止损跟着走" ("hit T2 after trail …"),
"after T1 move SL to entry", "T1 bateu, stop no 0 a 0".

``short_target_labels`` reads "T1" as "TP1" on a line of shares only (a "%"), since a "T1" elsewhere may be a
bank's tier or a ticket. A line that states a trailing stop or a break-even — a rule that only a target can
start — uses "T2" as that target too, so the rules in ``hints`` read it there as "TP2". Lowercase "t1" and
"T10+" stay as written.
"""
from __future__ import annotations

import re

from .vocabulary import english_pattern

_SHORT_LABEL = re.compile(r"(?<![\w.#$/])T([1-9])(?![\w%/]|[.,][0-9])")
# The English "be" row of break-even is left out: "T1 could be a trap" states no rule.
_STOP_RULE = re.compile(
    rf"{english_pattern('trailing').pattern}|{english_pattern('trail_on').pattern}|\bbreak[ -]?even\b", re.I
)


def as_targets(text: str) -> str:
    """``text`` with each "T1" … "T9" on a line stating a trailing or break-even rule written "TP1" … "TP9"."""
    if "T" not in text:
        return text
    return "\n".join(_SHORT_LABEL.sub(r"TP\1", line) if _STOP_RULE.search(line) else line for line in text.split("\n"))
