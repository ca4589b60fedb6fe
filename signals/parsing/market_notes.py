"""A price said to be where the market trades now, in Hinglish: "abhi CMP pe short kar lo, 148 ke aas
paas chal raha hai" ("short at the market now, it is running around 148"). The price only says where
the market stands, as "Entry: 2.515 (CMP)" does, so the order is a market one and the price is no
entry. Runs on the message as written, before "ke" and "pe" are dropped as fillers.

So does an order type of "market" ("Order type: Market order", "Тип ордера: Рыночный ордер") for the
entry label's one price; that rule reads the canonical text."""
from __future__ import annotations

import re

_CURRENT_PRICE = re.compile(
    r"[$]?[0-9][0-9.,]*[ ]{1,2}"
    r"(?=(?:(?:ke[ ]{1,2}(?:aas[ ]?paas|around|qareeb|kareeb|near)|aas[ ]?paas|around|pe|par|के[ ]आसपास|पर)[ ]{1,2})?"
    r"(?:chal[ ]{1,2}(?:raha|rha|rahi|rhi)(?:[ ]{1,2}h(?:ai|e))?|चल[ ]रहा(?:[ ]है)?)(?!\w))",
    re.I,
)


def drop_current_price(text: str) -> str:
    """The message without the prices it says the market is trading at now."""
    return _CURRENT_PRICE.sub("", text)


# "Entry: 4.7$ / Order type: Market order", "Тип ордера: Рыночный ордер" (once canonical): a market order's
# type on a line of its own. The entry's one price then only says where the market stood.
_MARKET_ORDER_TYPE = re.compile(r"^[^\w\n]*order[ ]type[ ]{0,2}[:=-]?[ ]{0,3}market(?:[ ]orders?)?[^\w\n]*$", re.I | re.M)
_ONE_ENTRY_PRICE = re.compile(r"^([^\w\n]*entry[ ]{0,2}[:=-]?[ ]{0,3})(?=[$]?[0-9][0-9.,]*[ ]{0,2}[$]?[^\w\n]*$)", re.I | re.M)


def market_by_order_type(text: str) -> str:
    """"Entry: 4.7$ … Order type: market" → "Entry: market 4.7$": the entry label's one price noted as
    the market's, as "Entry: now 0.545" is (``signal._is_market``); a zone or a limit order keeps its prices."""
    if _MARKET_ORDER_TYPE.search(text) is None:
        return text
    return _ONE_ENTRY_PRICE.sub(r"\1market ", _MARKET_ORDER_TYPE.sub("", text), count=1)
