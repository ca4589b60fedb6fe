"""The target a management rule's condition names when the target comes first: "TP1 hit, close half,
move SL to entry, TP2 and TP3 …" ("TP1 到了先平一半，剩下的止损移到开仓价…"), "TP1 tercapai, geser SL ke entry",
"first Target hit → SL breakeven".

``hints`` reads a condition's target after its word ("after TP1", "hit TP1"); a language that writes the
target before the word ("TP1 到了", "TP1 tercapai", "TP1 ulaştı") would then take a later target of the
same sentence for the condition's. A numbered target right before the condition word, with nothing but
spaces between, is that condition's own. A price between them ("TP2 2.20 after …") makes it a list.

A sentence may hold two rules, each with its own condition: "after TP1 move the stop to entry and after
TP2 trail 1.5%" ("بعد از تارگت اول … و بعد از تارگت دوم با تریلینگ …"). The rule's word comes after its
own condition, so the condition nearest before the word, the last one that names a target, is its
(``last_named``).
"""
from __future__ import annotations

import re
from bisect import bisect_left

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
_TARGET_BEFORE = re.compile(
    r"(?:\b(?:tp|target|take[ -]?profit)[ ]{0,2}#?(?P<number>[0-9]{1,2})"
    r"|\b(?P<ordinal>first|second|third|fourth|fifth)[ ]{1,2}(?:tp|target|take[ -]?profit))(?:['’][^\W\d_]{0,4})?[ ]{0,3}$",
    re.I,
)


def target_before(line: str, condition_start: int) -> int | None:
    """The number of the target written right before the condition word that starts at ``condition_start``."""
    match = _TARGET_BEFORE.search(line[max(0, condition_start - 30):condition_start])
    if not match:
        return None
    number = _ORDINALS[match["ordinal"].lower()] if match["ordinal"] else int(match["number"])
    return number if 1 <= number <= 20 else None


# "after the second target", "once price hits TP2": a condition names its target within a few words.
_NAMED_WITHIN = 25


def last_named(conditions: list[re.Match], targets: list[re.Match]) -> re.Match | None:
    """The target named by the last condition that names one within a few words after its word.

    Both lists come from one pass over the same text, in order; each condition looks up the first
    target after it by bisection, so the cost stays linear in the text.
    """
    starts = [target.start() for target in targets]
    named = None
    for condition in conditions:
        index = bisect_left(starts, condition.start())
        if index < len(targets) and targets[index].start() - condition.end() <= _NAMED_WITHIN:
            named = targets[index]
    return named


# "Taking 50% at TP1, 30% at TP2, rest at TP3, and after each target I move the stop …": "at" after a share
# places the share on its target; it is no condition, and the rule's own ("after each target") is the later one.
_SHARE_BEFORE = re.compile(r"(?:%|\brest|\bremaining|\bremainder)[ ]{0,3}$", re.I)


def without_share_places(conditions: list[re.Match], text: str) -> list[re.Match]:
    """``conditions`` without the "at" that places a share ("30% at TP2", "rest at TP3")."""
    return [
        condition for condition in conditions
        if condition.group().strip().lower() != "at" or not _SHARE_BEFORE.search(text, max(0, condition.start() - 20), condition.start())
    ]
