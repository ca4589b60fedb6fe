"""Shares a line states for a whole leg list, apart from its prices.

    Распределение тейков 25/25/25/25     ("allocation Target 25/25/25/25" once canonical)
    Alokasi entry 30% / 30% / 40%        ("allocation Entry 30% / 30% / 40%")
    TP allocation 50/30/20

The word "allocation" (every language's, ``vocabulary`` role "allocation") beside an entry or target
label, then nothing but one share per leg in the order the legs were written. The numbers are shares
whatever their sign: with "allocation" written, "25/25/25/25" is never a list of prices
(``label_context.allots_share``).

A sentence may say the same in other words, the word after the shares or no leg named:

    Распределение: 40% / 30% / 30%               (no label: the targets' shares)
    Kurallar: TP'lere %30 / %30 / %40 dağılım.   ("Rules: TP'lere %30 / %30 / %40 allocation.")

so long as the shares are the sentence's only numbers and it names one kind of leg at most.

Or the sentence numbers the legs it splits, which says as much without the word "allocation":

    Size split 30/30/40 across DCA 1/2/3         (the shares of entry legs 1, 2 and 3)
    Close 50/25/25 at TP1/2/3

so long as there is one share per numbered leg, and no other number (``_indexed_shares``).
"""
from __future__ import annotations

import re
from decimal import Decimal

from . import entry_split

# English needs no canonical rewrite, so its volume words ("Volume on entries 30/30/40", "size per entry") are read
# beside "allocation" where the allocation rules look for that word.
ENGLISH_VOLUME = r"(?:volume|size)[ ]{1,2}(?:on|per|for)"
_ALLOCATION = rf"(?:allocation|split|{ENGLISH_VOLUME})(?:[ ]{{1,2}}of)?"  # "TP allocation 50/30/20", "Take profit split: 50/30/20"
_LEG_LABEL = r"(?P<label>tps?|targets?|take[ -]?profits?|entry|entries)"
_SHARE = r"(?:%[ ]?)?[0-9]{1,3}(?:\.[0-9]{1,2})?[ ]?%?"  # Turkish "Giriş dağılımı %50 - %50": the sign first
_ALLOCATION_LINE = re.compile(
    rf"^[^\w\n]{{0,4}}(?:{_ALLOCATION}[ ]{{1,3}}{_LEG_LABEL}|{_LEG_LABEL.replace('label', 'label_first')}[ ]{{1,3}}{_ALLOCATION})"
    rf"[ ]{{0,3}}[:=-]?[ ]{{0,3}}(?P<shares>{_SHARE}(?:[ ]{{0,3}}[/,|-][ ]{{0,3}}{_SHARE})+)[ ]*(?:$|[.;](?=[ ]|$))",  # "Alokasi entry 50% - 50%"
    # "TP split 40/30/30. After each TP move SL …": a full stop may end the shares' sentence, the line going on.
    re.I | re.M,
)
_NUMBER = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,2})?")
# "%30 / %30 / %40" (Turkish writes the sign first), "40% / 30% / 30%", "50/30/20".
_ANY_SHARE = r"(?:%[ ]?)?[0-9]{1,3}(?:\.[0-9]{1,2})?(?:[ ]?%)?"
_SHARE_RUN = re.compile(rf"(?<![0-9.,%])(?:{_ANY_SHARE})(?:[ ]{{0,3}}[/|,][ ]{{0,3}}(?:{_ANY_SHARE}))+(?![0-9,%]|\.[0-9])")  # "… 30/30/40." ends a sentence
_ALLOCATION_WORD = re.compile(rf"\b(?:allocation|{ENGLISH_VOLUME})\b", re.I)
_ENTRY_LABEL = re.compile(r"\b(?:entry|entries)\b", re.I)
_TARGET_LABEL = re.compile(r"\b(?:tps?|targets?|take[ -]?profits?)\b", re.I)


def stated_shares(text: str, leg: str) -> list[Decimal] | None:
    """The shares an allocation line states for ``leg`` ("entry" or "tp"), in the order written."""
    text = entry_split.under_entries(text)  # "Entry: … / allocation: 30% / 30% / 40%": the entries' shares
    for match in _ALLOCATION_LINE.finditer(text):
        label = (match["label"] or match["label_first"]).lower()
        if ("entr" in label) == (leg == "entry"):
            return [Decimal(number) for number in _NUMBER.findall(match["shares"])]
    if leg == "tp" and (shares := _target_label_shares(text)):
        return shares
    return _stated_in_sentence(text, leg) or _indexed_shares(text, leg) or (_closed_shares(text) if leg == "tp" else None)


