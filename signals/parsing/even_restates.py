"""A rest split evenly whose shares are restated in brackets: "Amankan 50% di TP1, sisanya bagi rata di
TP2 dan TP3 (25% - 25%)" ("secure 50% at TP1, the rest split evenly at TP2 and TP3 (25% - 25%)").

The bracket says again what the even split already means, so it must agree with it and then is no
other share: one equal share per target left, each the rest divided among them. Shares that do not
agree ("(30% - 20%)") leave the clause as written, and the rest rule in ``hints`` declines it.
"""
from __future__ import annotations

import re
from decimal import Decimal

from .share_tokens import SHARE_OR_TARGET, share

# One bracket of shares and the marks between them: "(25% - 25%)", "(25%/25%)", "(%25 + %25)".
_BRACKET = re.compile(r"\(([^()\n]{1,40})\)")
_BETWEEN = re.compile(r"[ \-/+,&]*")
_TOLERANCE = Decimal("0.5")


def bracketed_shares(tail: str) -> bool:
    """Whether the rest clause holds a bracket of shares only ("(30% - 20%)"), agreeing or not."""
    return any(_only_shares(bracket.group(1)) for bracket in _BRACKET.finditer(tail))


def _only_shares(inside: str) -> bool:
    tokens = list(SHARE_OR_TARGET.finditer(inside))
    return bool(tokens) and all(token["share"] for token in tokens) and bool(_BETWEEN.fullmatch(SHARE_OR_TARGET.sub("", inside)))


def without_even_restatement(tail: str, remaining: Decimal, left: int) -> str:
    """The rest clause without a bracket restating its even split; the clause unchanged otherwise."""
    for bracket in _BRACKET.finditer(tail):
        tokens = list(SHARE_OR_TARGET.finditer(bracket.group(1)))
        if not left or len(tokens) != left or not _only_shares(bracket.group(1)):
            continue  # another count, or a word or price among the shares: not the split restated
        if all(abs(share(token) * left - remaining) <= _TOLERANCE for token in tokens):
            return tail[:bracket.start()] + " " + tail[bracket.end():]
    return tail
