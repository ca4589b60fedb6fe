"""A listed base that is also a table word ("MOVE", "ME"), written in capitals right beside a side word
that is not in capitals: "gonna short MOVE here", "⚠️ MOVE short cancelled". The capitals set the coin
apart from the sentence around it; "move SL to entry", "SHORT MOVE INCOMING" (all capitals) keep the word."""
from __future__ import annotations

import re

from . import assets
from .ticker_words import WORD_BASES

_SIDE = r"(?:long|short|buy|sell)(?:ing|ed)?"
_CAPITAL_WORD = re.compile(r"\b[A-Z0-9]{2,10}\b")
_SIDE_BEFORE = re.compile(rf"\b(?P<side>{_SIDE})[ ]{{1,2}}\Z", re.I)
_SIDE_AFTER = re.compile(rf"[ ]{{1,2}}(?P<side>{_SIDE})\b", re.I)


def word_bases_beside_side(text: str) -> list[re.Match]:
    """The matches of each capitalised word base beside a side word written in lower or mixed case."""
    found = []
    for match in _CAPITAL_WORD.finditer(text):
        if match.group() not in WORD_BASES or match.group() not in assets.KNOWN_BASES:
            continue
        side = _SIDE_BEFORE.search(text, max(0, match.start() - 12), match.start()) or _SIDE_AFTER.match(text, match.end())
        if side and not side["side"].isupper():
            found.append(match)
    return found
