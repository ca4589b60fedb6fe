"""A refusal written before the pair it refuses.

"ETH/BTC đang yếu nên mình không đánh ETH. Lệnh hôm nay: #SUI LONG" ("… so I'm not trading ETH. Today's
order: #SUI LONG"), "не трогаем ETH, берём #INJ", "先不碰ETH，做BONK": a language that puts the verb before
its object writes the tables' "decline" words (canonical "not touching") right before the pair, where
``declined`` looks only after it. Only spaces may stand between the refusal and the pair: "not touching
it. BTC long" refuses what came before, not BTC.
"""
from __future__ import annotations

import re

from .vocabulary import english_pattern

# The longest refusal row ("not considering shorts") and its gap fit in this window.
_WINDOW = 40
_GAP = re.compile(r"[ \t]{0,2}")


def refused_before(text: str, start: int) -> bool:
    """Whether a decline row ends right before ``start`` (spaces between at most)."""
    low = max(0, start - _WINDOW)
    return any(_GAP.fullmatch(text, m.end(), start) for m in english_pattern("decline").finditer(text, low, start))
