""""Take 40% off at T1, 30% at T2, then 15% each on T3 and T4": a target's short label "T1" in a rule of
shares. Read as "TP1" only on a line that states a share (a "%"), so a "T1" elsewhere (a bank's tier, a
ticket) is left alone; lowercase "t1" and "T10+" are not labels this reads.
"""
from __future__ import annotations

import re

_SHORT_LABEL = re.compile(r"(?<![\w.#$/])T([1-9])(?![\w%/]|[.,][0-9])")


def as_targets(text: str) -> str:
    """``text`` with each "T1" … "T9" on a line holding a share written "TP1" … "TP9"."""
    if "T" not in text:
        return text
    return "\n".join(_SHORT_LABEL.sub(r"TP\1", line) if "%" in line else line for line in text.split("\n"))
