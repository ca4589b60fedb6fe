"""Which of two equally named pairs a post calls: the one on the line that states the side.

An analysis may name a ratio or another market in its prose before the call's own header:

    Macro check: … ETH/BTC finally bouncing off the 0.046 floor …
    💎 #ETHUSDT — LONG 🟢 | Entry: 3,180 – 3,220 | Stop: 3,095 | Targets …

Both are written in full, so ``symbols.choose`` ties them and takes the earlier. The call's header
says its side beside its pair ("🔴 صفقة بيع (شورت) على ETHUSDT" once canonical: "SELL (SHORT) على
ETHUSDT"); a long or short beside the pair decides first, a buy or sell after. When no line or more
than one pair's line states a side, the tie stays ``choose``'s.
"""
from __future__ import annotations

from .sections import STRONG_SIDE, WEAK_SIDE
from .symbols import SymbolMention, choose


def choose_called(text: str, mentions: list[SymbolMention]) -> str | None:
    """``symbols.choose``, with a tie between pairs settled by the one named on the side's line."""
    if not mentions:
        return None
    strongest = min(m.strength for m in mentions)
    tied = [m for m in mentions if m.strength == strongest]
    if len({m.symbol for m in tied}) < 2:
        return choose(mentions)
    for side in (STRONG_SIDE, WEAK_SIDE):
        called = {m.symbol for m in tied if side.search(_line_of(text, m))}
        if len(called) == 1:
            return called.pop()
        if called:
            break
    return choose(mentions)


def _line_of(text: str, mention: SymbolMention) -> str:
    start = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.end)
    return text[start:] if end < 0 else text[start:end]
