"""Entries written outside an entry label: the first leg before an added one ("short 0.2250, second
entry 0.2320", "buying 13.2-13.8, adding at 12.4") and the trigger price of a conditional entry in
a leading clause ("Si rompe 8,45 entramos en largo", "عند كسر ٠٫٦٢ شراء ADA").
"""
from __future__ import annotations

import re
from decimal import Decimal

from . import sections as sec
from .tokens import TOKEN_PATTERNS, to_decimal

# "…, second Entry 0.2320" ("dusri entry"), "2nd entry", "another entry": an entry after a first one.
_ADDED_BEFORE = re.compile(r"\b(?:second|2nd|another)[ ]{0,3}$", re.I)
# "Si rompe 8,45 …", "if it breaks 3,720 …", "nếu thủng 61.500 thì Short": a condition, once canonical.
_CONDITION = re.compile(r"\b(?:when|if|once)\b", re.I)
_CONDITION_LINE = re.compile(r"^[^\w\n]{0,6}(?:when|if|once)\b", re.I | re.M)


def first_leg(parts: list[sec.Section]) -> list[Decimal]:
    """The prices of the side written just before an entry label that adds to it.

    "DOGE short karo 0.2250 pe, dusri entry 0.2320": the side's price is the first entry and the
    label the second. Only a label that says it adds (a second, DCA or "adding" entry): beside any
    other entry label a side's price repeats it or describes the chart.
    """
    position = next((i for i, s in enumerate(parts) if s.kind == "entry"), None)
    if position is None or not _adds(parts[position], parts[position - 1] if position else None):
        return []
    # "взял лонг по apt с 9.14, усреднение на 8.87": the pair right after the side holds the side's price.
    # "Longing BNB 640-648, adding more at 632": so does the pair opening the message, its side a verb.
    priced = [s for before, s in zip([None, *parts], parts[:position]) if s.prices and (
        s.kind == "side" or s.kind == "anchor" and (before is None or before.kind == "side"))]
    return priced[0].prices if priced else []


def _adds(entry: sec.Section, previous: sec.Section | None) -> bool:
    if entry.label.startswith(("add", "dca")):
        return True
    return previous is not None and _ADDED_BEFORE.search(previous.content.split("\n")[-1]) is not None


def conditional_entry(text: str, parts: list[sec.Section], decimal_comma: bool) -> list[Decimal]:
    """The one price of a condition written before the side on its line: the trigger is the entry.

    "Si rompe 8,45 entramos en largo en ATOM" ("if it breaks 8.45 we go long") canonicalises to
    "when 8,45 entramos LONG en ATOM": no label holds the price, yet it is where the trade opens.
    """
    side = next((s for s in parts if s.kind == "side"), None)
    if side is None:
        return _condition_line(text, parts, decimal_comma)
    return _condition_of_side(text, parts, side, decimal_comma) or _price_before_side(text, parts, side, decimal_comma)


def _condition_of_side(text: str, parts: list[sec.Section], side: sec.Section, decimal_comma: bool) -> list[Decimal]:
    line_start = text.rfind("\n", 0, side.start) + 1
    condition, end = _CONDITION.search(text, line_start, side.start), side.start
    if condition is None:  # "شورت على ETH لو كسرت 3180": the condition follows the side, up to the next label
        line_end = text.find("\n", side.end) if "\n" in text[side.end:] else len(text)
        condition = _CONDITION.search(text, side.end, line_end)
        if condition is None:
            return []
        end = min([s.start for s in parts if s.start > condition.end() and s.kind != "anchor"] + [line_end])
    return _one_price(text, condition.end(), end, decimal_comma) or _price_before_condition(text, line_start, condition.start(), decimal_comma)


# "2,31 üzerinde 4 saatlik kapanış gelirse LONG" ("2,31 4 hours candle when LONG"): a language that ends
# the condition with its verb puts the price before it, with only the candle's words between.
_PRICE_BEFORE_CONDITION = re.compile(
    r"(?<![\w.,])([0-9][0-9.,]*)[ ]{1,4}(?:(?:[0-9]{1,3}[ ]?(?:h|hours?|d|days?)|candle|close|closing|daily|weekly)[ ]{1,4}){0,4}$", re.I
)


