"""A trade the writer considered, told in the past tense, is a musing, not a call.

"alguém acha que o XRP segura os 2,10? pensei em comprar ali com alvo 2,40 e stop 1,95 mas tô com medo kkk",
"was thinking of buying SOL at 140, target 150, stop 135, but idk", "думал взять TON от 5,4, цель 6,2, стоп 5,1":
a member tells what he thought of doing, with its target and stop, and does not say to do it. A channel
never words an order that way, so, unlike a hedge ("maybe long ETH 3100, SL 3000, TP 3300") or a plan of
one's own said for now ("thinking of going long", the "ask" role, which a target makes a call), the musing
words (``MUSING`` in the tables) keep any message from trading. Read on the message as written: canonical
text turns "comprar" into "BUY".
"""
from __future__ import annotations

import unicodedata

from .vocabulary import table_pattern


def muses(raw: str) -> bool:
    """Whether the message tells a trade the writer thought of taking ("pensei em comprar", "думал взять")."""
    return table_pattern("MUSING").search(unicodedata.normalize("NFKC", raw)) is not None
