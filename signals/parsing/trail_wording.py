"""Wordings of a trailing stop's rule that ``hints.trailing`` would misread, put the way it reads them.

"A partir de ahí lo que queda lo dejamos correr con un trailing del 2% hasta el TP3" ("from then on … trailing
2% to TP3"): the trail starts where the sentence before left off (its target, TP1), and the target it runs
"to" is where it ends, not where it starts. "desde el TP2 vamos subiendo.. bajando el stop al objetivo
anterior": a writer's ".." that corrects a word ends no rule. "После каждой цели двигаем стоп на предыдущую"
("after each Target move SL previous"): the previous one is a target, though the word is left out.
"trailing stop after tp2 👀": the full noun "trailing stop", then a target's condition ending the sentence, is
when it starts ("Trailing after Target 2." names the rule only, pt-blind61-j05). "Chốt 40% ở TP1, 30% TP2,
30% TP3, ăn TP1 xong kéo SL lên entry": a stop rule's clause after the shares names a target of its own.
Every pattern is bounded and read on canonical (English) text, so each language's rows apply.
"""
from __future__ import annotations

import re

from .vocabulary import english_pattern

_TRAILING = english_pattern("trailing")
_NUMBERED = r"(?:tp|target)[ ]{0,2}#?([0-9]{1,2})(?![0-9])"
_FIRST_TARGET = re.compile(rf"\b{_NUMBERED}", re.I)
# A sentence's own condition: "after TP2", "when …": then the sentence needs nothing from the one before.
_CONDITION = re.compile(r"\b(?:after|once|when|if|hit|from|starting)\b", re.I)
# "… trailing 2% to TP3", "… trailing until TP3": the target the trail runs to. A plain "to" counts only after
# a distance, as "trail the SL to TP1" moves the stop to that target.
_UNTIL_TARGET = re.compile(rf"(?:(?<=%)[^\n.!;%]{{0,12}}?\bto|\b(?:until|till|up[ ]to))[ ]{{1,3}}(?:the[ ]{{1,3}})?{_NUMBERED}", re.I)
# "subiendo.. bajando": two or three dots between words, no price's decimal point.
_ELLIPSIS = re.compile(r"(?<=[^\W\d_])(?:\.{2,3}|…)[ ]+(?=[^\W\d_])")
# "move SL previous," "stop to the previous one.": a stop moved to "the previous" with no noun after it.
_BARE_PREVIOUS = re.compile(
    rf"(?P<stop>\b(?:sl|stop)\b(?:[ ]{{1,3}}[^\W\d_]+){{0,3}}?[ ]{{1,3}}(?:{english_pattern('previous').pattern}))(?:[ ]{{1,3}}one)?(?=[ ]*(?:[,.;!)]|$))",
    re.I | re.M,
)
_ANY_TARGET = re.compile(r"\b(?:tp|target)s?\b", re.I)
_STOP_NOUN_THEN_WHEN = re.compile(rf"(?<=stop)[ ]{{1,3}}(?:after|once)[ ]{{1,3}}(?:the[ ]{{1,3}})?{_NUMBERED}(?:[ ]*[.!;]|(?=[^\w\n]*$))", re.I | re.M)


def readable(text: str) -> str:
    """``text`` with the trail's rule put plainly: ellipses joined, a bare "previous" given its target,
    the run-to target dropped and a carried-on sentence given its predecessor's target."""
    text = _ELLIPSIS.sub(" ", text)
    text = "\n".join(_BARE_PREVIOUS.sub(r"\g<stop> Target", line) if _ANY_TARGET.search(line) else line for line in text.split("\n"))
    match = _TRAILING.search(text)
    if not match:
        return text
    start = _sentence_start(text, match.start())
    end = _SENTENCE_END.search(text, match.end())
    end = end.start() if end else len(text)
    sentence = _UNTIL_TARGET.sub(" ", text[start:end])
    opener = _CARRY_ON.match(sentence)
    if opener and not _CONDITION.search(sentence, opener.end(), match.start() - start):
        found = _FIRST_TARGET.search(text, _sentence_start(text, max(0, start - 2)), start)
        if found:  # "… 50% at TP1, stop to entry. From then on … trailing 2%": from that target on
            sentence = f"after TP{found.group(1)} " + sentence[opener.end():]
    return text[:start] + sentence + text[end:]


_SENTENCE_END = re.compile(r"[.!;](?:[ ]|$)|\n")
_CARRY_ON = re.compile(rf"[ ,:\-•]*(?:{english_pattern('carry_on').pattern})", re.I)


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding ``position`` starts: after its line's start or the last ". " before it."""
    line_start = text.rfind("\n", 0, position) + 1
    ends = [found.end() for found in re.finditer(r"[.!;][ ]+", text[line_start:position])]
    return line_start + (ends[-1] if ends else 0)


def start_after_stop_noun(text: str, end: int) -> int | None:
    """"trailing stop after tp2 👀": the target whose condition follows the full noun and ends the sentence."""
    found = _STOP_NOUN_THEN_WHEN.match(text, end)
    number = int(found.group(1)) if found else None
    return number if number and 1 <= number <= 20 else None


_CLAUSE_STOP = re.compile(r"\b(?:sl|stop|breakeven|break[ -]?even)\b", re.I)


def without_stop_clauses(text: str) -> str:
    """``text`` without the comma clauses that move the stop and take no share ("…, 30% TP3, hit TP1 move SL
    to entry"), so the shares' own targets are all a line names."""
    return "\n".join(
        ",".join(clause for clause in line.split(",") if "%" in clause or not _CLAUSE_STOP.search(clause))
        for line in text.split("\n")
    )
