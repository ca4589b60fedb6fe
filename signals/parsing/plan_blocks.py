"""A newsletter's one call: a labelled plan block among a recap, market notes and a reading list.

    📬 WEEKLY DIGEST #47 | Last week recap: • ETH long from 3,120 hit TP2 ✅ • DOGE short stopped ❌
    Market check: BTC is boxed between 63,800 and 66,400 …
    $LINK — LONG | Entry: 13.90 – 14.15 | Targets: 14.80 / 15.60 / 16.90 | Stop: 13.35 | Leverage: 5x
    That's it. See you next Sunday.

A paragraph (lines between blank lines or rule lines: "━━━━", "———", "====") whose head — up to three
lines above its labels: a title ("📢 SINAL", "🎯 SETUP DEL DÍA"), the pair ("Moeda: #ENAUSDT",
"🔔 SIGNAL: $PENDLE") and the side ("Direção: LONG", "🔻 #APTUSDT 空") — names one pair and a side, and
whose other lines are label lines (entry, stop, targets, leverage, margin: "Вход:", "Hedef:", "止损" once
canonical; "Buy: 7.80 - 8.05" giving the side) or a label's listed prices, with at least a stop and
targets, is the message's call, and its pair is the call's whatever the recap names. The other
paragraphs tell of other coins' past trades and of the market: they make the message no update and
lend the plan no number (``lone_call``). Rules under the block ("📌 规则：止盈1到了止损拉到成本价", "Stop
móvel: a cada alvo batido …") give it its break-even and trailing stop (``with_rules``).

The block is no call in a lesson or a recalled old call (read whole), when the message holds
two of them (a recap listing past plans), when another paragraph names a plan label at a line's start (the
plan runs on there: it is read whole), or when another paragraph reports on or instructs the block's own
trade, or a trade it does not name ("TP1 hit ✅, SL moved to entry" above a re-posted plan): that is a
running trade's re-post. Only a rule below the block, ticking nothing, is its own management.
"""
from __future__ import annotations

import re
from dataclasses import replace

from . import asides, changes_now, closed_trades, hints, running_trades, talk, ticks, updates
from .results import ParsedSignal
from .sections import stated_side
from .symbols import bare_tickers, find_mentions
from .text import clean
from .vocabulary import canonicalise

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# A plan label opening a line, in the canonical (English) words: "Entry zone:", "SL:", "TP1:",
# "Targets:", "Stop loss:", "Lev: 15x", "Leverage 8x", with emoji or bullets before it.
_LABEL_LINE = re.compile(
    r"[^\w\n]{0,6}(?P<kind>entry|entries|sl|stop|stop[ -]?loss|tp|tps|targets?|take[ -]?profits?|lev|leverage|margin|cross|isolated)"
    r"(?![^\W\d_])",
    re.I,
)
# "Buy: 7.80 - 8.05", "Compra: …": a side labelling the entry, under a head naming only the pair.
_SIDE_LABEL = re.compile(r"[^\w\n]{0,6}(?:buy|sell)[ ]{0,2}[:：]", re.I)
# A divider between a recap and the call, or around the call ("━━━━━━", "———", "=====", "➖➖➖").
_RULE_LINE = re.compile(r"\n?^[ \t]*[━─—=_~➖▬-]{3,}[ \t]*$\n?", re.M)
# "Title / pair / side": the lines a block may put above its labels.
_HEAD_LINES = 3
_HEAD_WORDS = 6
_RULES_HEADING = re.compile(r"[^\w\n]{0,6}(?:rules|plan)(?![^\W\d_])", re.I)
_KINDS = {"entry": "entry", "entries": "entry", "sl": "sl", "stop": "sl", "tp": "tp", "tps": "tp", "target": "tp",
          "targets": "tp", "lev": "lev", "leverage": "lev",
          "margin": "margin", "cross": "margin", "isolated": "margin"}


def lone_call(raw: str) -> str | None:
    """The message's one labelled plan block, when other paragraphs surround it and none of them
    carries a plan label or speaks of a trade the block may be; None otherwise."""
    parts = _block_and_rules(raw)
    return parts[0] if parts else None


def with_rules(parsed: ParsedSignal, raw: str) -> ParsedSignal:
    """The block's signal with the break-even and trailing stop that the rules under the block state
    ("📌 规则：止盈1到了止损拉到成本价", "Stop móvel: a cada alvo batido, subir o stop pro alvo anterior"):
    read with the plan they would read as a report on it."""
    parts = _block_and_rules(raw)
    rules = clean("\n".join(parts[1])) if parts else ""
    if not rules:
        return parsed
    # A rule needs no "when": "TP1 到了止损拉到成本价" under a rules heading moves the stop once TP1 is hit.
    breakeven = hints.breakeven_after(rules) or hints.breakeven_after("\n".join(f"after {line}" for line in rules.split("\n")))
    return replace(
        parsed, breakeven_after=parsed.breakeven_after or breakeven,
        trailing=parsed.trailing or hints.trailing(rules),
        # "amankan 50% di TP1, 30% di TP2, sisanya 20% di TP3" under the block: the targets' shares, one per target.
        take_profit_allocations=parsed.take_profit_allocations or hints.take_profit_allocations([], parsed.take_profits, rules),
    )


