"""Whether a parse's prices can be the chosen pair's market at all.

"BTC perdeu os 64000 … alvo 0,52 e 0,58, stop 0.445" read as BTC/USDT: a price the message gives for
the pair itself ("BTC perdeu os 64000", within a few words after it) more than twenty times off the
plan's prices says the plan is another coin's. So does a plan under the floor the pair has not
traded below for years against the dollar (BTC under 1,000): the pair was the market talked about.
Either makes the parse low certainty (``certainty``); it never picks another pair.
"""
from __future__ import annotations

import re
from decimal import Decimal

from . import assets
from .tokens import to_decimal, uses_decimal_comma

# A ladder spans a few percent, a moon-shot target several times the entry; beyond this factor
# one of the numbers is not a price of this market (an index, a year, a leverage).
MAX_PRICE_SPREAD = Decimal(20)
# The dollar price a major has stayed above since its futures were listed (BTC since 2017, ETH since 2020);
# a plan under it is not that market's. Only the coins whose scale is beyond doubt are here.
DOLLAR_FLOORS = {"BTC": Decimal(1000), "ETH": Decimal(50)}
# "BTC perdeu os 64000", "BTC at 64k": a number within three words after the pair, no plan label or
# leverage between ("BTC Leverage 10") and no unit after ("BTC 4H", "10x", "2%").
_OWN_PRICE = re.compile(
    r"[ ]{1,3}(?:(?!(?:sl|stop|tp|targets?|lev|leverage|entry)\b)[^\W\d]+[ ]{1,3}){0,3}(?P<num>[0-9]+(?:[.,][0-9]+)*)(?![\w%]|[.,][0-9])",
    re.I,
)


def off_market(text: str, symbol: str, prices: list[Decimal], spread: Decimal) -> bool:
    """Whether ``prices`` (the plan's) are out of the scale of ``symbol``'s market."""
    base, _, quote = symbol.partition("/")
    low, high = min(prices), max(prices)
    floor = DOLLAR_FLOORS.get(base)
    if floor is not None and quote in assets.DOLLAR_QUOTES and low < floor:
        return True
    decimal_comma = uses_decimal_comma(text)  # once: a board of 300 calls names its base 300 times
    for mention in re.finditer(rf"(?<![\w#$/]){re.escape(base)}(?![\w/])", text):
        own = _OWN_PRICE.match(text, mention.end())
        value = to_decimal(own["num"], decimal_comma) if own else None
        if value is not None and value > 0 and (value > high * spread or value * spread < low):
            return True
    return False
