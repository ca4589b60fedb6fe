"""Labels and sentences of a management rule that only point elsewhere.

"TP1 hit → SL to entry": the entry word names where the stop goes, not an entry leg, so a short's
"Sell zone: 1.912 – 1.958" is still the only entry it labels (``sections``). "From then on the stop
follows the previous target": the rule starts at the target the sentence before it named (``hints``).
"""
from __future__ import annotations

import re

from .vocabulary import english_pattern

# "SL to entry", "stop at entry", "move stop → entry": an entry word the stop is moved to, read once per label.
_MOVED_TO = re.compile(r"(?:\b(?:to|at|in|into)|→|->)[ ]{1,3}(?:the[ ]{1,3})?$", re.I)
# "From then on …", "O andan itibaren …", "A partir de ahí …" (canonical "from then on"): a sentence that
# carries on from the one before.
_CARRIES_ON = english_pattern("carry_on")


def moved_to(text: str, start: int) -> bool:
    """Whether the label at ``start`` is where a stop is moved ("SL to entry"), judged on its own line."""
    line_start = text.rfind("\n", 0, start) + 1
    return _MOVED_TO.search(text[max(line_start, start - 12):start]) is not None


def carries_on(sentence: str) -> bool:
    """Whether a rule's sentence opens by pointing back to the one before ("From then on …")."""
    return _CARRIES_ON.match(sentence.lstrip(" ,:-•")) is not None
