"""Which named pairs a message declines to trade.

"ETH тоже слабый — его не трогаем. А вот #INJ …", "but ETH nahi, $AAVE", "arkadaşlar BTC'ye bakmayın, ben
HIGH short açıyorum": a pair followed in its own clause, where no price stands, by a word of refusal (the
tables' "decline" role, canonical "not touching"), or with a bare "not" (``NOT_THIS``) right beside it, is
no call while another pair is named. Both the written pairs (``called_pair``) and the bare capital bases
of a prose call (``plan_subject``) are judged by this one rule.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from .refused_before import refused_before
from .turn_passed import passes_turn
from .vocabulary import english_pattern, table_pattern

# A sentence ends at a full stop before a space (not the point of "146.5"), at !, ?, 。, ！, ？ or a line's end.
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|[。！？\n]")
# Between a refusal and its pair: spaces, a tag's sign; after the pair, the refusal ends its clause.
_BESIDE = re.compile(r"[ \t]{0,2}$")
_CLAUSE_BREAK = re.compile(r"[ \t]{0,2}(?:[,;:.!?，。！？—-]|$)", re.M)


# "BTC 64k pe atka hua hai usko chhodo" (stuck at 64k, leave it): a level the market sits at is no price of
# an order; a number beside a trade's label or side ("ETH long 3200, not touching the SL") is.
_ORDER_WORD = re.compile(r"\b(?:sl|stop|tp[0-9]?|targets?|entry|long|short|buy|sell|leverage|[0-9]+x)\b", re.I)


def _unpriced(clause: str) -> bool:
    return not re.search(r"[0-9]", clause) or not _ORDER_WORD.search(clause)


class Named(NamedTuple):
    """Where a pair (or a bare base) is named: its name and span."""

    name: str
    start: int
    end: int


def declined(text: str, named: Sequence[Named]) -> set[str]:
    """The names in ``named`` the text declines to trade."""
    refused = set()
    for mention in named:
        rest = _stretch_of(text, mention, named)
        end = _SENTENCE_END.search(rest)
        clause = rest[: end.start() if end else len(rest)]
        said = _unpriced(clause) and english_pattern("decline").search(clause) is not None
        before = text[max(0, mention.start - 24): mention.start]
        said = said or any(_BESIDE.fullmatch(before, m.end()) for m in table_pattern("NOT_THIS").finditer(before))
        said = said or refused_before(text, mention.start)  # "mình không đánh ETH" ("not touching ETH")
        said = said or (_unpriced(rest) and passes_turn(rest))  # "SOL já foi, agora é a vez do AVAX"
        after = table_pattern("NOT_THIS").match(text, _skip_spaces(text, mention.end))
        if said or (after is not None and _CLAUSE_BREAK.match(text, after.end())):
            refused.add(mention.name)
    return refused


def _skip_spaces(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t":
        position += 1
    return position


def _stretch_of(text: str, mention: Named, named: Sequence[Named]) -> str:
    """The text from a mention to the next mention of another name: what is said about this one."""
    later = [m.start for m in named if m.start > mention.start and m.name != mention.name]
    return text[mention.end: min(later, default=len(text))]
