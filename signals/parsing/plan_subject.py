"""Which of several listed bases in capitals a prose call trades, when no line names the pair.

"BTC dominance bleeding and ETH looks heavy tbh, but ONE is holding the range nicely. grabbing some ONE
here 0.01462-0.01420, stop 0.01365, targets …": the one base named in the sentence that holds the plan's
stop or targets with prices is the call. "BTC perdeu os 64000 mas MOVE segurou bem suporte. Vou entrar
LONG market, Target 0,52 0,58, stop 0.445" (once canonical): a base followed by its own price out of scale
with the plan's is the market talked about, and the one base left is the call. A coin that is also a
table word ("MOVE", "ME") counts only in capitals inside a sentence in lower case (or in a script
without case), not followed by a stop word ("MOVE SL TO ENTRY"). A base the text declines ("BTC'ye
bakmayın, ben HIGH short açıyorum"; ``declined``) leaves the one base not declined. When neither holds, the message's opener stays the subject ("NEAR has been
compressing … while BTC chopped sideways").
"""
from __future__ import annotations

import re
from decimal import Decimal

from . import assets, contrast_call
from .declined import Named, declined
from .market_scale import DOLLAR_FLOORS, MAX_PRICE_SPREAD
from .tokens import to_decimal, uses_decimal_comma
from .ticker_words import WORD_BASES
from .word_base_sides import _VERB_AFTER, after_side

_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|[。！？\n]")
_PLAN_PRICE = re.compile(r"\b(?:sl|stop(?:[ -]?loss)?|stoploss|tp[0-9]?|targets?)\b[^0-9\n]{0,12}[0-9]", re.I)
_NUMBER = re.compile(r"(?<![\w.,])[0-9]+(?:[.,][0-9]+)*(?![\w%])")
_WORD_BASE = re.compile(r"(?<![\w#$/])(?P<base>[A-Z]{2,10})(?![\w/])")


def subject(text: str, listed: list[re.Match]) -> re.Match | None:
    """Of ``listed`` (bare listed bases in capitals) and the word bases in capitals, the call's base, or None."""
    bases = sorted([*listed, *_word_bases(text)], key=lambda m: m.start())
    if len({m["base"] for m in bases}) < 2:
        return None
    refused = declined(text, [Named(m["base"], m.start(), m.end()) for m in bases])
    kept = [m for m in bases if m["base"] not in refused]
    if refused and len({m["base"] for m in kept}) == 1:
        return kept[0]  # "arkadaşlar BTC'ye bakmayın, ben HIGH short açıyorum": the one base not declined
    if (turned := contrast_call.called(text, bases)) is not None:  # "BTC pinta flojo pero … corto en MOVE"
        return turned
    plan = next((s for s in _sentences(text) if _PLAN_PRICE.search(text, s[0], s[1])), None)
    if plan is None:
        return None
    in_plan = {m["base"] for m in bases if plan[0] <= m.start() < plan[1]}
    if len(in_plan) == 1:
        return next(m for m in bases if plan[0] <= m.start() < plan[1])
    if in_plan:
        return _side_object(text, [m for m in bases if plan[0] <= m.start() < plan[1]], plan)
    # Every base stands before the plan, the call's the last: "BTC: range 94,000 … losing 94k targets 90,500.
    # ETH: 3,400 …" talks of markets after its targets.
    comma = uses_decimal_comma(text)
    plan_prices = _numbers(text[plan[0]: plan[1]], comma)
    if not plan_prices or bases[-1].start() >= plan[0]:
        return None
    low, high = min(plan_prices), max(plan_prices)
    # "BTC pinta flojísimo hoy. Yo me meto en corto en MOVE. Entrada 0,3420, stop 0,3580 …": a plan under the
    # floor a major has traded above for years is not that major's, though the message gives it no price.
    left = [
        m for m in bases
        if not any(n > high * MAX_PRICE_SPREAD or n * MAX_PRICE_SPREAD < low for n in _numbers(_own_words(text, m, bases), comma))
        and not high < DOLLAR_FLOORS.get(m["base"], 0)
    ]
    if len({m["base"] for m in left}) == 1 and len(left) < len(bases) and left[-1]["base"] == bases[-1]["base"]:
        return left[0]
    return None


def _side_object(text: str, bases: list[re.Match], plan: tuple[int, int]) -> re.Match | None:
    """"BTC sideway chán quá, mình vào short NOT nha, giá 0.00742, sl 0.00778": of the bases in the plan's
    sentence, the one right after a side word is the side's object, when every other is a major the plan is
    under the floor of ("BTC" with a plan at 0.0074 is the market talked about). "BTC short NOT now, wait for
    97400, sl 98200" keeps BTC: its plan is BTC's scale."""
    sided = [m for m in bases if after_side(text, m)]
    others = [m for m in bases if m["base"] not in {s["base"] for s in sided}]
    prices = _numbers(text[plan[0]: plan[1]], uses_decimal_comma(text))
    if len({m["base"] for m in sided}) != 1 or not others or not prices:
        return None
    high = max(prices)
    return sided[0] if all(high < DOLLAR_FLOORS.get(m["base"], 0) for m in others) else None


def only_subject(text: str, mentions: list, listed: list[re.Match]) -> list:
    """``mentions`` (``symbols.SymbolMention``), or, when all are bare tickers in capitals on a line of prose
    ("BTC perdeu os 64000 mas MOVE segurou … Vou entrar LONG market, …"), the call's base alone."""
    if not mentions or any(m.strength != 1 or not text[m.start: m.end].isalnum() for m in mentions):
        return mentions
    called = subject(text, listed)
    if called is None or all(m.symbol == f"{called['base']}/USDT" for m in mentions):
        return mentions
    return [type(mentions[0])(f"{called['base']}/USDT", called.start(), called.end(), 1)]


def _word_bases(text: str) -> list[re.Match]:
    return [
        m for m in _WORD_BASE.finditer(text)
        if m["base"] in WORD_BASES and m["base"] in assets.KNOWN_BASES
        and not _VERB_AFTER.match(text, m.end()) and _in_lower_case(_sentence_at(text, m.start()))
    ]


def _in_lower_case(sentence: str) -> bool:
    """A letter not in capitals: "in lower case" for Latin and Cyrillic, any letter of a script without case
    ("BTC امروز ضعیف است ولی MOVE LONG")."""
    return any(c.isalpha() and not c.isupper() for c in sentence)


def _sentences(text: str):
    start = 0
    for end in _SENTENCE_END.finditer(text):
        yield start, end.start()
        start = end.end()
    yield start, len(text)


def _sentence_at(text: str, position: int) -> str:
    return next(text[a:b] for a, b in _sentences(text) if position <= b)


def _own_words(text: str, mention: re.Match, bases: list[re.Match]) -> str:
    """From the base to the next base or its sentence's end: "BTC perdeu os 64000"."""
    end = min([m.start() for m in bases if m.start() > mention.start()] + [len(text)])
    stop = _SENTENCE_END.search(text, mention.end(), end)
    return text[mention.end(): stop.start() if stop else end]


def _numbers(part: str, decimal_comma: bool) -> list[Decimal]:
    values = (to_decimal(raw, decimal_comma) for raw in _NUMBER.findall(part))
    return [v for v in values if v is not None and v > 0]
