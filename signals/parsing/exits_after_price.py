"""Stops and added legs said after their price, as verb-final languages write them: "2,12'nin altında
günlük kapanış gelirse çıkıyoruz" (if a daily close comes under 2,12, we exit), "2,24'e kadar ekleme
yapılabilir" (one may add down to 2,24), "2.12 ke neeche daily close aaye to nikal jayenge".

After ``canonicalise`` these read "2,12'nin daily candle when çıkıyoruz" and "2,24' DCA": the price, its
case ending, perhaps the candle condition, then the word. The section grammar reads a label before its
price, so this writes "SL 2,12" and "DCA 2,24". The exit words are the tables' ``EXITS_AFTER_PRICE``
("çıkıyoruz", "nikal jayenge"); the condition between is a short fixed run of words, so a long message
costs its length. A past exit ("çıktık", we exited) is no row and stays a report.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .vocabulary import LANGUAGES

_PRICE = r"(?P<price>(?<![\w.,])[0-9]++(?:[.,][0-9]++)*+)"
# A Turkish case ending on the price ("2,12'nin", "2,24'e"), kept apart from the number by its apostrophe.
_SUFFIX = r"(?:['’][a-zçğıöşü]{0,4}+)?+"
# "daily candle when", "4 hours candle": what condition the exit waits for, a few words at most.
_CONDITION = r"(?:[ ]{1,3}+(?:daily|weekly|[0-9]{1,2}[ ]{0,2}hours|candle|when|ke|neeche|upar|close|aaye|to)){0,6}+"
# An added leg only with the case ending's apostrophe ("2,24'e kadar"): "Entry 150 DCA 140" keeps its order.
_ADDED = re.compile(rf"{_PRICE}['’][a-zçğıöşü]{{0,4}}+[ ]{{1,3}}+(?:kadar[ ]{{1,3}}+)?DCA\b")


@lru_cache(maxsize=1)
def _exit() -> re.Pattern[str]:
    words = sorted({w for module in LANGUAGES.values() for w in getattr(module, "EXITS_AFTER_PRICE", ())}, key=len, reverse=True)
    return re.compile(rf"{_PRICE}{_SUFFIX}{_CONDITION}[ ]{{1,3}}+(?:{'|'.join(map(re.escape, words))})(?!\w)", re.I)


def as_labels(text: str) -> str:
    """``text`` (canonical) with an exit or an added leg told after its price written label first."""
    text = _exit().sub(lambda m: f"SL {m['price']}", text)
    return _ADDED.sub(lambda m: f"DCA {m['price']}", text)
