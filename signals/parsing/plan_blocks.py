"""A newsletter's one call: a labelled plan block among a recap, market notes and a reading list.

    📬 WEEKLY DIGEST #47 | Last week recap: • ETH long from 3,120 hit TP2 ✅ • DOGE short stopped ❌
    Market check: BTC is boxed between 63,800 and 66,400 …
    $LINK — LONG | Entry: 13.90 – 14.15 | Targets: 14.80 / 15.60 / 16.90 | Stop: 13.35 | Leverage: 5x
    That's it. See you next Sunday.

A paragraph (lines between blank lines) whose line naming a pair and a side is followed by label
lines (entry, stop, targets, leverage: "Вход:", "Hedef:", "止损" once canonical) is the message's
call. The other paragraphs tell of other coins' past trades and of the market: they make the
message no update and lend the plan no number (``lone_call``).

The block is no call in a lesson, a news post or a recalled old call (read whole), when the message holds two of them (a recap listing past plans), when another
paragraph names a plan label at a line's start (the plan runs on there: it is read whole), or when
another paragraph reports on or instructs the block's own trade, or a trade it does not name
("TP1 hit ✅, SL moved to entry" above a re-posted plan): that is a running trade's re-post.
"""
from __future__ import annotations

import re

from . import asides, closed_trades, running_trades, signal, ticks, updates
from .sections import stated_side
from .symbols import bare_tickers, find_mentions
from .text import clean
from .vocabulary import canonicalise

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# A plan label opening a line, in the canonical (English) words: "Entry zone:", "SL:", "TP1:",
# "Targets:", "Stop loss:", "Lev: 15x", "Leverage 8x", with emoji or bullets before it.
_LABEL_LINE = re.compile(
    r"[^\w\n]{0,6}(?P<kind>entry|entries|sl|stop|stop[ -]?loss|tp|tps|targets?|take[ -]?profits?|lev|leverage)"
    r"(?![^\W\d_])",
    re.I,
)
_KINDS = {"entry": "entry", "entries": "entry", "sl": "sl", "stop": "sl", "tp": "tp", "tps": "tp", "target": "tp",
          "targets": "tp", "lev": "lev", "leverage": "lev"}


def lone_call(raw: str) -> str | None:
    """The message's one labelled plan block, when other paragraphs surround it and none of them
    carries a plan label or speaks of a trade the block may be; None otherwise."""
    text = clean(raw)
    # "Tomemos como ejemplo esta señal ficticia: …", "Lembram do sinal que mandamos …?": a lesson's example or a
    # recalled old call is laid out as a block too, and is no call.
    if signal.is_lesson(text) or asides.is_news(text) or asides.recalls_call(raw, text):
        return None
    paragraphs = [part for part in _PARAGRAPH_BREAK.split(raw.replace("\r\n", "\n")) if part.strip()]
    blocks = [number for number, part in enumerate(paragraphs) if _is_plan_block(part)]
    if len(blocks) != 1 or len(paragraphs) < 2:
        return None
    block = paragraphs[blocks[0]]
    others = [part for number, part in enumerate(paragraphs) if number != blocks[0]]
    if any(_label_kinds(part) for part in others):
        return None
    called = {mention.symbol for mention in find_mentions(_header(block))}
    if any(_speaks_of_trade(part, called) for part in others):
        return None
    return block


def _is_plan_block(paragraph: str) -> bool:
    """A line naming a pair and a side, then label lines for at least a stop and targets."""
    # Canonical as a whole: one short line ("🔻 ENA/USDT ШОРТ") may be too short to tell its language.
    # Only label lines follow the header: a rule or a lesson's step after them ("٢- لا تدخل …") is no plan's.
    lines = [line for line in canonicalise(paragraph).split("\n") if line.strip()]
    if not lines or not find_mentions(lines[0]) or not stated_side(lines[0]) or _LABEL_LINE.match(lines[0]):
        return False
    return all(_LABEL_LINE.match(line) for line in lines[1:]) and {"sl", "tp"} <= _label_kinds("\n".join(lines[1:]), canonical=True)


def _header(paragraph: str) -> str:
    """The block's line naming the pair and side."""
    return canonicalise(paragraph).strip().split("\n")[0]


def _label_kinds(text: str, canonical: bool = False) -> set[str]:
    """The plan labels that open a line of ``text``."""
    kinds = set()
    for line in (text if canonical else canonicalise(text)).split("\n"):
        match = _LABEL_LINE.match(line)
        if match:
            word = re.sub(r"[ -]", "", match.group("kind").lower())
            kinds.add(_KINDS.get(word, "sl" if word.startswith("stop") else "tp"))
    return kinds


def _speaks_of_trade(paragraph: str, called: set[str]) -> bool:
    """A report on or an instruction for a trade, in a paragraph that names the block's pair or no
    pair at all ("TP1 hit ✅, move SL to entry")."""
    named = {mention.symbol for mention in [*find_mentions(paragraph), *bare_tickers(paragraph)]}
    if named and not named & called:
        return False
    text = clean(paragraph)
    return bool(
        ticks.checked_prices(text, False) or ticks.has_ticked_entry(text) or updates.is_report(text)
        or updates.is_cancel(text) or updates.moves_stop_now(text) or updates.closes_part_now(text)
        or updates.closes_side_now(text) or running_trades.reports(text) or running_trades.sets_stop_now(text)
        or closed_trades.reports_closed(paragraph)
    )
