"""A price zone liked for a side, told in prose: "me gusta la zona de 7,35-7,48 para vender", "gosto da
região de 0,8120-0,8350 pra comprar", "I like the 7.35-7.48 zone to sell", "зона 7,35-7,48 для продажи".

After ``canonicalise`` these read "zone 7,35-7,48 SELL": a zone word, a range, then the side it is
for. The section grammar reads a zone only under an entry label, so the range stayed unplaced; this
writes it as "Entry zone 7,35-7,48". Only when the message calls the same side elsewhere ("corto",
"short", "лонг"): a holder's "zone to sell" with no short called is where a long takes profit, and a
message calling both sides is left as it is.
"""
from __future__ import annotations

import re

_PRICE = r"[0-9][0-9.,]*+"
# Two prices with a dash, a tilde or only the spaces a dropped "entre … y" leaves.
_RANGE = rf"{_PRICE}[ ]{{0,5}}+[-–~]?[ ]{{0,5}}+{_PRICE}"
_FOR = r"(?:(?:to|for)[ ]{1,3})?+"
_SIDE = r"(?P<side>sell|buy)\b"
_ZONE_FIRST = re.compile(rf"\bzone[ ]{{1,5}}+(?P<range>{_RANGE})[ ]{{1,5}}+{_FOR}{_SIDE}", re.I)
_ZONE_AFTER = re.compile(rf"(?<![\w.,])(?P<range>{_RANGE})[ ]{{1,3}}+zone[ ]{{1,5}}+{_FOR}{_SIDE}", re.I)
# The side called in any case ("corto" is "SHORT" by now, a borrowed "short" stays as written); not "short term".
_CALLED = {"sell": re.compile(r"\bshort\b(?![ -]term)", re.I), "buy": re.compile(r"\blong\b(?![ -]term)", re.I)}


def as_entry_zone(text: str) -> str:
    """``text`` (canonical) with a zone liked for the side the message calls written as its entry zone."""
    if "zone" not in text.lower():
        return text
    sides = [side for side, word in _CALLED.items() if word.search(text)]
    if len(sides) != 1:
        return text

    def entry(match: re.Match) -> str:
        return f"Entry zone {match['range']}" if match["side"].lower() == sides[0] else match[0]

    return _ZONE_AFTER.sub(entry, _ZONE_FIRST.sub(entry, text))
