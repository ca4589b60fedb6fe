"""Messages that name a pair, a side and prices and still place no order: hedged analysis, questions,
lessons and their examples, adverts and results posts.

``signal.build`` reads the prices first and then asks here whether they make a call. Kept apart because
this judges what the message is for, from its words, not what its prices are.
"""
from __future__ import annotations

import re
from decimal import Decimal

from . import examples
from . import sections as sec
from .disclaimers import disclaims_call
from .symbols import SymbolMention
from .vocabulary import english_pattern


def is_hedged_talk(
    text: str, parts: list[sec.Section], stop_loss: Decimal | None, take_profits: list[Decimal], symbol: str, mentions: list[SymbolMention]
) -> bool:
    """"#SOL might short around 145 if it rejects, target 138 maybe", "… not a call": analysis.

    A question ("anyone know if …", "¿…?") or the writer's own intention ("I'm thinking of going
    long", "pienso entrar") without targets is chatter, whatever prices it names.

    A message that says it is no call, or teaches ("📚 How to read our signals: a call like …",
    "Stop loss là gì? Ví dụ …"), never trades; "if you buy … and put the stop at …" is a
    hypothetical, as a question is. One that hedges ("maybe", "could", "watching")
    before its stop and targets is a call only when it gives both a stop and targets, or sets its
    stop or targets out on lines of their own: that is how a channel writes an order, however
    modestly it words it ("Maybe long ETH near 3100, SL 3000, TP 3300").
    """
    if disclaims_call(text, symbol, mentions) or is_lesson(text):
        return True
    if not take_profits and (english_pattern("ask").search(text) or "¿" in text):
        return True  # "¿Alguien sabe si SOL en 165 …? Pienso entrar largo …": a question or a plan of one's own
    # "支撑 62000 … 下看 58500 … 目前以观望为主" (for now mainly wait and see): levels of an analysis whose writer
    # waits; with no stop there is no order to place, whatever it says it would watch for.
    if stop_loss is None and english_pattern("wait_see").search(text):
        return True
    exits = [s for s in parts if s.kind in ("sl", "tp")]
    hedge = english_pattern("hedge").search(text)
    if not hedge or not exits or hedge.start() > exits[0].start:
        return False
    if stop_loss is not None and take_profits:
        return False
    return not any(_starts_line(text, s.start) for s in exits)


def is_lesson(text: str) -> bool:
    """A lesson word before the message's first number opens a lesson ("📚 How to read our signals:
    a call like 'BTC long 65000 …' means …"); after it, an aside of a real call ("Lev: 5-10x
    (beginners 3x)")."""
    if examples.computes_levels(text):  # "SL = 0.1381 × 0.95 = 0.1312": a stop worked out, as taught
        return True
    lesson = english_pattern("lesson").search(text)
    if lesson is None:
        return False
    return not examples.has_number(text[: lesson.start()]) or _introduces_side(text, lesson.end())


# "Tip: never use 50x. Contoh, long BTC di 104.000 …" ("For example, long BTC at 104000"), "e.g. ETH
# short 3400": an example word a few words before a side, in its sentence, makes the trade its example.
_EXAMPLE_GAP = re.compile(r"[^.!?\n()]{0,25}?\b(?:long|short|buy|sell)\b", re.I)


def _introduces_side(text: str, end: int) -> bool:
    return _EXAMPLE_GAP.match(text, end) is not None


_SIGNED_PERCENT = re.compile(r"(?<![\w.])[+-][ ]?[0-9]{1,4}(?:[.,][0-9]{1,2})?[ ]?%")
# "172 → 189 (+98% x10)": a past trade's entry, exit and gain.
_ENTRY_TO_GAIN = re.compile(r"[0-9][ ]{0,2}(?:→|->|=>|➜|➡)[ ]{0,2}[$]?[0-9][^\n|]{0,40}?[+][ ]?[0-9]{1,4}(?:[.,][0-9]{1,2})?[ ]?%")
# "Best trade: #RUNE +91% (entry 4.98 → exit 5.95)": the gain before the trade's way, each price
# perhaps labelled ("exit", "salida", "saída" read as a target).
_GAIN_TO_PATH = re.compile(
    r"[+][ ]?[0-9]{1,4}(?:[.,][0-9]{1,2})?[ ]?%[^\n|]{0,40}?[0-9][ ]{0,2}(?:→|->|=>|➜|➡)[ ]{0,2}"
    r"(?:[^\W\d_]+[ ]{0,2}:?[ ]{0,2})?[$]?[0-9]"
)
_DIGIT = re.compile(r"[0-9]")


def is_promo(text: str, parts: list[sec.Section], stop_loss: Decimal | None) -> bool:
    """"VIP membership 50% off … last month our BTC long from 61,200 hit all 4 targets … Join now":
    an advert or a past result names a pair, a side and prices, but an order gives a stop or
    labels its entry; a message that does neither in promo or results words is no trade."""
    promo = english_pattern("promo").search(text) is not None
    # "本周战绩：ETH 多单 +42%、DOGE 空单 -12%（止损0.399）", "Weekly recap … Best call: SOL long 172 → 189 (+98%)
    # | Worst call: DOT short SL 8.2": a week's results, whatever stop they quote.
    results = len(_SIGNED_PERCENT.findall(text)) >= 2 or _ENTRY_TO_GAIN.search(text) is not None
    if promo and results and not any(s.kind == "tp" and s.prices for s in parts):
        return True
    # "📊 Monthly results | Signals: 36 … Best trade: #RUNE +91% (entry 4.98 → exit 5.95)": under a
    # results title, a gain quoted with its entry and exit is a past trade, its exit no target.
    if promo and _GAIN_TO_PATH.search(text) and _heads(english_pattern("promo").search(text).start(), text):
        return True
    if stop_loss is not None or any(s.kind == "entry" for s in parts):
        return False
    return promo


def _heads(position: int, text: str) -> bool:
    """Whether ``position`` comes before the message's first number."""
    first_number = _DIGIT.search(text)
    return first_number is None or position < first_number.start()


def _starts_line(text: str, position: int) -> bool:
    """Only bullets, emoji or spaces before ``position`` on its line."""
    line_start = text.rfind("\n", 0, position) + 1
    return re.search(r"[^\W_]", text[line_start:position]) is None
