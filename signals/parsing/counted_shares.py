"""Shares the other allocation rules miss because of where they stand, all read from the canonical text.

A split line with no leg named, away from the entries:

    Targets: 1) 37.90 2) 37.10 3) 35.80 4) 34.00
    Stop: 40.75
    Split: 40% / 30% / 20% / 10%          four shares, four targets, two entries: the targets'

A label-less run only goes to the legs whose count it matches; when the entries and the targets are
as many, or the shares do not make up the position (100), it is nobody's (``split_shares``).

Shares "respectively" after a leg's prices, on that leg's own line:

    挂单：3.62、3.55、3.47（分别 25%/50%/25%）  ("Entry：3.62、3.55、3.47（respectively 25%/50%/25%）")
    Entry 0.52 / 0.50 (respectively 30/30/40%)

one share per price written on the line, in the order written (``respective_shares``).

A condition clause before a share rule on one line:

    После первого тейка стоп в безубыток, фиксируем 40% на первом тейке, по 30% на втором и третьем
    ("after first Target SL breakeven, close 40% first Target, 30% second third")

the leading comma clauses that hold no share (and no number but a target's) are dropped, so the
target-group rule (``hints``) reads the shares alone (``from_first_share``).

Every rule reads each line once, so the cost stays linear in the message's length.
"""
from __future__ import annotations

import re
from decimal import Decimal

from .share_tokens import ALLOCATION_TOTAL, SHARE_OR_TARGET, rule_lines

_SHARE = r"(?:%[ ]?[0-9]{1,3}|[0-9]{1,3}(?:\.[0-9]{1,2})?[ ]?%?)"
_RUN = rf"{_SHARE}(?:[ ]{{0,3}}[/|,、][ ]{{0,3}}{_SHARE})+"
# "Split: 40% / 30% / 20% / 10%", "allocation - 50/30/20": the word, and nothing but the run on its line.
_SPLIT_LINE = re.compile(rf"^[^\w\n]{{0,4}}(?:allocation|split)[ ]{{0,3}}[:=-]?[ ]{{0,3}}(?P<run>{_RUN})[ ]*$", re.I | re.M)
_NUMBER = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,2})?")
_PERCENT_SIGN = re.compile(r"%")


def split_shares(text: str, count: int, other_count: int) -> list[Decimal] | None:
    """The shares of a label-less split line when they are ``count`` and not ``other_count`` (the other
    legs'), each written with its sign or the last one, and make up the position."""
    for match in _SPLIT_LINE.finditer(text):
        shares = [Decimal(number) for number in _NUMBER.findall(match["run"])]
        signed = _PERCENT_SIGN.search(match["run"])
        if signed and len(shares) == count != other_count and sum(shares) == ALLOCATION_TOTAL:
            return shares
    return None


# "Фиксируем по 50% / 30% / 20%." ("close 50% / 30% / 20%."), "… 2.80 5x 止盈分配 40% / 30% / 30%" ("allocation 40% /
# 30% / 30%"), "kâr al %50 / %30 / %20" ("Target %50 / …"): a share word, then the run ending its sentence,
# though the sentence holds more before the word. Each share carries its sign, so "Target 2.48 / 2.62 / 2.80"
# (prices) is no run.
_SIGNED = r"(?:%[ ]?[0-9]{1,3}|[0-9]{1,3}(?:\.[0-9]{1,2})?[ ]?%)"
_SHARE_CLAUSE = re.compile(
    rf"(?<![^\W\d_])(?P<word>allocation|split|close|target|take[ -]?profit|profit)(?![^\W\d_])[ ]{{0,3}}[:=-]?[ ]{{0,3}}"
    rf"(?P<run>{_SIGNED}(?:[ ]{{0,3}}[/|,、][ ]{{0,3}}{_SIGNED})+)[ ]*[.!。！]?[ ]*$",  # "分别平仓50%、30%、20%。": a CJK full stop
    re.I,
)


def clause_shares(text: str, count: int, other_count: int) -> list[Decimal] | None:
    """The run of signed shares ending a sentence after a share word, when it is ``count`` shares that
    make up the position. A bare "Split:" or "Distribuição:" names no leg, so it says nothing when the
    entries (``other_count``) are as many as the targets."""
    for line in rule_lines(text):
        found = _SHARE_CLAUSE.search(line)
        shares = [Decimal(number) for number in _NUMBER.findall(found["run"])] if found else []
        if found and found["word"].lower() in ("allocation", "split") and count == other_count:
            continue
        if len(shares) == count and sum(shares) == ALLOCATION_TOTAL:
            return shares
    return None


# "（respectively 25%/50%/25%）", "(respectively 25/50/25%)": the word, then the run, in brackets or not.
_RESPECTIVE = re.compile(rf"[(（]?[ ]{{0,2}}respectively[ ]{{0,2}}[:：]?[ ]{{0,2}}(?P<run>{_RUN})[ ]{{0,2}}[)）]?[ ]*$", re.I)
_LEG_LINE = {
    "entry": re.compile(r"^[^\w\n]{0,4}(?:entry|entries)\b", re.I),
    "tp": re.compile(r"^[^\w\n]{0,4}(?:tps?|targets?|take[ -]?profits?)\b", re.I),
}


def respective_shares(text: str, leg: str, count: int) -> list[Decimal] | None:
    """The shares said "respectively" at the end of ``leg``'s line ("entry" or "tp"), one per price
    written before them (``count``), in the order written, making up the position."""
    for line in text.split("\n"):
        found = _RESPECTIVE.search(line) if _LEG_LINE[leg].match(line.strip()) else None
        if not found or not _PERCENT_SIGN.search(found["run"]):
            continue
        shares = [Decimal(number) for number in _NUMBER.findall(found["run"])]
        if len(shares) == count and sum(shares) == ALLOCATION_TOTAL:
            return shares
    return None


def from_first_share(text: str) -> str:
    """``text`` with each rule line started at its first comma clause that holds a share, when the clauses
    before it hold no number but a target's ("after first Target SL breakeven, close 40% …")."""
    kept = []
    for line in rule_lines(text):
        clauses = line.split(",")
        first = next((index for index, clause in enumerate(clauses) if any(t["share"] for t in SHARE_OR_TARGET.finditer(clause))), 0)
        head = ",".join(clauses[:first])
        kept.append(",".join(clauses[first:]) if first and not re.search(r"[0-9]", SHARE_OR_TARGET.sub(" ", head)) else line)
    return "\n".join(kept)
