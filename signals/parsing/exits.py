"""Signals whose exits are written unusually: an "exit" price on the stop's side of the entry
("進場：81900—80999 / 止盈：84438—86076 / 離場：79443"), or no exit at all yet ("進場：0.0155—0.01518"
under a "50X做多" header: the targets and stop follow in a later post).
"""
from __future__ import annotations

import re
from decimal import Decimal

from . import sections as sec
from .leverage import leverage


def exit_as_stop(
    parts: list[sec.Section], entries: list[Decimal], take_profits: list[Decimal]
) -> tuple[list[Decimal], Decimal | None]:
    """An "Exit: X" / "離場：X" beside labelled targets, its one price beyond the entry on the side
    away from them, is where the trade is left at a loss: the stop. Returns the targets without it
    and the stop (None when no such exit is written)."""
    if not entries:
        return take_profits, None
    for exit in (s for s in parts if s.kind == "tp" and s.label.startswith(("exit", "close"))):
        others = [p for s in parts if s.kind == "tp" and s is not exit for p in s.prices]
        if len(exit.prices) != 1 or not others:
            continue
        price = exit.prices[0]
        below = price < min(entries) and all(p > max(entries) for p in others)
        above = price > max(entries) and all(p < min(entries) for p in others)
        if below or above:
            return others, price
    return take_profits, None


# A target label followed by its colon ("Primary target: $117", "TP 2: 112") names a field of the plan.
_FIELD_AFTER = re.compile(r"[ ]{0,3}(?:#?[0-9]{1,2})?[ ]{0,2}:")


def targets_once(text: str, parts: list[sec.Section]) -> list[Decimal]:
    """The targets, each said once: "… short at $123-125, target $117-112, stop loss at $128 … Primary
    target: $117 | Extended target: $112": a target named in running prose whose prices the plan's
    labelled fields all list again is the same target told twice, not more targets."""
    targets = [s for s in parts if s.kind == "tp"]
    fields = [s for s in targets if not _in_prose(text, s)]
    listed = {p for s in fields for p in s.prices}
    told_twice = [s for s in targets if s not in fields and s.prices and set(s.prices) <= listed]
    kept = _without_summary_repeats([s for s in targets if s not in told_twice], parts)
    restated = _restated(kept)
    return [p for s in kept if restated.get(id(s)) is not True for p in (s.prices[:1] if id(s) in restated else s.prices)]


def _without_summary_repeats(targets: list[sec.Section], parts: list[sec.Section]) -> list[sec.Section]:
    """"Target(s): $198 … ✅ Summary | Stoploss $166 | Target $198": an unnumbered target whose prices
    an earlier unnumbered one already gave, all of them in order, with a stop label between the two,
    is the plan told again in its summary, not a second target at the same price. "TP 1.2 / TP 1.2"
    and numbered targets keep their duplicates."""
    stops = [s.start for s in parts if s.kind == "sl"]
    seen: list[sec.Section] = []
    kept = []
    for section in targets:
        if section.index is None and section.prices:
            if any(e.prices == section.prices and any(e.start < stop < section.start for stop in stops) for e in seen):
                continue
            seen.append(section)
        # "TP1: 3350 / TP2: 3359 / TP3: 3375 … SL: 3282 | TP1–TP3: 3350 – 3359 – 3375": one line listing, in
        # order, every target listed so far, after a stop, is the summary's copy of the whole list.
        listed = [s for s in kept if s.prices]
        if (
            len(section.prices) >= 2 and section.prices == [p for s in listed for p in s.prices]
            and any(listed[-1].start < stop < section.start for stop in stops)
        ):
            continue
        kept.append(section)
    return kept


def _restated(targets: list[sec.Section]) -> dict[int, bool]:
    """"TP1: 117,500 (first resistance) … TP1: 117,500 → 2,000 points reward", "Target 1: $649.92 (24h
    low) | Target 2 … • Target 1: 649.92", a bot's copy of the plan below it ("TP1: 0.00000315 …
    symbol:NKNBTC | TP1: 0.00000315"): a target whose number and price an earlier one already gave is
    that target told again, not a new one; only the price both give is the target's, the numbers
    beside either (a reward, a profit) are not. Maps each restatement's id to True and the id of the
    target it restates to False."""
    first: dict[int, sec.Section] = {}
    found: dict[int, bool] = {}
    for section in targets:
        earlier = first.get(section.index) if section.index is not None else None
        if earlier is not None and section.prices and earlier.prices and section.prices[0] == earlier.prices[0]:
            found[id(section)], found[id(earlier)] = True, found.get(id(earlier), False)
        elif section.index is not None and section.prices:
            first.setdefault(section.index, section)
    return found


def _in_prose(text: str, section: sec.Section) -> bool:
    return not _starts_line(text, section.start) and not _FIELD_AFTER.match(text, section.end)


# "Entry: 3200 / closed +40% 🚀": a trade's outcome makes the post a result, not an order.
# "Tendência Macro (H4): ALTA ✅" ("trend: up ✅"): a tick after a word approves a reading of the chart; no outcome.
_OUTCOME = re.compile(r"\b(?:clos|exit|hit|profit|gain|result|roi|pnl)|[+-][ ]?[0-9][0-9.,]*[ ]?%|(?<![^\W\d_][ ])(?<![^\W\d_])✅", re.I)


# "Ativo: BTCUSDT" ("Coin: BTCUSDT" once canonical), "Symbol: WANUSDT": the pair labelled at the start of its
# line, as a bot's alert fills in its form.
_PAIR_FIELD = re.compile(r"^[^\w\n]{0,6}(?:coin|pair|symbol|ticker|asset)[ ]{0,2}:", re.I | re.M)


def is_entry_order(text: str, parts: list[sec.Section]) -> bool:
    """"$COTI (50X LONG) / Entry: 0.0155 - 0.01518": an entry label opening its line with prices,
    under a stated side and leverage, is an order whose exits come later. Without the leverage
    ("BTC long, entry 67500 was great") a price beside a side is talk, unless the message is a form
    whose fields give the pair and the entry ("🟢 TURTLE LONG ENTRY | Ativo: BTCUSDT | Preço Entrada: $93,161")."""
    if sec.stated_side(text) is None or (leverage(text) is None and not _PAIR_FIELD.search(text)) or _OUTCOME.search(text):
        return False
    return any(s.kind == "entry" and s.prices and _starts_line(text, s.start) for s in parts)


def _starts_line(text: str, position: int) -> bool:
    line_start = text.rfind("\n", 0, position) + 1
    return re.search(r"[^\W_]", text[line_start:position]) is None
