"""Profit taken on a share of the position, said for now: a partial close in every family.

"take profit on 50% of the position", "SOL işleminde pozisyonun %50'sini kâr al" (take profit on 50% of the
position; "%50'sini Target" once canonical), "ETH pozisyonun yarısını kâr al" ("half Target"), "toma ganancias
del 50% de la posición" ("Target 50% of trade"). The tables turn a local "take profit" verb into "Target", the
word a signal's own targets carry, so the share must read as the verb's object, not as a target's allocation:
- verb first, the share after it: English "take profit" says the verb itself; a canonical "Target" needs the
  position, the trade or "now" after the share ("TP 50%" or "Target 50%" alone stays a signal's target);
- verb last, the share before it: with the Turkish object suffix ("%50'sini") or "half".
A target label with its number ("TP1 50%", "Target 1: 3500 (50%)") is never one: a signal's allocation hint.

Apart from ``stop_wordings`` and ``updates`` because those modules are at their size limit."""
from __future__ import annotations

import re

_SHARE = r"(?:[0-9]{1,3}(?:\.[0-9]+)?[ ]?%|%[0-9]{1,3}(?:\.[0-9]+)?(?:['’][^\W\d_]{1,5})?|half)"
_HOLDING = r"(?:of[ ]{1,3})?(?:the[ ]{1,3}|my[ ]{1,3}|our[ ]{1,3}|your[ ]{1,3})?(?:position|trade|size|now|market|here)\b"
_TAKEN = re.compile(
    rf"\btak(?:e|es|ing)[ ]{{1,3}}(?:some[ ]{{1,3}})?profits?[ ]{{1,3}}(?:(?:on|of|for|with)[ ]{{1,3}})?{_SHARE}"
    rf"|\bTarget(?![ ]{{0,2}}[0-9][ ]{{0,2}}(?:[^0-9 %]|$))[ ]{{1,3}}(?:(?:on|of|for)[ ]{{1,3}})?{_SHARE}(?=[ ]{{0,3}}{_HOLDING})"
    # Verb last: "%50'sini Target" (the object suffix), "half Target"; not "half Target1".
    rf"|(?:%[0-9]{{1,3}}(?:\.[0-9]+)?['’]s?[ıiuü]n[ıiuü]|\bhalf)[ ]{{1,3}}Target\b(?![ ]{{0,2}}[0-9])",
    re.I,
)


def share_taken(text: str) -> re.Match | None:
    """The first profit taken on a share now; ``updates`` reads the share from the match."""
    return _TAKEN.search(text)
