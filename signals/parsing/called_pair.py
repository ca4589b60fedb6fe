"""Which of two equally named pairs a post calls: the one on the line that states the side.

An analysis may name a ratio or another market in its prose before the call's own header:

    Macro check: … ETH/BTC finally bouncing off the 0.046 floor …
    💎 #ETHUSDT — LONG 🟢 | Entry: 3,180 – 3,220 | Stop: 3,095 | Targets …

Both are written in full, so ``symbols.choose`` ties them and takes the earlier. The call's header
says its side beside its pair ("🔴 صفقة بيع (شورت) على ETHUSDT" once canonical: "SELL (SHORT) على
ETHUSDT"); a long or short beside the pair decides first, a buy or sell after. When no line or more
than one pair's line states a side, the tie stays ``choose``'s.

Before the side lines, the plan: "BTC 95k-97k range mein ghoom raha hai. Mera ek scalp: SOL short 146.5-148,
SL 151.2, TP 143" names both in one line that says "short", but only what follows SOL holds a stop or a
target. When exactly one of the tied pairs is followed, before the next other pair, by the plan's labels,
it is the call, if its own sentence says long or short; the market talked about before it is not. A pair with nothing said of it ("BTC ETH LONG
67500 SL 66000") leaves the doubt to ``certainty``.

A pair the text declines ("ETH тоже слабый — его не трогаем. А вот #INJ …", "but ETH nahi, $AAVE") is
no call while another pair is named: a word of refusal (the tables' "decline" role) in the rest of its
sentence, where no price stands, or a bare "not" (``NOT_THIS``) right beside it.

A pair written in full inside a sentence of commentary ("funding neutral, ETH/BTC still bleeding.")
outranks a listed ticker by strength, yet the call is the ticker that opens a line saying long or
short beside prices ("WIF long 2.14-2.06, SL 1.97"): when no strongest mention is on a side line or
alone on its own, that one ticker wins.
"""
from __future__ import annotations

import re

from . import plan_below
from .sections import STRONG_SIDE, WEAK_SIDE
from .symbols import SymbolMention, choose
from .declined import Named, declined
from .picked_coin import picked
from .script_words import WORD as _WORD  # "पे टिका हुआ है": Devanagari words count too

_PRICE = re.compile(r"[0-9]+(?:[.,][0-9]+)?")
# The plan's own labels (in the canonical English text): the stop and the targets are said of the called pair.
_PLAN_WORD = re.compile(r"\b(?:sl|s/l|stop(?:[ -]?loss)?|stoploss|tp[0-9]?|tps|targets?|take[ -]?profits?)\b", re.I)
# A sentence ends at a full stop before a space (not the point of "146.5"), at !, ?, 。, ！, ？ or a line's end.
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|[。！？\n]")


def choose_called(text: str, mentions: list[SymbolMention]) -> str | None:
    """``symbols.choose``, with a tie between pairs settled by the one named on the side's line."""
    if not mentions:
        return None
    pick = picked(text, mentions)  # "BTC chopping, ETH/BTC at lows … The one I like is $LINK 👇" over its plan
    if pick is not None:
        return pick
    declined = _declined(text, mentions)
    if declined and any(m.symbol not in declined for m in mentions):
        mentions = [m for m in mentions if m.symbol not in declined]
    strongest = min(m.strength for m in mentions)
    tied = [m for m in mentions if m.strength == strongest]
    side_line_pair = _side_line_pair_over_prose(text, mentions, tied)
    if side_line_pair is not None:
        return side_line_pair
    if len({m.symbol for m in tied}) < 2:
        return choose(mentions)
    # "البيتكوين ضعيف …، بيع على #AVAX من 36.8 الستوب …" ("BTC weak …, sell #AVAX"): a buy or sell says the side too.
    holding = {
        m.symbol for m in tied
        if _PLAN_WORD.search(_stretch_of(text, m, tied))
        and (STRONG_SIDE.search(_sentence_of(text, m)) or WEAK_SIDE.search(_sentence_of(text, m)))
    }
    if not holding and not (STRONG_SIDE.search(text) or WEAK_SIDE.search(text)):
        # "Пока биток болтается у 97к, смотрю на #LINK. Докупаем в зоне …": no side anywhere (the prices
        # will decide it), so the pair the plan's labels follow is the call.
        holding = {m.symbol for m in tied if _PLAN_WORD.search(_stretch_of(text, m, tied))}
        # The others talked about ("биток болтается у 97к, смотрю на"), not listed beside it ("ETH/BTC and ETH/USDT").
        if len(holding) == 1 and all(len(_WORD.findall(_stretch_of(text, m, tied))) >= 2 for m in tied if m.symbol not in holding):
            return holding.pop()
    talked_about = all(len(_WORD.findall(_stretch_of(text, m, tied))) >= 3 for m in tied if m.symbol not in holding)
    if len(holding) == 1 and talked_about:
        return holding.pop()
    for side in (STRONG_SIDE, WEAK_SIDE):
        called = {m.symbol for m in tied if side.search(_line_of(text, m))}
        if len(called) > 1:
            # "XAGUSD looks heavy too but I'm only taking gold here. Selling XAU/USD at market, …": one line,
            # two sentences; the side's own sentence names the call.
            called = {m.symbol for m in tied if side.search(_sentence_of(text, m))} or called
        if len(called) == 1:
            return called.pop()
        if called:
            break
    return choose(mentions)


