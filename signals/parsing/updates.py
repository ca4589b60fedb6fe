"""Messages about a trade already running: targets hit, stops moved, closes and cancellations.

Notifications that need no action from a follower — "Entered entry zone", "Stoploss ⛔️", results
posts — match none of these and come back as None. Each update carries a certainty
(``certainty.update_reasons``): one the parser doubts should wait for a person.
"""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from . import (
    action_order, certainty, close_shares, cut_trades, named_target_stops, out_of_trade, stop_directions, stop_subject, stop_wordings,
    update_tags,
)
from .results import ParsedUpdate
from .sections import ORDINALS, STOP_WORD
from .symbols import SymbolMention, bare_tickers, find_mentions, normalize
from .ticker_words import NOT_TICKERS
from .tokens import TOKEN_PATTERNS, to_decimal
from .ticks import TICK
from .vocabulary import english_pattern

# "Invalidated if price reclaims $201", "cancelled if 4H closes below 0.5": a condition for later, a
# plan's stop, not a cancellation now.
_CANCEL = re.compile(
    r"\b(?:cancel(?:l?ed|l?ing|lation)?|invalidated)\b(?![ ]{1,3}(?:if|when|once|on[ ]a)\b)|\b(?:do ?n[o']?t|don'?t)[ ]{1,3}(?:enter|open)\b"
    r"|\b(?:remove|delete)[ ]{1,3}(?:the[ ]{1,3})?(?:orders?|entr(?:y|ies)|limits?|signal)\b",
    re.I,
)
_MOVE_STOP = re.compile(
    rf"\b(?:move[ds]?|moving|shift(?:ed)?|put|set|adjust(?:ed)?|update[ds]?|trail(?:ed|ing)?|raised?|bring|change[ds]?)\b"
    rf"[^.\n!]{{0,40}}?\b{STOP_WORD}\b|\b{STOP_WORD}[ ]{{0,3}}(?:moved?|to|at|on|→|->|=)(?!\w)"
    rf"|\bset[ ]{{1,3}}(?:be|breakeven|break[ -]?even)\b|\bnew[ ]{{1,3}}{STOP_WORD}\b"
    # Verb-last languages, once canonical: "SL breakeven move" (Turkish, Hindi, Persian word order).
    rf"|\b{STOP_WORD}[ ]{{0,3}}(?:to[ ]{{1,3}})?(?:breakeven|break[ -]?even|entry)\b(?=[^.\n]{{0,20}}\bmove\b)"
    # No verb at all: "SL breakeven", and once canonical "Стоп в БУ", "止损保本", "stop a punto de equilibrio".
    rf"|\b{STOP_WORD}[ ]{{0,3}}(?:breakeven|break[ -]?even)\b"
    # The passive and jussive: "SL should be moved to entry", "let the stop be moved to 3450" (never "will be", a plan's future).
    rf"|\b{STOP_WORD}s?[ ]{{1,3}}(?:(?:should|must|is|are|has|have|gets?)[ ]{{1,3}})?(?:be(?:en|ing)?[ ]{{1,3}})?moved\b"
    # No stop word: "Move to breakeven", "Переводим в БУ" ("move breakeven" once canonical).
    rf"|\bmove[ds]?[ ]{{1,3}}(?:to[ ]{{1,3}})?(?:breakeven|break[ -]?even)\b",
    re.I,
)
# Not the auxiliary of "the stop be moved to 3450".
_TO_ENTRY = re.compile(r"\b(?:entry|entries|breakeven|break[ -]?even|be(?![ ]{1,3}moved\b)|bep|cost)\b", re.I)
_MOVE_FILLER = frozenset("to at on the our my your all of in for price level stop stops sl loss moved move".split())
_CANDLE_AFTER = r"(?![ ]{1,3}(?:on[ ]{1,3})?(?:the[ ]{1,3})?(?:[0-9]{1,2}[ ]?(?:h|hrs?|hours?|d|days?|w|weeks?)|daily|weekly|hourly|candle)\b)"
_CLOSE = re.compile(
    r"(?<!\bthe )(?<!\ba )(?<!daily )(?<!candle )(?<!weekly )(?<!needs to )(?<![0-9][hdwm] )"  # "XRP needs to close 2.24", "the 4H close": a candle's
    # "SL close 4 hours below", "الستوب إغلاق ٤ ساعات تحت" ("SL close 4 hours below"): a close of a timeframe is a candle's.
    rf"\b(?:close[ds]?(?![ ]{{1,3}}(?:to|by|above|below|under|over)\b){_CANDLE_AFTER}|closing{_CANDLE_AFTER}|exit(?:ed|ing)?|secure[ds]?|securing"
    # "paying myself on half here", "pay yourselves some": slang for banking part of a running trade.
    r"|pa(?:y|id|ying)[ ]{1,3}(?:myself|yourself|yourselves|ourselves)"
    # "fecha 50% do XRP": Portuguese "close" with its share; bare, "fecha" is Spanish "date" ("Fecha: 07/12").
    r"|book(?:ed|ing)?|fecha(?=[ ]{1,3}[0-9]{1,3}[ ]?%)|take[ ]{1,3}(?:some|partial|half|[0-9]{1,3}[ ]?%)[ ]{1,3}(?:of[ ]{1,3})?(?:the[ ]{1,3})?profits?)\b",
    re.I,
)
_STOP_SYMBOL = re.compile(r"^\W{0,6}stop[ ]{1,3}[#$]?([A-Za-z0-9]{2,15})\W{0,6}$", re.I)
CONDITIONAL = re.compile(r"\b(?:when|if|once|after|until|unless|as[ ]{1,3}(?:the[ ]{1,3})?price[ ]{1,3}(?:moves|goes|rises|climbs|falls|drops))\b", re.I)  # "adjust the stop as price moves"
_CONTINGENCY = re.compile(r"\b(?:if|unless|in[ ]case|should)\b", re.I)
_ORDINAL = r"first|second|third"
_HIT_WORD = r"(?:\bhit\b|\breached\b|\bachieved\b|\bdone\b|\bsmashed\b|\bcompleted\b|\bbooked\b|✅|✔)"
# Up to a target's hit word, never across a stop label: in "Target 18.6 19.4 SL 17.2 ✅" the tick is the post's.
_TO_HIT = r"(?:(?!\b(?:sl|stop)\b)[^\n]){0,20}?"
_TP_HIT = re.compile(
    # "second Target hit", "2. hedef geldi" ("2. Target hit"): the number before the target word.
    # "первый тейк взят", "ilk kar alındı" ("first take / Profit hit"): the short "take" and "profit" name a target after an ordinal.
    rf"(?<![0-9.,])\b(?P<before>{_ORDINAL}|[0-9]{{1,2}}(?:\.|st|nd|rd|th))[ ]{{0,3}}(?:tp|target|take|profit)\b"
    rf"{_TO_HIT}{_HIT_WORD}"
    # "take 2 hit", "take first hit" ("take đầu tiên đã chạm"): a bare "take" only with its number, never "take 50% ✅".
    # "Stop Target Hit" (Cornix) is the stop, not a target.
    r"|(?<!stop )(?<!stop-)\b(?:tp|target|take[ -]?profit(?:[ ]target)?|take(?=[ ]{0,2}#?[ ]{0,2}(?:[0-9]{1,2}(?![0-9.,%])|(?:first|second|third)\b)))[ ]{0,2}#?[ ]{0,2}"
    rf"(?:(?P<num>[0-9]{{1,2}})|(?P<ord>{_ORDINAL}))?\b{_TO_HIT}{_HIT_WORD}"
    r"|\ball[ ]{1,3}(?:the[ ]{1,3})?(?:take[ -]?profit[ ]{1,3})?targets?[ ]{1,3}"
    r"(?:hit|reached|achieved|done|completed|smashed)\b"
    # "hit TP2", "hit Target second" ("تم تحقيق الهدف الثاني"), "已到第一目标" ("hit first Target"), "ضربت الهدف" ("hit Target"): verb first.
    rf"|\bhit[ ]{{1,3}}(?:the[ ]{{1,3}})?(?:tp|target)(?:[ ]{{0,2}}#?[ ]{{0,2}}(?P<after>[0-9]{{1,2}}|{_ORDINAL})\b|s?\b(?![ ]{{0,3}}[:#$]?[ ]{{0,2}}[0-9]))"
    rf"|\bhit[ ]{{1,3}}(?:the[ ]{{1,3}})?(?P<ord_before>{_ORDINAL})[ ]{{1,3}}(?:tp|target)\b",
    re.I,
)
_SL_HIT = re.compile(
    # "🛑 Stop atingido no #ETH" ("Stop hit"): a bare "stop" before its verb reports it too.
    r"\b(?:sl|stop[ -]?loss|stoploss|stop[ -]?targets?|stop)\b[ :]{0,3}(?:[0-9][0-9.,]{0,12}[ ]{0,3})?"
    r"(?:was[ ]{1,3}|got[ ]{1,3}|has[ ]{1,3}been[ ]{1,3}|is[ ]{1,3})?(?:hit|triggered|taken|filled)\b|\bstopped[ ]{1,3}out\b"
    # Verb first, after what hit it ("#ETH short hit SL at 3495"); not after a target ("once TP2 hit
    # SL to entry" is a signal's rule).
    r"|(?:\b(?:long|short|trade|position|price|it|we|has|have|just)|[#$][A-Za-z0-9]{2,15})[ ]{1,3}(?:hit|touched)[ ]{1,3}"
    r"(?:the[ ]{1,3}|our[ ]{1,3}|its[ ]{1,3})?(?:sl|stop[ -]?loss|stoploss|stop)\b",
    re.I,
)
_ENTRY_FILLED = re.compile(
    r"\bentered\b|\b(?:entry|entries|order|orders|position)[ ]{1,3}(?:was[ ]{1,3}|has[ ]{1,3}been[ ]{1,3}|is[ ]{1,3})?"
    r"(?:filled|activated|triggered)\b|\bentry[ ]{0,2}#?[0-9]{0,2}[ ]{0,2}(?:✅|✔)"
    # "SPOT ALIM ✅ $AVAX" ("SPOT Entry ✅ $AVAX"): a tick between a header word and the pair decorates it.
    r"(?![ ]{0,3}[#$]?[A-Za-z])"
    # Other languages' "filled" once canonical: "OP short ka entry fill ho gaya" ("… entry filled"), "空单已成交"
    # ("SHORT filled"), "تم تفعيل الدخول" ("filled Entry"): a side, order or entry filled, in either order;
    # its pair, price or legs' numbers between ("entry 35.4 fill ho gaya", "order LINK 13,4 sudah terisi", "Entradas 1 e 2 preenchidas").
    r"|\b(?:long|short|entry|entries|order|orders|position)\b[^.\n0-9]{0,16}?\bfilled\b"
    r"|\b(?:buy|sell|order)[ ]{1,3}(?:filled|executed)\b"  # "📈 COMPRA EJECUTADA", "BUY EXECUTED": a bot's report
    r"|\b(?:entry|entries|order|orders|long|short)(?:[ ]{1,3}[#$]?[A-Z][A-Z0-9]{1,14}(?:/?USDT)?)?(?:[ :]{1,3}[$]?[0-9][0-9.,]*|(?:[ ,&/e]{1,3}(?:and[ ])?#?[0-9]{1,2}\b){1,4})[ ]{1,3}filled\b"
    r"|\bfilled[ ]{1,3}(?:the[ ]{1,3})?(?:entry|entries|order|orders|position|long|short)\b"
    # "✅ 已成交：TIA 多单 5.85 …，止损 5.52、止盈 6.30 已挂好" ("filled: TIA LONG 5.85 …, SL 5.52, Target 6.30 already
    # placed"): a fill heading its pair and side; a running trade's orders set.
    r"|\bfilled[ ]{0,2}:[ ]{0,2}[#$]?[A-Z][A-Z0-9]{1,14}(?:/?USDT)?[ ]{1,3}(?:entry|order|position|long|short)\b"
    r"|\b(?:sl|stop[ -]?loss|stop|tp|targets?|take[ -]?profits?)\b[^\n]{0,40}?\balready[ ]placed\b",
    re.I,
)
# "Profit: 81%", "+45% profit", "ROI +120%": a results post. "Take profit: 5%" is a target.
# "74% hit TP1", "80% of our calls hit TP2", "9/10 signals hit TP1": the share of a channel's calls
# that reached a target, right before the hit; not a signed gain ("+74% hit TP1" reports one trade).
_SHARE_BEFORE_HIT = re.compile(
    r"(?:(?<![+0-9.,])[0-9]{1,3}(?:[.,][0-9])?[ ]?%|\b[0-9]{1,3}[ ]?/[ ]?[0-9]{1,3})"
    r"[ ]{0,3}(?:[^\W\d_]+[ ]{1,3}){0,3}$"
)
_RESULT = re.compile(
    # Not "Ambil profit 40% di TP1", "profit 40% en TP1": a share taken at a named target (any short "at") is a rule.
    r"(?<!take )(?<!take-)\b(?:profit|pnl|roi|result|gain)s?\b[ :=]{0,3}\+?[0-9][0-9.,]{0,8}[ ]?%(?![ ]{0,3}(?:[^\W\d_]{1,4}[ ]{1,3}|@[ ]?)?(?:tp|target)[ ]?[0-9])"
    r"|\+[0-9][0-9.,]{0,8}[ ]?%[ ]{0,3}(?:profit|gain|roi|so[ ]far|already)\b"
    # "long from 63200 running +15%": how far an open trade has come, not a new one.
    r"|\b(?:running|up|floating)[ ]{1,3}(?:at[ ]{1,3})?\+[0-9][0-9.,]{0,8}[ ]?%",
    re.I,
)


