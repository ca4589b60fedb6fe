"""A share closed now and the rest kept running with its stop is management of a trade already open, no new call.

"Fechem 50% da posição aqui, o resto segue com stop no 1,42", "paying myself on half here, rest rides with the
stop": the stop named after "the rest" is where the running trade's remainder stays protected, and any target
number around ("bateu perto do alvo 2") tells how the trade went. Read as a plan, the message would open a
market trade at that stop: a copier would enter a position the channel is halving. Only a message that
opens at no price of its own is read this way, so a plan's "take 50% at 68000, rest with SL at entry" under
its entries stays the plan's rule.

One bounded search after the close: linear in the message length.
"""
from __future__ import annotations

import re

from .changes_now import closes_part_now
from .sections import STOP_WORD
from .updates import close_instruction

# "rest segue com stop 1,42", "rest rides with the stop" (canonical): the remainder and its stop in one clause.
_REST_WITH_STOP = re.compile(rf"\brest\b[^\n.!;]{{0,40}}?\b{STOP_WORD}\b", re.I)


def closes_part_keeping_rest(text: str) -> bool:
    """Whether the (canonical) message closes a share now and keeps the rest running with a stop."""
    if not closes_part_now(text):
        return False
    close = close_instruction(text, None)
    return close is not None and _REST_WITH_STOP.search(text, close[0]) is not None
