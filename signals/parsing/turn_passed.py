"""A coin said to be done, before the words that hand the turn to the next coin, is not the call.

"SOL já foi, agora é a vez do AVAX 👀 compra 34,20 - 35,10 …", "BTC already pumped, now it's ETH's turn, long …",
"BTC уже улетел, теперь очередь ETH …": the first coin's move is over; the post calls the one whose turn it
is. Read on what is said of a pair up to the next other pair (``declined``), in the canonical text: a word
saying its move is done (``TURN_DONE`` in the tables: "já foi", "already", "уже") followed by a word handing
the turn on (``TURN_NEXT``: "vez", "now it's", "очередь", "轮", "giliran"). Both are needed: "BTC is done, ETH
long 3200" alone says nothing of a turn, and "now it's ETH's turn" alone refuses nothing.
"""
from __future__ import annotations

from .vocabulary import table_pattern


def passes_turn(said: str) -> bool:
    """Whether ``said`` (what follows a pair, up to the next pair) calls its move done and hands the turn on."""
    done = table_pattern("TURN_DONE").search(said)
    return done is not None and table_pattern("TURN_NEXT").search(said, done.end()) is not None
