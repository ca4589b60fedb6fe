"""A stop said as the price where the caller is wrong: "4H 收上 153 就認錯" (a 4H close above 153 and I
admit I'm wrong), "破 140 认错离场", "wrong below 140", "I'm wrong if it closes under 140", "me equivoqué si
pierde 140", "если закроемся выше 153 — я не прав". That price is the trade's invalidation, its stop.

Every language's phrase is the ``vocabulary`` role "wrong", "wrong" once canonical; this module puts the stop
label before the price the phrase belongs to, the order the section grammar reads ("SL 153"), and drops
the condition's words, as a stop's condition is dropped ("4H close under X" → X). Two orders:

    <price> [a few words] wrong      "153 就 wrong", "153 and wrong"
    wrong <condition> [words] <price> "wrong if it closes under 140", "wrong below 140"

Not a "wrong" with a price of its own label after it ("148.5, if wrong stop 153"), nor one the condition
does not tie to a price ("I was wrong about ETH at 3000" names no condition).
"""
from __future__ import annotations

import re

from .vocabulary import english_pattern

# "wrong", "thesis is dead", "setup is invalid": every English row of the role (other languages' rows are "wrong" by now).
_WRONG = english_pattern("wrong").pattern
_NUMBER = r"(?<![0-9.,])(?:[0-9]{1,3}(?:[ .,][0-9]{3})+(?:[.,][0-9]+)?|[0-9]+(?:[.,][0-9]+)?)(?![0-9])"
# A short word or a CJK particle between a price and the phrase: "就", "and", "then", "算"; no condition
# ("148.5 if wrong" is the entry, then what to do if wrong) nor a past ("the call at 3000 was wrong").
_LINK = r"(?:(?!(?:if|when|was|were)\b)[^\W\d_]{1,6}|[就则則即算我])"
_PRICE_THEN_WRONG = re.compile(
    rf"(?P<price>{_NUMBER})[ ]{{0,3}}(?:{_LINK}[ ]{{0,3}}){{0,3}}(?:{_WRONG})(?![ ,:]{{0,3}}(?:sl|stop|if|when|below|above|under|over|[0-9]))",
    re.I,
)
# "wrong below 140", "wrong if it closes under 140", "wrong, when pierde 140" (es "si" → "when").
_WRONG_THEN_PRICE = re.compile(
    rf"(?:{_WRONG})[ ]{{0,3}},?[ ]{{0,3}}(?:if|when|once|below|above|under|over|on)\b(?:[ ]{{1,3}}[^\W\d_']{{1,12}}(?:'[^\W\d_]{{1,3}})?){{0,5}}[ ]{{1,3}}\$?(?P<price>{_NUMBER})",
    re.I,
)

_WRONG_WORD = re.compile(_WRONG, re.I)


def wrong_as_stop(text: str) -> str:
    """``text`` (canonical) with a price where the caller is wrong written as the stop ("SL 153")."""
    if not _WRONG_WORD.search(text):
        return text
    text = _WRONG_THEN_PRICE.sub(lambda found: f"SL {found['price']}", text)
    return _PRICE_THEN_WRONG.sub(lambda found: f"SL {found['price']} ", text)
