"""How sure a parse is. A low-certainty signal waits for a person instead of trading on its own.

Each check names what a careful reader would stop at: a side word the prices contradict, prices
that point both ways, two pairs named, a ticker that is only a guess, numbers on the signal's own
lines that went nowhere, prices of different orders of magnitude. For an update: no pair named (it
can only apply as a reply to its signal), several pairs or a guessed one, numbers a close or stop
move cannot place, and instructions that contradict each other.
"""
from __future__ import annotations

import re
from decimal import Decimal

from . import allocation_lines, assets, market_scale
from . import sections as sec
from .line_prices import is_count, is_distance, without_notes
from .results import ParsedUpdate, Reason
from .symbols import SymbolMention
from .tokens import TOKEN_PATTERNS, to_decimal

_RANGE_LOW = re.compile(r"[ ]{0,2}-[ ]{0,2}[0-9.,]+[ ]{0,2}[%x]", re.I)
MAX_PRICE_SPREAD = market_scale.MAX_PRICE_SPREAD


def reasons(
    text: str, parts: list[sec.Section], mentions: list[SymbolMention], symbol: str, side_by_prices: str | None,
    entries: list[Decimal], take_profits: list[Decimal], stop_loss: Decimal | None, decimal_comma: bool,
) -> tuple[Reason, ...]:
    found: list[Reason] = []
    # "Покупка" (buy) counts as much as "LONG": a buy whose prices say short is a doubtful signal.
    word = sec.stated_side(text)
    if word and side_by_prices and word != side_by_prices:
        found.append(Reason("side_contradicts_prices", f"The message says {word}, its prices say {side_by_prices}."))
    if side_by_prices is None and (entries or stop_loss is not None) and take_profits:
        found.append(Reason("prices_disagree", "The stop and targets do not all sit on the sides of the entry that one side needs."))
    found += _symbol_reasons(mentions, symbol)
    prices = [*entries, *take_profits, *([stop_loss] if stop_loss is not None else [])]
    if prices and max(prices) / min(prices) > MAX_PRICE_SPREAD:
        found.append(Reason("prices_out_of_scale", "The prices differ by more than twenty times; one is not a price of this market."))
    elif prices and market_scale.off_market(text, symbol, prices, MAX_PRICE_SPREAD):
        found.append(Reason("prices_out_of_scale", f"The prices are not of {symbol}'s scale; the plan may be another coin's."))
    unplaced = _unplaced_numbers(parts, set(prices), decimal_comma, market=not entries)
    if unplaced:
        found.append(Reason("unplaced_numbers", f"Numbers on the signal's lines that were not read as a price: {', '.join(unplaced)}."))
    return tuple(found)


def _symbol_reasons(mentions: list[SymbolMention], symbol: str) -> list[Reason]:
    chosen = min((m for m in mentions if m.symbol == symbol), key=lambda m: (m.strength, m.start))
    found = []
    # A channel's own tag ("#CCC") is no rival to a listed ticker; a listed or explicit pair is.
    rivals = sorted({
        m.symbol for m in mentions
        if m.symbol != symbol and m.strength <= chosen.strength and (m.strength == 0 or m.symbol.split("/")[0] in assets.KNOWN_BASES)
    })
    if rivals:
        found.append(Reason("two_pairs", f"The message names {symbol} and also {', '.join(rivals)}."))
    if chosen.strength >= 2:
        found.append(Reason("symbol_guessed", f"{symbol.split('/')[0]} is not a listed ticker; it was taken from a side line."))
    return found


