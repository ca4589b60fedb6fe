"""The share left for "the runner", written as the last target's share.

    Take 40% off at the first, 40% at the second and leave 20% for the runner.
    TP1 50%, TP2 30%, deixa 20% pro runner            ("… leave 20% runner" once canonical)

A plan that lists its targets calls the last one "the runner" ("then 15.40, runner to 16.80"), and its share
rule then names that target so instead of by number. Written "20% at TP<last>", the rules in ``hints`` read
the sentence as they read "40% at TP1, 40% at TP2, 20% at TP3". Only the share right before the runner word
(a few words apart, no number between) is moved; with fewer than two targets there is no runner to name.
"""
from __future__ import annotations

import re
from decimal import Decimal

from .vocabulary import english_pattern

_SHARE_FOR_RUNNER = re.compile(
    rf"(?P<share>(?<![0-9.,])[0-9]{{1,3}}(?:[.,][0-9]{{1,2}})?[ ]?%)(?P<gap>[^\n0-9%,;.]{{0,24}}?)(?:{english_pattern('runner').pattern})",
    re.I,
)


def as_last_target(text: str, take_profits: list[Decimal]) -> str:
    """``text`` with "20% for the runner" written "20% at TP<last>"."""
    if len(take_profits) < 2:
        return text
    return _SHARE_FOR_RUNNER.sub(lambda found: f"{found['share']} at TP{len(take_profits)}", text)
