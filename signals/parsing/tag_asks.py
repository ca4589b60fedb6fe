"""A cancel notice that ends on a tag question ("… não entra mais, beleza?", "… don't enter, ok?") asks
nothing: the tag only seeks the readers' nod, and the notice is still the cancel it says.

``parse_message`` drops a short message ending in "?" as a question; a cancellation cannot become a trade, so
reading past its tag is safe. Only the last sentence's closing words are looked at (``TAG_ASKS`` in the
tables: "ok", "beleza", "¿vale", "понятно", "tamam mı", "nhé", "好吗", "samjhe", "paham", "تمام"): linear.
"""
from __future__ import annotations

import re
import unicodedata

from .vocabulary import fold, table_pattern

# The message's end: a question mark, perhaps an emoji or spaces after it.
_CLOSING_MARK = re.compile(r"[?？؟][\s\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]*+$")


def ends_on_tag(raw: str) -> bool:
    """Whether the message's closing question is only a tag word just before its mark."""
    text = unicodedata.normalize("NFKC", raw)
    mark = _CLOSING_MARK.search(text)
    if mark is None:
        return False
    tail = text[max(0, mark.start() - 30): mark.start()]
    tag = None
    for tag in table_pattern("TAG_ASKS").finditer(tail):
        pass
    return tag is not None and not tail[tag.end():].strip(" ,.!")


# "…, TP 150, ¿vale?", "… ¿ok? 👍": Spanish opens its question with "¿", so a closing "¿tag?" is a question of
# its own, only the tag word inside; the statement before it asks nothing. A "¿" that opens the prices
# ("¿entro en SOL a 142 con SL 138?") is no tag and stays.
_INVERTED_TAG = re.compile(r"¿[ ]{0,2}([^\W\d_]{1,12}(?:[ ][^\W\d_]{1,12})?)[ ]{0,2}[?？][\s\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]*+$")


def without_inverted_tag(text: str) -> str:
    """``text`` without a closing Spanish tag question ("¿vale?", "¿sí?"), when its only word is a tag word."""
    tag = _INVERTED_TAG.search(text)
    if tag is None or table_pattern("TAG_ASKS").fullmatch(fold(tag.group(1))) is None:
        return text
    return text[: tag.start()]
