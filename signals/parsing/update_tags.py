"""A tagged word ticker in an update's own clause names the trade it acts on: "Закрываем #NOT полностью
по рынку" ("close #NOT fully at market"), "Cancelem a ordem de #HIGH" ("cancel the #HIGH order").
``symbols`` reads "#NOT" and "#HIGH" as the everyday words unless a side or a price ties them to a
call ("#NOT financial advice"); a close or cancel is said of a trade, so the one listed base tagged in
capitals in its sentence is that trade's coin. "Close half now. #NOT financial advice" tags it in
another sentence, and names nothing.

Apart from ``updates`` because that module is at its size limit."""
from __future__ import annotations

import re

from . import assets

_TAG = re.compile(r"[#$]([A-Z][A-Z0-9]{1,14})\b")
_SENTENCE_END = re.compile(r"[.!?](?![0-9])")


def tagged_base(text: str, position: int) -> str | None:
    """The pair of the one listed base tagged in the sentence around ``position``, else None."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line = text[line_start: line_end if line_end != -1 else len(text)]
    at = position - line_start
    start = max((m.end() for m in _SENTENCE_END.finditer(line, 0, at)), default=0)
    end = _SENTENCE_END.search(line, at)
    bases = {m.group(1) for m in _TAG.finditer(line, start, end.start() if end else len(line)) if m.group(1) in assets.KNOWN_BASES}
    return f"{bases.pop()}/USDT" if len(bases) == 1 else None


def addressed_pair(text: str, position: int, symbol: str) -> str:
    """The trade an instruction addresses when the parser chose another coin: "⚠️ pessoal do short em #DOGE:
    fechem METADE …, o BTC deu uma puxada forte" closes half the #DOGE short; BTC, untagged, is the reason.
    A chosen coin tagged anywhere ("#BTC … #ETH") keeps its reading: then the message names two trades."""
    tagged = tagged_base(text, position)
    if tagged is None or tagged == symbol or re.search(rf"[#$]{re.escape(symbol.split('/')[0])}\b", text, re.I):
        return symbol
    return tagged