# "分批止盈：30% / 30% / 40%" ("Target：30% / 30% / 40%" once canonical: take profit in parts), "TP: 50% / 25% / 25%":
# a target label whose line holds only percentages, which make up the position (100), gives the targets' shares;
# each written with its sign, they are no prices, and gains ("TP: 5% / 10% / 15%") do not add up so.
_PERCENT = r"(?:%[ ]?[0-9]{1,3}|[0-9]{1,3}(?:\.[0-9]{1,2})?[ ]?%)"
_TARGET_SHARES_LINE = re.compile(
    rf"^[^\w\n]{{0,4}}(?:tps?|targets?|take[ -]?profits?)[ ]{{0,2}}[:：=-]?[ ]{{0,3}}"
    rf"(?P<shares>{_PERCENT}(?:[ ]{{0,3}}[/|,、][ ]{{0,3}}{_PERCENT})+)(?:[ ]{{1,3}}(?:tps?|targets?))?[ ]*$",  # "… 10% nos alvos" ("at the targets")
    re.I | re.M,
)


def _target_label_shares(text: str) -> list[Decimal] | None:
    for match in _TARGET_SHARES_LINE.finditer(text):
        shares = [Decimal(number) for number in _NUMBER.findall(match["shares"])]
        if sum(shares) == 100:
            return shares
    return None


def _stated_in_sentence(text: str, leg: str) -> list[Decimal] | None:
    """The shares of a sentence with the word "allocation" and one run of shares, which are its only
    numbers; a sentence that names no leg splits the targets."""
    for sentence in _sentences_and_allocation_clauses(text):
        run = _SHARE_RUN.search(sentence) if _ALLOCATION_WORD.search(sentence) else None
        rest = sentence[:run.start()] + " " + sentence[run.end():] if run else ""
        rest = _leg_count_named(rest, len(_NUMBER.findall(run.group()))) if run else rest
        if not run or re.search(r"[0-9]", rest):
            continue
        names_entry, names_target = _ENTRY_LABEL.search(rest), _TARGET_LABEL.search(rest)
        if names_entry and names_target:
            continue
        if (leg == "entry") == bool(names_entry):
            return [Decimal(number) for number in _NUMBER.findall(run.group())]
    return None


# "SL 72.500, TP 70.000 / 69.200, …, chia vốn 50/50 cho 2 điểm entry" (canonical "…, allocation 50/50 …"): a comma
# clause that starts with the allocation word is read on its own, the prices of the clauses before it apart;
# a comma before a share ("allocation 30%, 30%, 40%") stays inside the clause.
_ALLOCATION_CLAUSE = re.compile(rf",[ ]{{1,3}}(?P<clause>(?:allocation|{ENGLISH_VOLUME})\b[^,\n]*(?:,(?=[ ]?[0-9%])[^,\n]*)*)", re.I)


def _sentences_and_allocation_clauses(text: str):
    for sentence in _sentences(text):
        yield sentence
        yield from (clause["clause"] for clause in _ALLOCATION_CLAUSE.finditer(sentence))


# "chia vốn 50/50 cho 2 điểm entry" ("split capital 50/50 over the 2 entry points"), "over 3 targets": the count of
# the legs split, which must be the count of the shares, is no price.
_LEG_COUNT = re.compile(r"(?<![0-9.,])(?P<count>[1-9])[ ]{1,2}(?:[^\W\d_]{1,8}[ ]{1,2})?(?=(?:entry|entries|tps?|targets?)\b)", re.I)


def _leg_count_named(rest: str, shares: int) -> str:
    return _LEG_COUNT.sub(lambda found: " " if int(found["count"]) == shares else found.group(), rest)


# "DCA 1/2/3", "entries 1, 2, 3", "TP1/2/3", "targets 1/2/3": legs named by their label and numbers.
_INDEXED_LEGS = re.compile(
    r"\b(?P<label>entry|entries|dca|tps?|targets?)[ ]{0,2}#?(?P<indices>[1-9](?:[ ]{0,2}[/,&][ ]{0,2}(?:(?P=label)[ ]{0,2})?[1-9]){1,9})(?![0-9.,])",
    re.I,
)


def names_legs(label: str, line: str) -> bool:
    """Whether a label and the line after it number legs ("DCA 1/2/3", "TP 1/2/3") rather than price one."""
    match = _INDEXED_LEGS.match(f"{label} {line.lstrip()}")
    return match is not None and not re.match(r"[ ]{0,2}[:=-]", match.string[match.end():])


