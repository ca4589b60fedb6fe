"""Words between a call's side and its entry prices that hid the entry.

"DOT long deniyorum 6,85 - 7,00 arası" (tr "I'm trying"), "SOL long probando 142,5", "BTC long I'm
trying 64000": a verb for the writer's attempt between the side and its price. The section grammar stops
reading the side's prices at the first word that is not filler, so the zone read as no entry at all.
Every table's "trying" row reads "trying"; only such a word right after a side, with a price right after
it, is dropped: "BTC long trying to break 70k" keeps its words.

"short desde 0,01385 hasta 0,01420" (es), "long dari 0,52 sampai 0,55" (id), "long from 6.85 to 7.00":
an entry zone written from one price to another (each table's ``RANGE_WORDS``). A channel that writes
no other word of its language is not canonicalised, so its "desde … hasta" stays raw; after a side or an
entry word it becomes the zone "0,01385 - 0,01420". Elsewhere ("move SL from 1.20 to 1.25") it is left
as written, and a percentage or leverage range ("from 5 to 10x") too. The "from" may be left out: "entry
4,35 sampai 4,50", "entra 1,20 até 1,25", "long 4.35 until 4.50" (up to) are the same zone.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .vocabulary import LANGUAGES, english_pattern

_SIDE = r"(?:long|short|buy|sell|entry|entries|zone)"
_PRICE = r"[0-9]+(?:[.,][0-9]+)*"
# A range of shares or leverage ("from 5 to 10x", "1-2%") is no entry zone.
_NOT_SHARE = r"(?![0-9]|[.,][0-9]|[ ]?[%x×](?![^\W\d_]))"


@lru_cache(maxsize=1)
def _verb_after_side() -> re.Pattern[str]:
    return re.compile(rf"\b({_SIDE})[ ]{{1,3}}(?:{english_pattern('trying').pattern})(?=[ ]{{1,3}}[$]?\.?[0-9])", re.I)


def _template(row: str) -> str:
    first, second = (re.escape(part).replace(r"\ ", "[ ]+") for part in row.split("{}")[:2])
    last = re.escape(row.split("{}")[2]).replace(r"\ ", "[ ]+")
    return rf"{first}({_PRICE}){second}({_PRICE}){_NOT_SHARE}{last}"


@lru_cache(maxsize=1)
def _range_after_side() -> re.Pattern[str]:
    rows = sorted({row for module in LANGUAGES.values() for row in getattr(module, "RANGE_WORDS", ())}, key=len, reverse=True)
    # Each row is its own group pair; the side word and a few words of talk come first, no digit among them.
    body = "|".join(f"(?:{_template(row)})" for row in rows)
    return re.compile(rf"(\b{_SIDE}\b[^\d\n]{{0,25}}?)(?<![^\W\d_])(?:{body})(?![^\W\d_])", re.I)


def _zone(match: re.Match) -> str:
    low, high = (value for value in match.groups()[1:] if value is not None)
    return f"{match.group(1)}{low} - {high}"


def plain_entry(text: str) -> str:
    """"DOT long deniyorum 6,85 - 7,00" → "DOT long 6,85 - 7,00"; "short desde 1 hasta 2" → "short 1 - 2"."""
    return _range_after_side().sub(_zone, _verb_after_side().sub(r"\1", text))
