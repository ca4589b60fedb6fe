"""A price said to be where the market trades now, in Hinglish: "abhi CMP pe short kar lo, 148 ke aas
paas chal raha hai" ("short at the market now, it is running around 148"). The price only says where
the market stands, as "Entry: 2.515 (CMP)" does, so the order is a market one and the price is no
entry. Runs on the message as written, before "ke" and "pe" are dropped as fillers.

So does an order type of "market" ("Order type: Market order", "Тип ордера: Рыночный ордер") for the
entry label's one price; that rule reads the canonical text."""
from __future__ import annotations

import re

# The number starts where its run of digits and separators starts: tried from inside the run too, a
# line of "1,21,21,2…" would be scanned once per digit.
_CURRENT_PRICE = re.compile(
    r"(?<![0-9.,])[$]?[0-9][0-9.,]*[ ]{1,2}"
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


# "GBPJPY sell stop @ 191.450 … Stop loss: 192.050", "EURUSD BUY STOP 1.0850": a pending stop order (the MT4
# order types "buy stop"/"sell stop") is placed at its price, which is the entry. Read so only when the
# message writes its stop loss elsewhere: "sell, stop 192" with no other stop is the plan's stop.
_PENDING_STOP = re.compile(r"\b(buy|sell|long|short)[ ]{1,2}stop(?![ ]{0,2}-?[ ]{0,2}loss)(?=[ ]{0,2}(?:order)?[ ]{0,2}[:@=-]?[ ]{0,2}[$]?[0-9])", re.I)
_STOP_LABEL = re.compile(r"\b(?:stop[ ]{0,2}-?[ ]{0,2}loss|sl|stoploss)\b[^\n0-9]{0,12}[0-9]", re.I)


def pending_stop_orders(text: str) -> str:
    """"sell stop @ 191.450" → "sell limit @ 191.450" when another line holds the stop loss: the pending
    order's price is read as its entry, as a limit order's is."""
    if _PENDING_STOP.search(text) is None or _STOP_LABEL.search(_PENDING_STOP.sub("", text)) is None:
        return text
    return _PENDING_STOP.sub(r"\1 limit", text)
