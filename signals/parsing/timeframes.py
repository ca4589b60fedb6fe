"""Timeframes written short in a language's own letter: Turkish "4s" (4 saat, four hours), "1g" (1 gün, one day),
Indonesian "4j" (4 jam), Persian and Arabic "4س" (ساعت / ساعة). Beside a candle word ("Stop: 4s kapanış 0,01310
altı", "kapanış 4s altında") they are the English "4h" / "1d" the section grammar reads as a stop's condition,
never the price "4". Elsewhere a number with a letter is left alone: "4s" with no candle beside it may mean anything.
"""
from __future__ import annotations

import re

_UNITS = {"s": "h", "sa": "h", "j": "h", "س": "h", "g": "d"}
_SHORT = r"(?<![\w.,])(?P<count>[0-9]{1,2})(?P<unit>sa|s|j|g|س)(?![^\W_])"
# The table words have become English by now (``vocabulary.canonicalise``): "kapanış" is "candle".
_BEFORE_CANDLE = re.compile(rf"{_SHORT}(?=[ ]{{1,3}}candle\b)", re.I)
_AFTER_CANDLE = re.compile(rf"(?<=\bcandle[ ]){_SHORT}", re.I)


def spell_timeframes(text: str) -> str:
    """The text with each short timeframe beside a candle word spelt the English way."""
    def english(match: re.Match) -> str:
        return match["count"] + _UNITS[match["unit"].lower()]
    return _AFTER_CANDLE.sub(english, _BEFORE_CANDLE.sub(english, text))
