"""The rest of the position left to run to a target named by its ordinal, written as that target's share.

    Yo cierro un 50% en el primero, 30% en el segundo y el resto lo dejo correr hasta el tercero.
    Close 50% at the first, 30% at the second and let the rest run to the third.

The rest is what the shares before it in the sentence leave (here 20%); written "20% third", the sentence
reads as ``ordinal_shares`` reads "50% first, 30% second, 20% third", and that rule still checks every target
gets one share and the shares make up the position. Only a rest after at least one share, with no number
between the rest word and its ordinal, is rewritten; a rest with nothing left (shares already at 100) is not.
"""
from __future__ import annotations

import re
from decimal import Decimal

from .share_tokens import ALLOCATION_TOTAL, SHARE_OR_TARGET, rule_lines, share
from .vocabulary import english_pattern

_ORDINAL_WORD = r"(?:first|second|third|fourth|fifth)"
# "rest lo dejo correr to third", "the rest run to the third": the rest word, a few words without a number,
# then the ordinal, possibly followed by its target word.
_REST_TO_ORDINAL = re.compile(
    rf"(?:{english_pattern('rest').pattern})(?P<gap>[^\n0-9%,;.]{{0,40}}?)\b(?P<ordinal>{_ORDINAL_WORD})\b", re.I)


def as_share(text: str) -> str:
    """``text`` with "the rest … to the third" written "<what is left>% third" in each rule sentence."""
    return "\n".join(_rewritten(line) if english_pattern("rest").search(line) else line for line in text.split("\n"))


def _rewritten(line: str) -> str:
    for sentence in rule_lines(line):
        found = _REST_TO_ORDINAL.search(sentence)
        if not found:
            continue
        shares = [share(token) for token in SHARE_OR_TARGET.finditer(sentence, 0, found.start()) if token["share"]]
        left = ALLOCATION_TOTAL - sum(shares, Decimal(0))
        if shares and left > 0:
            line = line.replace(sentence, sentence[:found.start()] + f" {left.normalize():f}% {found['ordinal']}" + sentence[found.end():], 1)
    return line
