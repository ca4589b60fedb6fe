"""A report of hits or ticks titled as past results ("📊 Daily wrap", "Dünkü #OP işlemi ✅✅", "Вчерашняя сделка
по SOL: TP2 взят ✅") tells how earlier trades went: no news a copier acts on, unless it also moves a stop now.

Kept apart from ``recaps`` (``RECAP_TITLES``), whose titles also drop a plan: a daily wrap may carry a fresh call
below it ("Weekly wrap … And a fresh one for Monday open: ETH/BTC long …"), so these titles (``PAST_TITLES``
in the tables, or any ``RECAP_TITLES``) are read only of a message already taken for a report.
One anchored table match on the first line: linear.
"""
from __future__ import annotations

import re

from . import recaps
from .vocabulary import fold, table_pattern

# Emoji, "#", "*", "|" and spaces before a title's first word.
_LEAD = re.compile(r"[\W_]*+")


def titled(raw: str) -> bool:
    """Whether the message's first line opens with a past-results title."""
    if recaps.titled(raw):
        return True
    first = next((line for line in raw.split("\n") if line.strip()), "")
    title = fold(first)
    return table_pattern("PAST_TITLES").match(title, _LEAD.match(title).end()) is not None
