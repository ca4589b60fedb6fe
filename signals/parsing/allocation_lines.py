"""Shares a line states for a whole leg list, apart from its prices.

    Распределение тейков 25/25/25/25     ("allocation Target 25/25/25/25" once canonical)
    Alokasi entry 30% / 30% / 40%        ("allocation Entry 30% / 30% / 40%")
    TP allocation 50/30/20

The word "allocation" (every language's, ``vocabulary`` role "allocation") beside an entry or target
label, then nothing but one share per leg in the order the legs were written. The numbers are shares
whatever their sign: with "allocation" written, "25/25/25/25" is never a list of prices
(``label_context.allots_share``).
"""
from __future__ import annotations

import re
from decimal import Decimal

_ALLOCATION = r"allocation(?:[ ]{1,2}of)?"
_LEG_LABEL = r"(?P<label>tps?|targets?|take[ -]?profits?|entry|entries)"
_SHARE = r"[0-9]{1,3}(?:\.[0-9]{1,2})?[ ]?%?"
_ALLOCATION_LINE = re.compile(
    rf"^[^\w\n]{{0,4}}(?:{_ALLOCATION}[ ]{{1,3}}{_LEG_LABEL}|{_LEG_LABEL.replace('label', 'label_first')}[ ]{{1,3}}{_ALLOCATION})"
    rf"[ ]{{0,3}}[:=-]?[ ]{{0,3}}(?P<shares>{_SHARE}(?:[ ]{{0,3}}[/,|][ ]{{0,3}}{_SHARE})+)[ ]*$",
    re.I | re.M,
)
_NUMBER = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,2})?")


def stated_shares(text: str, leg: str) -> list[Decimal] | None:
    """The shares an allocation line states for ``leg`` ("entry" or "tp"), in the order written."""
    for match in _ALLOCATION_LINE.finditer(text):
        label = (match["label"] or match["label_first"]).lower()
        if ("entr" in label) == (leg == "entry"):
            return [Decimal(number) for number in _NUMBER.findall(match["shares"])]
    return None
