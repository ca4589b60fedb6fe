""""… not a call", "just a watch, not a call": a disclaimer keeps a message from trading, unless it is said
of another coin. "APT/USDT — LONG … If SUI pulls back to 3.10 I'll revisit, but that's a watch, not a call":
a sentence that names only pairs other than the called one disclaims them, not the call."""
from __future__ import annotations

import re

from .symbols import SymbolMention, bare_tickers
from .vocabulary import english_pattern

_SENTENCE = re.compile(r"(?:[^.!?\n]|\.(?=[0-9]))+")  # "3.10" is a price, no sentence end


def disclaims_call(text: str, symbol: str, mentions: list[SymbolMention]) -> bool:
    """Whether a "not a call" in the message is about this call (or about no pair in particular)."""
    for match in english_pattern("not_a_call").finditer(text):
        sentence = next((s for s in _SENTENCE.finditer(text) if s.start() <= match.start() < s.end()), None)
        named = {m.symbol for m in mentions if sentence and sentence.start() <= m.start < sentence.end()}
        # A listed ticker in capitals ("SUI") names its coin there, though the message's pair outranks it.
        named |= {m.symbol for m in bare_tickers(sentence.group()) if m.strength == 1} if sentence else set()
        if not named or symbol in named:
            return True
    return False
