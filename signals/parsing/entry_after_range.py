"""An entry range told before the order to enter, at a sentence's end: "از محدوده ۳٬۲۱۰ تا ۳٬۱۸۰ پله‌ای وارد
بشید" (enter stepwise in the range 3,210 to 3,180), "от 3210 до 3180 входим", "3210 ile 3180 arası giriş
yapın", canonical "zone 3,210 to 3,180 Entry." after prose on the same line ("We have a long on ETH."). The
section grammar reads "Entry zone 3,210 to 3,180"; ``values_then_label`` reads prices before their word only
when the word ends a line, so a sentence mid-line was lost. This writes the label first.

Only a range (two prices joined by "to", "-", "and" or spaces) whose next word is the entry label and ends the
sentence: "3210 Entry hit" (a report) or "entered at 3210" stay what they are."""
from __future__ import annotations

import re

_PRICE = r"[$]?[0-9][0-9.,]{0,15}+"
# A zone or between word, the two prices, the label and the sentence's end; every run bounded and possessive.
_RANGE_THEN_ENTRY = re.compile(
    rf"(?:\b(?:zone|between)[ ]{{1,3}})?+({_PRICE})[ ]{{1,4}}(?:(?:to|-|and)[ ]{{1,4}})?+({_PRICE})"
    r"[ ]{1,4}Entry[ ]{0,3}(?=[.。!\n]|$)",
    re.I,
)


def as_entry_label(text: str) -> str:
    """``text`` (canonical) with a range followed by the entry word written as "Entry zone lo to hi"."""
    return _RANGE_THEN_ENTRY.sub(r"Entry zone \1 to \2", text)
