"""A tagged coin that spells a word, named by the plan it heads when nothing else names a coin.

"mano olha esse #NOT q lixo kkkk to entrando vendido agora mesmo, stop 0,00815 alvo 0,00760 …", "#HIGH 2,15
üzerinde 4S kapanış gelirse long.\nStop: 1,98\nHedefler: 2,32 …": a listed base that is an everyday word
("NOT", "HIGH", "ONE"), tagged in capitals, is the coin when the message names no other coin, says its side
and gives both a stop and a target with prices. "#NOT financial advice, just vibes" gives no plan and
stays no call; "#NOT financial advice. BTC long 65000, SL 64000, TP 66000" names BTC, which wins.

Untagged, the word in capitals right beside the side is the coin under the same whole plan: "Берём NOT в лонг
по рынку. Цели: 0.0068 … Стоп: 0.0061" (we take NOT into a long), "short HIGH now, stop 1,38, alvo 1,29".
"NOT financial advice, long BTC…" names BTC; "it is NOT a long, stop …" puts a word between them.
"""
from __future__ import annotations

import re

from . import assets
from .ticker_words import NOT_TICKERS

_TAG = re.compile(r"(?<![\w#$])[#$](?P<base>[A-Z][A-Z0-9]{1,9})(?![\w/])")
# In the canonical text: the side, a stop with its price, a target with its price.
# "yo vendo aquí en 0,00612" ("I sell here", canonical "SELL"): buy and sell say a side as long and short do.
_SIDE = re.compile(r"(?<!\w)(?:long|short|buy|sell)(?!\w)", re.I)
_STOP = re.compile(r"\b(?:sl|stop(?:[ -]?loss)?|stoploss)\b[^0-9\n]{0,6}[0-9]", re.I)
# "NOT LONG", "short HIGH" (canonical: "в лонг" is "LONG"): a word in capitals and a side with only spaces between.
_WORD = re.compile(r"(?P<base>[A-Z][A-Z0-9]{1,9})(?![\w/])")
_WORD_THEN_SIDE = re.compile(r"(?<![\w#$/])(?P<base>[A-Z][A-Z0-9]{1,9})(?=[ ]{1,6}(?i:long|short)(?!\w))")
_SIDE_THEN = re.compile(r"(?<!\w)(?:long|short)[ ]{1,6}(?=[A-Z])", re.I)
_TARGET = re.compile(r"\b(?:tp[0-9]?|targets?)\b[^0-9\n]{0,6}[0-9]", re.I)


def plan_tags(text: str) -> list[re.Match]:
    """The tagged word bases of a message that states a whole plan; [] when it is not one."""
    tags = [m for m in _TAG.finditer(text) if m["base"] in NOT_TICKERS and m["base"] in assets.KNOWN_BASES]
    tags = tags or [m for m in _beside_side(text) if m["base"] in NOT_TICKERS and m["base"] in assets.KNOWN_BASES]
    if len({m["base"] for m in tags}) != 1 or not (_SIDE.search(text) and _STOP.search(text) and _TARGET.search(text)):
        return []
    return tags


def _beside_side(text: str) -> list[re.Match]:
    """Each word in capitals right before or after a side word."""
    after = (_WORD.match(text, side.end()) for side in _SIDE_THEN.finditer(text))
    return list(_WORD_THEN_SIDE.finditer(text)) + [m for m in after if m]
