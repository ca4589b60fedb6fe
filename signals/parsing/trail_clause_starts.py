"""A trailing stop switched on after a target, the condition written in the trail's own clause before its words,
whatever verb (or none) switches it on:

    Depois do TP2 ativo trailing stop e deixo correr     ("after TP2 Coin trailing stop deixo correr")
    到TP2后开启trailing stop                              ("to TP2 after Trailing stop")
    After TP2 I turn on trailing stop and let it run

``hints.trailing`` reads a start only when the words end their sentence or a known verb sits right before them;
each language's verbs ("ativo", "I turn on") would otherwise need a row of their own. Here the clause that holds
the trail's words (cut at a sentence end, comma or semicolon) starts it when it opens with "after/from/once
<target>" or "<target> after" and no other rule's word (stop, entry, close, move) comes between the target and
the trail: "after TP1 move SL to entry and trailing" moves the stop at TP1, not the trail. "until TP3" is where a
trail ends (``trail_wording``), so "until" is no start. "TP2'den sonra iz süren stop aktif" (after TP2 trailing
stop active) tells a state of the plan, and its fixture reads no start: a state word right after the trail
words keeps it so. Every pattern is bounded and read on canonical (English) text.
"""
from __future__ import annotations

import re

from .vocabulary import english_pattern

_TARGET = r"(?:tp|target)[ ]{0,2}#?(?P<n>[0-9]{1,2})(?![0-9])"
_TARGET_BEFORE = _TARGET.replace("?P<n>", "?P<n2>")
# Words that belong to another rule, so a target before them is that rule's condition.
_OTHER_RULE = r"(?:sl|stop|stops|breakeven|entry|move|close|tp|target|until|till|be)"
_PLAIN_WORDS = rf"(?:[ ]{{1,3}}(?!{_OTHER_RULE}\b)[^\W\d_][^\s\d,.;:!?%]{{0,15}}){{0,5}}"
_CLAUSE_CONDITION = re.compile(
    rf"(?:\b(?:after|from|once|starting[ ]from|starting[ ]after)[ ]{{1,3}}(?:the[ ]{{1,3}})?{_TARGET}"
    rf"|\b{_TARGET_BEFORE}'?[ ]{{0,3}}(?:hit[ ]{{1,3}})?after)"
    rf"[ ,:]{{0,3}}{_PLAIN_WORDS}[ ]{{0,3}}$",
    re.I,
)
_CLAUSE_BREAK = re.compile(r"[,;，；]|[.!?](?![0-9])")
_STATE_AFTER = re.compile(r"[ ]{0,3}(?:active|aktif|is[ ]on|on)\b", re.I)


def start_in_clause(before: str, after: str = "") -> int | None:
    """The target of the condition in the trail's clause ``before`` its words; ``after`` is the text right
    after them, whose state word ("… trailing stop aktif.") leaves the start unread."""
    if _STATE_AFTER.match(after):
        return None
    clause = _CLAUSE_BREAK.split(before[-120:])[-1]
    found = _CLAUSE_CONDITION.search(clause)
    number = int(found["n"] or found["n2"]) if found else None
    return number if number and 1 <= number <= 20 else None


_BREAKEVEN_WORDS = re.compile(r"\b(?:breakeven|break[ -]?even|be|bep|entry|cost)\b|成本", re.I)


def condition_of_trail(line: str, position: int) -> bool:
    """Whether the condition at ``position`` sits in a clause of the trailing stop that names no break-even:
    "SL 1.925, TP 1.80 / 1.74, to after TP2 Trailing stop" starts the trail, and the labels "SL" and "Entry"
    elsewhere on the line make it no break-even rule."""
    starts = [found.end() for found in _CLAUSE_BREAK.finditer(line, 0, position)]
    end = _CLAUSE_BREAK.search(line, position)
    clause = line[starts[-1] if starts else 0:end.start() if end else len(line)]
    return bool(english_pattern("trailing").search(clause)) and not _BREAKEVEN_WORDS.search(clause)
