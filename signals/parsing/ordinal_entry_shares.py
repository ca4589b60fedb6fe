"""Entries' shares said of the entries by their places: "(50% على الدخول الأول و50% على الثاني)" (50% on the
first entry and 50% on the second; canonical "(50% على Entry first   50% على second)"), "40% on the first
entry, 60% on the second".

The entries are named by their ordinal, not priced, so the rules that read a share beside its price read
nothing. The first pair must name the entry ("50% … first entry"): "40% at the first target" is an exit's
share, and no pair may have a target or stop word between its share and its ordinal. Every entry gets
exactly one share, in its written order, and the shares make up the whole. One bounded pattern walked
once over each line, so the cost stays linear in the message's length.
"""
from __future__ import annotations

import re
from decimal import Decimal

from . import sections as sec
from .share_tokens import allocations

_PLACES = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
# A few words without a digit, share, line break or another leg's word: "على", "on the", "and".
_GAP = r"(?:(?!\b(?:tp|target|sl|stop|leverage)\b)[^\n0-9%]){0,14}?"
_PAIR = re.compile(
    rf"(?<![0-9.,])(?P<share>[0-9]{{1,2}}(?:\.[0-9]{{1,2}})?)[ ]?%{_GAP}\b(?P<entry>entry[ ]{{1,3}})?"
    rf"(?P<place>first|second|third|fourth|fifth)\b(?(entry)|(?P<after>[ ]{{1,3}}entry\b)?)(?![ ]{{1,3}}(?:tp|target)\b)",
    re.I,
)
_BETWEEN = re.compile(r"[ ,;/&+)(\-]*(?:and[ ]*|&[ ]*)?$", re.I)  # what may stand between two pairs


def ordinal_entry_shares(parts: list[sec.Section], entries: list[Decimal], text: str) -> list[Decimal] | None:
    """The entries' shares, in the ascending order of ``entries``, when a line gives each entry its share by
    its place; else None."""
    written = [price for part in parts if part.kind == "entry" and not part.restated for price in part.prices]
    if len(entries) < 2 or sorted(written) != entries or len(set(written)) != len(written):
        return None
    for line in text.split("\n"):
        shares = _run(line, len(entries))
        if shares:
            fractions = allocations(written, shares)
            by_price = dict(zip(written, fractions, strict=True)) if fractions else {}
            return [by_price[price] for price in entries] if by_price else None
    return None


def _run(line: str, count: int) -> list[Decimal] | None:
    """The shares of the first run of pairs on ``line`` whose places are 1, 2, … ``count``."""
    shares: list[Decimal] = []
    end = None
    for pair in _PAIR.finditer(line):
        joined = end is not None and _BETWEEN.match(line[end:pair.start()])
        if not joined:  # a new run: it must start at the first entry, named as an entry
            shares = []
            if _PLACES[pair["place"].lower()] != 1 or not (pair["entry"] or pair["after"]):
                end = None
                continue
        if _PLACES[pair["place"].lower()] != len(shares) + 1:
            shares, end = [], None
            continue
        shares.append(Decimal(pair["share"]))
        end = pair.end()
        if len(shares) == count:
            return shares if sum(shares) == 100 else None
    return None
