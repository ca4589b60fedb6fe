"""A position the writer still holds from before is his trade's story, not a new call, in any language.

"我 0.512 的 ENA 多单还拿着，止损放 0.488，目标 0.58，有一起扛的吗", "tô posicionado com stop no 1,032 …",
"I'm still holding my SOL long from 142, stop 136, tp 150", "ещё держу лонг по SUI с 3,12": the writer tells a
trade opened earlier and still open (``STILL_HELD`` in the tables: "still holding", "还拿着", "tô posicionado",
"ещё держу", "hâlâ tutuyorum", "vẫn đang giữ"). A copy-trader must not open it now: the entry is long past,
whatever stop and target the story names. A channel's new call says "I'm in" or "entered" (``HELD``), not
"still": those are read as calls when they lay out a whole plan (``asides.tells_own_trade``).

One table search over the message as written: linear in its length.
"""
from __future__ import annotations

import unicodedata

from .vocabulary import table_pattern


def tells_still_held(raw: str) -> bool:
    """Whether the message tells a position the writer still holds from before."""
    return table_pattern("STILL_HELD").search(unicodedata.normalize("NFKC", raw)) is not None
