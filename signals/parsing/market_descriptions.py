""""Now" describing where the market stands, not a market order, when the call that follows is conditional.

    "BTC अभी 67,300 के आसपास घूम रहा है … अगर 67,800 के ऊपर 1H कैंडल क्लोज़ देता है तभी लॉन्ग लेना"
    "BTC is now hovering around 67,300 … only long if a 1H candle closes above 67,800"
    "BTC сейчас болтается около 67 300 … лонг только если 1H свеча закроется выше 67 800"

Canonicalised, "अभी" and "сейчас" read "market" right after the pair, as "BTC long now" does, so the plan was
taken for a market order and its trigger (67,800) was lost. A market word whose sentence names no side, before
a later sentence that calls the side on a condition, tells of the market only: the condition's price is the
entry (``legs.conditional_entry``). "BTC long now at 67,300" says the market word in the side's own sentence and
stays a market order; so does a plan whose side carries no condition.
"""
from __future__ import annotations

import re

from . import sections as sec

_SENTENCE_END = re.compile(r"[.!?。！？\n]")
_CONDITION = re.compile(r"\b(?:when|if|once|only[ ]{1,3}if)\b", re.I)


def describes_market_only(text: str, parts: list[sec.Section]) -> bool:
    """Every market word stands in a sentence before the side's, one naming no side, and the side's sentence is conditional."""
    markets = [s for s in parts if s.kind == "market"]
    sides = [s for s in parts if s.kind == "side"]
    if not markets or not sides:
        return False
    side = sides[0]
    if any(m.start > side.start or not _SENTENCE_END.search(text, m.end, side.start) for m in markets):
        return False
    sentence_start = max((end.end() for end in _SENTENCE_END.finditer(text, 0, side.start)), default=0)
    sentence_end = _SENTENCE_END.search(text, side.end)
    return _CONDITION.search(text, sentence_start, sentence_end.start() if sentence_end else len(text)) is not None
