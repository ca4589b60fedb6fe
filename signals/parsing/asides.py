"""Messages that name a pair, a side and prices but are no call and no update: a news post, and a
question about a trade the writer has not decided on. Read from the canonical (English) text, so
every language's rows apply.
"""
from __future__ import annotations

import re
import unicodedata

from . import dated_trades
from .symbols import find_mentions
from .vocabulary import detect, english_pattern, table_pattern

# "📰 Berita: ETF Solana …", "News: …", "Новости | …", "BREAKING NEWS —": a news word heading the
# message's first line (before its colon or on its own), or the newspaper emoji opening it.
# Not "Good news: TP1 hit ✅", which reports on a trade.
_NEWS_HEAD = re.compile(r"\A[^\w\n]{0,8}(?:(?:breaking|market|crypto)[ ])?news\b[ ]{0,2}(?:[:|\-!]|\n|\Z)|\A\W{0,4}📰", re.I)
_NUMBER = re.compile(r"[0-9]")
_QUESTION_MARK = re.compile(r"[?؟]")
# Turkish asks with a particle after what it asks about, its person ending glued on: "stop 2.09 mu
# kalsın?", "long girilir mi?", "10x mi 20x mi kullanmalıyım?", "geniş değil mi sizce?".
_TURKISH_PARTICLE = re.compile(
    r"(?<![^\W\d_])m[ıiuü](?:y[ıiuü]m|s[ıiuü]n|y[ıiuü]z|s[ıiuü]n[ıiuü]z|d[ıiuü]r)?(?![^\W\d_])[^?\n]{0,60}\?", re.I
)


def is_news(text: str) -> bool:
    """A news post: what happened in the market, not an order to follow nor news of a trade."""
    return _NEWS_HEAD.search(text) is not None


def heads_recap(text: str) -> bool:
    """"Итоги недели 📊 | #DOT шорт — ✅ …", "Resumen del mes de mayo 📊 | Señales: 38 …": a results or
    promo word (``promo`` rows) before the message's first number heads a recap of past trades, which
    reports on none of them; read from the canonical text."""
    promo = english_pattern("promo").search(text)
    if promo is not None and dated_trades.dates_trade(text, promo.start()):  # "SOL short from yesterday: …"
        promo = english_pattern("promo").search(text, promo.end())
    first_number = _NUMBER.search(text)
    return promo is not None and (first_number is None or promo.start() < first_number.start())


def recalls_call(raw: str, text: str) -> bool:
    """"还记得上周我们在群里喊的 PEPE 吗？0.0000112 进场 … 全部到达🎯 今晚 VIP 还有新单", "Remember our SOL
    call last week? …": a past call recalled before the message's first number, in a message with
    promo or results words (``promo`` rows, read from the canonical ``text``), advertises; its prices
    are the old call's, no order and no news for a running trade. A bare "Remember: always use a stop"
    before a call has no promo words."""
    raw = unicodedata.normalize("NFKC", raw)
    recall = table_pattern("RECALL").search(raw)
    first_number = _NUMBER.search(raw)
    if recall is None or (first_number is not None and recall.start() > first_number.start()):
        return False
    return english_pattern("promo").search(text) is not None


def advertises_past_call(raw: str, text: str, symbol: str) -> bool:
    """"🎁 PROMO VIP … Kemarin sinyal #SOL long entry 142 TP 155 langsung tembus 🚀 Join VIP, DM admin",
    "Winrate 92% … Yesterday's #SOL long 142 → TP 155 hit. Join our VIP": an advert headed by promo words
    (``heads_recap``) that names the call's pair after a word for an earlier day ("yesterday", "kemarin",
    "вчера", "昨天", "dünkü") on its line sells the membership with an old call, no order. Not "Results of
    yesterday: … / Today's call: #AVAX …", whose pair stands on a line of its own, nor a pair after a
    word for today ("today", "今天", ``TODAY`` rows). Two promo rows at least:
    the earlier day is one ("yesterday's signal SOL 142 still valid, SL 135" alone restates a call)."""
    if len(english_pattern("promo").findall(text)) < 2 or not heads_recap(text):
        return False
    raw = unicodedata.normalize("NFKC", raw)
    pair = re.search(rf"(?<![^\W_]){re.escape(symbol.split('/')[0])}(?!(?-i:[a-z]))", raw, re.I)
    if pair is None:
        return False
    line_start = raw.rfind("\n", 0, pair.start()) + 1
    earlier = table_pattern("EARLIER_CALL").search(raw, line_start, pair.start())
    # "昨日战绩不错，今天 SOL 多单 142 …" (yesterday's results were good; today SOL long): today's call after them.
    return earlier is not None and table_pattern("TODAY").search(raw, earlier.end(), pair.start()) is None


