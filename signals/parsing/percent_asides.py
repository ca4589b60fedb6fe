"""A bracketed note of a market move beside a price: "0.7315 (+2.4% today)", "1,342 (já caiu 8% hoje)".

A percentage in a bracket of its own tells how far the coin moved; it scales nothing else on the line. The
leverage reader drops every clause holding a "%" ("+45% (10x)", "3% of balance at 10x": a gain or a size
at that multiple), and a terse one-liner with no commas is one clause, so "ARB long 0.7315 (+2.4% today)
… 10x" lost its 10x. The note is taken out before that test. A bracket that holds a multiple as well
("(2% risk, 10x)") is kept whole: its multiple belongs to the percentage.
"""
from __future__ import annotations

import re

# Round or square brackets, no nesting, a line at most; the multiple test mirrors ``leverage._LEV_X``.
_PERCENT_NOTE = re.compile(r"[(\[][^()\[\]\n%]{0,40}%[^()\[\]\n]{0,40}[)\]]")
_MULTIPLE = re.compile(r"[0-9][ ]{0,2}x(?![a-z0-9])|(?<![a-z0-9])x[ ]{0,2}[0-9]", re.I)


def without_percent_notes(line: str) -> str:
    """The line without its bracketed percentage notes that hold no multiple."""
    return _PERCENT_NOTE.sub(lambda m: m.group() if _MULTIPLE.search(m.group()) else " ", line)


# "… 2.80 5x 止盈分配 40% / 30% / 30%" ("… 5x allocation 40% / 30% / 30%"): a run of shares after a share word
# splits the position over the targets; it is no gain, so a one-clause line keeps its "5x".
_SHARE = r"(?<![+\-0-9.])(?:%[ ]?[0-9]{1,3}|[0-9]{1,3}(?:\.[0-9]{1,2})?[ ]?%)"
_SHARE_RUN = re.compile(
    rf"(?<![^\W\d_])(?:allocation|split|close|target|take[ -]?profit)(?![^\W\d_])[ :=-]{{0,4}}{_SHARE}(?:[ ]{{0,3}}[/|、][ ]{{0,3}}{_SHARE})+",
    re.I,
)


def without_share_runs(line: str) -> str:
    """The line without the runs of shares its share words state."""
    return _SHARE_RUN.sub(" ", line)
