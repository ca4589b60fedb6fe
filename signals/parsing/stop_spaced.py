"""A stop's space-grouped price: "стоп подтягиваем на 3 210" is 3210, not 3 and 210.

Russian and French typography group thousands with a space, and ``text._space_thousands`` joins such
a run only when a message writes two of them: a lone "95 100" may be two targets. A stop, though, is
one price: "стоп подтягиваем на 3 210", "SL 64 500" name it after the stop's word with no other number
between them, so the run there is one number. "TP 3 210" and "1 2 3" stay lists.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .vocabulary import LANGUAGES

# How far back the stop's word may stand: a verb and a preposition ("подтягиваем на"), no more.
_REACH = 40


@lru_cache(maxsize=1)
def _stop_before() -> re.Pattern[str]:
    words = sorted({w for module in LANGUAGES.values() for w in module.WORDS.get("stop", ())}, key=len, reverse=True)
    # Only words between the stop and the run: a digit or a new line there means the run is not its price.
    return re.compile(r"(?<!\w)(?:%s)(?!\w)[^\d\n]{0,%d}$" % ("|".join(map(re.escape, words)), _REACH), re.I)


def is_stop_price(text: str, start: int) -> bool:
    """Whether the space-grouped run at ``start`` follows a stop's word on its line."""
    return bool(_stop_before().search(text[max(0, start - _REACH - 25): start]))
