"""English spells a conditional entry's trigger with its subject and verb: "Entry: as soon as it breaks 5.40",
"long once price breaks 5.40". The other tables canonicalise "en cuanto rompa", "assim que romper", "как только
пробьёт", "一旦突破" to "when", which the entry line and ``legs`` read as a condition whose price is the entry;
English is never canonicalised, so its trigger phrase is rewritten to that "when" here.

"if it breaks" is left as written: "out if it breaks below 5.10" is a stop's wording (``cut_below``).
The pattern is anchored on a fixed phrase with bounded gaps: linear in the message.
"""
from __future__ import annotations

import re

# "as soon as it breaks", "once price breaks", "the moment it crosses", "as soon as LINK reclaims": subject and
# verb of the break; a direction after it ("above 5.40") stays, as a filler of the entry line.
_TRIGGER = re.compile(
    r"\b(?:as[ ]soon[ ]as|once|the[ ]moment|right[ ]when)[ ]{1,3}"
    r"(?:it|price|the[ ]price|(?-i:[#$]?[A-Z][A-Z0-9]{1,11}))[ ]{1,3}"
    r"(?:breaks|break|crosses|reclaims|clears|breaks[ ]out)\b",
    re.I,
)


def as_when(text: str) -> str:
    """``text`` with each English break trigger written as the condition word "when"."""
    return _TRIGGER.sub("when", text)
