"""Misspelt labels and sides in quick group-chat calls: "bnb sort 618", "matic shrt 0.545 … trgt 0.528 …
lvg 15x". A misspelling is read as its word only right before a price, where no other word fits:
"sort of bounced", "a short note" keep their letters. Runs before the vocabulary rewrites the text."""
from __future__ import annotations

import re

from .assets import KNOWN_BASES

_PRICE_AHEAD = r"(?=[ ]{0,2}[:@=-]?[ ]{0,2}[$]?[0-9])"
# "entyr cmp", "entrry market": an entry's label before a market word, as before a price.
_PRICE_OR_MARKET_AHEAD = r"(?=[ ]{0,2}[:@=-]?[ ]{0,2}(?:[$]?[0-9]|(?:cmp|market|now)\b))"
_TYPOS = (
    # "sort" is how Vietnamese and Indonesian chats type "short"; "shrt", "shor" dropped a letter.
    (re.compile(rf"\b(?:shrt|shrot|shor|shotr|sort)\b{_PRICE_AHEAD}", re.I), "short"),
    (re.compile(rf"\b(?:lonng|lng|logn|lomg|lonh)\b{_PRICE_AHEAD}", re.I), "long"),
    # "XAUUSD SEEL 4654": a letter doubled in the wrong place.
    (re.compile(rf"\b(?:seel|selll)\b{_PRICE_AHEAD}", re.I), "sell"),
    (re.compile(rf"\b(?:trgt|trgts|targt|targts|trget|trgets|taget|tagets|tagret|tagrets|traget|tragets|tgts?|tgr|trg)\b{_PRICE_AHEAD}", re.I), "target"),
    (re.compile(rf"\b(?:stp|stpo|sotp|stoop|stoplos|stop[ ]los|stpo[ ]?loss|sotp[ ]?loss)\b{_PRICE_AHEAD}", re.I), "stop"),
    # "entrda 0,00001245 ate 0,00001270" (Portuguese "entrada"), "enrty 3.2": a letter dropped or swapped.
    (re.compile(rf"\b(?:entrda|entada|enrty|entyr|entery|entrty|entrry|etnry|enty|entr)\b{_PRICE_OR_MARKET_AHEAD}", re.I), "entry"),
    # "shortin BTC here arnd 67,850": chat shorthand for "around", a filler word before an entry's price.
    (re.compile(rf"\b(?:arnd|arround|aroud|arund)\b{_PRICE_AHEAD}", re.I), "around"),
    # "I'd like to fill between 1.1850 and 1.2050": the writer's wish to be filled at a price is to enter there;
    # "the gap to fill at 64000" is the chart's and stays.
    (re.compile(r"(?:(?<=like to )|(?<=want to )|(?<=looking to )|(?<=aiming to ))fill(?=[ ]{1,2}(?:between|at|around|near|from)[ ]{1,2}[$]?[0-9])", re.I), "enter"),
    # "lvg 15x", "levrage 10": a leverage's number follows with or without its "x".
    (re.compile(rf"\b(?:levrage|leverge|levarage|laverage|lavrage|lvrg)\b{_PRICE_AHEAD}", re.I), "leverage"),
)


# "Cтоп: 5.046$" typed with a Latin "C": a Latin letter shaped as a Cyrillic one, alone among Cyrillic
# letters, is that Cyrillic letter, or the word matches no row. Two Latin letters together are a ticker
# glued to a word ("BTCлонг") and stay.
_LOOKALIKES = str.maketrans("ACEHKMOPTXaceopxy", "АСЕНКМОРТХасеорху")
_MIXED_WORD = re.compile(r"\b(?=[^\W\d_]*[\u0400-\u04ff])(?=[^\W\d_]*[ACEHKMOPTXaceopxy])[ACEHKMOPTXaceopxy\u0400-\u04ff]+\b")
_LATIN_RUN = re.compile(r"[A-Za-z]{2}")


def _cyrillic(word: str) -> str:
    return word if _LATIN_RUN.search(word) else word.translate(_LOOKALIKES)


# "shrot btc 64,250", "lng avax above 31.4": a chat puts the coin between the side and its price. A
# misspelt side is read there only when the word between is a listed base ("lng gas prices 5" stays).
_SIDE_TYPOS = (
    (re.compile(r"\b(?:shrt|shrot|shor|shotr|sort)(?=[ ]{1,2}([A-Za-z0-9]{2,12})[ ]{1,2}(?:(?:above|below|at|from)[ ]{1,2})?[@$]?[0-9])", re.I), "short"),
    (re.compile(r"\b(?:lonng|lng|logn|lomg|lonh)(?=[ ]{1,2}([A-Za-z0-9]{2,12})[ ]{1,2}(?:(?:above|below|at|from)[ ]{1,2})?[@$]?[0-9])", re.I), "long"),
)


def _side_before_coin(word: str):
    return lambda m: word if m.group(1).upper() in KNOWN_BASES else m.group()


def respell(text: str) -> str:
    """The message with each misspelt label or side before a price written the usual way."""
    text = _MIXED_WORD.sub(lambda m: _cyrillic(m.group()), text)
    for pattern, word in _TYPOS:
        text = pattern.sub(word, text)
    for pattern, word in _SIDE_TYPOS:
        text = pattern.sub(_side_before_coin(word), text)
    return text
