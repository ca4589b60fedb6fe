"""Messages about a trade already running that repeat its plan: an entry filled, its targets all
reached, its stop set anew, or the trade closed now. Each names a pair, a side, a stop and targets,
but opens nothing (``parse_message`` reads them as the update they are, or as nothing).

Read from the canonical (English) text, so every language's rows apply: "Лимитка по AAVE 312.5
исполнилась" is "AAVE 312.5 filled", "Cerrad el XRP corto ahora" is "close XRP SHORT market".
"""
from __future__ import annotations

import re

from .sections import STOP_WORD

_FILLED = re.compile(
    # "AAVE 312.5 filled ✅" ("Лимитка по AAVE 312.5 исполнилась"), "Lệnh LINK khớp giá 17.4" ("LINK
    # filled 17.4"): a pair, written as a ticker, and maybe its price, then the fill.
    r"(?-i:[#$]?[A-Z][A-Z0-9]{1,14})(?:/?USDT)?(?:[ :]{1,3}[$]?[0-9][0-9.,]*)?[ ]{1,3}filled\b"
    # "Entrada 2 de ARB/USDT executada" ("Entry 2 ARB/USDT filled"), "Order #3 on SOL filled": a leg by its number.
    r"|\b(?:entry|entries|order|orders)[ ]{0,2}#?[0-9]{1,2}\b[^.\n0-9]{0,20}?\bfilled\b",
    re.I,
)
# "targets 0.44 / 0.47 / 0.51 all hit ✅", "цели 325, 338 все взяты": a target list, then its hit word.
# Each price of the list is atomic: a long price list with no hit word after it would otherwise be
# tried split every way ("12345" as "1", "234", "5"), which cost milliseconds a message.
# A price ends on a digit: in "Target 14.10, 15 16.30. hit Target 1, move stop Entry" the list ends at its point.
_LISTED_HIT = re.compile(
    r"\b(?:tps?|targets?)\b[ :]{0,3}(?>[$]?[0-9](?:[0-9.,]*[0-9])?[ ]{0,3}(?:[/,&|-]|and)?[ ]{0,3}){1,8}"
    r"(?:[^\W\d_]{1,8}[ ]{1,3})?(?:hit|reached|achieved|done|smashed|completed)\b",
    re.I,
)
# "the stop is now 3380", "стоп теперь 110" ("SL market 110" once canonical, as "El SL ahora en 2,50"):
# a stop given a price for now, a change no new signal words that way.
_STOP_NOW = re.compile(
    rf"\b{STOP_WORD}\b[ ]{{0,3}}(?:is[ ]{{1,3}})?(?:now|market)[ ]{{0,3}}(?:at[ ]{{1,3}})?[$]?[0-9]", re.I
)
# "Cerrad el XRP corto ahora en 2,44" ("close XRP SHORT market 2,44"), "BNB short close kar do abhi",
# "AVAX空单现在38.9手动平掉吧" ("AVAX SHORT … close"): a close and the side it closes, in one clause,
# either order. Not a candle's close ("close above 3300", "long only above 18.75 (4H close)") nor a
# rule for later ("… close half at TP1").
_CLOSE_WORD = (
    r"(?<![0-9][hdwm] )(?<![0-9][hdwm])(?<!candle )(?<!daily )(?<!weekly )(?<!the )"
    r"(?:close|closing|exit)\b(?![ ]{1,3}(?:to|by|above|below|under|over|of)\b)"
)
_IN_CLAUSE = r"(?:[^.\n!?;]|\.(?=[0-9]))"  # a decimal point ("现在38.9") ends no clause
_SIDE_CLOSE = re.compile(
    rf"\b{_CLOSE_WORD}{_IN_CLAUSE}{{0,25}}?\b(?:long|short)\b|\b(?:long|short)\b(?:(?!,){_IN_CLAUSE}){{0,25}}?\b{_CLOSE_WORD}", re.I
)
_SIDES = re.compile(r"\b(?:long|short|buy|sell)\b", re.I)
_LABEL = re.compile(r"\b(?:entry|entries|sl|stop|tp[0-9]?|targets?)\b", re.I)
_LATER = re.compile(r"\b(?:when|if|once|after|until|unless)\b|\b(?:at|on)[ ]{1,3}(?:the[ ]{1,3})?(?:tp|target)", re.I)


