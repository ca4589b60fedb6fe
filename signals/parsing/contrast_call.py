"""Which of several bases a prose call trades when a contrast turns from one to the other.

"Bhai log BTC thoda weak lag raha hai but MOVE mein long banta hai", "Tíos el BTC pinta flojísimo pero yo
me meto en corto en MOVE", "大饼今天看着有点软，不过我还是去接了 LINK 的多，现价直接进，止损 13.2 …": the
sentence opens on the market talked about, and a contrast word of any table (``vocabulary.table_pattern("CONTRASTS")``:
"but", "pero", "но", "ama", "tapi", "不过") turns it to the trade. When the words before the contrast say no
side and hold no plan label, and the words after it name one base and say its side or hold the plan's stop
or targets, that base is the call. "BTC long 67000, SL 66000, but LINK looks weak" (the side before) and
"BTC weak but LINK holding. BTC short 97400 …" (nothing of a trade after) keep the first reading.
"""
from __future__ import annotations

import re

from .vocabulary import table_pattern

# As ``plan_subject`` splits sentences: a full stop before a space (not the point of "0.6120"), !, ?, 。 or a line's end.
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|[。！？\n]")
# The side in the canonical text ("corto" is "SHORT", "mein long" "LONG" by then), as ``sections`` reads it.
_SIDE = re.compile(r"(?<!\w)(?:long|short|buy|sell)(?:ing|ed)?(?!\w)", re.I)
_PLAN_PRICE = re.compile(r"\b(?:entry|sl|stop(?:[ -]?loss)?|stoploss|tp[0-9]?|targets?)\b[^0-9\n]{0,12}[0-9]", re.I)
_PLAN_LABEL = re.compile(r"\b(?:entry|sl|stop(?:[ -]?loss)?|stoploss|tp[0-9]?|targets?)\b", re.I)


def called(text: str, bases: list[re.Match]) -> re.Match | None:
    """Of ``bases`` (matches with a "base" group, in order), the one the first contrast after a base turns
    to, or None. One contrast is looked at: the first after the first base, within its own sentence."""
    if not bases:
        return None
    contrast = table_pattern("CONTRASTS").search(text, bases[0].end())
    if contrast is None:
        return None
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, contrast.start())), default=0)
    ending = _SENTENCE_END.search(text, contrast.end())
    end = ending.start() if ending else len(text)
    before = [m for m in bases if start <= m.start() < contrast.start()]
    after = [m for m in bases if contrast.end() <= m.start() < end]
    if not before or len({m["base"] for m in after}) != 1 or {m["base"] for m in before} == {after[0]["base"]}:
        return None
    talk, turn = text[start: contrast.start()], text[contrast.end(): end]
    if _SIDE.search(talk) or _PLAN_LABEL.search(talk):
        return None
    return after[0] if _SIDE.search(turn) or _PLAN_PRICE.search(turn) else None
