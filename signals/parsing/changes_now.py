"""Whether a message changes a running trade now: a stop moved ("BTC LONG: move SL to 66800", "new stop
66500"), part of it closed ("close 50%") or a named side closed ("close LONG at 64500"), said for now
rather than as a rule for later ("move SL to entry after TP1", "close 50% at TP1").

The parser asks this before it reads a signal: a message that says one is an update, whatever side and
prices it names. Kept apart from ``updates``, which reads what an update does; this only decides that
the message is one.
"""
from __future__ import annotations

import re

from . import stop_wordings
from .sections import STOP_WORD
from .updates import CONDITIONAL, close_instruction, sentence_around
from .vocabulary import table_pattern


# A stop change no new signal says: a change verb before the stop word, "SL moved", "new SL", or
# the stop put at breakeven. "Set SL at 66000" and "SL → 66000" are how signals state their stop.
_CHANGE_STOP = re.compile(
    rf"\b(?:move[ds]?|moving|shift(?:ed)?|raised?|adjust(?:ed)?|change[ds]?|bring)\b[^.\n!]{{0,40}}?\b{STOP_WORD}\b"
    rf"|\b{STOP_WORD}[ ]{{0,3}}(?:moved|changed|updated|raised|shifted)\b|\bnew[ ]{{1,3}}{STOP_WORD}\b"
    rf"|\b{STOP_WORD}[ ]{{0,3}}(?:to[ ]{{1,3}})?(?:breakeven|break[ -]?even)\b"
    rf"|\bmove[ds]?[ ]{{1,3}}(?:to[ ]{{1,3}})?(?:breakeven|break[ -]?even)\b",
    re.I,
)
# "Set SL to 3380 on ETH", "update stop to 1.02": a stop given a new price. A whole plan may word
# its own stop that way, so it counts only in a message that names no entry or target and opens
# nothing ("BTC long now, set stop to 62000").
_SET_STOP_TO = re.compile(rf"\b(?:set|put|update[ds]?)\b[^.\n!]{{0,20}}?\b{STOP_WORD}[ ]{{0,3}}to[ ]{{0,3}}[$]?\.?[0-9]", re.I)
_PLAN_WORD = re.compile(
    r"\b(?:entry|entries|enter|tps?[0-9]?|targets?|take[ -]?profits?)\b|\b(?:long|short|buy|sell)[ ]{1,3}(?:now|here|market|cmp)\b", re.I
)
# "… at TP1", "after the first target", "Realizar parcial no alvo 1" (a share at a target, its "at" a filler): a rule for later.
# So is a move at each target ("A cada alvo batido, mover o stop" → "to each Target hit, move stop"): a trailing rule.
# "chốt 50% vị thế ở TP1" ("close 50% vị thế TP1", its "at" a filler): a share with a target right after it.
_AT_TARGET = re.compile(
    r"\b(?:each|every)[ ]{1,3}(?:tp|targets?|take[ -]?profit)\b"
    # "Realizem 50% no primeiro alvo" ("close 50%   first Target", its "no" a filler): an ordinal target after the share.
    r"|(?<![0-9.,])[0-9]{1,3}[ ]?%[ ]{1,3}(?:[^\W\d_]{1,12}+[ ]{1,3}){0,3}"
    r"(?:(?:tp|target)[ ]?[0-9]\b|(?:first|second|third|fourth|fifth|last)[ ]{1,3}(?:tp|targets?)\b)"
    r"|(?:\b(?:at|on|upon|after|once|when|by|from)|\b(?:partials?|parcial|parciales|parciais|half)[ ]{1,3}[^\n0-9%]{0,8}?)[ ]{1,3}(?:the[ ]{1,3})?"
    r"(?:(?:first|second|third|each|every|all|[0-9](?:st|nd|rd|th)?)[ ]{1,3})?(?:tp|targets?|take[ -]?profit)",
    re.I,
)
# "You may move the stop to entry": advice in a signal's prose, not an order for now.
_ADVICE = re.compile(r"\b(?:may|can|could|might|consider|optional(?:ly)?|recommend(?:ed)?)\b", re.I)


def moves_stop_now(text: str) -> bool:
    """A stop change for a trade already running ("BTC LONG: move SL to 66800", "new stop 66500",
    "SL to breakeven"), said for now rather than as a rule for later ("move SL to entry after
    TP1"). No new signal says it: the message is an update, whatever side and prices it names."""
    if _SET_STOP_TO.search(text) and not _PLAN_WORD.search(text):
        return True
    other = stop_wordings.stop_move(text)  # "SL #XRP move Entry", "drag the stop down to 142.80"
    return any(_for_now(text, match.start()) for match in _CHANGE_STOP.finditer(text)) or bool(other and _for_now(text, other.start()))


def closes_part_now(text: str) -> bool:
    """A stated partial close said for now ("close 50%", "BTCUSDT long - close half at 68000"),
    not as a rule for later ("close 50% at TP1")."""
    close = close_instruction(text, None)
    if close is None or close[1].fraction is None or close[1].fraction >= 1:
        return False
    return _for_now(text, close[0]) and not _on_stop_line(text, close[0])


# "close LONG at 64500", "Closing ETH short", "закрываем лонг по 64500" once canonical: the side
# names the running trade being closed, and the price is where, not an entry. Verb-last languages
# put the side first ("空单平仓 138" → "SHORT close 138").
_CLOSE_SIDE = re.compile(
    r"\b(?:close[ds]?|closing|exit(?:ed|ing)?)\b[^.\n!]{0,25}?\b(?:long|short|buy|sell|position|trade)s?\b"
    r"|\b(?:long|short)\b[ ]{0,3}(?:close[ds]?|closing)\b",
    re.I,
)


def closes_side_now(text: str) -> bool:
    """A close of a named long or short said for now, not as a rule for later."""
    return any(_for_now(text, m.start()) and not _on_stop_line(text, m.start()) for m in _CLOSE_SIDE.finditer(text))


# "SL: exit at -5%", "止损：亏损5%离场", "Stop loss jika candle 1H tutup di atas 2,015": a close word
# on the stop's own line says when the stop acts, not what to do now.
_STOP_LINE = re.compile(rf"[^\w\n]{{0,8}}{STOP_WORD}\b", re.I)


def _on_stop_line(text: str, position: int) -> bool:
    return _STOP_LINE.match(text, text.rfind("\n", 0, position) + 1) is not None


def _for_now(text: str, position: int) -> bool:
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line = text[line_start: line_end if line_end != -1 else len(text)]
    sentence = sentence_around(text, position)
    return (
        not CONDITIONAL.search(sentence) and not _ADVICE.search(sentence) and not _AT_TARGET.search(line)
        and not _opens_later(sentence)
    )


def _opens_later(sentence: str) -> bool:
    """"… Цели: 3300 / 3400 / 3500 / Дальше стоп в безубыток.": a sentence opened by "then" (the tables' ``LATER``)
    tells the next step of the plan, not a change for now. Only at its opening: "держим дальше" (hold on) is now."""
    return table_pattern("LATER").match(sentence, re.match(r"[^\w]*", sentence).end()) is not None