def _unplaced_numbers(parts: list[sec.Section], placed: set[Decimal], decimal_comma: bool, market: bool) -> list[str]:
    """Plain numbers on entry, target and stop lines that are none of the prices read.

    A market entry must not come from an entry or side line whose price the grammar failed to read
    ("Вход лесенкой: 0,38", "LONG на пробое 38,6"): on those lines numbers after prose count too.
    """
    unplaced = []
    for side, before, part in zip([None, None, *parts], [None, *parts], parts):
        reads_prose = market and part.kind in ("entry", "side")
        if (part.kind not in ("entry", "tp", "sl") and not reads_prose) or part.restated:
            continue  # "(from avg entry 4747.5)": an average restates the entries, on purpose unread
        if side is not None and sec.market_before_entry(side, before, part):
            continue  # "market entry 3,420": the price notes where the market stands, on purpose unread
        first_line = without_notes(part.body.split("\n")[0])  # "TP1: 3656 (0.618 retracement)"
        if allocation_lines.names_legs(part.label, first_line):
            continue  # "Size split 30/30/40 across DCA 1/2/3": the legs' numbers, not prices
        for token in TOKEN_PATTERNS[decimal_comma].finditer(first_line):
            if _RANGE_LOW.match(first_line, token.end()):
                continue  # "25-30%", "5-10x": the low end of a range, not a price
            if token.group().isdigit() and is_count(first_line, token.end()):
                continue  # "vào 1 kèo", "Entry in 3 parts": a count of trades or legs, not a price
            if is_distance(first_line, token.end()):
                continue  # "TP1: 197.950 — 50 pips": how far, not a price
            if _GAIN_AFTER_PRICE.search(first_line, 0, token.start()):
                continue  # "TP1: 1.3500 +0.0450": the target's gain over the entry, not a price
            if token.lastgroup == "word" and not token.group().isupper() and not reads_prose:
                break  # prose after the label: its numbers are not meant as prices
            value = to_decimal(token.group(), decimal_comma) if token.lastgroup == "num" else None
            if value is not None and value not in placed and value != part.index:
                unplaced.append(token.group())
    return unplaced


# "TP1: 1.3500+0.0450 ~1.13:1", "TP2 3350 (+50)": a signed number right after a price is its gain.
_GAIN_AFTER_PRICE = re.compile(r"[0-9][ ]{0,2}[(]?[+][ ]{0,2}$")
# "TP 2 done, SL to 66800": a number right after a target or entry word is its index.
_INDEX_BEFORE = re.compile(r"\b(?:tp|targets?|entry|entries)[ ]{0,2}#?[ ]{0,2}$", re.I)


def update_reasons(
    instruction: str, update: ParsedUpdate, pairs: set[str], conflict: str | None, decimal_comma: bool
) -> tuple[Reason, ...]:
    """Why an update should not act on its own. ``instruction``: the message from the line of its
    close or stop move on; ``pairs``: the pairs the message names for sure."""
    found: list[Reason] = []
    others = sorted(pairs - {update.symbol})
    if update.symbol is None:
        found.append(Reason("no_symbol", "The update names no pair; only a reply to its signal says which trade it is."))
    elif others:
        found.append(Reason("two_pairs", f"The update is read for {update.symbol} but also names {', '.join(others)}."))
    elif update.symbol not in pairs and update.symbol.split("/")[0] not in assets.KNOWN_BASES | assets.FOREX_BASES:
        found.append(Reason("symbol_guessed", f"{update.symbol.split('/')[0]} is not a listed ticker; it was taken from a word."))
    if conflict:
        found.append(Reason("conflicting_instructions", conflict))
    if update.kind in ("close", "move_stop"):
        placed = {a.price for a in (update, *update.also) if a.price is not None}
        unplaced = _update_numbers(instruction, placed, decimal_comma)
        if unplaced:
            what = update.kind.replace("_", " ")
            found.append(Reason("unplaced_numbers", f"Numbers the {what} cannot place: {', '.join(unplaced)}."))
    return tuple(found)


def _update_numbers(text: str, placed: set[Decimal], decimal_comma: bool) -> list[str]:
    """Plain numbers that are not the update's own price: "close BTC at 68000" (we close at
    market), "move SL to 66800 and 67200". Percentages, leverage ("5" of "5-10x"), indices and
    ticked prices ("66,700✅", a target reported hit) are not prices to act on."""
    unplaced = []
    for token in TOKEN_PATTERNS[decimal_comma].finditer(text):
        if token.lastgroup != "num" or _INDEX_BEFORE.search(text[max(0, token.start() - 12): token.start()]):
            continue
        ticked = text[token.end(): token.end() + 3].lstrip().startswith(("✅", "✔"))
        if ticked or _RANGE_LOW.match(text, token.end()) or is_distance(text, token.end()):
            continue  # "(+19 pips)": a result in pips, as "+12%" is one in percent
        value = to_decimal(token.group(), decimal_comma)
        if value is not None and value not in placed:
            unplaced.append(token.group())
    return unplaced
