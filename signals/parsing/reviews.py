"""A plan's review sections: a chat bot's or analyst's breakdown repeats or works out the plan's numbers
under its own heading after the labelled plan ("📊 Risk-Reward Overview" over a table of "Entry (Avg) SL TP1 …
$122,500 $123,200 …" and "Risk: $700 • TP1: +$700 → 1:1", "📊 Risk to Reward", "📌 Summary" restating entry,
stop and targets). The plan's labelled lines above are the call; the section, from its heading alone on its
line to the next heading or rule line, lends it no number. Without a labelled plan above (the summary is the
only plan), the section stays."""
from __future__ import annotations

import re

_REVIEW_HEADING = re.compile(
    r"^[^\w\n]{0,6}(?:risk[ ]{0,2}(?:[-/&]|to|vs\.?)?[ ]{0,2}reward(?:[ ]{1,3}(?:overview|ratio|analysis|breakdown|table))?"
    r"|rrr|r[:/]r|(?:trade[ ]{1,3})?summary)[^\w\n]{0,6}$",
    re.I | re.M,
)
# The next heading ("⚠️ Key Watch Zones", "🧠 Win Rate Consideration": a symbol and a few words, no number)
# or a rule line ("---") ends the section.
_NEXT_HEADING = re.compile(r"^(?:[^\w\s]{1,8}[ ]{0,2}[^\W\d][^\n0-9]{0,40}|[ \t]*[-—━=_~]{3,}[ \t]*)$", re.M)
# The plan's own labels at a line's start, in the canonical text, each with a price on its line.
_LABELS = (
    re.compile(r"^[^\w\n]{0,6}(?:[a-z]+[ ]{1,2})?(?:entry|entries)\b[^\n]*[0-9]", re.I | re.M),
    re.compile(r"^[^\w\n]{0,6}(?:sl|stop(?:[ -]?loss)?)\b[^\n]*[0-9]", re.I | re.M),
    # "Take Profit (TP):" lists its prices on the lines below.
    re.compile(r"^[^\w\n]{0,6}(?:tp[0-9]?|targets?|take[ -]?profits?)\b[^\n]*\n?[^\n]*[0-9]", re.I | re.M),
)


def without_reviews(text: str) -> str:
    """The text without the review sections that follow a labelled plan (entry, stop and a target)."""
    first = _REVIEW_HEADING.search(text)
    if first is None or not all(label.search(text, 0, first.start()) for label in _LABELS):
        return text
    pieces, position = [], 0
    for heading in _REVIEW_HEADING.finditer(text):
        if heading.start() < position:
            continue
        pieces.append(text[position: heading.start()])
        following = _NEXT_HEADING.search(text, heading.end() + 1)
        position = following.start() if following else len(text)
    pieces.append(text[position:])
    return "".join(pieces)
