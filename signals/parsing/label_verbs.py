"""A verb between a label and its prices: "Targets sit at 0.02340, 0.02430", "Targets come in at …",
"цели находятся на 0.1", "los objetivos están en 0,85" (every table's "lies_at" row reads "lies at").

The section grammar stops reading a label's prices at the first word that is not filler, so the verb
hid the whole list. Only a verb right after a label, with a price right after it, is dropped: "BTC sits
at 67k support" is talk about the market, and keeps its verb.
"""
import re
from functools import lru_cache

from .vocabulary import english_pattern

_LABELS = r"targets?|tps?|take[ ]profits?|objectives?|stop[ ]loss|stop|sl|entry|entries"


@lru_cache(maxsize=1)
def _verb_after_label() -> re.Pattern:
    verbs = english_pattern("lies_at").pattern
    return re.compile(rf"\b({_LABELS})[ ]{{1,3}}(?:{verbs})(?=[ ]{{1,3}}[$]?\.?[0-9])", re.I)


def drop_label_verbs(text: str) -> str:
    """"Targets sit at 0.0234" → "Targets 0.0234"."""
    return _verb_after_label().sub(r"\1", text)
