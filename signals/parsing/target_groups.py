"""One share said of a group of targets: "На первом тейке фиксируем 50%, на втором и третьем по 25%"
("first Target close 50%, second third 25%" once canonical), "TP1 pe 50% book karo, baaki TP2 aur TP3
pe 25-25%" ("TP1 50% close, rest TP2 TP3 25%").

Targets written together take the share after (or before) them: one share per target in turn, or
one share for all of them, which is either each one's ("по 25%", "25-25%", "25% each") or the
group's split evenly ("TP2 and TP3 50%"). The canonical text often loses the word that tells them
apart, so the reading is kept only when exactly one of them adds up to 100 %.
"""
from __future__ import annotations

from decimal import Decimal
from itertools import product

_TOTAL = Decimal(100)


def group_shares(items: list[tuple[str, int | Decimal]], count: int) -> list[Decimal] | None:
    """The percentages of targets 1..``count`` from a sentence's items in order, each ("target", number)
    or ("share", percent); None unless the groups alternate, cover every target once and one reading sums to 100."""
    groups: list[tuple[str, list]] = []
    for kind, value in items:
        if groups and groups[-1][0] == kind:
            groups[-1][1].append(value)
        else:
            groups.append((kind, [value]))
    if len(groups) < 2 or len(groups) % 2:
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
