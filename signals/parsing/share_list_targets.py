"""A plan's targets written as the shares it takes at them, put as target lines with their shares.

    Taking half off at 36.2, another 30% at 34.75 and letting the rest run to 32.9.
    Vou realizar metade em 36,2, mais 30% em 34,75 e deixo o resto correr até 32,9.
        ("close half   36,2, mais 30%   34,75   deixo rest correr to 32,9" once canonical)

A first-person plan names no "Targets:" label; the prices it takes its shares at are its targets, and the
share before each is its allocation. Left as prose, "Taking half off" reads as a close of a running trade.
Written "Target 1: 36.2 (50%)" on lines of their own, the sections read the targets and ``hints`` their
shares; whether the message is a call (entries, a stop, a side) is still decided by the rest of it.

Read only when it cannot be a report: at least two shares at prices, every price one step further the same
way (targets run away from the entry), no ✅, no word of an entry's legs ("Entry 2 parts: 50% 0,0118 50%
0,0115") and no past-tense word of a close before the first share in its sentence ("took half at 36.2, another 30% at 34.75" tells what was done). A share with no price ("o resto
tá rodando") ends the list unread. Each repeat is bounded and possessive, so the cost stays linear.
"""
from __future__ import annotations

import re
from decimal import Decimal

from .vocabulary import english_pattern

_SHARE = r"(?:half|a[ ]quarter|[0-9]{1,3}(?:\.[0-9]{1,2})?[ ]?%)"
_PRICE = r"\$?[0-9]++(?:[.,][0-9]++)?+(?![0-9%xX])"
# "half off at 36.2", "30%   34,75" (a filler "em" dropped), "50% of the position @ 36.2".
_ITEM = rf"{_SHARE}(?:[ ]{{1,3}}(?:off|profit|profits|more|of[ ]it|of[ ]the[ ]position)){{0,2}}+[ ]{{0,3}}(?:(?:at|@|near|around)[ ]{{0,3}})?{_PRICE}"
# ", another ", " and ", "   ", ", mais ", ", ещё ": at most two short words between two items.
_WORD = r"(?!(?:the|rest|runner|half)\b)[^\W\d_]{1,8}+"
_JOIN = rf"[ ]{{0,3}}[,;]?+(?:[ ]{{1,3}}{_WORD}){{0,2}}+[ ]{{1,3}}"
# "letting the rest run to 32.9", "deixo rest correr to 32,9", "rest at 32.9", "runner to 32.9".
_REST = rf"(?:{_WORD}[ ]{{1,3}}){{0,2}}+(?:the[ ]{{1,3}})?(?:rest|runner)(?:[ ]{{1,3}}(?!(?:to|at|until|till)\b)[^\W\d_]{{1,8}}+)?+[ ]{{1,3}}(?:to|at|until|till)[ ]{{1,3}}{_PRICE}"
# "Taking ", "Vou close ", "Sell ": the verb of the taking, dropped with the list, so a bare "Sell" left on a
# line of its own reads as no side.
_LEAD = r"(?P<lead>(?:(?!half\b)[^\W\d_]{1,10}+[ ]{1,3}){0,3}+)"
_LIST = re.compile(rf"{_LEAD}{_ITEM}(?:{_JOIN}{_ITEM}){{1,6}}+(?:{_JOIN}{_REST})?+", re.I)
_PAIR = re.compile(rf"(?P<share>{_SHARE})|(?P<price>{_PRICE})", re.I)
# A close already done or a target already hit: a report, not a plan.
_DONE = re.compile(
    r"✅|\b(?:took|taken|closed|sold|booked|realized|realised|secured|banked|filled|already|realizei|fechei|vendi|já|tomé|cerré|vendí|ya|"
    r"уже|закрыл|зафиксировал|kapattım|aldım|đã|sudah|已经|已)\b",
    re.I,
)
# "Vào 2 lần: 50% tại 0,0118 và 50% tại 0,0115" ("Entry 2 parts: 50% 0,0118 50% 0,0115"), "half here 0.1642, the
# other half when it dips to 0.1605": shares of the entry's legs, not of targets.
_ENTRY_LEGS = re.compile(
    rf"{english_pattern('entry').pattern}|\b(?:entry|entries|enter|buy|bid|long|short|dca|add|adding|here|now|market|if|when|dips?)\b", re.I
)
# The list must say it takes profit: a verb of taking or closing before it ("Taking", "Vou close"), or "off" /
# "profit" after its first share. "50% at 0.1642, 50% at 0.1605" alone may be an entry's legs, and "Sell 50% at
# …" a short's.
_TAKING = re.compile(
    rf"{english_pattern('close').pattern}|\b(?:take|takes|taking|clos(?:e|es|ing)|book|booking|trim|trimming|secure|securing|scale|scaling|off|profits?)\b", re.I
)
_WHOLE = Decimal(100)


def as_target_lines(text: str) -> str:
    """``text`` with a plan's list of shares at prices written as one "Target N: price (share%)" line each."""
    if "%" not in text and "half" not in text.lower():
        return text
    return _LIST.sub(lambda found: _target_lines(text, found), text)


def _target_lines(text: str, found: re.Match) -> str:
    sentence_start = max(text.rfind("\n", 0, found.start()), *(text.rfind(mark, 0, found.start()) for mark in (". ", "! ", "; ")))
    before = text[sentence_start + 1:found.end()]
    taking = _TAKING.search(found.group(), 0, _PAIR.search(found.group(), found.end("lead") - found.start()).end() + 12)
    if not taking or _DONE.search(before) or _ENTRY_LEGS.search(before) or "✅" in text[found.end():found.end() + 3]:
        return found.group()
    shares, prices = [], []
    for token in _PAIR.finditer(found.group(), found.end("lead") - found.start()):
        if token["share"]:
            shares.append(_percent(token["share"]))
        elif len(prices) < len(shares) or token.end() == len(found.group()):  # a rest's price ends the list
            prices.append(token["price"])
    if len(prices) < 2 or len(shares) < 2 or not _one_way([_number(price) for price in prices]):
        return found.group()
    if len(shares) == len(prices) - 1:  # the rest runs to the last price
        shares.append(_WHOLE - sum(shares))
    if len(shares) != len(prices) or sum(shares) != _WHOLE or min(shares) <= 0:
        return found.group()
    lines = (f"Target {index}: {price} ({share.normalize():f}%)" for index, (price, share) in enumerate(zip(prices, shares, strict=True), 1))
    return "\n" + "\n".join(lines) + "\n"


def _percent(share: str) -> Decimal:
    word = share.lower()
    if word == "half":
        return Decimal(50)
    if word == "a quarter":
        return Decimal(25)
    return Decimal(word.rstrip("% "))


def _number(price: str) -> Decimal:
    return Decimal(price.lstrip("$").replace(",", "."))


def _one_way(prices: list[Decimal]) -> bool:
    steps = [later - earlier for earlier, later in zip(prices, prices[1:])]
    return all(step > 0 for step in steps) or all(step < 0 for step in steps)
