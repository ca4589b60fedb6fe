"""Entry shares written in ways the other allocation rules do not read, all from the canonical text.

    Entry: 3.520 / 3.585 / 3.640          an allocation line with no leg named, right under the
    allocation: 30% / 30% / 40%           entries' line, splits the entries, not the targets
                                          (``under_entries``; pt "Distribuição:").
    Entry (50:50):                        a ratio beside the entry label, one part per entry, in the
    Entry bertahap 60:40                  order the entries are written (``ratio_shares``).
    每档 1/3 仓位 ("each 1/3 position")     a fraction of each entry, "1/3 on each entry", "по 1/3 на
    33% each entry (three entries)        каждый вход"; a per-entry share that rounds to an even
                                          split is that split (``even_shares``).

Each rule reads one line at a time, so the cost stays linear in the message's length. Shares that do not
add up to the whole, or do not match the number of entries, are no split: the hint is left out.
"""
from __future__ import annotations

import re
from decimal import Decimal

_ENTRY_LINE = re.compile(r"^[^\w\n]{0,4}(?:entry|entries)\b", re.I)
# "allocation: 30% / 30% / 40%": the word and a run of shares, nothing else on the line.
_BARE_ALLOCATION = re.compile(r"^(?P<head>[^\w\n]{0,4})(?P<rest>allocation[ ]{0,3}[:=-]?[ ]{0,3}[0-9][0-9.% /|,]*)$", re.I)


def under_entries(text: str) -> str:
    """The text with a label-less allocation line right under the entries' line labelled "Entry
    allocation", so ``allocation_lines`` gives its shares to the entries."""
    lines = text.split("\n")
    previous = ""
    for index, line in enumerate(lines):
        if line.strip():
            found = _BARE_ALLOCATION.match(line.strip())
            if found and _ENTRY_LINE.match(previous):
                lines[index] = f"{found['head']}Entry {found['rest']}"
            previous = line.strip()
    return "\n".join(lines)


# "Entry (50:50):", "Entry bertahap 60:40", "Entries (30/30/40)": the label, at most two words, the ratio
# (in brackets or not; ``notation`` writes a bracketed one "(50%:50%)"), and nothing after it but a colon;
# the prices are on the lines below.
_ENTRY_RATIO = re.compile(
    r"^[^\w\n]{0,4}(?:entry|entries)(?:[ ]{1,3}[^\W\d_]+){0,2}[ ]{0,3}(?P<open>\()?[ ]{0,2}"
    r"(?P<ratio>[0-9]{1,2}%?(?:[ ]?[:/][ ]?[0-9]{1,2}%?)+)"
    r"[ ]{0,2}(?(open)\))[ ]{0,3}:?[ ]*$",
    re.I | re.M,
)


def ratio_shares(text: str, count: int) -> list[Decimal] | None:
    """The percentages of a ratio beside the entry label, one per entry, when they add up to 100."""
    for match in _ENTRY_RATIO.finditer(text):
        parts = [Decimal(number) for number in re.findall(r"[0-9]+", match["ratio"])]
        if len(parts) == count and sum(parts) == 100:
            return parts
    return None


_LEG = r"(?:entry|entries|order|orders|buy|buys|leg|legs|parts?|rungs?|steps?|tranches?)"
# "1/3 on each entry", "each Entry 1/3", and "each 1/3" (zh "每档 1/3 仓位": "档" is an entry's level,
# which the tables write "each" alone): a fraction of the position at every entry.
_FRACTION_EACH = re.compile(
    rf"(?<![0-9.,/])1/(?P<parts>[2-9])(?![0-9.,/])[ ]{{1,3}}(?:(?:on|at|in|for|of)[ ]{{1,2}})?(?:each|every|per)[ ]{{1,3}}{_LEG}\b"
    rf"|\b(?:each|every|per)[ ]{{1,3}}(?:{_LEG}[ ]{{0,3}})?[:=]?[ ]{{0,3}}(?<![0-9.,/])1/(?P<parts_after>[2-9])(?![0-9.,/])",
    re.I,
)


