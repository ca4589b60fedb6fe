"""A trade cut is a trade closed now: "cut it here, -1R. $TIA never got going", "cutting the position on
ETH", "I'm cutting". English is read as written (no table rewrites it), so ``updates``' close verbs
("close", "exit") never see it; the other languages' idioms ("режем позицию", "pozisyonu kesiyoruz", "砍掉")
are ``close`` rows in their tables and reach ``updates`` as "close".

"Cut" alone is too loose ("rate cut", "cut losses short"), so the idiom needs what is cut: "it", "this
(one)", "the/my/our trade/position", or "here" — or the writer saying he is cutting ("I'm cutting"). A cut
tied to a price or a condition ("cut it below 138", "cut it if 4H closes under") is the plan's stop, not
a close now; "don't cut it" closes nothing.
"""
from __future__ import annotations

import re

_CUT = re.compile(
    r"(?<!n't )(?<!n’t )(?<!not )(?<!never )"
    r"(?:\b(?:i(?:'|’)?m|i[ ]am|we(?:'|’)?re|we[ ]are)[ ]{1,3}cutting\b"
    r"|\bcut(?:ting)?[ ]{1,3}(?:it|this(?:[ ]{1,3}one)?|(?:the|my|our|this)[ ]{1,3}(?:trade|position)|here)\b)"
    # "cut it below 138", "cut it at 138", "cut it if …": a stop level or a condition, said for later.
    r"(?![ ]{1,3}(?:here[ ]{1,3})?(?:below|under|above|over|at|if|when|once|should|unless|[0-9])\b)",
    re.I,
)


def cut(text: str) -> re.Match | None:
    """The first "cut it (here)" / "cutting the position" / "I'm cutting"; a share after it ("cut half
    the position") is read by ``updates`` as for any close."""
    return _CUT.search(text)
