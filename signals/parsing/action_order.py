"""Where a stop move is said, so that several actions in one message keep the order written.

The stop-move pattern reaches from a change verb to the stop word up to 40 characters on
("update: close 50% here and set stop to entry"), so its match may start at a verb that belongs to
no stop at all ("update:" heading the post) and put the stop move before a close said first. The
move is said where its own verb stands: the last change verb before the stop word.
"""
from __future__ import annotations

import re

_VERB = re.compile(
    r"\b(?:move[ds]?|moving|shift(?:ed)?|put|set|adjust(?:ed)?|update[ds]?|trail(?:ed|ing)?|raised?|bring|change[ds]?)\b",
    re.I,
)


def said_at(match: re.Match) -> int:
    """The start of the last change verb in a stop-move match, else the match's start."""
    last = None
    for last in _VERB.finditer(match.string, match.start(), match.end()):
        pass
    return last.start() if last is not None else match.start()