def _price_before_condition(text: str, line_start: int, condition_start: int, decimal_comma: bool) -> list[Decimal]:
    match = _PRICE_BEFORE_CONDITION.search(text, line_start, condition_start)
    return _one_price(text, match.start(), match.end(), decimal_comma) if match else []


# "ARB (آربیتروم) 0.41 LONG", "NEAR رو زیر 2.85 شورت بزنید" (short NEAR below 2.85), "ENA lên trên 0.61
# thì long" (ENA goes above 0.61, then long): a price right before the side, a "then" at most between.
# "Si PEPE rompe 0,0000125 entro long", "if it breaks 0.61 I go long": the writer's "I go in" verb may stand between.
_PRICE_BEFORE_SIDE = re.compile(
    r"(?<![\w.,])([0-9][0-9.,]*)[ ]{1,4}(?:when[ ]{1,3})?(?:(?:entro|entramos|i[ ]go|we[ ]go|vou|vamos)[ ]{1,3})?$", re.I
)


# "3,420 se 3,465 ke beech short bharo" (short between 3,420 and 3,465; canonical "3,420   3,465   short"): a verb-last
# language puts the entry zone before the side. Two prices with a dash or only spaces between, right before it.
_ZONE_BEFORE_SIDE = re.compile(r"(?<![\w.,])[0-9][0-9.,]*+[ ]{0,4}+[-–~]?[ ]{0,4}+[0-9][0-9.,]*+[ ]{1,4}+$")
# A zone's two ends lie close together; two far-apart numbers are a level and something else.
_ZONE_WIDTH = Decimal("0.1")


def _price_before_side(text: str, parts: list[sec.Section], side: sec.Section, decimal_comma: bool) -> list[Decimal]:
    """The price written between the pair and its side, on one line, is where the trade opens."""
    line_start = text.rfind("\n", 0, side.start) + 1
    pair = next((s for s in parts if s.kind == "anchor" and line_start <= s.start < side.start), None)
    zone = _ZONE_BEFORE_SIDE.search(text, pair.end, side.start) if pair else None
    if zone:
        numbers = [to_decimal(token.group(), decimal_comma) for token in TOKEN_PATTERNS[decimal_comma].finditer(text, zone.start(), zone.end()) if token.lastgroup == "num"]
        if len(numbers) == 2 and None not in numbers and 0 < min(numbers) and max(numbers) - min(numbers) <= _ZONE_WIDTH * min(numbers):
            return numbers
    match = _PRICE_BEFORE_SIDE.search(text, pair.end, side.start) if pair else None
    return _one_price(text, match.start(), match.end(), decimal_comma) if match else []


def _condition_line(text: str, parts: list[sec.Section], decimal_comma: bool) -> list[Decimal]:
    """"ARB / بتجاوز 0.952 / وقف 0.905 / اهداف …" ("on crossing 0.952"), "ARB / if it breaks 0.952 / SL …":
    with no side written (the prices decide it), a condition opening a line before the stop and
    targets gives the entry its one price."""
    first_exit = min((s.start for s in parts if s.kind in ("sl", "tp")), default=len(text))
    condition = _CONDITION_LINE.search(text, 0, first_exit)
    if condition is None:
        return []
    line_end = text.find("\n", condition.end())
    line_end = len(text) if line_end < 0 else line_end
    end = min([s.start for s in parts if s.start > condition.end() and s.kind != "anchor"] + [line_end])
    return _one_price(text, condition.end(), end, decimal_comma)


def _one_price(text: str, start: int, end: int, decimal_comma: bool) -> list[Decimal]:
    tokens = TOKEN_PATTERNS[decimal_comma].finditer(text, start, end)
    numbers = [token.group() for token in tokens if token.lastgroup == "num"]
    value = to_decimal(numbers[0], decimal_comma) if len(numbers) == 1 else None
    return [value] if value is not None and value > 0 else []
