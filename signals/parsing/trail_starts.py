"""Where a trailing stop starts when the message says so around the bare words: a start that follows the
noun ("Trailing stop a partir del TP2." → "Trailing stop starting after TP2."), or a condition written
before its word that ends right at the verb switching the trail on ("3. hedeften sonra trailing stop devreye
girer" → "3. Target after trail", "पहला टारगेट हिट होने के बाद ट्रेलिंग स्टॉप लगा दें" → "first Target hit
होने after trail"). "Trailing after Target 2." names the rule, not its start (pt-blind61-j05): "after" alone
is not "starting after". A condition that opens the clause and names its target a few plain words
before the verb ("Kalau udah kena TP2, pakai trailing stop" → "when udah hit TP2, trail", "TP3'ten sonra kalan
pozisyonda … stop kullanın" → "after TP3 kalan pozisyonda trail") starts it too, its ordinal before or, as
Arabic and Persian write it, after the noun ("بعد تحقيق الهدف الثاني فعّلوا …" → "after hit Target second trail").
"""
from __future__ import annotations

import re

_TARGET = r"(?:\b(?:tp|target)[ ]{0,2}#?(?P<n>[0-9]{1,2})(?![0-9])|\b(?P<o>first|second|third|fourth|fifth)[ ]{1,2}(?:tp|target)\b|(?<![0-9.,])(?P<d>[0-9]{1,2})\.[ ]{1,2}(?:tp|target)\b|\b(?:tp|target)[ ]{1,2}(?P<p>first|second|third|fourth|fifth)\b)"
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
# The start right after the noun, then the sentence's end.
_STARTING_AFTER = re.compile(
    rf"[ ]{{1,3}}starting[ ]after[ ]{{1,3}}(?:the[ ]{{1,3}})?{_TARGET}[ ]{{0,3}}(?:[.!;]|$|\n)", re.I)
# The target, at most two words of its condition ("hit होने"), then "after" right before the verb. A word
# may hold combining marks (Devanagari vowel signs), which ``[^\W\d_]`` leaves out.
_TARGET_THEN_AFTER = re.compile(
    rf"{_TARGET}(?:[ ]{{1,3}}[^\W\d_][^\s\d,.;:!?]{{0,15}}){{0,2}}[ ]{{1,3}}after[ ,:]{{0,3}}$", re.I)


def _number(match: re.Match) -> int | None:
    if match["o"] or match["p"]:  # "Target second": Arabic and Persian put the ordinal after its noun
        return _ORDINALS[(match["o"] or match["p"]).lower()]
    number = int(match["n"] or match["d"])
    return number if 1 <= number <= 20 else None


def start_after_noun(text: str, end: int) -> int | None:
    """The target "starting after" names right after the trail's word that ends at ``end``."""
    found = _STARTING_AFTER.match(text, end)
    return _number(found) if found else None


def start_before_verb(before: str) -> int | None:
    """The target of a postposed condition ("3. Target after ") that ends right before the verb."""
    found = _TARGET_THEN_AFTER.search(before[-80:])
    return _number(found) if found else None


# "when udah hit TP2, ", "after TP3 kalan pozisyonda ", "Once TP2 is hit, set a ": the condition, at most two
# words, its target, then at most four words that are no other rule's ("after TP1 move SL to entry and trail"
# moves the stop at TP1). Searched on the clause's last 80 characters, so a long message costs no more.
_CONDITION_THEN_VERB = re.compile(
    rf"\b(?:after|once|when|if)(?:[ ]{{1,3}}[^\W\d_]+){{0,2}}[ ]{{1,3}}{_TARGET}"
    rf"(?:[ ]{{0,3}},?[ ]{{1,3}}(?!(?:sl|stop|breakeven|entry|move|close|and|tp|target|trailing)\b)[^\W\d_]+){{0,4}}[ ,]{{0,4}}$", re.I)


def start_from_condition(before: str) -> int | None:
    """The target of a condition that opens the clause right before the verb ("when udah hit TP2, ")."""
    found = _CONDITION_THEN_VERB.search(before[-80:])
    return _number(found) if found else None