def is_cancel(text: str) -> bool:
    """A cancellation said for now. "If the daily closes below 25.90, this setup is cancelled"
    ("Kalau harga close harian di bawah 25,90, skenario ini batal") is the plan's invalidation: its
    condition names a price. "If you have not entered yet, cancel" cancels the running order."""
    return any(
        not _on_price_condition(_sentence_before(text, m.start())) and not _CHART_BEFORE.search(text, 0, m.start())
        for m in _CANCEL.finditer(text)
    )


# "Reason: Above prior swing high; 1m bearish structure invalidated": a chart's reading invalidated, the
# stop's reason, is no trade cancelled.
_CHART_BEFORE = re.compile(r"\b(?:structure|pattern|trend|bias|thesis|breakout|breakdown|support|resistance)[ ]{1,3}$", re.I)


def _on_price_condition(sentence: str) -> bool:
    return CONDITIONAL.search(sentence) is not None and re.search(r"[0-9]", sentence) is not None


def _sentence_before(text: str, position: int) -> str:
    """The sentence up to ``position``; a point inside a price ("25.90") ends none."""
    line = text[text.rfind("\n", 0, position) + 1: position]
    return re.split(r"[.!?](?![0-9])", line)[-1]




def is_report(text: str) -> bool:
    """A notification or results post about a trade already open: a target or the stop hit, an
    entry filled, a profit figure. Even when it repeats the signal's prices it opens nothing."""
    if _ENTRY_FILLED.search(text) or _RESULT.search(text):
        return True
    # "If SL hit, flip long above 2.3720": a stop hit after "if" in its sentence is a contingency of the plan.
    # Not "after" or "when", with which a report tells its story ("after the fakeout SL hit").
    if any(not _CONTINGENCY.search(_sentence_before(text, hit.start())) for hit in _SL_HIT.finditer(text)):
        return True
    match = _TP_HIT.search(text)
    if match is not None and _SHARE_BEFORE_HIT.search(text, 0, match.start()):
        match = None  # "Last 30 days: 41 calls, 74% hit TP1": a channel's track record, no trade's news
    return match is not None and not CONDITIONAL.search(sentence_around(text, match.start()))


