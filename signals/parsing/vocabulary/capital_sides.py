"""A short side word in capitals before its price shows the message's language.

"EURUSD SAT 1.0865 | SL 1.0895 | TP1 1.0830", "BTC AL 64500", "ETH MUA 3420": Turkish "AL" / "SAT" and
Vietnamese "MUA" are too short to show a language by themselves (a plain ASCII word under four letters:
Spanish "al" is "to the"), so a terse call that writes its side in them and its labels in English was read
in no language and lost its entry. Written in capitals, right before a price, at its line's start or after
only the pair, the word is the side of that call as "SELL 1.0865" is in English. Lower case ("al 1.0865"),
or after another word ("STOP AL 1.0895"), it keeps its plain reading.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import en

_SIDE_ROLES = frozenset({"buy", "sell", "long", "short"})
_PRICE_AFTER = re.compile(r"[ \t]{0,3}[:@]?[ \t]{0,3}[0-9]")
# Bullets or emoji, then at most the pair ("EURUSD", "#BTC", "$ETH/USDT", "XAUUSD:").
_PAIR_HEAD = re.compile(r"[^\w\n]{0,6}(?:[#$]?(?P<pair>[A-Z0-9]{2,12}(?:/[A-Z]{3,5})?):?[ \t]{1,3})?")


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    return frozenset(word.lower() for words in en.WORDS.values() for word in words)


def shows_language(text: str, start: int, end: int, role: str) -> bool:
    """Whether the side word at ``text[start:end]`` is written as a call's side: in capitals, before its
    price, with nothing but the pair before it on its line."""
    if role not in _SIDE_ROLES or not text[start:end].isupper() or _PRICE_AFTER.match(text, end) is None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    head = _PAIR_HEAD.fullmatch(text, line_start, start) if start - line_start <= 30 else None
    return head is not None and (head["pair"] is None or head["pair"].lower() not in _english_words())


_SIDE_KEYS: dict[str, frozenset[str]] = {}


def may_show(code: str, role_of: dict[str, str], words: set[str]) -> bool:
    """A cheap test before a language's pattern runs: the message has one of its side words of one word."""
    if code not in _SIDE_KEYS:
        _SIDE_KEYS[code] = frozenset(key for key, role in role_of.items() if role in _SIDE_ROLES and " " not in key)
    return not _SIDE_KEYS[code].isdisjoint(words)
