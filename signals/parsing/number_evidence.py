"""The number style a message shows by one number that can be read only one way.

"BTC long entry 67.250,5 – 66.800 sl 65.900": "67.250,5" groups thousands with a dot and writes its
decimal with a comma; no other style writes it. So does "1.250.000" (two dot groups). A message that
writes one such number writes its other numbers the same way, so "66.800" is 66800 there, though no
language table of the message says so (``vocabulary.number_style`` knows only the languages). Without
such a number the languages decide: "0.0312 / 0.0298" and "EURUSD 1.0865" stay decimals.
"""
from __future__ import annotations

import re

from .vocabulary import number_style

_DOT_THOUSANDS_COMMA_DECIMAL = re.compile(
    r"(?<![0-9.,])[1-9][0-9]{0,2}(?:\.[0-9]{3})+,[0-9]{1,8}(?![0-9.,])|(?<![0-9.,])[1-9][0-9]{0,2}(?:\.[0-9]{3}){2,}(?![0-9.,])"
)


def message_number_style(text: str) -> tuple[bool, bool]:
    """Whether the message reads "1,150" as a decimal and "66.800" as a thousands group: both, when one
    of its numbers shows dot thousands; otherwise as its languages write them."""
    if _DOT_THOUSANDS_COMMA_DECIMAL.search(text):
        return True, True
    return number_style(text)
