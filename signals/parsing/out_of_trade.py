"""A whole close said as being out: "ARB: we're out of the whole position at market", "I'm fully out of
the trade", "we are out at market". English is read as written (no table rewrites it), so ``updates``'
close verbs ("close", "exit") never see it.

The writer must say who is out ("we're", "I'm", "get", "got") and of what: the position or trade, or "at
market". "I'm out, good night" (leaving the chat), "price is out of the range" and "stopped out of the
position" (a stop hit, reported elsewhere) close nothing.
"""
from __future__ import annotations

import re

_OUT = re.compile(
    r"\b(?:we(?:'|’)?re|we[ ]are|i(?:'|’)?m|i[ ]am|get|getting|got)[ ]{1,3}"
    r"(?:(?:fully|completely|all|now)[ ]{1,3})?out[ ]{1,3}"
    r"(?:of[ ]{1,3}(?:the[ ]{1,3}|our[ ]{1,3}|my[ ]{1,3}|this[ ]{1,3})?(?:(?:whole|entire|full)[ ]{1,3})?(?:position|trade)s?\b"
    r"|at[ ]{1,3}market\b)",
    re.I,
)


def said_out(text: str) -> re.Match | None:
    """The first "we're out of the position"; the phrase holds "whole" when it says so, and a close
    without a share is a whole close to ``updates``."""
    return _OUT.search(text)