def lone_undeclined(text: str, bare: list[SymbolMention]) -> list[SymbolMention]:
    """"群友一直问WIF，WIF不碰 … 今天的单是 BONK：\n开空 …", "ETH not touching today. The trade is LINK:":
    when no pair is named where the grammar looks and two listed bases (``bare``) leave the guess
    open, a refusal of all but one makes the one left the call: its mentions. Without a refusal it stays open."""
    declined = _declined(text, bare)
    left = [m for m in bare if m.symbol not in declined]
    return left if declined and len({m.symbol for m in left}) == 1 else []


def _declined(text: str, mentions: list[SymbolMention]) -> set[str]:
    """The pairs the text declines to trade: "ETH … его не трогаем", "ETH nahi,", "not ETH"."""
    return declined(text, [Named(m.symbol, m.start, m.end) for m in mentions])


def _stretch_of(text: str, mention: SymbolMention, tied: list[SymbolMention]) -> str:
    """The text from a mention to the next mention of another pair: what is said about this one."""
    later = [m.start for m in tied if m.start > mention.start and m.symbol != mention.symbol]
    return text[mention.end: min(later, default=len(text))]


def _sentence_of(text: str, mention: SymbolMention) -> str:
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, mention.start)), default=0)
    end = _SENTENCE_END.search(text, mention.end)
    return text[start: end.start() if end else len(text)]


def _line_of(text: str, mention: SymbolMention) -> str:
    start = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.end)
    return text[start:] if end < 0 else text[start:end]


def _side_line_pair_over_prose(text: str, mentions: list[SymbolMention], tied: list[SymbolMention]) -> str | None:
    """"BTC dominance at 58.3%, funding neutral, ETH/BTC still bleeding." then "WIF long 2.14-2.06, SL
    1.97": a pair written in full inside a sentence of commentary is the market talked about; the
    listed ticker on the one line that says long or short beside prices is the call. Only when none of
    the strongest mentions is on a side line or alone on its own (a "BTCUSDT" header over "LONG")."""
    # The side is looked for in the pair's own sentence: "Long read, bear with me. … ETH/BTC keeps bleeding"
    # opens its line with a "long" that says nothing of ETH/BTC.
    if any(STRONG_SIDE.search(_sentence_of(text, m)) or not _in_prose(text, m) for m in tied):
        return None
    # "$NOT (Notcoin) long" over "Entry 0.00612 …": the plan below the header, when the commentary holds no plan label.
    below = not any(_PLAN_WORD.search(_sentence_of(text, m)) for m in tied)
    called = {m.symbol for m in mentions if m.strength == 1 and _heads_priced_side_line(text, m, below)}
    return called.pop() if len(called) == 1 else None


def _heads_priced_side_line(text: str, mention: SymbolMention, below: bool = False) -> bool:
    """"WIF long 2.14-2.06, SL 1.97": the ticker, in capitals, opens a line that says the side and
    holds prices; "rejection near the 24h high" in a sentence is a word, not the call."""
    line = _line_of(text, mention)
    opening = text[text.rfind("\n", 0, mention.start) + 1: mention.start]
    return (
        not re.search(r"\w", opening) and not text[mention.start: mention.end].islower()
        and STRONG_SIDE.search(line) is not None
        and (_PRICE.search(line) is not None or (below and plan_below.opens_plan(text, mention.start, mention.end)))
    )


def _in_prose(text: str, mention: SymbolMention) -> bool:
    """The mention shares its line with a sentence: four words or more besides it."""
    line = _line_of(text, mention)
    start = text.rfind("\n", 0, mention.start) + 1
    rest = line[: mention.start - start] + " " + line[mention.end - start:]
    return len(_WORD.findall(rest)) >= 4
