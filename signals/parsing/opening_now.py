"""A call told as the writer opening the trade now, ending on a tag question: "Galera, tô abrindo short em
DOGE agora a mercado … Stop em 0,1748, alvos … beleza?", "I'm opening a long on SOL … ok?".

``parse_message`` drops a short message ending in "?" as a question. A closing tag word ("beleza", "ok",
"tamam mı": ``tag_asks``) only seeks the readers' nod, and a writer saying they open the trade now in the
first person present (``OPENING_NOW`` in the tables: "tô abrindo", "открываю", "açıyorum", "me estoy
metiendo") is calling it, not asking about it. A past tense ("abri", "I opened") or a real question
("abro short?") stays a question. One pattern search over the message: linear.
"""
from __future__ import annotations

import unicodedata

from .vocabulary import fold, table_pattern


def opens_now(raw: str) -> bool:
    """Whether the message says, in the first person present, that its writer opens a trade."""
    return table_pattern("OPENING_NOW").search(fold(unicodedata.normalize("NFKC", raw))) is not None
