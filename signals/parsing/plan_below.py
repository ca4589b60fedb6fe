"""A call's header whose plan stands on the lines below it.

    • ETH: still lagging, ETH/BTC bleeding at 0.0231
    The one I'm actually taking 👇
    $NOT (Notcoin) long
    Entry 0.00612 – 0.00635

A pair written in full inside a commentary bullet outranks a tagged ticker by strength, yet the tag that
opens the line stating the side, with the plan's entry, stop or target label and its price on the next line,
is the call (``called_pair``). Untagged words do not count ("Long read, bear with me." over "Entry …"), nor
does a header whose next line is more commentary.
"""
from __future__ import annotations

import re

# The next non-blank line opens with a plan label and a price: "Entry 0.00612", "SL: 1,77", "TP1 1.90".
_PLAN_LINE = re.compile(
    r"\n[ \t]*(?:\n[ \t]*)?[^\w\n]{0,4}(?:entry|entries|sl|stop(?:[ -]?loss)?|stoploss|tp[0-9]?|targets?)\b[^0-9\n]{0,12}[0-9]",
    re.I,
)


def opens_plan(text: str, start: int, end: int) -> bool:
    """Whether the mention at ``start``-``end`` is a tag ("$NOT", "#SUI") whose line is followed by a plan line."""
    if text[start: start + 1] not in "#$" or not text[start: start + 1]:
        return False
    line_end = text.find("\n", end)
    return line_end >= 0 and _PLAN_LINE.match(text, line_end) is not None