def parse(text: str, symbol: str | None, decimal_comma: bool, hit_index: int | None = None) -> ParsedUpdate | None:
    """The action a message asks for (``read``), with how sure the reading is: a low-certainty
    update should wait for a person, as a low-certainty signal does."""
    update = read(text, symbol, decimal_comma, hit_index)
    if update is None:
        return None
    close, move = close_instruction(text, None), _move_stop(text, None, decimal_comma)
    said_at = min((action[0] for action in (close, move) if action), default=0)
    if update.symbol is None and (close or move or update.kind == "cancel"):  # "close #NOT fully": the tag in its clause is its trade
        update = replace(update, symbol=update_tags.tagged_base(text, said_at if close or move else _CANCEL.search(text).start()))
    elif close or move:  # "short em #DOGE: fechem METADE …, o BTC deu uma puxada": the tagged trade, not the reason's coin
        update = replace(update, symbol=update_tags.addressed_pair(text, said_at, update.symbol))
    instruction = text[text.rfind("\n", 0, said_at) + 1:]  # from the instruction's line on
    conflict = _conflict(text, close, move, decimal_comma)
    doubts = certainty.update_reasons(instruction, update, named_pairs(text), conflict, decimal_comma)
    return replace(update, certainty="low", certainty_reasons=doubts) if doubts else update


