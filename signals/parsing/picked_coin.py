"""The coin a post picks out after talking about others: "The one I actually like is $LINK 👇", "今天重点就一个：SOL".

A morning note often reviews the market first ("BTC still chopping, ETH/BTC making new lows") and then
names its one call on a line of its own, the plan's lines right below it. A pair written in full in the
review outranks a tagged ticker by strength (``symbols.choose``), yet the call is the coin that closes
the line just above the plan. So: a mention ending its line (only marks or emoji after it), whose next
non-blank line opens the plan (a side, a plan label or a price first), is the call when every other pair
is named on lines before it that state no side and hold no plan label. An untagged ticker counts only
when known and set off by a colon or dash ("重点就一个：SOL", "Today's pick - SOL"): a bare word in a
sentence may be anything.
"""
from __future__ import annotations

import re

from .sections import STRONG_SIDE
from .symbols import SymbolMention, bare_tickers

# After the coin, to its line's end: marks and emoji only ("$LINK 👇", "SOL:").
_CLOSES_LINE = re.compile(r"[^\w\n]*+(?:\n|$)")
# Before an untagged ticker: a colon or dash setting it off as the answer ("重点就一个:SOL").
_SET_OFF = re.compile(r"[:\-—–][ ]{0,3}$")
# The next non-blank line opens the plan: a side, a plan label or a price first ("buy zone: 14.20", "LONG Entry 142.5").
_PLAN_OPENS = re.compile(
    r"[ \t]*+(?:\n[ \t]*+)*+[^\w\n]{0,4}+(?:(?:long|short|buy|sell)\b|entry|entries|buy zone|sl\b|stop|invalidation|targets?\b|tp[0-9]?\b|[$]?[0-9])",
    re.I,
)
# A line saying what the plan says of a coin: its labels beside a price.
_PLAN_LABEL = re.compile(r"\b(?:entry|sl|stop|targets?|tp[0-9]?)\b[^0-9\n]{0,12}[0-9]", re.I)


def picked(text: str, mentions: list[SymbolMention]) -> str | None:
    """The coin named on the line right above the plan after a review of others, or None."""
    candidates = [m for m in mentions if _heads_plan(text, m)]
    if len({m.symbol for m in candidates}) != 1:
        return None
    pick = candidates[0]
    others = [m for m in mentions if m.symbol != pick.symbol]
    pick_line = text.rfind("\n", 0, pick.start) + 1  # "ETH/BTC and ETH/USDT" on one line picks neither
    if not others or any(m.start >= pick_line or not _reviewed(text, m) for m in others):
        return None
    return pick.symbol


def _heads_plan(text: str, mention: SymbolMention) -> bool:
    line_start = text.rfind("\n", 0, mention.start) + 1
    before = text[line_start: mention.start]
    if not re.search(r"[^\W\d_]", before):  # a header opening its line ("#SOL") is the usual grammar's
        return False
    tagged = mention.strength == 0 or text[mention.start: mention.start + 1] in "#$"
    if not tagged and not _SET_OFF.search(before):
        return False
    closing = _CLOSES_LINE.match(text, mention.end)
    return closing is not None and _PLAN_OPENS.match(text, closing.end()) is not None


def _reviewed(text: str, mention: SymbolMention) -> bool:
    """Named in the review: its line states no side and labels no price."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line = text[line_start: line_end if line_end >= 0 else len(text)]
    return not STRONG_SIDE.search(line) and not _PLAN_LABEL.search(line)


def with_picked_ticker(text: str, mentions: list[SymbolMention]) -> list[SymbolMention]:
    """``mentions`` and, when an untagged known ticker ("重点就一个:SOL") is the pick, that ticker too:
    the grammar's mentions leave bare words out, and the call must be among them."""
    if not mentions:
        return mentions
    bare = [m for m in bare_tickers(text) if m.strength == 1 and m.symbol not in {n.symbol for n in mentions}]
    chosen = picked(text, mentions + bare)
    return mentions + [m for m in bare if m.symbol == chosen] if chosen else mentions
