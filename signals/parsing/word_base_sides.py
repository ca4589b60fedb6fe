"""A listed base that is also a table word ("MOVE", "ME"), written in capitals right beside a side word
that is not in capitals: "gonna short MOVE here", "⚠️ MOVE short cancelled". The capitals set the coin
apart from the sentence around it; "move SL to entry", "SHORT MOVE INCOMING" (all capitals) keep the word."""
from __future__ import annotations

import re

from . import assets
from .ticker_words import WORD_BASES

_SIDE = r"(?:long|short|buy|sell)(?:ing|ed)?"
_CAPITAL_WORD = re.compile(r"\b[A-Z0-9]{2,10}\b")
# "short no HIGH", "short en HIGH": the canonical text blanks a preposition ("no", "en", "on") to spaces.
_SIDE_BEFORE = re.compile(rf"\b(?P<side>{_SIDE})[ ]{{1,6}}\Z", re.I)
_SIDE_AFTER = re.compile(rf"[ ]{{1,2}}(?P<side>{_SIDE})\b", re.I)


def word_bases_beside_side(text: str) -> list[re.Match]:
    """The matches of each capitalised word base beside a side word written in lower or mixed case."""
    found = []
    for match in _CAPITAL_WORD.finditer(text):
        if match.group() not in WORD_BASES or match.group() not in assets.KNOWN_BASES:
            continue
        side = _SIDE_BEFORE.search(text, max(0, match.start() - 16), match.start()) or _SIDE_AFTER.match(text, match.end())
        if side and not side["side"].isupper():
            found.append(match)
    return found


def after_side(text: str, match: re.Match) -> bool:
    """Whether a side word not in capitals stands right before ``match``: "vào short NOT", "long MOVE"."""
    side = _SIDE_BEFORE.search(text, max(0, match.start() - 16), match.start())
    return side is not None and not side["side"].isupper()


# "MOVE SHORT 🔻", "MOVE 0.4650 LONG, SL 0.4420" ("MOVE 突破 0.4650 站稳再追多" once canonical): a word base in
# capitals that opens the message, a line or a sentence ("BTC thoda weak hai. MOVE mein long"), with only prices
# or marks between it and a side word, heads the call in any case of the side. After the side comes a mark,
# a price, the line's end or a price's preposition ("long above 0.4650"), never another word:
# "MOVE LONG SL TO ENTRY", "MOVE SHORT STOPS TO BE" move a stop.
_HEADING = re.compile(
    rf"(?:^|(?<=[.!?。！？][ ]))[^\w\n]{{0,4}}(?P<base>[A-Z0-9]{{2,10}})[^A-Za-z\n]{{0,24}}?\b{_SIDE}\b(?=[ ]{{0,2}}(?:[^\w\s]|[0-9]|$|(?:above|below|at|from|near)\b))",
    re.I | re.M,
)


def word_bases_heading_side(text: str) -> list[re.Match]:
    """The matches of each word base in capitals heading its line before a side word (of the base alone)."""
    return [
        _CAPITAL_WORD.match(text, match.start("base")) for match in _HEADING.finditer(text)
        if match["base"].isupper() and match["base"] in WORD_BASES and match["base"] in assets.KNOWN_BASES
    ]


# "MOVE 這波回調給機會了 … 市價直接進多", "⚠️ 取消 NOT 的空单挂单", "BTC امروز … MOVE حمایت گرفت": in the
# prose of a script without case, a word in capitals right before the script's letters is set apart
# from it as a name, the coin's. Glued to them ("GAS费") it is part of a word.
_CASELESS_AFTER = re.compile(r"[ ]{1,2}[\u0600-\u06ff\u0900-\u097f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def word_bases_before_caseless(text: str) -> list[re.Match]:
    """The matches of a word base in capitals followed by a letter of a script without case, when only
    one base is so written: two leave the coin a guess."""
    found = [
        match for match in _CAPITAL_WORD.finditer(text)
        if match.group() in WORD_BASES and match.group() in assets.KNOWN_BASES and _CASELESS_AFTER.match(text, match.end())
    ]
    return found if len({match.group() for match in found}) == 1 else []


# After the coin's name a stop word or an article makes "MOVE" the verb again: "MOVE SL TO ENTRY", "MOVE THE STOP".
_VERB_AFTER = re.compile(r"[ ]{1,2}(?:sl|stops?|stop[ -]?loss|stoploss|the|your|it|to)\b")


def without_coin_name(text: str, symbol: str | None) -> str:
    """"MOVE SHORT … Not: ETH tarafı toparlarsa MOVE da sıçrayabilir, stop'u esnetmeyin": when the call's
    pair is a word base, its name in capitals is the coin, not a verb that moves the stop; blanked for the
    stop-move check. Followed by a stop word ("MOVE SL TO ENTRY") it stays the verb."""
    base = (symbol or "").split("/")[0]
    if base not in WORD_BASES:
        return text
    return re.sub(
        rf"\b{re.escape(base)}\b(?!(?i:{_VERB_AFTER.pattern}))", lambda m: " " * len(m.group()), text
    )