def asks(text: str) -> bool:
    """"should I long LINK at 14.2 with sl 13.6 or wait for a dip?? thinking tp 16", "¿Alguien sabe si
    SOL en 165 …? TP 180": a question word before the first price and a question mark after it put
    the prices inside the question, whatever targets it names. A question before the prices ("Ready?
    LONG BTC …") or a call that ends by asking ("… TP 68000. What do you think?") is still a call."""
    ask = english_pattern("ask").search(text)
    first_number = _NUMBER.search(text)
    if ask is None or first_number is None or ask.start() > first_number.start():
        return False
    return "?" in text[first_number.start():]


def tells_own_trade(raw: str) -> bool:
    """"I opened", "I'm in", "açtım", "кто в шорте", "ai còn giữ": words for a position already open,
    the writer's or the readers' (``vocabulary.table_pattern("HELD")``), read in the message as written."""
    return _tells_held(unicodedata.normalize("NFKC", raw))


def _tells_held(text: str) -> bool:
    """``table_pattern("HELD")`` in the message, or in it with its pairs left out: "mera ETH long", "my SOL/USDT
    short", "我的ETH多单" are "mera long", "my short", "我的多单"."""
    if table_pattern("HELD").search(text):
        return True
    pieces, position = [], 0
    for mention in find_mentions(text):
        pieces.append(text[position: mention.start])
        position = mention.end
    unnamed = re.sub(r"[ ]{2,}", " ", "".join(pieces) + text[position:])
    return table_pattern("HELD").search(unnamed) is not None


def asks_after_prices(raw: str) -> bool:
    """"Anyone still holding the INJ long from 21.45? …", "WLD'den 2.184'ten long açtım, stop 2.09 mu
    kalsın?", "Ребят, кто в шорте по LTC от 118.6?": a position already open, or a Turkish question
    particle, and a question mark after the first price: the prices are the question's, not a call.
    "Who's in? 🚀 BTC LONG 65000 …" asks before its prices and is still a call, and so is one whose
    questions after its prices only invite the readers in ("I'm long BTC from 65000 … Who's joining?")."""
    text = unicodedata.normalize("NFKC", raw)
    first_number = _NUMBER.search(text)
    if first_number is None or _QUESTION_MARK.search(text, first_number.start()) is None:
        return False
    if _only_invites(text, first_number.start()):
        return False
    turkish = "tr" in detect(text) and _TURKISH_PARTICLE.search(text, first_number.start()) is not None
    return turkish or _tells_held(text)


def asks_about_own_trade(raw: str, text: str) -> bool:
    """"ae ơi con SOL mình đang long 148 sl 142 tp 160, có nên gồng qua tối nay ko" ("I'm long SOL 148 sl
    142 tp 160, should I hold through tonight"): a position already open and an ask word (``ask`` rows,
    read from the canonical ``text``) after the first price ask what to do with the writer's own trade,
    whole plan or not. Chat asks without a question mark, and Vietnamese needs none ("có nên … ko")."""
    first_number = _NUMBER.search(text)
    if first_number is None or english_pattern("ask").search(text, first_number.start()) is None:
        return False
    return tells_own_trade(raw)


def only_invites(raw: str) -> bool:
    """"… тейки 0.385 0.398. кто со мной?", "Who's with me?": a message whose every question invites the
    readers in asks nothing; a call may end that way."""
    return _only_invites(unicodedata.normalize("NFKC", raw), 0)


# A question's own sentence: back to the last full stop, "!", "?", bar or line break before its mark.
_SENTENCE_BEFORE_MARK = re.compile(r"[^.!?؟|\n]*[?؟]")


def _only_invites(text: str, start: int) -> bool:
    """Whether every question after ``start`` invites the readers in ("Who's joining?", "Кто с нами?")."""
    questions = _SENTENCE_BEFORE_MARK.findall(text, start)
    return bool(questions) and all(table_pattern("INVITE").search(question) for question in questions)
