"""The Telegram trading-signal parser: ``parse_message(text)`` → ParsedSignal | ParsedUpdate | None.

Pure Python, no Django models. The stages:
1. ``text.clean`` — one spelling for dashes, "×", invisible characters, markdown; quoted lines,
   links and @handles dropped; labels that lost their newline ("2.04Targets") split again.
2. A ticked target ("2600✅") or entry ("Entry: 2500 ✅"), a cancellation or a report ("TP2 reached", "SL hit", "Entered
   entry zone") makes it an update or nothing, never a new trade: a copy-trader must not open the
   same position twice.
3. An instruction for a running trade said for now is an update too, whatever side or prices it
   names: a stop change ("BTC LONG: move SL to 66800") that is not a whole plan's break-even rule
   ("TP1 hit → SL to entry" under entries, a stop and targets), or a partial close ("close 50%") in
   a message that is not a whole plan with a stop and targets. A rule for later ("move SL to entry
   after TP1", "close 50% at TP1") stays part of a signal.
4. ``signal.build`` — pair, side, entries, stop, targets, leverage and margin from the sections.
5. Otherwise ``updates.parse`` — close / move stop / target hit; anything else is None.
6. With the market's price at hand, a signal read a thousand times off it by its number style is
   read the other way (``market_hint``); without it, only one read below its coin's long-standing
   floor ("BTC 106.900" as 106.9) is.
"""
from __future__ import annotations

import logging
import re
from decimal import Decimal

from signals.guard import DEFAULT_MAX_ENTRY_DEVIATION

from . import (
    alternatives, asides, changes_now, opening_now, closed_trades, desk_posts, examples, hints, hit_headers, hoped_trades, market_hint, musings, pending_hits, plan_blocks, polls, questions, recaps,
    past_titles, replacements, rest_kept, restatements, reviews, rule_hits, running_trades, still_held, tag_asks, unsure_asks,
    signal, talk, ticker_cards, ticks, updates,
)
from .market_hint import MarketPrice
from .results import ParsedSignal, ParsedUpdate, Reason
from .called_pair import choose_called, lone_undeclined
from .picked_coin import with_picked_ticker
from .symbols import SymbolMention, bare_tickers, choose, find_mentions
from .text import clean
from .tokens import uses_decimal_comma
from .word_base_sides import without_coin_name
from .vocabulary import english_pattern

__all__ = ["MarketPrice", "ParsedSignal", "ParsedUpdate", "Reason", "parse_message"]

logger = logging.getLogger(__name__)

# Emoji and spaces after a message's last word or mark ("hold or close? 🤔").
_TRAILING_SYMBOLS = re.compile(r"[\s\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]+$")

# Telegram caps a message at 4,096 characters; far longer input is not a message from a channel.
MAX_CHARS = 20_000


def parse_message(
    text: str, *, market_price: MarketPrice | None = None, max_deviation: Decimal = DEFAULT_MAX_ENTRY_DEVIATION
) -> ParsedSignal | ParsedUpdate | None:
    """Never raises: a bug on some odd input is logged and the message is treated as chatter.

    ``market_price`` looks a pair's current price up (None when it cannot). Given, a signal whose
    prices are a thousand times off the market, where the other reading of "2.385" or "90,000"
    lies within ``max_deviation`` of it, is read the other way (``market_hint``). Without it, only
    a price below a coin's long-standing floor ("BTC 106.900" as 106.9) is read the other way.
    """
    if not isinstance(text, str) or len(text) > MAX_CHARS:
        return None
    try:
        parsed = parse_unguarded(text)
        if isinstance(parsed, ParsedSignal):
            parsed = (
                market_hint.reread(parsed, text, market_price, max_deviation) if market_price is not None
                else market_hint.reread_below_floor(parsed, text)
            )
        return parsed
    except Exception:  # a copy-trader must keep listening; the log keeps the bug visible
        logger.exception("The signal parser failed on a message of %d characters", len(text))
        return None


