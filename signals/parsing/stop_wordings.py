"""Stop moves and partial closes in the wordings ``updates``' own patterns miss.

- Verb last, once canonical: "استاپ #XRP رو ببرید روی نقطه ورود" → "SL #XRP move Entry" (move the XRP stop
  onto the entry), "#LINK stopu 15,40'a çekiyoruz" → "SL 15,40'a move" (we pull the stop to 15.40, a Turkish
  suffix after the price), "SL अब एंट्री पर कर दो" → "SL now Entry move" (put the SL at entry now). The stop
  word comes first, its new place and the move word after, in either order.
- Verbs the tables name besides "move": "drag the stop down to 142.80", "pull the SL up to entry"
  (the ``move`` rows of ``vocabulary.en``); "down"/"up" say the direction, the price after them where.
- "Taking half off the GAS long", "take 30% off": a share taken off the trade is a partial close.
- "Take profit on everything", "#OP chốt lời toàn bộ lệnh", "#SOL 全部止盈" ("#OP Target all", "all Target" once canonical): profit taken on
  the whole position is a whole close; "Target all hit", "take profit at all targets" are not.

Not caught: a stop's price on a plan's own line ("SL 2.1 — move to BE after TP1": "move to" there is a rule,
which ``updates`` reads as conditional), "take profit" with nothing "off", and a question, which the parser
drops before updates are read.

Apart from ``updates`` because that module is at its size limit."""
from __future__ import annotations

import re

from . import profit_shares
from .sections import STOP_WORD
from .vocabulary import english_pattern

_PLACE = r"(?:Entry|breakeven)"
_SUFFIX = r"(?:['’][^\W\d_]{1,4})?"  # "15,40'a", "2.5'e": Turkish puts the case on the number
# "SL #XRP move Entry", "SL now Entry move": the match ends on the place, which says "entry".
# "SL 15,40'a move": the match ends before the number, which ``updates`` reads as the new stop.
_VERB_LAST = re.compile(
    rf"\b{STOP_WORD}\b[^.\n!?0-9]{{0,16}}?\bmove[ ]{{1,3}}{_PLACE}\b"
    rf"|\b{STOP_WORD}\b[^.\n!?0-9]{{0,16}}?\b{_PLACE}[ ]{{0,3}}move\b(?![ ]{{1,3}}to\b)"
    rf"|\b{STOP_WORD}\b[^.\n!?0-9]{{0,16}}?(?=[0-9][0-9.,]{{0,12}}{_SUFFIX}[ ]{{0,3}}move\b(?![ ]{{1,3}}to\b))"
    # "استاپ لاس پوزیشن APT رو ببرید روی ۸.۹۵" → "SL پوزیشن APT move ۸.۹۵": the verb, then the new price.
    rf"|\b{STOP_WORD}\b[^.,،\n!?0-9]{{0,16}}?\bmove\b(?=[ ]{{1,3}}(?:to[ ]{{1,3}})?\d)",
    re.I,
)
_DIRECTION = r"(?:[ ]{1,3}(?:down|up|back|lower|higher))?"


def _verb_first() -> re.Pattern:
    verbs = english_pattern("move").pattern
    return re.compile(rf"(?:{verbs})[^.\n!?]{{0,40}}?\b{STOP_WORD}\b{_DIRECTION}", re.I)


_VERB_FIRST = _verb_first()
_TAKE_OFF = re.compile(
    r"\btak(?:e|es|ing)[ ]{1,3}(?:half|some|a[ ]{1,3}(?:bit|part)|[0-9]{1,3}(?:\.[0-9]+)?[ ]?%)"
    r"(?:[ ]{1,3}(?:of[ ]{1,3})?(?:the[ ]{1,3}|my[ ]{1,3}|our[ ]{1,3})?(?:position|size|profits?))?[ ]{1,3}off\b",
    re.I,
)

_TAKE_ALL = re.compile(
    r"\btak(?:e|es|ing)[ ]{1,3}(?:full|all)[ ]{1,3}profits?\b"
    r"|(?:\b(?:take[ -]?profits?|Target)[ ]{1,3}(?:(?:on|of|for)[ ]{1,3})?(?:the[ ]{1,3})?(?:all|everything|whole|entire)\b"
    r"|\ball[ ]{0,3}(?:Target|take[ -]?profit)\b)"  # "全部止盈" → "all Target"
    # Then the message's end, a sign, or a word for the trade: "止损止盈全部明确" (stop and targets all clear) is no close.
    r"(?=[ ]*(?:$|[^\w\s]|(?:here|now|position|parts|trades?|orders?)\b))(?![^.\n!]{0,20}\b(?:hit|reached|done|achieved)\b)",
    re.I,
)


def stop_move(text: str) -> re.Match | None:
    """The first stop move in these wordings; its match ends where the new stop is said (or on "Entry")."""
    found = [m for m in (_VERB_LAST.search(text), _VERB_FIRST.search(text)) if m]
    return min(found, key=lambda m: m.start()) if found else None


def take_off(text: str) -> re.Match | None:
    """"Taking half off …", "take profit on everything": a close whose share ``updates`` reads from the match."""
    return _TAKE_OFF.search(text) or _TAKE_ALL.search(text) or profit_shares.share_taken(text)  # "take profit on 50%"
