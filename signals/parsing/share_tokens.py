"""The pieces every share rule reads: a share ("50%", Turkish "%50"), a numbered target ("TP1", "first
target"), a rest clause, a message's rule lines, and fractions made of percentages.

Kept apart from ``hints`` so the modules that read shares in other layouts (``share_runs``) use the same
tokens without importing the rules that call them.
"""
from __future__ import annotations

import re
from decimal import Decimal

from .vocabulary import english_pattern

ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
# "50%", "%50" (Turkish), unsigned: "+50%" is a gain. "TP1", "Target 2": a numbered target.
SHARE_OR_TARGET = re.compile(
    r"(?<![0-9.,+\-])(?P<share>%[ ]?[0-9]{1,3}(?:\.[0-9]{1,2})?(?![0-9]|[.,][0-9])|[0-9]{1,3}(?:\.[0-9]{1,2})?[ ]?%(?![0-9]))"
    r"|\b(?:tp|target|take[ -]?profit)[ ]{0,2}#?(?P<number>[0-9]{1,2})(?![0-9]|[.,][0-9]|[ ]?%(?![0-9]))"  # "止盈 25%": a verb's share, no target 25
    # "50% at the first target", "۵۰٪ در تارگت اول" ("50% Target first" once canonical): a target by its ordinal.
    r"|\b(?P<ordinal_before>first|second|third|fourth|fifth)[ ]{1,2}(?:tp|target|take[ -]?profit)\b"
    r"|\b(?:tp|target|take[ -]?profit)[ ]{1,2}(?P<ordinal_after>first|second|third|fourth|fifth)\b",
    re.I,
)
ALLOCATION_TOTAL = Decimal(100)
_TOLERANCE = Decimal("0.5")
_PLACES = Decimal("0.0001")


def allocations(prices: list[Decimal], percents: list[Decimal | None], of_capital: bool = False) -> list[Decimal] | None:
    """Fractions summing to 1 when every price has a percentage and they add up to 100 %.

    Percentages that add up to something else are profit figures or leverage-scaled gains
    ("(15%) (30%) (45%)"), not a split of the position; shares of the account (``of_capital``)
    split it in their proportion, whatever they add up to.
    """
    if not prices or len(percents) != len(prices) or any(p is None or p <= 0 for p in percents):
        return None
    total = sum(percents)
    if abs(total - ALLOCATION_TOTAL) > _TOLERANCE and not of_capital:
        return None
    fractions = [(p / total).quantize(_PLACES) for p in percents]
    fractions[-1] += Decimal(1) - sum(fractions)  # rounding lands on the last leg
    return fractions


# "the rest at TP2 and TP3", "rest TP2, TP3" ("剩下的 TP2、TP3"): the targets a rest is split over, up to the clause's end ("…, after TP1 SL to entry", "…, TP1 when SL …").
REST_CLAUSE = re.compile(rf"(?:{english_pattern('rest').pattern})(?P<tail>[^,;\n]*(?:,[ ]{{0,2}}(?:tp|target)[ ]?[0-9](?![^,;\n]*\b(?:when|after|once|if|sl|stop)\b)[^,;\n]*)*)", re.I)


def paired(tokens: list[re.Match]) -> dict[int, Decimal]:
    """Each target's share, written either after it ("TP1 50%, TP2 30%") or before it ("50% at TP1");
    a line that does not alternate the two pairs nothing."""
    kinds = ["share" if token.group("share") else "target" for token in tokens]
    if len(tokens) % 2 or any(kind == kinds[i - 1] for i, kind in enumerate(kinds) if i):
        return {}
    pairs = zip(tokens[::2], tokens[1::2], strict=True)
    return {target_number(first if second["share"] else second): share(first if first["share"] else second) for first, second in pairs}


def target_number(target: re.Match) -> int:
    ordinal = target["ordinal_before"] or target["ordinal_after"]
    return ORDINALS[ordinal.lower()] if ordinal else int(target["number"])


def share(token: re.Match) -> Decimal:
    return Decimal(token["share"].strip("% "))


def rule_lines(text: str) -> list[str]:
    """Lines, and sentences or "|" items within them: "TP1 hit. Move SL to entry after TP2" are two rules.
    A line left open by a dash goes on on the next ("Stop: Breakeven -\n Trigger: Target (1)", Cornix)."""
    text = _OPEN_DASH.sub(" - ", text)
    return [part for line in text.split("\n") for part in _RULE_END.split(line) if part.strip()]


# "1. hedeften sonra stop girişe" (after the 1st target): an ordinal's dot before a target word ends no sentence.
# "… 20% TP3 पर। TP1 के बाद SL …": Hindi ends a sentence with a danda ("।"), spaced or not.
_RULE_END = re.compile(r"(?<=[.!;])(?!(?<=\b[0-9]\.)[ ]+(?:tp|target)\b)[ ]+|[ ]*\|[ ]*|(?<=।)[ ]*", re.I)


_OPEN_DASH = re.compile(r"(?<=[^\W\d_])[ ]*-[ ]*\n[ ]*")
