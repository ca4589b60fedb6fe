"""Shares said of targets by their ordinals alone, each share covering the ordinals after it:

    Fechar 30% no 1º, 30% no 2º e 40% no 3º.          ("close 30% 1st, 30% 2nd 40% 3rd" once canonical)
    Фиксируем по 30% на 1-й и 2-й цели, остаток 40% на третьей   ("close 30% 1st 2nd Target, rest 40% third")

``hints``' rules pair a share with a numbered target ("30% at TP1"); channels also write the target's
place only ("1º", "2-й", "third"), the target word said once or not at all. Read from the first share to
the sentence's end, so a remark before it ("pode fazer x2") is no price in the rule. Every target must
get exactly one share and the shares must make up the position; a share for some targets only, or a
number that is neither share nor ordinal (a price), leaves the sentence unread.
"""
from __future__ import annotations

import re
from decimal import Decimal

from .share_tokens import ALLOCATION_TOTAL, ORDINALS, SHARE_OR_TARGET, allocations, rule_lines, share, target_number

_ORDINAL = re.compile(
    r"\b(?:(?P<digits>[0-9]{1,2})(?:st|nd|rd|th)|(?P<word>first|second|third|fourth|fifth))\b(?:[ ]{1,2}(?:tp|target)s?\b)?",
    re.I,
)
# An ordinal of something else: "the 1st entry", "2nd stop".
_OTHER_LEG = re.compile(r"\b(?:entry|entries|dca|sl|stop|leverage)\b", re.I)


def ordinal_shares(text: str, take_profits: list[Decimal]) -> list[Decimal] | None:
    """The targets' shares when a sentence gives every target one by its ordinal ("30% 1st, 30% 2nd 40% 3rd")."""
    for line in rule_lines(text):
        first = next((token for token in SHARE_OR_TARGET.finditer(line) if token["share"]), None)
        span = _through_last_share(line[first.start():]) if first else ""
        if not span or _OTHER_LEG.search(span) or not _ORDINAL.search(span):
            continue
        shares = _assigned(span)
        if shares and sorted(shares) == list(range(1, len(take_profits) + 1)) and sum(shares.values()) == ALLOCATION_TOTAL:
            return allocations(take_profits, [shares[number] for number in sorted(shares)])
    return None


# A clause after the last share is another rule: "25% at the third, and after the first target move SL to
# entry", ar "و٢٥٪ عند الثالث، وبعد الهدف الأول ننقل الستوب" — its ordinal and "SL" are not the split's.
_CLAUSE_END = re.compile(r"[,،;]")


def _through_last_share(span: str) -> str:
    """The span up to the clause break after its last share."""
    last = None
    for token in SHARE_OR_TARGET.finditer(span):
        if token["share"]:
            last = token
    cut = _CLAUSE_END.search(span, last.end()) if last else None
    return span[:cut.start()] if cut else span


def _assigned(span: str) -> dict[int, Decimal] | None:
    """Each target the share before it, or None when a target comes twice or another number is written."""
    items = [(token.start(), token) for token in SHARE_OR_TARGET.finditer(span)]
    masked = SHARE_OR_TARGET.sub(lambda match: " " * len(match.group()), span)
    items += [(found.start(), found) for found in _ORDINAL.finditer(masked)]
    if re.search(r"[0-9]", _ORDINAL.sub(" ", masked)):
        return None
    current, shares = None, {}
    for _, token in sorted(items, key=lambda item: item[0]):
        if token.re is SHARE_OR_TARGET and token["share"]:
            current = share(token)
            continue
        number = target_number(token) if token.re is SHARE_OR_TARGET else _ordinal(token)
        if current is None or number in shares:
            return None
        shares[number] = current
    return shares


def _ordinal(found: re.Match) -> int:
    return int(found["digits"]) if found["digits"] else ORDINALS[found["word"].lower()]
