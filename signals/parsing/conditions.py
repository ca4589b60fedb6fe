"""The close of a candle in a trade's condition: "si rompe y cierra por encima de 25,40" ("if it
breaks and closes above 25.40"), "se fechar acima de 25,40" canonicalise to "when close 25,40". The
close there is the candle's, and the price after it is where the trade opens, never the price of a
"Close: 25.40" target. Spelt the English way ("if it closes above") the verb is no label at all.
"""
from __future__ import annotations

import re

# "when close", "if it breaks and close", "once the 4h candle close": a condition word, then at
# most a few words of the candle or the break, right before the close. "Se o WIF fechar acima de 2,86"
# ("when WIF close 2,86"): the pair's ticker may stand for "it".
_CONDITION_BEFORE = re.compile(
    r"\b(?:when|if|once)[ ]{1,8}(?:(?:it|the|price|breaks?|and|a|candle|[0-9]{1,2}[ ]?[hdw]|(?-i:[#$]?[A-Z][A-Z0-9]{1,11}))"
    r"[ ]{1,6}){0,4}$",
    re.I,
)
# "XRP needs to close above 2.24", "XRP necesita cerrar por encima de $2.24" ("XRP needs to close 2.24" once
# canonical): what the coin (or "it", "price") needs is a candle's close, as after "when"; "we need to close" stays an order.
_NEED_BEFORE = re.compile(
    r"(?:(?-i:[#$]?[A-Z][A-Z0-9]{1,11})|\bit|\bprice)[ ]{1,6}(?:needs?|has|must)(?:[ ]{1,4}to)?[ ]{1,8}$", re.I
)
# The close's price, perhaps after "above"/"below"; not a share of the position ("close 50%").
_PRICE_AFTER = re.compile(r"[ ]{0,12}(?:(?:above|below|over|under)[ ]{1,4})?[$]?\.?[0-9](?![0-9.,]{0,12}[ ]?%)", re.I)


def closes_in_condition(text: str, start: int, end: int) -> bool:
    """Whether the "close" at ``text[start:end]`` is a candle's close in a condition, before its price."""
    line_start = text.rfind("\n", 0, start) + 1
    before = _CONDITION_BEFORE.search(text, line_start, start) or _NEED_BEFORE.search(text, line_start, start)
    return before is not None and _PRICE_AFTER.match(text, end) is not None
