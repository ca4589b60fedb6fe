"""A price said to be where the market trades now, in Hinglish: "abhi CMP pe short kar lo, 148 ke aas
paas chal raha hai" ("short at the market now, it is running around 148"). The price only says where
the market stands, as "Entry: 2.515 (CMP)" does, so the order is a market one and the price is no
entry. Runs on the message as written, before "ke" and "pe" are dropped as fillers."""
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
