"""Shares and rest clauses written in words, for ``hints``' allocation rules.

"un cuarto en TP2", "четверть на втором тейке" ("quarter" once canonical): a quarter is 25 % as "half"
is 50 %. "bank half at TP1; rest 2620 和 2600 各平一半" ("剩下的仓位 2620 和 2600"): a rest clause may
stand in its own sentence after the shares it completes, and may name the targets left by their prices.
"after TP2 I run a 1.5% trailing stop on the remainder": a percentage beside a trailing stop is its
distance, never a share of the position.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from .vocabulary import english_pattern

_PRICE = re.compile(r"(?<![0-9.,%])[0-9]+(?:\.[0-9]+)?(?![0-9.,]*[ ]?%)(?![.,]?[0-9])")


def spoken(line: str) -> str:
    """"half" as "50%", "quarter" as "25%", so the rules read one kind of share."""
    return english_pattern("quarter").sub(" 25% ", english_pattern("half").sub(" 50% ", line))


def trails(head: str) -> bool:
    """Whether a rule's head is about a trailing stop: its percentage is the trail's distance."""
    return english_pattern("trailing").search(head) is not None


def rest_sentences(lines: list[str]) -> list[str]:
    """Each sentence, a rest clause that opens its own sentence joined to the sentence before it
    ("close half at TP1, SL to entry; rest at TP2 and TP3"). One pass over the lines."""
    rest = english_pattern("rest")
    joined = []
    for index, line in enumerate(lines):
        opens = index and rest.match(line.lstrip())
        joined.append(f"{lines[index - 1]} {line}" if opens else line)
    return joined


def priced_targets(tail: str, take_profits: list[Decimal]) -> str:
    """The rest clause with each price that is one of the targets written as that target ("2620" →
    "TP2"); a price that is no target stays, so the clause is read as something else."""
    numbers = {price: index for index, price in enumerate(take_profits, start=1)}

    def named(match: re.Match) -> str:
        try:
            number = numbers.get(Decimal(match.group()))
        except InvalidOperation:
            return match.group()
        return f"TP{number}" if number else match.group()

    return _PRICE.sub(named, tail)
