"""What the words around a label say it is not: a "close" that is a stop's candle condition, a target named in a
rule for later ("after TP1") or allotted a share ("40% at target 1"), and an entry label that restates an
average or a worked-out value. ``sections`` asks before it opens a section at a label."""
from __future__ import annotations

import re

from . import allocation_lines
from .conditions import closes_in_condition
from .vocabulary import english_pattern
from .allocation_lines import ENGLISH_VOLUME

# "SL: 4H close 32.6", "candle close 0.38": a close after a timeframe is the stop's condition,
# not a "Close: 2.5" target label.
_CANDLE_BEFORE = re.compile(
    r"(?:(?<![0-9.])[0-9]{1,3}[ -]?(?:[hdwm]|hours?|days?)|\b(?:candles?|daily|weekly|[hdwm][0-9]{1,2}))[ ]{0,3}$", re.I
)


def restates(text: str, match: re.Match) -> bool:
    """"Average Entry Zone: ~0.0447", "(from avg entry 4747.5)": an average word right before an entry label;
    "Using Entry ≈0.02515", "Entry Price (≈0.02515)": an "≈" before its price, which a working rounded."""
    if match.lastgroup != "entry":
        return False
    line_start = text.rfind("\n", 0, match.start()) + 1
    return _AVERAGE_BEFORE.search(text, line_start, match.start()) is not None or _APPROXIMATE.match(text, match.end()) is not None


_AVERAGE_BEFORE = re.compile(rf"(?:{english_pattern('average').pattern})\.?[ ]{{0,3}}(?:of[ ]{{1,3}}(?:the[ ]{{1,3}})?)?$", re.I)
_APPROXIMATE = re.compile(r"[ ]{0,3}[:(]?[ ]{0,2}≈")


# "Após o alvo 1, mover o stop" ("after Target 1, move SL"), "once TP1 hits": a target named in a
# rule for later is a reference to one, and the number after it its index, never a target price.
_WHEN_BEFORE = re.compile(r"\b(?:after|once|when|upon)[ ]{1,6}(?:the[ ]{1,3})?(?:(?:first|second|third)[ ]{1,3})?$", re.I)


# "Gerenciamento: 40% no alvo 1, 30% no alvo 2" ("40% at target 1"): a share of the position
# before a target and its bare number allots the share to that target; the number is no price.
_SHARE_BEFORE = re.compile(r"[0-9][ ]?%[ ]{0,3}(?:at|on|of|in|for)?[ ]{0,3}$", re.I)
_ALLOCATION_BEFORE = re.compile(rf"\b(?:allocation|{ENGLISH_VOLUME})(?:[ ]{{1,2}}of)?[ ]{{1,3}}$", re.I)
# "30% no alvo 2 e 20% no alvo 3" ("30% Target 2   20%" once canonical, the join dropped): the next share ends the index too,
# after a word or two of its own ("30% no alvo 2 e deixar 40% pro alvo 3": "leave 40%").
_BARE_INDEX_AFTER = re.compile(
    r"[ ]{0,2}#?[0-9]{1,2}(?![0-9]|[.,][0-9])[ ]{0,4}(?:[,;.)]|and\b|$|(?:[^\W\d_]{1,12}[ ]{1,3}){0,2}[0-9]{1,3}[ ]?%)", re.I | re.M
)


def refers_to_target(text: str, position: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, position) + 1
    return allots_share(text, position, end) or _WHEN_BEFORE.search(text, line_start, position) is not None


def allots_share(text: str, position: int, end: int) -> bool:
    """"1% for entries ( 0.5% entry 1, 0.5% entry 2)": a share before an entry or target and its bare number."""
    line_start = text.rfind("\n", 0, position) + 1
    if _ALLOCATION_BEFORE.search(text, line_start, position):
        return True  # "allocation Target 25/25/25/25": the shares of the targets, not more of them
    if allocation_lines.closed_in_shares(text, position):
        return True  # "close 40/30/30 at the TPs": a close's shares, never a "Close:" target's prices
    if _INDEX_RUN_AFTER.match(text, end) and _numbers_legs(text[position:end] + _INDEX_RUN_AFTER.match(text, end).group()):
        return True  # "close 50/25/25 at TP1/2/3": the targets' numbers, not prices ("TP1/2/3: 0.5 / 0.6 / 0.7" has them)
    return _SHARE_BEFORE.search(text, line_start, position) is not None and _BARE_INDEX_AFTER.match(text, end) is not None


_INDEX_RUN_AFTER = re.compile(r"(?:[ ]{0,2}#?[0-9]{1,2})?(?:[ ]{0,2}/[ ]{0,2}[0-9]{1,2}(?![0-9]|[.,][0-9])){1,9}(?![ ]{0,3}[:=\-–—0-9/])")


def _numbers_legs(labelled: str) -> bool:
    """Whether "TP1/2/3" numbers consecutive legs from 1 on."""
    numbers = [int(number) for number in re.findall(r"[0-9]{1,2}", labelled)]
    return len(numbers) > 1 and numbers == list(range(1, len(numbers) + 1))


# "SL close 4 hours below 12.9" ("وقف الخسارة إغلاق 4 ساعات تحت 12.9"): a close right after a stop
# label, or one before a timeframe, is the stop's condition; its number must never become a target.
_STOP_BEFORE = re.compile(r"\b(?:sl|stop(?:[ ]loss)?|stoploss)[ ]{0,3}[:=-]?[ ]{0,3}$", re.I)
_TIMEFRAME_AFTER = re.compile(r"[ ]{0,3}(?:[0-9]{1,3}[ -]?(?:[hdwm]|hours?|days?)\b|daily\b|weekly\b|candle\b)", re.I)


def is_candle_close(text: str, match: re.Match) -> bool:
    if match.lastgroup != "tp" or not match.group().lower().startswith(("close", "exit")):
        return False
    line_start = text.rfind("\n", 0, match.start()) + 1
    if match.group().lower().startswith("close") and (
        _STOP_BEFORE.search(text, line_start, match.start()) or _TIMEFRAME_AFTER.match(text, match.end())
        or closes_in_condition(text, match.start(), match.end())
    ):
        return True
    return _CANDLE_BEFORE.search(text, line_start, match.start()) is not None


# "her hedefte %25'ini kapatıyoruz. 2. hedeften sonra …" ("… close. 2. Target after …"): a small number and
# its dot right before a target or entry label that has no number of its own is Turkish (and German) writing
# of "2nd", the label's ordinal; never a price of the section before. "TP1 2. TP2 3." numbers its labels itself.
_ORDINAL_DOT_END = re.compile(r"(?<![0-9.,])[1-9]\.[ ]{1,2}$")
_OWN_NUMBER = re.compile(r"[ ]{0,2}#?[0-9]")


def without_next_ordinal(content: str, next_kind: str | None, next_content: str) -> str:
    """``content`` without a trailing "2. " that is the next label's ordinal."""
    if next_kind not in ("tp", "entry") or _OWN_NUMBER.match(next_content):
        return content
    match = _ORDINAL_DOT_END.search(content)
    return content[:match.start()] if match else content
