"""A break-even stop written as a score level, "stop no 0 a 0" ("stop at nil-nil"), read as "stop to breakeven"
inside a rule that a target's hit conditions.

    "… Alvos 147 / 152 / 160. Bateu o alvo 1, stop no 0 a 0"  (canonical: "hit Target 1, stop   0 to 0")

The tables keep bare "stop no 0 a 0" out of their break-even rows: "o resto tá rodando com stop no 0 a 0" tells
a holder's state, not a move. Only ``hints.breakeven_after`` asks this, and it also wants a target's condition on
the line, so the level reads as break-even only in a rule for later ("after TP1, stop 0x0"), never as a move now.
Bounded runs only, so the cost stays linear.
"""
from __future__ import annotations

import re

# "stop   0 to 0", "SL 0x0", "stop to 0 x 0" once canonical (the tables' "no"/"pro" are fillers or "to").
_EVEN_LEVEL = re.compile(r"\b(?P<stop>sl|stop)[ ]{1,3}(?:to[ ]{1,3})?0[ ]?(?:to|x)[ ]?0(?![0-9.,])", re.I)


def as_breakeven(text: str) -> str:
    """``text`` with its stop put at "0 to 0" written as a stop to breakeven."""
    return _EVEN_LEVEL.sub(lambda match: f"{match['stop']} to breakeven", text)
