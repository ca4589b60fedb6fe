"""A price said again as the range it stands for: "SUI me short banao 4.10 ke upar se, matlab
4.10-4.18 zone" ("… 4.10, meaning 4.10-4.18 zone"), "шорт от 4.10, то есть 4.10-4.18", "short from
4.10, i.e. 4.10-4.18". The range is the entry; the lone price before it was its first word.

Read from the canonical text, where every table's "meaning" (``restate`` rows) is English.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .vocabulary import english_pattern

_PRICE = r"[0-9][0-9.,]*"


@lru_cache(maxsize=1)
def _restated() -> re.Pattern:
    # The range must begin or end at the price it restates: "4.10, meaning 4.10-4.18", "4.18 … 4.10-4.18".
    return re.compile(
        rf"(?<![0-9.,])(?P<price>{_PRICE})(?:[^\n0-9]{{0,30}}?(?:{english_pattern('restate').pattern})[^\n0-9]{{0,12}}?)"
        rf"(?P<range>(?P=price)[ ]{{0,3}}(?:-|to)[ ]{{0,3}}{_PRICE}|{_PRICE}[ ]{{0,3}}(?:-|to)[ ]{{0,3}}(?P=price))(?![0-9])",
        re.I,
    )


def widen(text: str) -> str:
    """The text with a price that a range restates replaced by that range."""
    return _restated().sub(lambda m: m.group("range"), text)