def parse_unguarded(text: str) -> ParsedSignal | ParsedUpdate | None:
    """``parse_message`` without its safety net, for tests that must see any exception."""
    # "Cenário A – VENDA … / Cenário B – COMPRA …", "激进：…短多 / 稳健：…做空": plans on opposite sides offered
    # as alternatives leave the reader the choice; neither is the post's call, nor a block of it.
    if alternatives.offers_alternatives(text):
        return None
    # "📊 ENQUETE … 🅰️ Long em 64.200 … 🅱️ Short em 65.000 … Votem aí": the readers choose; the plan posted after the vote is the call.
    if polls.is_poll(text):
        return None
    return replacements.call_after_cancel(text, _prefer_lone_call(text, _read_whole(text)), parse_unguarded)


def _prefer_lone_call(raw: str, whole: ParsedSignal | ParsedUpdate | None) -> ParsedSignal | ParsedUpdate | None:
    """"📬 WEEKLY DIGEST | Last week: ETH hit TP2 ✅ … | $LINK — LONG / Entry … / Stop … / Targets …": a
    newsletter's one labelled plan block is its call (``plan_blocks``), whatever the recap around it
    reports or the market notes price. A whole reading with the block's own prices is kept: it may
    hold more (a break-even rule, a leverage line below the plan)."""
    block = plan_blocks.lone_call(raw)
    alone = parse_unguarded(block) if block is not None else None
    if not isinstance(alone, ParsedSignal) or alone.stop_loss is None or not alone.take_profits:
        return whole
    if isinstance(whole, ParsedSignal) and _same_plan(whole, alone):
        return whole
    return plan_blocks.with_rules(alone, raw)


def _same_plan(one: ParsedSignal, other: ParsedSignal) -> bool:
    return (one.symbol, one.side, one.entry, one.stop_loss, one.take_profits) == (
        other.symbol, other.side, other.entry, other.stop_loss, other.take_profits
    )


