"""The trade a stop move names between the stop word and its new price: "Dời SL lệnh ETH short về 3.260"
("move SL parts ETH short 3260", the ETH short order), "Move SL ETH short to 3260", "move SL of #SOL
long to 142.5". Its pair, side and order words say which trade moves, not where the stop goes, so the
price (or "entry") after them is the new stop. Only when one follows: "move SL ETH short" says no price, and
"move SL TP1 2.5" names a target, which no ticker reading lets through (``NOT_TICKERS``).

Apart from ``updates`` because that module is at its size limit."""
from __future__ import annotations

import re

from .ticker_words import NOT_TICKERS

_WORD = r"(?:[#$]?[A-Z][A-Z0-9]{1,14}(?:/?USDT)?|(?i:long|short|order|position|trade|parts))"
_SUBJECT = re.compile(
    rf"(?:[ ]{{1,6}}(?i:of|on|for)?[ ]{{0,3}}(?i:the)?[ ]{{0,3}}{_WORD}){{1,4}}(?=[ ]{{1,6}}(?i:to[ ]{{1,3}})?(?:[$]?\.?[0-9]|(?i:entry|breakeven)\b))"
)
_TICKER = re.compile(r"[A-Z][A-Z0-9]{1,14}")
_TRADE_WORDS = frozenset("LONG SHORT ORDER POSITION TRADE".split())
_TARGET_LABEL = re.compile(r"(?:TP|T|SL|TARGET)[0-9]{0,2}")  # "move SL TP1 2.5": a target, no trade's name


def without_subject(after: str) -> str:
    """``after`` (the words after a stop-move phrase) without the trade it names before the new price."""
    match = _SUBJECT.match(after)
    if match is None:
        return after
    words = _TICKER.findall(match.group().replace("USDT", " "))
    if any(_TARGET_LABEL.fullmatch(word) or (word in NOT_TICKERS and word not in _TRADE_WORDS) for word in words):
        return after
    return after[match.end():]
