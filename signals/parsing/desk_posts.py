"""A desk post: updates on running trades first, then a header that opens a new call, then the
call itself:

    #LINK TP2 hit ✅ | #AVAX move SL to entry
    🆕 NEW CALL                      ("Новая сделка 👇", "YENİ İŞLEM", "新单：", "KÈO MỚI", "سیگنال جدید")
    #INJ/USDT LONG | Buy: 24.60 - 23.90 | TP … | SL …

The updates are for other coins; what follows the header is the message's news. ``parse_unguarded``
reads that section alone, and keeps it only when it is a whole signal (a stop and targets).

A daily post may instead list yesterday's results before its call, with no header between:

    Placar de ontem: | ✅ #LINK alvo 2 (+39%) | ❌ #OP stop (-13%)
    🚨 SINAL #AAVE/USDT — LONG | Entrada … | Alvos … | Stop …

The ticked lines report other coins' trades; the call after the last of them is the news
(``after_results``), when it names a coin none of those lines names. A re-post of the same coin with
its targets ticked stays a report.
"""
from __future__ import annotations

import re

from .symbols import find_mentions
from .vocabulary import canonicalise, english_pattern

# The header alone on its line, with emoji, bullets, a colon or an arrow around it: "🆕 NEW CALL",
# "Новая сделка 👇", "🆕 新单：". A line that goes on in words ("opened a new trade on …") is no header.
_AROUND = r"[^\w\n]{0,12}"
_LETTER = re.compile(r"[^\W\d_]")


def after_header(raw: str) -> str | None:
    """The lines after the message's last new-call header, or None when it has none or nothing
    follows it."""
    lines = raw.replace("\r\n", "\n").split("\n")
    header = re.compile(rf"{_AROUND}(?:{english_pattern('new_call').pattern}){_AROUND}", re.I)
    for number in range(len(lines) - 1, -1, -1):
        # A header has words: a line of numbers alone ("1. 5", "67,200") needs no canonical reading.
        if _LETTER.search(lines[number]) and header.fullmatch(canonicalise(lines[number]).strip()):
            rest = "\n".join(lines[number + 1:])
            return rest if rest.strip() else None
    return None


# A line reporting a trade's outcome: "✅ #LINK alvo 2 (+39%)", "#ARB - стоп ❌ (-12%)": a tick or cross
# beside a target, a stop or a gain. A tick on a call's own header ("#PEPE LONG ✅") reports nothing.
_RESULT_MARK = re.compile(r"[✅✔❌]")
_OUTCOME = re.compile(r"\b(?:tp[0-9]{0,2}|targets?|sl|stop)\b|%", re.I)


def after_results(raw: str) -> str | None:
    """The lines after the message's last ticked result line, when they name a coin and no result
    line names that coin; None otherwise."""
    lines = raw.replace("\r\n", "\n").split("\n")
    ticked = [number for number, line in enumerate(lines) if _RESULT_MARK.search(line)]
    if not ticked or not all(_OUTCOME.search(canonicalise(lines[number])) for number in ticked):
        return None
    reported = {m.symbol for number in ticked for m in find_mentions(lines[number])}
    rest = "\n".join(lines[ticked[-1] + 1:])
    called = {m.symbol for m in find_mentions(rest)}
    return rest if called and reported and not called & reported else None