def _read_whole(text: str) -> ParsedSignal | ParsedUpdate | None:
    # "long se romper 18,40 ✅" ticks no fill; "4.10, matlab 4.10-4.18 zone" restates the entry as its range.
    # "target 7.80 kemaren belum kena": a target not hit yet is no report (``pending_hits``).
    raw, text = text, restatements.widen(running_trades.untick_condition(clean(pending_hits.without_pending(text))))
    # "… TP 8% | Приклад розрахунку: (SL 2 x Leverage 20 …)", "SL: Place the stop … for example: 125,126.00."
    text = examples.example_prices_on_labels(examples.before_worked_example(reviews.without_reviews(ticker_cards.without_ticker_card(text))))
    # "call do #INJ cancelada ❌ … não entra mais, beleza?": a cancel's tag question asks nothing (``tag_asks``).
    asks = _is_question(text) and not asides.only_invites(raw) and not (tag_asks.ends_on_tag(raw) and (updates.is_cancel(text) or opening_now.opens_now(raw)))
    if not text.strip() or asks or asides.is_news(text):
        return None
    # "pensei em comprar … mas tô com medo": a trade the writer thought of, no call; "udh masuk … semoga tp tembus":
    # one he holds and hopes for.
    if (asides.asks(text) or asides.asks_after_prices(raw) or asides.recalls_call(raw, text) or musings.muses(raw)
            or hoped_trades.hopes_for_own_trade(raw)):
        return None
    # "is 20x at 3200 too much?", "问一下 … 3300 … 合适吗？", "«#AAVEUSDT شراء دخول 92.5 …» هل ما زالت صالحة؟"
    if questions.asks_about_prices(raw) or questions.asks_about_quoted(raw) or questions.asks_for_opinion(raw):
        return None
    if unsure_asks.asks_unsure(raw):  # "long from 142.5 or wait for 135?", "anyone think SEI is a steal?? … idk man"
        return None
    if questions.asks_if_still_valid(raw) or asides.asks_about_own_trade(raw, text):
        return None  # "yesterday's DOGE signal still valid? entry 0.158 …", "I'm long SOL 148 … should I hold"
    # "#LINK TP2 hit ✅ | #AVAX move SL to entry | 🆕 NEW CALL | #INJ/USDT LONG …": the updates are for
    # other coins, the call after the header is the message's news.
    new_call = _new_call(raw)
    if new_call is not None:
        return new_call
    ending = _breakeven_ending(raw, text)
    rule_ends_plan = ending == "rule"
    decimal_comma = uses_decimal_comma(text)
    mentions = find_mentions(text) or lone_undeclined(text, bare_tickers(text))
    mentions = with_picked_ticker(text, mentions)  # "… 今天重点就一个:SOL" over its plan: the bare ticker is the call
    symbol = choose_called(text, mentions)
    # "… Mover SL a entrada tras TP1 ✅": the tick closing a plan's break-even rule approves the rule
    # (``_reports_done``); it ticks no target of the plan.
    unticked = _CLOSING_TICK.sub("", text) if rule_ends_plan else text
    checked = ticks.checked_prices(unticked, decimal_comma)
    report = (updates.is_report(text) or running_trades.reports(text) or ending == "done") and not rule_ends_plan
    # "… Bateu o alvo 1, sobe o stop pro preço de entrada. Alavancagem 5x …": a target's hit inside a plan's
    # break-even rule, in words that do not say it already happened, reports nothing (``rule_hits``).
    if report and ending is None and not _DONE.search(rule_hits.without_each_hits(raw)) and not running_trades.reports(text):
        report = updates.is_report(rule_hits.without_breakeven_rules(text))
    ticked = checked or ticks.has_ticked_entry(unticked) or ticks.ticks_target_number(unticked)
    if ticked or updates.is_cancel(text) or report or _is_status(text):
        if asides.heads_recap(text):
            return None  # "Итоги недели 📊 | #DOT шорт — ✅ все 3 цели | …": past trades, no news for one
        hit_index = _hit_index(text, symbol, mentions, checked, decimal_comma)
        update = updates.parse(text, symbol or choose(bare_tickers(text)), decimal_comma, hit_index)
        # "Dünkü #OP işlemi ✅✅ … hedefleri geldi", "📊 Daily wrap | SOL long … TP2 hit ✅": a post titled as a recap reports
        # past trades (``past_titles``); only a stop it moves now ("Kèo hôm qua … dời SL về entry") is news for holders,
        # not a trade's state in its line ("AVAX long … → TP1 ✅ running, SL at entry").
        moved_now = isinstance(update, ParsedUpdate) and update.kind == "move_stop" and changes_now.moves_stop_now(text)
        if past_titles.titled(raw) and not moved_now:
            return None
        return update
    if symbol:
        parsed = signal.build(text, symbol, mentions, decimal_comma)
        # "Take 50% profit at 69000" in a whole plan (a stop and targets) is its allocation;
        # "BTCUSDT long - close 50% at 68000" or "close LONG at 64500" alone is a close of the running trade.
        # So is a stop move to entry after a target ("TP1 hit → SL to entry") under a plan with entries,
        # targets and a stop: its break-even rule. "BTC LONG: move SL to 66800", or "Update: move stop
        # to 66800" under a repeated plan, moves the stop of a running trade.
        whole_plan = parsed is not None and parsed.stop_loss is not None and bool(parsed.take_profits)
        opens = bool(parsed and parsed.entry) or (rule_ends_plan and english_pattern("market").search(text) is not None)
        breakeven_rule = whole_plan and opens and parsed.breakeven_after is not None
        moves_stop = not breakeven_rule and (changes_now.moves_stop_now(without_coin_name(text, symbol)) or running_trades.sets_stop_now(text))
        closes_now = changes_now.closes_part_now(text) or changes_now.closes_side_now(text)
        # "Fechem 50% da posição aqui, o resto segue com stop no 1,42": a share closed now, the rest kept with its stop (``rest_kept``).
        keeps_rest = parsed is not None and not parsed.entry and rest_kept.closes_part_keeping_rest(text)
        # "I opened WLD long at 2.184, stop 2.09": a trader telling of his own position is a call only
        # when it lays out a whole plan ("ETH short açtım 3.485 … Stop 3.560 … Hedef 3.390").
        # "我 0.512 的 ENA 多单还拿着，止损放 0.488，目标 0.58": a position still held from before is no call, whole plan or not.
        if parsed and ((not whole_plan and asides.tells_own_trade(raw)) or still_held.tells_still_held(raw)):
            parsed = None
        # "Position: Liquidated Long", "Results | Status: loss", a post titled "Weekly recap": a plan whose
        # trade is already over is no call, and its stop and targets move nothing. So is yesterday's call in an advert.
        if parsed and (closed_trades.reports_closed(raw) or recaps.titled(raw) or asides.advertises_past_call(raw, text, parsed.symbol)):
            return None
        # "🏆 MONTHLY PERFORMANCE REPORT | RNDR long @ 7.10 → TP4 10.20 (+43%) | Losers: ARB long (SL 0.7650)":
        # a results post headed as one, whose calls are told by their way to a gain, is no call.
        if parsed and asides.heads_recap(text) and _is_recap(text):
            return None
        # "Cerrad el XRP corto ahora en 2,44 … El SL de 2,63 ya da igual": a close of the side before any label
        # closes the running trade, whose old stop and targets it names after.
        if parsed and not moves_stop and not keeps_rest and not running_trades.closes_first(text) and (whole_plan or not closes_now):
            return parsed
    # "📚 Risk management 101 | Say you long ETH at 3,400 with a stop at 3,332 …": a lesson's example moves no stop.
    if _is_recap(text) or asides.heads_recap(text) or talk.is_lesson(text):
        return None
    symbol = symbol or choose(bare_tickers(text))
    # "3 tips for $ETH futures … e.g. a stop 2-3% under your entry … adjust or close before funding": advice in
    # a lesson's words names no pair to act on; its "close" is the lesson's, not an update's.
    if symbol is None and english_pattern("lesson").search(text):
        return None
    return updates.parse(text, symbol, decimal_comma)