def _conflict(text: str, close: tuple | None, move: tuple | None, decimal_comma: bool) -> str | None:
    """Two instructions that cannot both be meant: a cancel beside a close or stop move, a full close
    beside a stop move, two different new stops."""
    if is_cancel(text) and (close or move):
        return "The message cancels the trade and also asks to change it."
    if close and move and close[1].fraction == 1:
        return "The message closes the whole trade and also moves its stop."
    stops = {_new_stop(text, match, decimal_comma) for match in _MOVE_STOP.finditer(text)} - {None}
    if len(stops) > 1:
        return f"The message names {len(stops)} different new stops."
    return None


def read(text: str, symbol: str | None, decimal_comma: bool, hit_index: int | None = None) -> ParsedUpdate | None:
    """The action a message asks for: cancel first, then the earlier of close / move stop (the
    other one, when the message asks for both, in ``also``), then a target hit (stated, or
    ``hit_index`` from ✅ marks)."""
    if is_cancel(text):
        return ParsedUpdate(kind="cancel", symbol=symbol)
    found = (close_instruction(text, symbol), _move_stop(text, symbol, decimal_comma))
    actions = sorted((a for a in found if a), key=lambda a: a[0])
    if actions:
        first, *rest = (action for _, action in actions)
        also = tuple(action for action in rest if _follow_up(action))
        return replace(first, also=also) if also else first
    match = _TP_HIT.search(text)
    if match and CONDITIONAL.search(sentence_around(text, match.start())):
        match = None  # "Close second trade when first tp hit": an instruction for later
    if hit_index is None and not match:
        return None
    if len(_reported_pairs(text)) > 1:
        return None  # "SOL TP3 ✅ … AVAX TP2 ✅": a results post about several trades, no news for one
    if english_pattern("promo").search(text):
        return None  # "VIP 50% OFF … 41 hit TP ✅ … Join now": an advert's past results, no news for a trade
    if not hit_index and match:
        hit_index = _hit_number(match)
    return ParsedUpdate(kind="tp_hit", symbol=symbol, target_index=hit_index or None)


