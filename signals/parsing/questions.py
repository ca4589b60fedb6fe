"""A message whose prices sit inside a question asks about a trade; it is no call, in any language:
"is 20x on ETH long at 3200 with stop at 3100 too much?", "问一下 ETH 如果 3300 做多的话止损放 3250
合适吗？", "стоит ли шортить SOL от 182?". A question is a sentence ending in "?" (or "？", "؟") that
opens with a question word or holds a particle only questions have (``ASK_OPENS`` and ``ASK_MARKS``
in the tables). A call that only asks before or after its prices ("Ready? LONG BTC 65000 …",
"… TP 68000. Who's with me?") is still a call.

A member's message can also ask without a question mark around its prices: "anyone in the SOL short? thinking
of entering 182-185 with sl 191 and tp 170, is 10x too much or nah", "кто в шорте SOL? думаю зайти 182-185,
стоп 191, тейк 170, 10х норм или нет": it opens with a question to the group and closes asking the readers'
opinion (``ASK_TAILS``), so the prices between are the plan it asks about (``asks_for_opinion``).
"""
from __future__ import annotations

import re
import unicodedata

from . import tag_asks
from .vocabulary import table_pattern

# A sentence: up to a line break, a bar, "!", "?", "。" or ";". A full stop does not end it: "em đang long LINK từ
# 14,2 … mà giờ nó cứ đi ngang mãi. Em nên cắt hay gồng tiếp ạ?" asks about the prices told before the stop.
_SENTENCE = re.compile(r"(?:[^\n|!?؟。;])+[?؟]?")
_NUMBER = re.compile(r"[0-9]+(?:[.,][0-9]+)*")
# "guys, is …", "bro should I …": one word of address may come before the question's opening word.
_ADDRESS = re.compile(r"[^\w¿]*(?:[^\W\d_]+,?[ ]+)?")
# Anything said before a sentence: a sentence with none before it opens the message.
_LEADING_WORD = re.compile(r"\w")


def asks_about_prices(raw: str) -> bool:
    """Whether the message's first number and at least half its numbers lie in questions."""
    # "Abro long en SOL 142, SL 138, TP 150, ¿vale?": a closing "¿tag?" asks nothing about the prices (``tag_asks``).
    text = _plain_digits(unicodedata.normalize("NFKC", tag_asks.without_inverted_tag(raw)))
    numbers = _NUMBER.findall(text)
    if not numbers:
        return False
    asked, first_asked = 0, None
    for sentence in _SENTENCE.finditer(text):
        count = len(_NUMBER.findall(sentence.group()))
        if not count:
            continue
        # "anyone think DOGE at 0.318 is a buy?? stop 0.29 maybe, tp 0.36?": after a question holding the first
        # number, a sentence ending in "?" goes on asking, though no question word opens it.
        # Chinese often drops the "?": "有人在DOGE 0.38附近接了吗？我看…止损放0.36会不会太紧" asks again in its last clause.
        is_question = _is_question(sentence.group()) or bool(
            first_asked and (_ends_asking(sentence.group()) or _last_clause_asks(sentence.group()))
        )
        first_asked = is_question if first_asked is None else first_asked
        asked += count if is_question else 0
    return bool(first_asked) and asked * 2 >= len(numbers)


def asks_if_still_valid(raw: str) -> bool:
    """"sinyal ATOM kemarin masih valid ga? entry 8.1 sl 7.75", "o sinal do DOGE de ontem ainda vale? entrada
    0,158 …": a question whether an earlier call still holds (``STILL_VALID`` in the tables) asks about that
    call, and the prices are the old call's, no new order, when the question comes before the message's
    first number, holds every number ("سیگنال DOGE که دیروز دادید (لانگ ۰٫۱۶۵ …) هنوز معتبره؟"), opens the
    message holding its first number ("يا شباب هل صفقة BTC لونج من 62000 لسه صالحة؟ السعر الحين 61400 والوقف 60800":
    the prices after it are remarks on the asked-about trade, its price now and its stop), or comes after them
    all in a message that names the earlier call (``EARLIER_CALL``: "yesterday's", "вчерашний")."""
    text = _plain_digits(unicodedata.normalize("NFKC", raw))
    numbers = list(_NUMBER.finditer(text))
    if not numbers:
        return False
    names_earlier = table_pattern("EARLIER_CALL").search(text) is not None
    for sentence in _SENTENCE.finditer(text):
        if not (sentence.group().rstrip().endswith(("?", "؟")) and table_pattern("STILL_VALID").search(sentence.group())):
            continue
        before_all = sentence.end() <= numbers[0].start()
        holds_all = sentence.start() <= numbers[0].start() and numbers[-1].end() <= sentence.end()
        first_said = _LEADING_WORD.search(text, 0, sentence.start()) is None
        opens = first_said and sentence.start() <= numbers[0].start() < sentence.end()
        after_all = sentence.start() >= numbers[-1].end() and names_earlier
        if before_all or holds_all or opens or after_all:
            return True
    return False


