"""English "be" as a verb, not the break-even's short form.

"BE" is how traders write break-even ("SL to BE after TP1"), so the tables read bare "be" as it. After an
auxiliary or a negation, in small letters ("don't be greedy", "will be volatile"), it is the verb; read as
break-even it would set a break-even the message never asked for and hide the trailing rule beside it
("Use a trailing stop after TP2, don't be greedy"). "SL to BE" and "move stop to be" stay the break-even.
"""
from __future__ import annotations

import re

_VERB_BE = re.compile(
    r"\b(?:don'?t|do[ ]not|never|not|will|won'?t|would|can|could|should|must|may|might|shall|gonna|let'?s)"
    r"[ ]{1,3}(?-i:be)\b(?![ ]{0,2}[@:]|[ ]{1,3}(?:at|@|after|once|when)\b)",
    re.I,
)


def without_verb_be(text: str) -> str:
    """``text`` with the verb "be" blanked (same length, so offsets still hold)."""
    return _VERB_BE.sub(lambda match: match.group()[:-2] + "  ", text)