# "TP1 hit ✅, SL moved to entry", "đã chạm TP1", "TP1 sudah kena": said of a target already reached.
# "Después del TP1 movimos el SL", "TP1 sonrası stopu zaten çektik": a stop already moved. Not Spanish "ya"
# ("already"): Indonesian closes a request with it ("geser SL ke entry ya").
_DONE = re.compile(
    # Not "the stop will be moved", "is moved after TP1": a passive said of the rule, not of a stop already moved.
    r"\b(?:hit|reached|achieved|done|smashed|booked|(?<!\bbe )(?<!\bis )(?<!\bare )(?<!\bgets )moved|already|sudah|telah|уже|já|zaten|movimos|movido|movida"
    r"|перенесли|перевели|передвинули|çektik|taşıdık|kar[ ]diya|kar[ ]diye|تم|منتقل[ ]شد|منتقل[ ]کردیم)\b|✅|✔|đã|已",
    re.I,
)
# "Al tocar TP1 mover el SL a entrada ✅", "Pehla target hit hote hi SL entry pe kar dena": in a rule
# said for later ("when", "after", "as soon as") the target's "hit" is its condition, and a tick
# closing the line approves the rule. A stop "moved", "already", or a tick inside the line reports.
_FOR_LATER = re.compile(r"\b(?:when|after|once|if)\b", re.I)
_CONDITION_HIT = re.compile(r"\b(?:hit|reached|achieved|done)\b", re.I)
_CLOSING_TICK = re.compile(r"[ ]{0,3}(?:✅|✔)[^\w\n]{0,12}$")


def _breakeven_ending(raw: str, text: str) -> str | None:
    """"rule": "… Henti rugi 4.85 / TP1 kena, alihkan SL ke harga masuk", "… Chạm TP1 dời SL về điểm vào":
    a plan's last line that moves the stop to entry at a target, in words that do not say the
    target is already reached, is the plan's break-even rule, though it names no "when". "done":
    written in English ("TP1 hit, move SL to entry"), with a tick, or saying the stop already moved
    ("Pehla target hit hote hi SL entry pe kar diya"), it reports a running trade."""
    lines = [line for line in text.split("\n") if line.strip()]
    raw_lines = [line for line in raw.split("\n") if line.strip()]
    # "👉 Tham gia nhóm VIP inbox admin": a channel's join footer after the rule is no part of the plan.
    while len(lines) > 1 and len(raw_lines) > 1 and _is_footer(lines[-1]):
        lines, raw_lines = lines[:-1], raw_lines[:-1]
    # "… dời SL về điểm vào. | ━━━━━━ | 📌 Nội quy nhóm … | 🎁 bonus 30$": a divider closes the plan;
    # the channel's rules and referral under it are no part of it, numbers or not.
    lines, raw_lines = _above_last_divider(lines), _above_last_divider(raw_lines)
    if len(lines) < 4 or not raw_lines or hints.breakeven_after(lines[-1]) is None:
        return None
    if _reports_done(raw_lines[-1], lines[-1]):
        return "done"
    return None if updates.is_report("\n".join(lines[:-1])) else "rule"


_DIVIDER = re.compile(r"[^\w\s]{3,}")