def _block_and_rules(raw: str) -> tuple[str, list[str]] | None:
    """The lone block and the paragraphs of rules for it below it."""
    text = clean(raw)
    # "Tomemos como ejemplo esta señal ficticia: …", "Lembram do sinal que mandamos …?": a lesson's example or a
    # recalled old call is laid out as a block too, and is no call. A news head ("📰 Evening market update") over
    # market notes does not make the one whole plan under them ("One setup we like for tonight: …") news: the
    # notes' prices (BTC 66.2k / 67.9k) lend it nothing, as a newsletter's do (blind77).
    if talk.is_lesson(text) or asides.recalls_call(raw, text):
        return None
    paragraphs = _paragraphs(raw)
    heads = {number: _plan_head(part) for number, part in enumerate(paragraphs)}
    blocks = [number for number, head in heads.items() if head is not None]
    if len(blocks) != 1 or len(paragraphs) < 2:
        return None
    block = paragraphs[blocks[0]]
    others = [(number, part) for number, part in enumerate(paragraphs) if number != blocks[0]]
    if any(_label_kinds(part) for _, part in others):
        return None
    called = {mention.symbol for mention in find_mentions(heads[blocks[0]])}
    # "📌 Rules: after TP1 move the stop to entry", "Stop móvel: a cada alvo batido …" under the block: its own
    # management, no report on a running trade.
    if any(_speaks_of_trade(part, called) and not (number > blocks[0] and _manages_plan(part)) for number, part in others):
        return None
    # The rules under the block hold its break-even or trailing stop (``with_rules``). Rules alone around it
    # make no newsletter: such a message is read whole.
    rules = [part for number, part in others if number > blocks[0] and _manages_plan(part)]
    return (block, rules) if len(rules) < len(others) else None


def _paragraphs(raw: str) -> list[str]:
    """The message's paragraphs: runs of lines between blank lines or rule lines ("━━━━", "———", "====")."""
    parts = []
    for paragraph in _PARAGRAPH_BREAK.split(raw.replace("\r\n", "\n")):
        parts.extend(_RULE_LINE.split(paragraph))
    return [part.strip("\n") for part in parts if part.strip()]


def _plan_head(paragraph: str) -> str | None:
    """The lines of a plan block above its labels, naming one pair and a side ("🔔 SIGNAL: $PENDLE / Hướng:
    LONG", "📢 SINAL / Coin: #ENAUSDT / Direção: LONG"), or the pair alone when a "Buy:" label gives the
    side; None when the paragraph is no plan block: its lines after the head are label lines (or a label's
    listed prices, "1) 0.4890", "🎯 5,70 (30%)") with at least a stop and targets."""
    # Canonical as a whole: one short line ("🔻 ENA/USDT ШОРТ") may be too short to tell its language.
    # Only label lines follow the head: a rule or a lesson's step after them ("٢- لا تدخل …") is no plan's.
    lines = [line for line in canonicalise(clean(paragraph)).split("\n") if line.strip()]
    first = next((number for number, line in enumerate(lines) if _LABEL_LINE.match(line) or _SIDE_LABEL.match(line)), 0)
    head, body = "\n".join(lines[:first]), lines[first:]
    if not 1 <= first <= _HEAD_LINES or len({mention.symbol for mention in find_mentions(head)}) != 1:
        return None
    # A head is a title, a pair, a side: a sentence above the labels ("Lembram do sinal que mandamos no dia
    # 02/12 no VIP?") tells of the plan, which is then read whole.
    if "?" in head or "？" in head or any(len(re.findall(r"[^\W\d_]+", line)) > _HEAD_WORDS for line in lines[:first]):
        return None
    if not all(_LABEL_LINE.match(line) or _SIDE_LABEL.match(line) or _is_listed_price(line) for line in body):
        return None
    sided = stated_side(head) or any(_SIDE_LABEL.match(line) for line in body)
    return head if sided and {"sl", "tp"} <= _label_kinds("\n".join(body), canonical=True) else None


def _is_listed_price(line: str) -> bool:
    """"1) 0.4890", "🎯 5,70 (30%)": a price listed under its label, no word on the line."""
    return re.search(r"[0-9]", line) is not None and re.search(r"[^\W\d_]", line) is None


def _manages_plan(paragraph: str) -> bool:
    """A rule for the plan's later course, ticking nothing: a trailing stop, a break-even rule in words
    that report no hit ("after TP1 move stop to entry"), or a paragraph headed as the rules."""
    text = clean(paragraph)
    if ticks.TICK.search(text) or re.search("[✅✔☑❌]", paragraph):
        return False
    canonical = canonicalise(text)
    return bool(
        hints.trailing(canonical) or (hints.breakeven_after(canonical) and not updates.is_report(text))
        or _RULES_HEADING.match(canonical)
    )


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
        or updates.is_cancel(text) or changes_now.moves_stop_now(text) or changes_now.closes_part_now(text)
        or changes_now.closes_side_now(text) or running_trades.reports(text) or running_trades.sets_stop_now(text)
        or closed_trades.reports_closed(paragraph)
    )