def _hit_number(match: re.Match) -> int | None:
    said = next((match.group(name) for name in ("before", "num", "ord", "after", "ord_before") if match.group(name)), None)
    if not said:
        return None
    if said.lower() in ORDINALS:
        return ORDINALS.index(said.lower()) + 1
    return int(re.match(r"[0-9]+", said).group())  # "2.", "2nd"


def named_pairs(text: str) -> set[str]:
    """The pairs a message names for sure: explicit pairs, tags, and listed tickers in capitals on a
    side line ("move SL to entry" says move, not MOVE)."""
    return _sure_pairs(text, find_mentions(text))


def _reported_pairs(text: str) -> set[str]:
    """The pairs of the lines that report an outcome ("SOL TP3 ✅ +45%", "ARB SL ❌", "LTC short 128,2 → 117,4 ✅")."""
    pairs: set[str] = set()
    for line in text.split("\n"):
        if _TP_HIT.search(line) or _SL_HIT.search(line) or "❌" in line or TICK.search(line):
            pairs |= _sure_pairs(line, [*find_mentions(line), *bare_tickers(line)])
    return pairs


def _sure_pairs(text: str, mentions: list[SymbolMention]) -> set[str]:
    """Explicit pairs and tags, and listed tickers written as tickers ("#SOL", "SOL"), not as words."""
    return {m.symbol for m in mentions if m.strength == 0 or (m.strength == 1 and (text[m.start] in "#$" or text[m.start:m.end].isupper()))}


