"""A position the writer already holds, told with a hope for its target, is no call, in any language.

"Aku udh masuk SUI di 3,12 sl 2,98 semoga tp 3,40 tembus 🙏 doain ya guys", "I'm in SOL from 142, stop 136,
hopefully tp 150 hits 🙏", "Я уже в лонге по SUI с 3,12, надеюсь тейк 3,40 пробьёт": a member tells his own
trade (``HELD`` in the tables: "udh masuk", "I'm in", "я уже в") and hopes or prays for it (``HOPES``: "semoga",
"doain", "hopefully", "надеюсь", "ojalá", "tomara", "希望"). A channel orders its call; it does not pray that
its readers' trade work out, so the prices are the member's story, even a whole plan of entry, stop and target.
A call without a held position ("LONG SUI 3,12 … semoga cuan 🚀") stays a call: both words are needed, and
a call that invites the readers in ("Who's in? … hopefully TP1 today", ``INVITE``) is the channel's, not a story.

Two table searches over the message as written: linear in its length.
"""
from __future__ import annotations

import unicodedata

from .asides import tells_own_trade
from .vocabulary import table_pattern


def hopes_for_own_trade(raw: str) -> bool:
    """Whether the message tells a position already open and hopes for it."""
    text = unicodedata.normalize("NFKC", raw)
    if table_pattern("HOPES").search(text) is None or table_pattern("INVITE").search(text) is not None:
        return False
    return tells_own_trade(text)
