"""A target said not to be hit yet reports nothing, in any language.

"DOT masih aman buat long ga ya? target 7.80 kemaren belum kena" (is DOT still safe to long? yesterday's target
7.80 is not hit yet), "TP2 not hit yet, holding", "цель 3500 ещё не взяли": the hit word ("kena", "hit",
"взяли") is there, but negated by "not yet" (the tables' ``NOT_YET_HIT`` hold each phrase whole, hit word and
negation together). Read as a hit, the message would close a share of a trade whose target the writer says
is still ahead. The phrases are dropped before the report rules read the text; the rest is read as before.
"""
from __future__ import annotations

from .vocabulary import table_pattern


def without_pending(text: str) -> str:
    """The text without the phrases that say a target is not hit yet."""
    return table_pattern("NOT_YET_HIT").sub(" ", text)
