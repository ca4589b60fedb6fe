"""A run of shares said of the rest, after shares at numbered targets:

    Take 30% at TP1 and move stop to entry, then 30% / 20% / 20% on the rest.
    50% at TP1, rest: 25% / 25%   ("TP1'de %50, kalanı %25 / %25" once canonical)

The run gives the targets the shares before it left, one share each, in order. It is read only when it
has exactly one share per target left and the shares together make up the position (100), and when the
sentence holds no other number (a price) and names no target after the run but the ones left. A single
share after the rest ("rest 20% at TP3") and an even split ("rest at TP2 and TP3") are other rules'
(``rest_shares``, ``hints._share_then_rest``), tried before this one.
Kept apart from ``hints``, which is at its size limit and calls this after its own rules.
"""
from __future__ import annotations

import re
from decimal import Decimal

from .share_tokens import ALLOCATION_TOTAL, SHARE_OR_TARGET, allocations, paired, rule_lines, target_number
from .vocabulary import english_pattern
from .word_shares import rest_sentences

_NUMBER = r"[0-9]{1,3}(?:\.[0-9]{1,2})?"
_SIGNED = rf"(?:{_NUMBER}[ ]?%(?![0-9])|%[ ]?{_NUMBER}(?![0-9]))"
# "30% / 20% / 20%", "%30, %20, %20", "30% 20% 20%", or "30/20/20%" (the sign once, at the end). Atomic
# groups: a separator never gives back what it took, so a long run costs its length.
_RUN = (
    rf"(?<![0-9.,+\-%])(?:{_SIGNED}(?>(?>[ ]{{0,3}}[/,][ ]{{0,3}}|[ ]{{1,3}}){_SIGNED})+"
    # A bare chain starts only at its first number, so a long chain without its sign is tried once.
    rf"|(?<!/)(?<!/[ ])(?<!/[ ]{{2}}){_NUMBER}(?>[ ]{{0,2}}/[ ]{{0,2}}{_NUMBER})+[ ]?%(?![0-9]))"
)
# The run, at most a preposition and "the" between it and the rest word, or the rest word then the run. Each
# run is found once (``finditer``) and the words beside it are looked at in a bounded window, so a message
# of many shares costs its length, not its length times its runs.
_RUN_PATTERN = re.compile(_RUN, re.I)
_WORDS = r"(?:(?:on|for|across|over|in|at|to|of)[ ]{1,3})?(?:the[ ]{1,3})?"
_THEN_REST = re.compile(rf"[ ]{{1,3}}{_WORDS}(?:{english_pattern('rest').pattern})", re.I)
_REST_BEFORE = re.compile(rf"(?:{english_pattern('rest').pattern})[ ]{{0,3}}[:\-]?[ ]{{0,3}}{_WORDS}$", re.I)
_WINDOW = 40
_RUN_NUMBER = re.compile(_NUMBER)


def _run_on_rest(line: str) -> tuple[int, int, str] | None:
    """The run said of the rest: where the whole phrase starts and ends, and the run itself."""
    for run in _RUN_PATTERN.finditer(line):
        if after := _THEN_REST.match(line, run.end()):
            return run.start(), after.end(), run.group()
        window = max(0, run.start() - _WINDOW)
        if before := _REST_BEFORE.search(line[window:run.start()]):
            return window + before.start(), run.end(), run.group()
    return None


def shares_on_rest(text: str, take_profits: list[Decimal]) -> list[Decimal] | None:
    """The targets' shares when a sentence gives some at numbered targets and a run of them to the rest."""
    for line in rest_sentences(rule_lines(text)):
        found = _run_on_rest(line)
        if found is None:
            continue
        start, end, run_text = found
        head, tail = line[:start], line[end:]
        shares = paired(list(SHARE_OR_TARGET.finditer(head)))
        left = [number for number in range(1, len(take_profits) + 1) if number not in shares]
        run = [Decimal(number) for number in _RUN_NUMBER.findall(run_text)]
        named = [target_number(token) for token in SHARE_OR_TARGET.finditer(tail) if not token["share"]]
        # A price or another number in the sentence, or a share after the run, makes it some other rule.
        stray = re.search(r"[0-9]", SHARE_OR_TARGET.sub(" ", head)) or any(token["share"] for token in SHARE_OR_TARGET.finditer(tail))
        if stray or re.search(r"[0-9]", SHARE_OR_TARGET.sub(" ", tail)) or not shares or len(run) != len(left):
            continue
        if (named and sorted(set(named)) != left) or sum(shares.values()) + sum(run) != ALLOCATION_TOTAL:
            continue
        by_target = dict(shares) | dict(zip(left, run, strict=True))
        return allocations(take_profits, [by_target[number] for number in range(1, len(take_profits) + 1)])
    return None
