"""A scraped page's ticker card at a post's end: "$XRP\n\nXRP\nXRP\n1.9204\n-2.59%" (a lone coin line or
two, a lone price line, a signed change in percent). Binance Square and similar pages append the coin's
quote card under a post; its price is where the market stood when the page was read, never a price the
post states, so it is dropped before prices are read. Only a coin name heads it ("SL\n60000\n-2%" keeps
its stop), and only at the very end of the message."""
from __future__ import annotations

import re

from . import assets

_CARD = re.compile(
    r"(?P<coins>(?:\n[ \t]*[$#]?[A-Z0-9]{2,12}(?:/?USDT)?[ \t]*)+)"
    r"\n[ \t]*[$]?[0-9][0-9.,]*[ \t]*"
    r"\n[ \t]*[+\-\u2212\u2013][ \t]?[0-9]{1,3}(?:[.,][0-9]{1,2})?[ \t]*%[ \t]*\s*\Z"
)


def without_ticker_card(text: str) -> str:
    """The message without the ticker card that ends it, if one does."""
    card = _CARD.search(text)
    if card is None:
        return text
    coins = {re.sub(r"/?USDT$", "", line.strip().lstrip("$#")) for line in card["coins"].split("\n") if line.strip()}
    if not coins or not coins <= assets.KNOWN_BASES:
        return text
    return text[: card.start()] + "\n"
