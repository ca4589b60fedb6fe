"""A last target a target list offers on a condition: "Targets pehle 3,360, phir 3,290 aur agar proper dump aaya
to 3,180 tak" ("Targets first 3,360, then 3,290 and if a proper dump comes, then down to 3,180"), "Targets 3,360,
then 3,290 and if it really dumps, 3,180", "Цели 3360, 3290, а если пойдёт слив — 3180".

Canonicalised, the condition reads "… 3,290   when proper dump aaya to 3,180": the section grammar ends the list
at "when" and the condition readers take its price for a triggered entry. A condition in words only (no number
in it) that closes a list of at least two targets and names one price further the same way is a further target:
it is written as the list's next price. "Targets 3360, 3290 when it breaks 3250, short more" keeps its condition
(a number inside it, and no price right after), and a price back toward the entry is no further target.
Bounded, possessive runs only, so the cost stays linear.
"""
from __future__ import annotations

import re

_PRICE = r"[$]?[0-9][0-9.,]*+"
# The label, then two or more prices, a short word ("then", "phir", "потом") at most between two of them.
_LIST = re.compile(
    rf"\b(?:targets?|tps?)\b[ :]{{0,4}}+{_PRICE}(?:[ ,/;–-]{{1,5}}+(?:[^\W\d_]{{1,8}}+[ ]{{1,3}}+)?{_PRICE}){{1,7}}+", re.I
)
# "… and when <words> (then|to) 3,180": a condition in words, then the one price.
_FURTHER = re.compile(
    rf"[ ,]{{0,4}}+(?:and[ ]{{1,3}}+|[^\W\d_]{{1,3}}+[ ]{{1,3}}+)?(?:when|if)[ ]{{1,3}}+(?:[^\W\d_]{{1,15}}+[ ,—–-]{{1,4}}+){{1,7}}?(?:(?:then|to|so)[ ]{{1,3}}+)?"
    rf"(?P<price>{_PRICE})(?![0-9.,]*+[ ]?[%x])",
    re.I,
)
_CLAUSE_GOES_ON = re.compile(r"[^.!;\n0-9]{0,40}+[0-9]")
# A label inside the clause ("… if you want, Leverage 5") gives its number to that label.
_LABEL = re.compile(r"\b(?:leverage|lev|margin|cross|isolated|sl|stop|entry|entries|tp[0-9]?|targets?)\b", re.I)
_STEP_RATIO = 3
_NUMBER = re.compile(r"[0-9][0-9.,]*+")


def as_listed(text: str) -> str:
    """``text`` (canonical) with a target offered on a condition after a target list written as the list's next price."""
    if not re.search(r"\b(?:when|if)\b", text, re.I):
        return text
    pieces, last = [], 0
    for listed in _LIST.finditer(text):
        further = _FURTHER.match(text, listed.end())
        # "… and if it breaks 3250 then 3180": a price the clause goes on from is its trigger, not a target.
        if further is None or "\n" in further[0] or _CLAUSE_GOES_ON.match(text, further.end()) or _LABEL.search(further[0]):
            continue
        if not _goes_on(_NUMBER.findall(listed[0]), further["price"]):
            continue
        pieces += [text[last:listed.end()], ", ", further["price"]]
        last = further.end()
    return "".join(pieces) + text[last:] if pieces else text


def _goes_on(listed: list[str], further: str) -> bool:
    """The further price goes on past the list the way the list runs (down for a short's, up for a long's)."""
    values = [_value(number) for number in [*listed[-2:], further]]
    if None in values:
        return False
    first, last, next_one = values
    # "… 2.55 and 2.70, if you want with Leverage 5": a step far beyond the list's own is some other number.
    return ((first > last > next_one) or (first < last < next_one)) and abs(next_one - last) <= _STEP_RATIO * abs(last - first)


def _value(number: str) -> float | None:
    """A rough value, enough to compare prices written the same way: "3,360" is 3360, "136,8" is 136.8."""
    number = number.lstrip("$").rstrip(".,")
    number = re.sub(r",(?=[0-9]{3}(?![0-9]))", "", number)
    try:
        return float(number.replace(",", "."))
    except ValueError:
        return None
