"""Messages that name a pair, a side and prices but are no call and no update: a news post, and a
question about a trade the writer has not decided on. Read from the canonical (English) text, so
every language's rows apply.
"""
from __future__ import annotations

import re

from .vocabulary import english_pattern

# "📰 Berita: ETF Solana …", "News: …", "Новости | …", "BREAKING NEWS —": a news word heading the
# message's first line (before its colon or on its own), or the newspaper emoji opening it.
# Not "Good news: TP1 hit ✅", which reports on a trade.
_NEWS_HEAD = re.compile(r"\A[^\w\n]{0,8}(?:(?:breaking|market|crypto)[ ])?news\b[ ]{0,2}(?:[:|\-!]|\n|\Z)|\A\W{0,4}📰", re.I)
_NUMBER = re.compile(r"[0-9]")


def is_news(text: str) -> bool:
    """A news post: what happened in the market, not an order to follow nor news of a trade."""
    return _NEWS_HEAD.search(text) is not None


def asks(text: str) -> bool:
    """"should I long LINK at 14.2 with sl 13.6 or wait for a dip?? thinking tp 16", "¿Alguien sabe si
    SOL en 165 …? TP 180": a question word before the first price and a question mark after it put
    the prices inside the question, whatever targets it names. A question before the prices ("Ready?
    LONG BTC …") or a call that ends by asking ("… TP 68000. What do you think?") is still a call."""
    ask = english_pattern("ask").search(text)
    first_number = _NUMBER.search(text)
    if ask is None or first_number is None or ask.start() > first_number.start():
        return False
    return "?" in text[first_number.start():]
