"""A desk post: updates on running trades first, then a header that opens a new call, then the
call itself:

    #LINK TP2 hit ✅ | #AVAX move SL to entry
    🆕 NEW CALL                      ("Новая сделка 👇", "YENİ İŞLEM", "新单：", "KÈO MỚI", "سیگنال جدید")
    #INJ/USDT LONG | Buy: 24.60 - 23.90 | TP … | SL …

The updates are for other coins; what follows the header is the message's news. ``parse_unguarded``
reads that section alone, and keeps it only when it is a whole signal (a stop and targets).
"""
from __future__ import annotations

import re

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