def fraction_each(text: str, count: int) -> list[Decimal] | None:
    """An even split of ``count`` entries said as the fraction each one takes ("1/3 each entry")."""
    match = _FRACTION_EACH.search(text)
    parts = int(match["parts"] or match["parts_after"]) if match else 0
    return [Decimal(100) / count] * count if parts == count else None


def even_shares(each: Decimal, count: int) -> list[Decimal]:
    """``count`` copies of a per-entry share; "33% each" of three entries is the even split, which a
    writer rounds to a whole percent (100 / 3 is no share anyone writes)."""
    even = Decimal(100) / count
    return [even] * count if each * count != 100 and abs(each - even) < 1 else [each] * count


# "Entry 3: 3.510\n(vốn 30% - 30% - 40%)" ("(capital 30% - 30% - 40%)"): a run of shares in brackets, a word
# or two before it, on the line right under the last entry. Never one that names targets or the stop.
_SHARE = r"[0-9]{1,2}(?:\.[0-9]{1,2})?[ ]?%"
_BRACKETED_RUN = re.compile(
    rf"^[ ]*\([ ]*(?:(?!(?:tp|target|sl|stop)\b)[^\W\d_]{{1,12}}[ ]{{1,3}}){{0,2}}[:=]?[ ]{{0,3}}"
    rf"(?P<shares>{_SHARE}(?:[ ]{{0,3}}[-/|,][ ]{{0,3}}{_SHARE})+)[ ]*\)[ ]*$",
    re.I,
)
_PRICE = re.compile(r"(?<![0-9])[0-9]+(?:\.[0-9]+)?")


# "Entry: 1,245 ve 1,180 (2 parça, %50 - %50)", "Entry 3.72 / 3.58 (50/50)": the run in brackets closing the
# entries' own line, a count of parts before it at most; a run with no sign counts only when it makes up 100.
# The count may follow a word of its own: id "(cicil 2x, 50% - 50%)" ("in 2 instalments"), "(DCA 2x, 50/50)".
_ANY_SHARE = r"(?:%[ ]?)?[0-9]{1,2}(?:\.[0-9]{1,2})?(?:[ ]?%)?"
_CLOSING_RUN = re.compile(
    rf"\([ ]*(?:(?:(?!(?:tp|target|sl|stop)\b)[^\W\d_]{{1,8}}[ ]{{1,3}})?[0-9][ ]{{0,2}}[^\W\d_]{{1,12}}[ ]{{0,2}}[,:]?[ ]{{0,3}})?"
    rf"(?P<shares>{_ANY_SHARE}(?:[ ]{{0,3}}[-/|,:][ ]{{0,3}}{_ANY_SHARE})+)[ ]*\)[ ]*$",
)


def _closing_run(line: str, written: list[Decimal]) -> list[Decimal] | None:
    run = _CLOSING_RUN.search(line)
    if not run or Decimal(written[-1]) not in {Decimal(number) for number in _PRICE.findall(line[:run.start()])}:
        return None
    shares = [Decimal(number) for number in re.findall(r"[0-9]+(?:\.[0-9]+)?", run["shares"])]
    return shares if len(shares) == len(written) and sum(shares) == 100 else None


def run_under_entries(text: str, written: list[Decimal]) -> list[Decimal] | None:
    """The bracketed shares right under a line holding the last written entry, or closing that line, one per entry."""
    previous = ""
    for line in text.split("\n"):
        if written and (closing := _closing_run(line, written)):
            return closing
        run = _BRACKETED_RUN.match(line)
        if run and written and Decimal(written[-1]) in {Decimal(number) for number in _PRICE.findall(previous)}:
            shares = [Decimal(number) for number in re.findall(r"[0-9]+(?:\.[0-9]+)?", run["shares"])]
            return shares if len(shares) == len(written) else None
        previous = line if line.strip() else previous
    return None
