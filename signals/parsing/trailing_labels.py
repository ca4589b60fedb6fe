"""Labels written after their prices: "104.800 entrada / 106.200 stop / 102.500 alvo 1", one a line, and "688
civarı satış, 701 üstü kapanış stop, 672 / 659 hedef", one a comma clause. The section grammar reads a label
and then its price, so it would give each label the next line's or clause's price (the entry 106200, the stop
102500). Once canonical ("104800 Entry", "701 candle stop"), each such line or clause is turned round
("Entry 104800", "stop 701"), so every language's writing of it reads alike.

Only where the writing shows the order: clauses, two or more on a line, that start after a comma or end at one
and hold nothing but their prices, at most two condition words and their label; or, one a line, when the first labelled line of
the message is such a line and the line after the last one starts with no price the label could own.
Both passes are one scan over the lines; the patterns are anchored and bounded.
"""
from __future__ import annotations

import re

_PRICE = r"[$]?[0-9][0-9.,]*"
_PRICES = rf"{_PRICE}(?:[ ]{{0,2}}[/|~-][ ]{{0,2}}{_PRICE}){{0,5}}"
# "701 above candle stop", "688 around SELL": words of the condition or place between a price and its label.
_CONDITION = r"(?:candle|close|closing|above|below|over|under|around|near|about|at)"
_LABEL = r"(entry|entries|sl|stop loss|stoploss|stop|targets?|tps?|take profit|sell|buy|long|short)"
_INDEX = r"(?:[ ]{0,2}#?([0-9]{1,2}))?"
# "%50 TP1, %30 TP2" (Turkish writes the percent first): a share of a target, no price, so no "%" before one.
_CLAUSE = re.compile(
    rf"([^\w$%]{{0,6}})({_PRICES})[ ]{{1,4}}(?:{_CONDITION}[ ]{{1,4}}){{0,2}}{_LABEL}{_INDEX}[ ]{{0,3}}[.!]?[ ]{{0,3}}", re.I
)
# A clause ends at a comma or semicolon followed by a space ("104,250" is one number), or at a heading's
# colon ("BNB short: 688 satış, …"); not a label's ("TP: 1.2 / 1.3 short").
_CLAUSE_BREAK = re.compile(r"([,;:](?=[ ]))")
# A line's own labels: a price-labelled line is one with one of these words.
_ANY_LABEL = re.compile(r"\b(?:entry|entries|sl|stop|stoploss|targets?|tps?[0-9]{0,2}|take profit)\b", re.I)
_STARTS_WITH_PRICE = re.compile(rf"[^\w$]{{0,6}}{_PRICE}")


def _turned(match: re.Match) -> str:
    index = match.group(4) or ""
    return f"{match.group(1)}{match.group(3)}{index and ' ' + index}: {match.group(2).strip()}"


def _clauses(line: str) -> str:
    """"688 SELL, 701 candle stop, 672 / 659 Target, 15x" → "SELL: 688, stop: 701, Target: 672 / 659, 15x"."""
    parts = _CLAUSE_BREAK.split(line)
    for number in range(1, len(parts) - 1, 2):
        if parts[number] == ":" and _ANY_LABEL.search(parts[number - 1]):
            parts[number + 1] = parts[number - 1] + ":" + parts[number + 1]
            parts[number - 1] = parts[number] = ""
    matches = {number: _CLAUSE.fullmatch(parts[number]) for number in range(0, len(parts), 2)}
    matches = {number: match for number, match in matches.items() if match}
    if len(matches) < 2:
        return line  # one such clause is no habit: "TP 1.2, 1.3, 1.4 short" keeps its last target
    for number, match in matches.items():
        parts[number] = (" " if number else "") + _turned(match)
    return "".join(parts)


def labels_ahead(text: str) -> str:
    """The message with every label written after its price put in front of it. Runs after ``canonicalise``."""
    lines = text.split("\n")
    lines = [_clauses(line) if "," in line or ";" in line else line for line in lines]
    labelled = [number for number, line in enumerate(lines) if _ANY_LABEL.search(line)]
    if not labelled or not _CLAUSE.fullmatch(lines[labelled[0]]):
        return "\n".join(lines)
    trailing = [number for number, line in enumerate(lines) if _CLAUSE.fullmatch(line)]
    after = trailing[-1] + 1
    if after < len(lines) and _STARTS_WITH_PRICE.match(lines[after]):
        return "\n".join(lines)  # the last label may be the next line's: "… 106.200 stop\n102.500"
    for number in trailing:
        lines[number] = _turned(_CLAUSE.fullmatch(lines[number]))
    return "\n".join(lines)