def _follow_up(action: ParsedUpdate) -> bool:
    """A second action in one message ("Close half and move SL to entry") is taken when it is a
    stop move or a stated partial close. A full close is never a follow-up: "move SL to entry and
    secure profits" must not close everything on the strength of a phrase read second."""
    if action.kind == "move_stop":
        return True
    return action.kind == "close" and action.fraction is not None and action.fraction < 1


def close_instruction(text: str, symbol: str | None) -> tuple[int, ParsedUpdate] | None:
    """"Close #BTC/USDT", "Close all trades", "close half", "Close 25% …", "secure half",
    "Exit trade", "Stop DOGEUSDT"; None for conditional orders ("Close … when first tp hit")."""
    first_line = text.strip().split("\n")[0]
    stop = _STOP_SYMBOL.match(first_line)
    if stop and stop.group(1).upper() not in NOT_TICKERS:
        return 0, ParsedUpdate(kind="close", symbol=symbol or normalize(f"{stop.group(1)}"), fraction=Decimal(1))
    match = _CLOSE.search(text) or stop_wordings.take_off(text) or out_of_trade.said_out(text) or cut_trades.cut(text)  # "we're out of the whole position", "cut it here"
    if not match or CONDITIONAL.search(sentence_around(text, match.start())):
        return None
    after = text[match.end(): match.end() + 30].split("\n")[0]
    fraction = _fraction(match.group() + after)
    if fraction == 1:  # verb-last languages say the share before the verb: "#SOL half close"
        fraction = _fraction(sentence_around(text, match.start()))
    return match.start(), ParsedUpdate(kind="close", symbol=symbol or _word_symbol(after), fraction=fraction)


# "close LINK now, profit 8%", "lucro de 15%": what the trade made, not the share to close.
_PROFIT_BEFORE = re.compile(r"(?<!take )(?<!takes )(?<!taking )\b(?:profit|pnl|roi|gain|loss)\b[^0-9\n]{0,6}$", re.I)  # not "take profit on 50%"


