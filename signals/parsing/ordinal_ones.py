"""A target named by its ordinal and "one": "selling 40% at the first target, … stop to BE once the first
one hits". After targets were spoken of, "the first one", "the 2nd one" is that target, written out as
"first target" so the break-even rule (``hints``) reads which. Before any target word "one" may stand
for anything ("the first one to break out"), so it stays.

"Once the first objective prints, stop goes to entry": English rows are not rewritten by ``canonicalise``,
so an ordinal before another English target word of the table ("objective") is written "first target" too.
"""
from __future__ import annotations

import re

from .vocabulary import english_pattern

_TARGET_WORD = re.compile(r"\b(?:tp|target|take[ -]?profit)s?\b", re.I)
_ORDINAL_ONE = re.compile(
    r"\b(?:the[ ]{1,3})?(first|second|third|fourth|fifth|[0-9]{1,2}(?:st|nd|rd|th))[ ]{1,3}one\b", re.I
)

# "en cuanto toque el primero, stop a entrada" → "when hit first, stop to Entry": an ordinal right after the
# verb of a target's hit, no noun after it, is that target too.
_HIT_ORDINAL = re.compile(
    r"\b(hit|hits|touches|reaches)[ ]{1,3}(?:the[ ]{1,3})?(first|second|third|fourth|fifth)\b(?![ ]{1,3}[^\W\d_])", re.I
)


_ORDINAL_TARGET_WORD = re.compile(
    rf"\b(first|second|third|fourth|fifth|[0-9]{{1,2}}(?:st|nd|rd|th))[ ]{{1,3}}(?:{english_pattern('target').pattern})", re.I
)


def as_targets(text: str) -> str:
    """``text`` with each ordinal "one" after a target word written as that target."""
    text = _ORDINAL_TARGET_WORD.sub(r"\1 target", text)  # "the first objective": the first target
    said = _TARGET_WORD.search(text)
    if said is None:
        return text
    return text[:said.end()] + _HIT_ORDINAL.sub(r"\1 \2 target", _ORDINAL_ONE.sub(r"\1 target", text[said.end():]))