def _above_last_divider(lines: list[str]) -> list[str]:
    """The lines above the last divider ("━━━━", "➖➖➖"), when a plan's break-even rule ends them."""
    dividers = [number for number, line in enumerate(lines) if _DIVIDER.fullmatch(line.strip())]
    if dividers and dividers[-1] >= 4 and hints.breakeven_after(lines[dividers[-1] - 1]) is not None:
        return lines[: dividers[-1]]
    return lines


def _reports_done(raw_line: str, line: str) -> bool:
    """Whether a plan's last line says its target was already reached (``_DONE``), read in the
    message's own words (``raw_line``) and, for its condition, in English (``line``)."""
    if _FOR_LATER.search(line):
        raw_line = _CONDITION_HIT.sub(" ", _CLOSING_TICK.sub("", raw_line))
    # "Kalau TP1 sudah kena, geser SL ke entry ya" (if TP1 has been hit, move SL to entry): a line opening with its
    # condition says "already" of the target it waits for; only the words after the condition can report.
    if _FOR_LATER.match(line.lstrip()):
        raw_line = _CONDITION_CLAUSE.sub(" ", raw_line, count=1)
    return _DONE.search(raw_line) is not None


# A line's opening clause, up to its first comma (not a decimal one: "2,25").
_CONDITION_CLAUSE = re.compile(r"^[^,，\n]*+[,，](?![0-9])")


def _is_footer(line: str) -> bool:
    """A promo line with no number ("👉 Join our VIP, DM admin"): a footer, not an instruction."""
    return english_pattern("promo").search(line) is not None and re.search(r"[0-9]", line) is None


# "ETH long 3,210 → 3,455, closed +76% (x10)": a trade's way from its entry to its exit and the gain
# it made, as a screenshot's caption or a recap tells it; no instruction for a running trade. "RNDR long @ 7.10
# → TP4 10.20 (+43%)": the exit named by the target it reached.
_RECAP = re.compile(
    r"[0-9][ ]{0,2}(?:→|->|=>|➜|➡)[ ]{0,2}(?:(?i:tp|target)[ ]?[0-9]{0,2}[ ]{0,2}:?[ ]{0,2})?[$]?[0-9][^\n]{0,80}?[+][ ]?[0-9]{1,4}(?:[.,][0-9]{1,2})?[ ]?%"
)


def _is_recap(text: str) -> bool:
    """A past trade's entry → exit and signed gain, with no stop move asked: a result, not an update."""
    return _RECAP.search(text) is not None and not changes_now.moves_stop_now(text)


def _new_call(raw: str) -> ParsedSignal | None:
    """The signal after a desk post's new-call header, or after its list of other coins' results
    (``desk_posts``), when it is a whole one: a stop and targets. Otherwise the message is read whole."""
    for section in (desk_posts.after_header(raw), desk_posts.after_results(raw)):
        parsed = parse_unguarded(section) if section is not None else None
        if isinstance(parsed, ParsedSignal) and parsed.stop_loss is not None and bool(parsed.take_profits):
            return parsed
    return None


def _is_status(text: str) -> bool:
    """"Active State", "Status: running": a post about a trade already open, not a new one."""
    return english_pattern("status").search(text) is not None


def _is_question(text: str) -> bool:
    """A short message ending in "?" ("؟", "？") asks; a long signal may still end with "Ready?".
    A trailing emoji ("أكمل ولا أقفل؟ 🤔") closes the question, it does not end it."""
    lines = [line for line in text.split("\n") if line.strip()]
    return bool(lines) and _TRAILING_SYMBOLS.sub("", lines[-1]).endswith(("?", "؟", "？")) and len(lines) <= 2


def _hit_index(
    text: str, symbol: str | None, mentions: list[SymbolMention], checked: list[Decimal], decimal_comma: bool
) -> int | None:
    """The highest ticked target's 1-based position; 0 when ticks exist but match no target."""
    if not checked:
        return None
    unticked = hit_headers.without_hit_numbers(text).replace("✅", " ").replace("✔", " ")  # "Target 2 hit ✅" prices nothing
    parsed = signal.build(unticked, symbol, mentions, decimal_comma) if symbol else None
    positions = [i + 1 for i, tp in enumerate(parsed.take_profits if parsed else []) if tp in checked]
    return max(positions) if positions else 0
