"""Target shares written in ways the rules in ``hints`` do not read on their own.

A run of shares with no separator but spaces, a sentence's only numbers:

    Take profit 50% 30% 20%
    …, 15x iso. 50% 30% 20% like always

Each written with its sign and together making up the position (100), one per target, they are the
targets' shares; gains ("TP: 5% 10% 15%") do not add up so, and a sentence that names an entry or a
stop splits something else ("Entry 50% 50%").

A target word said once and left out after it, the ordinal standing alone:

    На первом тейке закрываем 30%, на втором ещё 30%, остаток — на третьем
    ("first Target close 30%, second ещё 30%, rest - third" once canonical)

A rest split over the targets left, its share per target written too:

    第一目標平倉50%，剩下兩個目標各25%   ("first Target close 50%, rest 兩個 Target 各25%")

The rest's share is kept only when it is what the shares before it leave, per target left.
Kept apart from ``hints``, which is at its size limit and calls these after its own rules.
"""
from __future__ import annotations

import re
from decimal import Decimal

from .share_tokens import REST_CLAUSE, SHARE_OR_TARGET, allocations, paired, rule_lines, share
from .word_shares import rest_sentences

_SIGNED = r"(?<![0-9.,+\-%])(?:[0-9]{1,3}(?:\.[0-9]{1,2})?[ ]?%(?![0-9])|%[ ]?[0-9]{1,3}(?![0-9.,]))"
_SPACED_RUN = re.compile(rf"{_SIGNED}(?:[ ]{{1,3}}{_SIGNED})+")
_NUMBER = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,2})?")
# A sentence about the entries or the stop splits them, not the targets.
_OTHER_LEG = re.compile(r"\b(?:entry|entries|dca|buy|sl|stop|risk|margin)\b", re.I)
_ORDINAL = r"(?:first|second|third|fourth|fifth)"
_ORDINAL_TARGET = re.compile(rf"\b{_ORDINAL}[ ]{{1,2}}(?:tp|target)\b", re.I)
_BARE_ORDINAL = re.compile(rf"\b({_ORDINAL})\b(?![ ]{{1,2}}(?:tp|target)\b)", re.I)
_TOTAL = Decimal(100)
_NAMED_TARGET = re.compile(r"\b(?:tp|target)[ ]{0,2}#?([0-9]{1,2})(?![0-9])", re.I)


def spaced_run(text: str, take_profits: list[Decimal]) -> list[Decimal] | None:
    """"Take profit 50% 30% 20%": a sentence's only numbers, shares making up the position, one per target."""
    for line in rule_lines(spelled_ordinals(text)):
        run = _SPACED_RUN.search(line)
        if run is None or re.search(r"[0-9]", line[:run.start()] + line[run.end():]) or _OTHER_LEG.search(line):
            continue
        shares = [Decimal(number) for number in _NUMBER.findall(run.group())]
        if len(shares) == len(take_profits) and sum(shares) == _TOTAL:
            return allocations(take_profits, shares)
    return None


def spelled_ordinals(text: str) -> str:
    """``text`` with a bare ordinal given the target word an ordinal before it on its line carried
    ("second" → "second Target"), and a bare index after a share given the one a share before a numbered
    target carried ("realiza 50% no alvo 1, 25% no 2 e 25% no 3" → "50% Target 1, 25% Target 2 …")."""
    return "\n".join(
        _BARE_INDEX.sub(r"\1Target \2", _BARE_ORDINAL.sub(r"\1 Target", line) if _ORDINAL_TARGET.search(line) else line)
        if _SHARE_AT_NUMBERED.search(line) else
        (_BARE_ORDINAL.sub(r"\1 Target", line) if _ORDINAL_TARGET.search(line) else line)
        for line in text.split("\n")
    )


# "50% Target 1": a share said of a numbered target, which a bare index after the next share ("25% 2") repeats.
_SHARE_AT_NUMBERED = re.compile(r"[0-9][ ]?%[ ]{1,4}(?:(?:at|on|in)[ ]{1,3})?(?:tp|target)[ ]{0,2}[1-9]\b", re.I)
# The index alone, the clause's end or the next share right after it: "25%   2   25%   3", never "25% 2.5" or "25% 2 days".
_BARE_INDEX = re.compile(r"(?<=%)([ ]{1,4}(?:(?:at|on|in)[ ]{1,3})?)([1-9])(?=[ ]{0,4}(?:[,;]|[.](?![0-9])|$|[0-9]{1,3}[ ]?%))")


def rest_with_share(text: str, take_profits: list[Decimal]) -> list[Decimal] | None:
    """"50% at TP1, rest N targets 25% each": the rest's one share must be what is left per target left.
    "На первом тейке фиксируем 50%. Остаток закрываем по 25% на втором и третьем": a rest that opens its own
    sentence is read with the sentence before it (``word_shares.rest_sentences``); the targets it names, if
    any, must be the ones left."""
    for line in rest_sentences(rule_lines(spelled_ordinals(text))):
        rest = REST_CLAUSE.search(line)
        if rest is None:
            continue
        head, tail = line[:rest.start()], rest["tail"]
        tokens = list(SHARE_OR_TARGET.finditer(head))
        tail_shares = [token for token in SHARE_OR_TARGET.finditer(tail) if token["share"]]
        if not tokens or re.search(r"[0-9]", SHARE_OR_TARGET.sub(" ", head) + SHARE_OR_TARGET.sub(" ", tail)):
            continue
        shares = paired(tokens)
        left = [number for number in range(1, len(take_profits) + 1) if number not in shares]
        if not shares or not left or len(tail_shares) != 1:
            continue
        each = share(tail_shares[0])
        named = sorted({int(number) for number in _NAMED_TARGET.findall(tail)})
        if each * len(left) != _TOTAL - sum(shares.values()) or (named and named != left):
            continue
        return allocations(take_profits, [shares.get(n, each) for n in range(1, len(take_profits) + 1)])
    return None


def side_entry_shares(parts: list, entries: list[Decimal]) -> list[Decimal] | None:
    """"ONE лонг лесенкой: 0,01480 (40%), 0,01440 (30%), 0,01400 (30%)" ("ONE LONG parts: …"): the entries
    written after the side with no entry label, each with its share; put in the ascending order of ``entries``."""
    for part in parts:
        if part.kind == "side" and sorted(part.prices) == entries and len(set(part.prices)) == len(entries) > 1:
            by_price = dict(zip(part.prices, part.allocations, strict=True))
            return allocations(entries, [by_price[price] for price in entries])
    return None
