"""A target's share written after a dash or an arrow at the end of its line: "1) 3,310 — close 25%",
"• 65,100 → 30%", "TP1 0.85 => take 50%" (``text.clean`` has written every dash "-" by then).

``line_prices`` keeps a percentage beside a price as a possible allocation when only a bracket, a dash
or a bar stands between ("0.45 (25%)", "2430 - 20%"). A long dash, an arrow, and a few words such as
"close" are the same note; ``sections`` writes it back as the bracket ``line_prices`` reads, so "close"
is not read as a label. Only an unsigned
share that closes the line: "→ +30%" is a profit and "→ 25% gain" is prose.
"""
from __future__ import annotations

import re

_DASHED_SHARE = re.compile(
    r"(?<=[0-9])[ ]{0,3}(?:—|–|→|->|=>|⇒|-)[ ]{0,3}[^\W\d_]{0,10}[ ]{0,2}"
    r"(?<![+\-])([0-9]{1,3}(?:[.,][0-9]{1,2})?[ ]?%)[ ]*$",
    re.M,
)


def padded(text: str) -> str:
    """``text`` with each dashed share at a line's end written "(25%)", padded to its length so every
    position in the text stays where it was."""
    return _DASHED_SHARE.sub(_bracket, text)


def _bracket(match: re.Match) -> str:
    for note in (f" ({match.group(1)})", f"({match.group(1)})"):
        if len(note) <= len(match.group()):
            return note.ljust(len(match.group()))
    return match.group()  # "5→25%": no room for the brackets, left as written
