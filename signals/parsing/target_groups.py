"""One share said of a group of targets: "На первом тейке фиксируем 50%, на втором и третьем по 25%"
("first Target close 50%, second third 25%" once canonical), "TP1 pe 50% book karo, baaki TP2 aur TP3
pe 25-25%" ("TP1 50% close, rest TP2 TP3 25%").

Targets written together take the share after (or before) them: one share per target in turn, or
one share for all of them, which is either each one's ("по 25%", "25-25%", "25% each") or the
group's split evenly ("TP2 and TP3 50%"). The canonical text often loses the word that tells them
apart, so the reading is kept only when exactly one of them adds up to 100 %.
"""
from __future__ import annotations

import re
from decimal import Decimal
from itertools import product

_TOTAL = Decimal(100)


def group_shares(items: list[tuple[str, int | Decimal]], count: int, clauses: list[int] | None = None) -> list[Decimal] | None:
    """The percentages of targets 1..``count`` from a sentence's items in order, each ("target", number)
    or ("share", percent); None unless the groups alternate, cover every target once and one reading sums to 100.
    With ``clauses`` (each item's comma clause), shares and targets in different clauses stay apart: "TP1 close 50%,
    then 25% second third" is 50% for TP1 and 25% for the second and third, not 50% and 25% for TP1."""
    groups: list[tuple[str, list]] = []
    for index, (kind, value) in enumerate(items):
        # "close 50% at TP1 then SL to entry, TP2 and TP3 25% each": a target in a new clause starts its own group too.
        apart = clauses is not None and index and clauses[index] != clauses[index - 1]
        if groups and groups[-1][0] == kind and not apart:
            groups[-1][1].append(value)
        else:
            groups.append((kind, [value]))
    if len(groups) < 2 or len(groups) % 2 or any(a[0] == b[0] for a, b in zip(groups[::2], groups[1::2], strict=True)):
        return None
    pairs = [(a[1], b[1]) if a[0] == "target" else (b[1], a[1]) for a, b in zip(groups[::2], groups[1::2], strict=True)]
    if any(len(shares) not in (1, len(targets)) for targets, shares in pairs):
        return None
    named = sorted(number for targets, _ in pairs for number in targets)
    if named != list(range(1, count + 1)):
        return None
    readings = []
    for each in product((True, False), repeat=len(pairs)):
        by_target = {}
        for (targets, shares), alike in zip(pairs, each, strict=True):
            if len(shares) == len(targets) and len(targets) > 1:
                by_target.update(zip(targets, shares, strict=True))
            else:
                share = shares[0] if alike else shares[0] / len(targets)
                by_target.update((number, share) for number in targets)
        readings.append(tuple(by_target[number] for number in range(1, count + 1)))
    fitting = {reading for reading in readings if abs(sum(reading) - _TOTAL) <= Decimal("0.5")}
    return list(fitting.pop()) if len(fitting) == 1 else None


# "entre alvo 2 e 3" ("Target 2 3" once canonical), "TP2 & 3", "TP2/3": one target word before a run of
# numbers. Only the next numbers in turn count, so a price after a target ("TP2 45") stays a price.
_TARGET_RUN = re.compile(
    r"\b(?P<word>tp|target|take[ -]?profit)[ ]{0,2}#?(?P<first>[0-9]{1,2})"
    r"(?P<more>(?:[ ]{0,3}(?:,|/|&|\+|\band\b)?[ ]{0,3}(?<![0-9])[0-9]{1,2}(?![0-9]|[.,][0-9]))+)",
    re.I,
)


def spelled_out(text: str) -> str:
    """``text`` with a target word's run of numbers written one target each ("Target 2 3" → "Target 2 Target 3")."""
    def spell(match: re.Match) -> str:
        numbers = [int(match["first"]), *map(int, re.findall(r"[0-9]+", match["more"]))]
        if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
            return match.group()
        return " ".join(f"{match['word']} {number}" for number in numbers)
    return _TARGET_RUN.sub(spell, text)


# "остальное поровну на 2 и 3" ("rest поровну 2 3" once canonical), "el resto en la 2 y la 3", "kalanı 2 ve 3'te":
# the rest's targets by bare number, an ordinal's ending kept ("2-й", "2nd", "3º").
_BARE_NUMBER = re.compile(r"(?<![0-9.,#])(?<![^\W\d_])([0-9]{1,2})(?:st|nd|rd|th|-?(?:й|я|ю|го|му)|º|ª|['’][^\W\d_]{1,3})?(?![0-9]|[.,][0-9]|[^\W\d_])", re.I)

# "hold the rest 2 or 3 days", "rest for 2 candles": numbers of a choice or of a time, never targets.
_COUNTED = re.compile(r"[0-9][ ]{1,3}or[ ]{1,3}[0-9]|[0-9][ ]{1,3}(?:hours?|days?|weeks?|daily|weekly|candles?|minutes?|mins?)\b", re.I)


def rest_targets(tail: str, left: list[int]) -> str:
    """``tail`` (what follows "the rest") with its bare numbers written as targets, when they are its only
    numbers and exactly the targets ``left`` after the shares; else ``tail`` as it is (a price stays one)."""
    numbers = [int(found[1]) for found in _BARE_NUMBER.finditer(tail)]
    if not numbers or _COUNTED.search(tail) or sorted(set(numbers)) != left or len(re.findall(r"[0-9]+", tail)) != len(numbers):
        return tail
    return _BARE_NUMBER.sub(lambda found: f"Target {found[1]}", tail)