def _indexed_shares(text: str, leg: str) -> list[Decimal] | None:
    """"Size split 30/30/40 across DCA 1/2/3": the shares of a sentence that numbers the legs it splits, one
    share per numbered leg and no other number, put in the legs' order (leg 1's share first)."""
    for sentence in _sentences(text):
        legs = _INDEXED_LEGS.search(sentence)
        if legs is None or ("tp" in legs["label"].lower() or "target" in legs["label"].lower()) == (leg == "entry"):
            continue
        rest = sentence[:legs.start()] + " " + sentence[legs.end():]
        run = _SHARE_RUN.search(rest)
        indices = [int(number) for number in re.findall(r"[0-9]", legs["indices"])]
        if run is None or re.search(r"[0-9]", rest[:run.start()] + rest[run.end():]) or sorted(indices) != list(range(1, len(indices) + 1)):
            continue
        shares = [Decimal(number) for number in _NUMBER.findall(run.group())]
        if len(shares) == len(indices):
            return [share for _, share in sorted(zip(indices, shares, strict=True))]
    return None


# "Vamos cerrando 40/30/30 en los TPs" ("closing 40/30/30 at the TPs"), "Закрываем 50/50 по тейкам": shares of a
# close across the targets, whole numbers that make up the position (100). Never target prices, though "close"
# labels a target elsewhere ("Close: 2.5").
_CLOSE_SHARES = re.compile(
    r"\bclos(?:e|ing)[ ]{1,3}(?P<shares>[0-9]{1,3}[ ]?%?(?:[ ]?/[ ]?[0-9]{1,3}[ ]?%?)+)(?![0-9.,/])"
    r"(?=[^\w\n]{0,3}(?:[^\W\d_]{1,5}[ ]{1,3}){0,2}(?:tps?|targets?|take[ -]?profits?)(?:\b|[0-9]))",  # "at TP1/2/3"
    re.I,
)
# "TP'lerde 40/30/30 kapatıyoruz" ("at the TPs 40/30/30 we close"): the same said target first.
_SHARES_CLOSED = re.compile(
    r"(?:tps?|targets?|take[ -]?profits?)[ ]{1,3}(?P<shares>[0-9]{1,3}[ ]?%?(?:[ ]?/[ ]?[0-9]{1,3}[ ]?%?)+)(?![0-9.,/])"
    r"(?=[ ]{1,3}clos(?:e|ing)\b)",
    re.I,
)


def closed_in_shares(text: str, position: int) -> re.Match | None:
    """The "close 40/30/30 at the TPs" that starts at ``position``, when its numbers add up to 100."""
    match = _CLOSE_SHARES.match(text, position) or _SHARES_CLOSED.match(text, position)
    if match and sum(int(number) for number in _NUMBER.findall(match["shares"])) == 100:
        return match
    return None


def _closed_shares(text: str) -> list[Decimal] | None:
    for start in (found.start() for found in re.finditer(r"\b(?:clos(?:e|ing)|tps?|targets?|take[ -]?profits?)\b", text, re.I)):
        if match := closed_in_shares(text, start):
            return [Decimal(number) for number in _NUMBER.findall(match["shares"])]
    return None


def _sentences(text: str) -> list[str]:
    return [part for line in text.split("\n") for part in re.split(r"(?<=[.!;])[ ]+", line) if part.strip()]


# "Entry half, DCA half" ("首仓一半，补仓一半"), "Entry 60%, DCA 40%", "50% Entry, 50% DCA": each leg named
# by its own label, with its share.
_LABELLED_SHARE = re.compile(r"(?P<label>[^\W\d_]+)[ ]{1,3}(?P<share>half|[0-9]{1,3}(?:\.[0-9]{1,2})?[ ]?%)", re.I)
_SHARE_LABELLED = re.compile(r"(?P<share>half|[0-9]{1,3}(?:\.[0-9]{1,2})?[ ]?%)[ ]{1,3}(?P<label>[^\W\d_]+)", re.I)


def labelled_shares(text: str, labels: list[str]) -> list[Decimal] | None:
    """The shares of a sentence that names each leg by its label, in the order the legs were written
    (``labels``, two or more, each different), and holds no other number."""
    if len(labels) < 2 or len({label.lower() for label in labels}) != len(labels):
        return None
    for sentence in _sentences(text):
        for pattern in (_LABELLED_SHARE, _SHARE_LABELLED):
            pairs = list(pattern.finditer(sentence))
            rest = pattern.sub(" ", sentence)
            if [pair["label"].lower() for pair in pairs] != [label.lower() for label in labels] or re.search(r"[0-9]|\bhalf\b", rest, re.I):
                continue
            return [Decimal(50) if pair["share"].lower() == "half" else Decimal(pair["share"].strip("% ")) for pair in pairs]
    return None
