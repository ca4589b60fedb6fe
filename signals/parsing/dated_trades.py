"""A past-time word that dates the running trade, not a recap: "SOL short from yesterday: drag the stop
down to 142.80", "the ETH long from last week — close half". ``asides.heads_recap`` reads "yesterday",
"last week" (``promo`` rows) before the first number as a results post's heading ("Yesterday: 5/6 targets
hit 🚀"); right after a side or a trade word and "from", it says which open trade the instruction is for.

Apart from ``asides`` to keep that module's recap rule one line longer, not one idea wider."""
from __future__ import annotations

import re

# Indonesian and Vietnamese put the time word after the noun with no "from": "Sinyal SUI long kemarin
# dibatalkan" (yesterday's SUI long signal is cancelled).
_TRADE_FROM = re.compile(r"\b(?:long|short|trade|position|entry|call|signal)s?[ ]{1,3}(?:(?:from|of)[ ]{1,3}(?:the[ ]{1,3})?)?$", re.I)


def dates_trade(text: str, position: int) -> bool:
    """Whether the time word at ``position`` follows "long from", "trade from", "long" … (looked at in the 40 characters before)."""
    return _TRADE_FROM.search(text, max(0, position - 40), position) is not None
