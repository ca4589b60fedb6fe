"""A lone space-grouped price the message's other prices vouch for: "тейк 101 500 и 99800" is 101500.

Russian and French typography group thousands with a space, and ``text._space_thousands`` joins such a
run only when a message writes two of them, or when it is a stop's price (``stop_spaced``): a lone "95 100"
may be two targets. The message's other prices settle it: beside 99800 and a stop of "106к", "101 500" read
as 101500 is a price of that market, while 101 and 500 are not; beside "SL 90", "95 100" stays 95 and 100.
Only numbers that read one way count as evidence: "104.250" is 104.25 or 104250 by the locale, so it
says nothing. A leverage or a share ("10х", "5%") is no price.
"""
from __future__ import annotations

import re

# A whole number, a decimal whose fraction is not a group of three, or a "k" thousand ("106к").
_PLAIN = re.compile(
    r"(?<![0-9.,])(?:(?P<whole>[0-9]+)(?P<k>[kк])?|(?P<decimal>[0-9]+[.,](?:[0-9]{1,2}|[0-9]{4,})))"
    r"(?![0-9]|[.,][0-9]|[ ]?(?:%|[xх×])(?![^\W\d_]{2}))",
    re.I,
)
# A ladder or a target list spans well under this factor; a split number is a hundred times off.
_SAME_SCALE = 1.5


def _prices(text: str, start: int, end: int) -> list[float]:
    """The message's unambiguous numbers outside ``text[start:end]``."""
    prices = []
    for match in _PLAIN.finditer(text):
        if match.end() <= start or match.start() >= end:
            if match["decimal"]:
                prices.append(float(match["decimal"].replace(",", ".")))
            elif match["whole"]:
                prices.append(float(match["whole"]) * (1000 if match["k"] else 1))
    return prices


def _near(value: float, prices: list[float]) -> bool:
    return value > 0 and any(price > 0 and 1 / _SAME_SCALE <= value / price <= _SAME_SCALE for price in prices)


def joins_in_scale(text: str, start: int, end: int) -> bool:
    """Whether the two-group run ``text[start:end]`` ("101 500") is one number by the message's other prices:
    joined it is of their scale, and neither group alone is."""
    groups = text[start:end].split(" ")
    if len(groups) != 2:
        return False
    prices = _prices(text, start, end)
    joined = float((groups[0] + groups[1]).replace(",", "."))
    return _near(joined, prices) and not any(_near(float(group.replace(",", ".")), prices) for group in groups)
