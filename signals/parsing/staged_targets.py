"""A take-profit "in stages" label over prices: "TP bertahap: 36.00 / 37.40 / 39.00" is the targets.

Every table reads "TP bertahap", "toma de ganancias escalonada", "realização escalonada", "kademeli kâr al",
"جني الأرباح على مراحل" as the allocation label ("Take profit bertahap: 50% / 30% / 20%" are the targets'
shares). Channels put the same label over the target prices too. Shares add up to 100 (or 1) or carry "%";
prices do neither, so a line of the canonical "allocation:" label and bare numbers only, that do not add up
to 100 or 1, is the targets' line and its label becomes "Target:".

One bounded pattern per line (no nested repeats), so the cost stays linear in the message's length.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_NUMBER = r"(?>[0-9]+(?:\.[0-9]+)?)"
# "allocation: 36.00 / 37.40 / 39.00": the label opening its line, then numbers with list separators only.
_LINE = re.compile(
    rf"^(?P<lead>[^\w\n]*+)allocation[ ]?:(?P<values>[ ]*+{_NUMBER}(?:[ ]*+(?:/|,|->|→|-|\|)?[ ]*+{_NUMBER})++)[ .]*$",
    re.I | re.M,
)
# Shares written bare add up to the whole: "50/30/20" (percent) or "0.5/0.3/0.2" (fractions).
_WHOLES = (Decimal(100), Decimal(1))


def _relabel(match: re.Match) -> str:
    try:
        total = sum(Decimal(number) for number in re.findall(_NUMBER, match["values"]))
    except InvalidOperation:
        return match.group()
    if total in _WHOLES:
        return match.group()
    return f"{match['lead']}Target:{match['values']}"


def staged_targets(text: str) -> str:
    """The text with an "allocation:" line of prices (not shares) labelled "Target:"."""
    return _LINE.sub(_relabel, text) if "allocation" in text.lower() else text
