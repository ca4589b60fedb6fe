"""Wrappers around a label or a price that hide it from the section grammar: a note in brackets
between a label and its colon ("T2 (Optional): $0.920", "SL (Stop Loss): …", "TP 1 (Target): …")
and LaTeX typesetting a chat bot left around a number ("\\bm{\\text{124,701}}"). Both go before
any label is read; the words and the number stay."""
from __future__ import annotations

import re

# "T2 (Optional):", "TP 1 (Target):", "SL (Stop Loss):", "Target(s):": a note of words, no digit, in
# brackets after a line's label and before its colon. "Entry Price (≈0.02515)" and "Stop (4H close):"
# hold a number, which the label's readers judge themselves; "Add (DCA):", in capitals, names the label's role.
_NOTE_BEFORE_COLON = re.compile(
    r"^([^\w\n]{0,4}[^\W_][^\W_ ]{0,14}(?:[ ][^\W_]{1,14}){0,2}?)[ ]{0,2}\((?=[^()\n]{0,24}[a-z])[^\W\d_][^()\n0-9]{0,24}\)(?=[ ]{0,2}[:=])", re.M
)
# "\bm{\text{124,701}}", "\textbf{0.52}", "\mathbf{3,400}": LaTeX commands around a number.
_LATEX_NUMBER = re.compile(r"(?:\\[A-Za-z]{1,8}[ ]?\{)+([$]?[0-9][0-9.,]*)\}+")


def drop_label_notes(text: str) -> str:
    """The text with a bracketed note between a label and its colon dropped."""
    return _NOTE_BEFORE_COLON.sub(r"\1", text)


def unwrap_latex(text: str) -> str:
    """The text with LaTeX commands around its numbers dropped, the numbers kept."""
    return _LATEX_NUMBER.sub(r"\1", text)