# "$LINK long se romper 18,40 ✅" ("long when 18,40 ✅"): a tick after a condition's price decorates the
# call; a trade waiting for its breakout has filled nothing and hit nothing. A tick after a target's
# price ("when TP1 2450 ✅") still reports it.
_CONDITION_TICK = re.compile(
    r"(\b(?:when|if)\b(?:(?!\b(?:tps?|targets?|sl|stop)\b)[^\n0-9]){0,20}[$]?[0-9][0-9.,]*)[ ]{0,2}(?:✅|✔)"
    r"(?=[ ]{0,3}(?:\n|$))",
    re.I,
)


def untick_condition(text: str) -> str:
    """The text without the ticks that decorate a conditional entry's price at a line's end."""
    return _CONDITION_TICK.sub(r"\1", text)


# "Hepsi ✅✅✅ Toplam %186 kâr" ("all ✅ total %186 Profit"), "全部止盈✅ 总收益186%": a tick beside a
# profit figure and no price tells what a shown plan made; a new call gives no gain.
_TICK = re.compile(r"[✅✔]")
_PROFIT = re.compile(r"\bprofit\b", re.I)
_PERCENT = re.compile(r"[+]?%[ ]?[0-9]+(?:[.,][0-9]+)?|[+]?[0-9]+(?:[.,][0-9]+)?[ ]?%")


def reports(text: str) -> bool:
    """An entry filled, named by its pair or its leg, a list of targets all reached, or a gain ticked."""
    listed = _LISTED_HIT.search(text)
    return (
        _FILLED.search(text) is not None
        or (listed is not None and not _LATER.search(_clause(text, listed.start())))
        or any(_ticks_gain(line) for line in text.split("\n"))
    )


def _ticks_gain(line: str) -> bool:
    """A line with a tick, a profit word and a percentage, and no other number. Not a gain promised
    for later ("Потенциальная прибыль когда догрызем последний тейк = +78% ✅": "… when … Target …")."""
    if not (_TICK.search(line) and _PROFIT.search(line) and _PERCENT.search(line)) or _LATER.search(line):
        return False
    return re.search(r"[0-9]", _PERCENT.sub(" ", line)) is None


def sets_stop_now(text: str) -> bool:
    """A running trade's stop given its new price ("SL now 110"), said for now."""
    return any(not _LATER.search(_clause(text, m.start())) for m in _STOP_NOW.finditer(text))


def closes_first(text: str) -> bool:
    """A close of the side said for now, before any entry, stop or target label: the message closes
    the running trade, and the stop and targets it names after are that trade's old ones. Not when it
    names the other side too ("Close short, open long on #AVAX | Entry 35 …"): that opens a trade."""
    sides = {"long" if side.lower() in ("long", "buy") else "short" for side in _SIDES.findall(text)}
    if len(sides) != 1:
        return False
    close = _SIDE_CLOSE.search(text)
    if close is None or _LATER.search(_clause(text, close.start())):
        return False
    label = _LABEL.search(text)
    return label is None or label.start() > close.start()


def _clause(text: str, position: int) -> str:
    """The sentence or line around ``position``."""
    starts = [m.end() for m in _CLAUSE_END.finditer(text, 0, position)]
    end = _CLAUSE_END.search(text, position)
    return text[starts[-1] if starts else 0: end.start() if end else len(text)]


# A full stop that is no decimal point ("2.44"), "!", "?", ";" or a line break.
_CLAUSE_END = re.compile(r"[!?;\n]|\.(?![0-9])")
