"""A stop told with the verb that places it: "SL put below 136", "stop place it under 41.05". English is
not canonicalised, so its verb stays between the label and the price, where the section grammar expects the
price (or its side word, "below"); other languages' verbs are filler rows of their tables ("SL taro di bawah
136", "SL ponlo debajo de 136"). Only the imperative, right after a stop label and before a side word or a
price: "stop sitting at 136", "stop placed at 136" and "I put my SL under 136" tell of a holder's own order."""
from __future__ import annotations

import re
from functools import lru_cache

from .vocabulary import english_pattern

# Label, verb, an optional "it", then a side word or a price: fixed short alternatives and bounded spaces.
_PLACED_STOP = re.compile(
    r"\b(SL|stop[ ]{1,3}loss|stop)[ ]{1,3}(?:put|place)(?:[ ]{1,3}it)?+"
    r"(?=[ ]{1,3}(?:below|under|above|over|at|[$]?\.?[0-9]))",
    re.I,
)


# "Stop goes above 0.1688", "Стоп будет выше 0.1688" (canonical "SL goes above"): a verb that says where the
# stop will be (every table's "stop_goes" row reads "goes"), dropped only before a price or a side word and a
# price ("выше", "por encima de" are fillers once canonical, and leave their spaces). "Stop goes" alone is
# left to the grammar as it was.
_SIDE_WORD_AHEAD = r"(?=[ ]{1,8}(?:(?:below|under|above|over)[ ]{1,3})?[$]?\.?[0-9])"


def without_placing_verb(text: str) -> str:
    """``text`` (canonical) with the verb between a stop label and its price dropped."""
    return _stop_goes_verb().sub(r"\1", _PLACED_STOP.sub(r"\1", text))


@lru_cache(maxsize=1)
def _stop_goes_verb() -> re.Pattern:
    verbs = english_pattern("stop_goes").pattern
    return re.compile(rf"\b(SL|stop[ ]{{1,3}}loss|stop)[ ]{{1,3}}(?:{verbs}){_SIDE_WORD_AHEAD}", re.I)