def _fraction(phrase: str) -> Decimal | None:
    """"half" → 0.5, "25%" → 0.25, "some" / "partial" → None (unstated), otherwise all (1).
    A signed ("+12%", "-7%") or profit percentage is a result, not a share."""
    if re.search(r"\bhalf\b", phrase, re.I):
        return Decimal("0.5")
    if (slashed := close_shares.slashed_share(phrase)) is not None:  # "close 1/2", "1/3'ünü kapat"
        return slashed
    for start, percent in close_shares.shares(phrase):  # "25%", Turkish "%25'ini"
        if _PROFIT_BEFORE.search(phrase[:start]):
            continue
        if 0 < percent <= 100:
            return percent / 100
        break
    if re.search(r"\b(?:all|everything|whole|entire|fully)\b", phrase, re.I):  # "chốt toàn bộ lệnh" → "close all parts"
        return Decimal(1)
    if re.search(r"\b(?:some|partial(?:ly)?|parts?)\b", phrase, re.I):  # "chốt 1 phần": close a part
        return None
    return Decimal(1)


def _move_stop(text: str, symbol: str | None, decimal_comma: bool) -> tuple[int, ParsedUpdate] | None:
    """"Move SL to entry", "set BE", "stops moved to entries" (to_entry); "SL to 2450" (price).

    What follows the verb decides: the first entry word or price; "Move SL to TP1" names neither
    (the price is in another message) and is None.
    """
    match = _MOVE_STOP.search(text) or stop_wordings.stop_move(text)
    if not match or CONDITIONAL.search(sentence_around(text, match.start())):
        return None
    if re.search(r"\b(?:hit|touched)[ ]{1,3}(?:the[ ]{1,3}|our[ ]{1,3}|its[ ]{1,3})?$", text[: match.start()], re.I):
        return None  # "short hit SL at 3495" reports where the stop was hit; it moves nothing
    at = action_order.said_at(match)  # "update: close 50% … and set stop": the move is said at "set"
    if _TO_ENTRY.search(match.group()):  # "set BE"
        return at, ParsedUpdate(kind="move_stop", symbol=symbol, to_entry=True)
    where = _new_stop(text, match, decimal_comma)
    if where == "entry":
        return at, ParsedUpdate(kind="move_stop", symbol=symbol, to_entry=True)
    if where:
        return at, ParsedUpdate(kind="move_stop", symbol=symbol, price=where)
    return None


def _new_stop(text: str, match: re.Match, decimal_comma: bool) -> Decimal | str | None:
    """What a stop-move phrase moves the stop to: a price, "entry", or None (it does not say)."""
    after = stop_subject.without_subject(stop_directions.without_direction(text[match.end(): match.end() + 40].split("\n")[0]))  # "SL ETH short to 3260", "SL up to 3455"
    named = named_target_stops.price_of_named_target(after, decimal_comma, match.group())  # "SL lên TP1 (3390)": the target's price
    if named:
        return named
    for token in TOKEN_PATTERNS[decimal_comma].finditer(after):
        if token.lastgroup == "num":
            return to_decimal(token.group(), decimal_comma) or None
        if token.lastgroup == "word" and _TO_ENTRY.fullmatch(token.group()):
            return "entry"
        if token.lastgroup == "word" and token.group().lower() not in _MOVE_FILLER:
            return None
    return None


def sentence_around(text: str, position: int) -> str:
    """The sentence (or line) around ``position``, to see whether an instruction is conditional."""
    start = max(text.rfind(".", 0, position), text.rfind("\n", 0, position), text.rfind("!", 0, position)) + 1
    ends = [i for i in (text.find(".", position), text.find("\n", position), text.find("!", position)) if i != -1]
    return text[start: min(ends) if ends else len(text)]


def _word_symbol(after: str) -> str | None:
    """The ticker right after a close verb, any case: "Close algo", "Closing eth at entry"."""
    match = re.match(r"\W{0,3}([A-Za-z][A-Za-z0-9]{1,9})\b", after)
    if match and match.group(1).upper() not in NOT_TICKERS:
        return normalize(f"{match.group(1)}/USDT")
    return None
