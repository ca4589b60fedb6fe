"""A note in brackets after a target that moves the stop to entry: "1️⃣ 1.93（平50%，止损拉到开仓价）",
"TP1: 1.93 (close 50%, move SL to entry)". It is the plan's break-even rule at that target, and its
share the target's allocation. Left in place, its stop word would cut the target list in two, so
the note keeps only its share and the rule goes on a line of its own at the end, in the words
``hints.breakeven_after`` reads ("move SL to entry after TP1"). Runs on the canonical text.
"""
from __future__ import annotations

import re

# A price line of a list: its first letter or digit is a digit (``line_prices`` reads it, and imports ``text``).
_PRICE_LINE = re.compile(r"^[^\w]*\.?[0-9]")

_NOTED_LINE = re.compile(r"^(?P<head>[^\n(]{0,40}?[0-9][^\n(]{0,20}?)[ ]{0,2}\((?P<note>[^()\n]{1,60})\)[ ]{0,3}$")
_STOP = re.compile(r"\b(?:sl|stop[ -]?loss|stoploss|stop)\b", re.I)
_TO_ENTRY = re.compile(r"\b(?:entry|breakeven|break[ -]?even|be|cost)\b", re.I)
_SHARE = re.compile(r"[0-9]{1,3}(?:[.,][0-9]{1,2})?[ ]?%")
_TARGET_LABEL = re.compile(r"\b(?:tp|targets?|take[ -]?profits?)[ ]{0,2}#?[ ]{0,2}([0-9]{1,2})?(?![0-9.,])", re.I)


def break_even_notes(text: str) -> str:
    lines = text.split("\n")
    rules = []
    for number, line in enumerate(lines):
        match = _NOTED_LINE.match(line)
        if not match or not (_STOP.search(match["note"]) and _TO_ENTRY.search(match["note"])):
            continue
        target = _target_number(lines, number, match["head"])
        if target is None:
            continue
        share = _SHARE.search(match["note"])
        lines[number] = f"{match['head']} ({share.group()})" if share else match["head"]
        rules.append(f"move SL to entry after TP{target}")
    return "\n".join(lines + rules)


def _target_number(lines: list[str], number: int, head: str) -> int | None:
    """"TP2: 1.88 (…)" is target 2; a price line under "Targets:" is counted from the label."""
    label = _TARGET_LABEL.search(head)
    if label:
        return int(label.group(1)) if label.group(1) else 1
    if not _PRICE_LINE.match(head):
        return None
    count = 1
    for line in reversed(lines[:number]):
        if not line.strip():
            continue
        if _PRICE_LINE.match(line):
            count += 1
            continue
        label = _TARGET_LABEL.search(line)
        if label is None:
            return None
        return count + (re.search(r"[0-9]", line[label.end():]) is not None)  # "Targets: 1.95" is the first
    return None
