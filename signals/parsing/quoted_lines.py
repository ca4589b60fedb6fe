"""Quoted lines: an older message's, dropped, or the value of the label above them, kept.

"[In reply to …]", "(in reply to …)" and "> quoted" lines belong to an older message: a reply quotes the
call it answers, and its numbers are no part of the reply. Posts written in markdown (a Binance Square
or blog export) also set a label's value off as a blockquote:

    ✅ Buy Limit:

    > 3310 – 3295

A quoted block right under a line of the post's own that is a bare plan label — an entry, side, stop
or target word ending in a colon with no number ("Buy Limit:", "Entry zone:", "Вход:", "止损：") — is that
label's value and is kept without its mark. Under anything else ("Our signal yesterday:", "✅ Confirmation:")
the quote stays an older message's, or a note, and is dropped.
"""
from __future__ import annotations

import re

from .vocabulary import canonicalise

QUOTED_LINE = re.compile(r"^[ \t]{0,8}(?:>|»|[\[(][ \t]{0,3}in reply to\b|repl(?:y|ying) to\b)", re.I)
# A markdown blockquote's mark, which a label's value under it loses.
_MARK = re.compile(r"^[ \t]{0,8}[>»][ \t]?")
# In the canonical words: a plan label, a few words at most, its colon ending the line and no number on it.
_BARE_LABEL = re.compile(
    r"^[^\w\n]{0,6}(?:[^\W\d_]+[ ]{1,2}){0,2}(?:entry|entries|buy|sell|long|short|sl|stop(?:[ ]?loss)?|tp|tps|targets?"
    r"|take[ ]?profits?)(?:[ ]{1,2}[^\W\d_]+){0,2}[ ]{0,2}[:：][ ]*$",
    re.I,
)


def drop_quoted(text: str) -> str:
    """The text without an older message's quoted lines; a label's quoted value kept, unmarked."""
    kept, own, value = [], "", None
    for line in text.split("\n"):
        if not QUOTED_LINE.match(line):
            if line.strip():
                own, value = line, None
            kept.append(line)
            continue
        if value is None:
            value = _BARE_LABEL.match(canonicalise(own).strip()) is not None
        if value and _MARK.match(line):
            kept.append(_MARK.sub("", line))
    return "\n".join(kept)
