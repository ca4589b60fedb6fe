"""An English gloss in brackets after a stop word of another language: "takip eden stop (trailing)
kullanın" (use a following stop (trailing)), "стоп (trailing)". Channels gloss their own word with the
English one; the bracket then stands between the word and its verb ("… stop kullanın" switches the trail
on), so the tables' rows for the whole phrase miss it. The gloss repeats the word before it and says
nothing else, so it is dropped before the words are read. Only after a stop word: "SL to entry (trailing)"
keeps its bracket, which there is the rule itself. One bounded pattern, linear in the text.
"""
from __future__ import annotations

import re

_GLOSS = re.compile(
    r"(\b(?:stop|stopu|stopunu|стоп|стопа)\b|止损|止損|استاپ|المتحرك|متحرك)[ ]{0,2}\((?:trailing|trail)(?:[ -]?(?:stop|sl))?\)",
    re.I,
)


def drop_glosses(text: str) -> str:
    """``text`` without a bracketed "(trailing)" right after a stop word."""
    return _GLOSS.sub(r"\1", text) if "(" in text else text