def asks_for_opinion(raw: str) -> bool:
    """Whether the message opens with a question ("anyone in the SOL short?") and its last sentence ends
    on words asking the readers' opinion ("… is 10x too much or nah", "… 10х норм или нет"). A call that
    ends inviting the readers ("Who's in?") or offering help ("any questions DM me") is still a call."""
    text = _plain_digits(unicodedata.normalize("NFKC", raw))
    sentences = [m.group() for m in _SENTENCE.finditer(text) if _LEADING_WORD.search(m.group())]
    if len(sentences) < 2 or not _is_question(sentences[0]):
        return False
    last = sentences[-1]
    if table_pattern("INVITE").search(last):
        return False
    return any(_LEADING_WORD.search(last, tail.end()) is None for tail in table_pattern("ASK_TAILS").finditer(last))


# A plan quoted from an older message: «…», 「…」, 『…』, “…”, "…" or '…', over one line or several. A straight
# quote opens and closes only beside no letter, so an apostrophe ("I'm", "it's") quotes nothing.
_QUOTED = re.compile(
    r"«[^«»]{1,2000}»|「[^「」]{1,2000}」|『[^『』]{1,2000}』|“[^“”]{1,2000}”|‘[^‘’]{1,2000}’"
    r"|(?<!\w)\"[^\"]{1,2000}\"(?!\w)|(?<!\w)'[^']{1,2000}'(?!\w)"
)


def asks_about_quoted(raw: str) -> bool:
    """"يا أدمن، بخصوص هذي التوصية: «#AAVEUSDT شراء | دخول 92.5 …» السعر الحين 91، هل ما زالت صالحة؟", "ये
    वाला कॉल अभी भी valid है क्या? '#MATICUSDT LONG | Entry 0.7150 …' entry लूँ या नहीं?": a plan inside
    quotation marks, holding at least half the message's numbers, and a question in the message's own
    words around it (not one that only invites the readers in) ask about that plan; it is no call."""
    text = _plain_digits(unicodedata.normalize("NFKC", raw))
    quoted = [m.group() for m in _QUOTED.finditer(text) if len(_NUMBER.findall(m.group())) >= 2]
    inside = sum(len(_NUMBER.findall(plan)) for plan in quoted)
    if not quoted or inside * 2 < len(_NUMBER.findall(text)):
        return False
    own_words = _QUOTED.sub("\n", text)
    return any(
        sentence.group().rstrip().endswith(("?", "؟")) and not table_pattern("INVITE").search(sentence.group())
        for sentence in _SENTENCE.finditer(own_words)
    )


def _plain_digits(text: str) -> str:
    """"۰٫۱۶۵" as "0٫165": Persian, Arabic-Indic and Devanagari digits, which NFKC keeps, as ASCII ones."""
    return "".join(str(unicodedata.decimal(c)) if not c.isascii() and unicodedata.decimal(c, None) is not None else c for c in text)


def _ends_asking(sentence: str) -> bool:
    return sentence.rstrip().endswith(("?", "؟")) and not table_pattern("INVITE").search(sentence)


# A clause ends at a comma (not a decimal one) or an enumeration comma.
_CLAUSE_END = re.compile(r"[,，、](?![0-9])")


def _last_clause_asks(sentence: str) -> bool:
    """"…, 止损放0.36会不会太紧" (would a stop at 0.36 be too tight): the sentence's last clause holds a particle only
    questions have, the question mark left off. Only the last clause: "entry 3200 or below, sl 3100" asks nothing."""
    last = _CLAUSE_END.split(sentence)[-1]
    return not table_pattern("INVITE").search(last) and table_pattern("ASK_MARKS").search(last) is not None


def _is_question(sentence: str) -> bool:
    """A sentence ending in a question mark that asks: a question word opening it or a particle in
    it, and no invitation to join ("Who's with me?")."""
    if not sentence.rstrip().endswith(("?", "؟")) or table_pattern("INVITE").search(sentence):
        return False
    opening = table_pattern("ASK_OPENS").match(sentence, _ADDRESS.match(sentence).end())
    if opening is None:
        opening = table_pattern("ASK_OPENS").match(sentence, re.match(r"[^\w¿]*", sentence).end())
    return opening is not None or "¿" in sentence or table_pattern("ASK_MARKS").search(sentence) is not None
