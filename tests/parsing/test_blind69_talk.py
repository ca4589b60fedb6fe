"""The rules the 69th and 70th blind sets showed missing (talk that is not a call), tried on wordings those sets
do not contain, with near-misses that must stay as they were:
- a poll word or a call to vote and two labelled options naming a side make a poll, no call (``polls``);
- a plan thought of ("pensei em stop 136", "думал стоп …") after an opening question is weighed (``unsure_asks``);
- "late hai kya?" closes a Hindi question, "koi bata do" pleads for an answer (``questions``);
- whether a trade is "still safe" asks as "still valid" does (``questions``);
- a target "not hit yet" ("belum kena", "ещё не взяли") reports nothing (``pending_hits``);
- a stop move in a sentence opened by "then" ("Дальше стоп в безубыток") is the plan's next step (``changes_now``).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, ParsedUpdate, parse_message


@pytest.mark.parametrize(
    "text",
    [
        "📊 POLL: what would you do with ETH today?\nA) Long at 3,200 with stop 3,120\nB) Short at 3,350 with stop 3,420\n"
        "C) Stay flat\nVote below 👇",
        "Опрос по BTC 👇\n🅰️ Лонг от 64000, стоп 63000\n🅱️ Шорт от 66000, стоп 67000",
        "📊 ANKET: BTC için ne yapalım?\n1) Long 64000, stop 63000\n2) Short 66000, stop 67000\n3) Bekle",
        "ENCUESTA ¿qué hacemos con SOL?\n1️⃣ Long en 180, stop 174\n2️⃣ Short en 195, stop 201\nVoten 👇",
        "投票：BTC 怎么做？\nA. 做多 64000 止损 63000\nB. 做空 66000 止损 67000",
        "Enquete rápida\n(a) Compra de ETH em 3200, stop 3100\n(b) Venda de ETH em 3400, stop 3500\nVotem!",
    ],
)
def test_it_reads_a_poll_over_sided_options_as_no_call(text):
    assert parse_message(text) is None


def test_it_still_reads_a_call_whose_numbered_targets_follow_a_vote_word():
    parsed = parse_message("BTC LONG\nEntry 64000\nSL 63000\nTargets:\n1) 65000\n2) 66000\nVote for the next coin in the comments!")
    assert isinstance(parsed, ParsedSignal)
    assert (parsed.side, parsed.entry, parsed.stop_loss) == ("long", [Decimal("64000")], Decimal("63000"))
    assert parsed.take_profits == [Decimal("65000"), Decimal("66000")]


def test_it_still_reads_a_numbered_ladder_without_a_poll_word():
    parsed = parse_message("ETH LONG\n1) Entry 3200\n2) Entry 3100\nSL 3000\nTP 3400")
    assert isinstance(parsed, ParsedSignal)
    assert (parsed.side, parsed.entry, parsed.stop_loss) == ("long", [Decimal("3100"), Decimal("3200")], Decimal("3000"))


@pytest.mark.parametrize(
    "text",
    [
        "alguém acha que ainda dá pra comprar ETH em 3200? pensei em stop 3100 e alvo 3400",
        "кто-нибудь брал бы ETH от 3200? думал стоп 3100 и цель 3400",
        "anyone think ETH is a buy at 3200? i was thinking stop 3100 and target 3400",
    ],
)
def test_it_reads_a_plan_thought_of_after_a_question_as_no_call(text):
    assert parse_message(text) is None


def test_it_still_reads_a_plan_told_after_a_rhetorical_question():
    parsed = parse_message("Ready? LONG ETH 3200, stop 3100, target 3400")
    assert isinstance(parsed, ParsedSignal) and parsed.entry == [Decimal("3200")]


@pytest.mark.parametrize(
    "text",
    [
        "bhai SOL 142 pe long lena theek rahega ya late hai kya? SL 136 rakhu? target 150 tak jayega kya koi bata do",
        "ETH 3200 pe short abhi sahi hai kya? SL 3300 target 3000 koi batao",
    ],
)
def test_it_reads_a_hinglish_question_with_prices_as_no_call(text):
    assert parse_message(text) is None


def test_it_still_reads_a_hinglish_call():
    parsed = parse_message("SOL long 142 pe lo, SL 136, target 150")
    assert isinstance(parsed, ParsedSignal) and parsed.stop_loss == Decimal("136")


@pytest.mark.parametrize(
    "text",
    [
        "ETH masih aman buat long ga ya? entry 3200 sl 3100",
        "is SOL still safe to long? entry 142, stop 136",
        "ETH ещё безопасно лонговать? вход 3200, стоп 3100",
    ],
)
def test_it_reads_a_question_whether_a_trade_is_still_safe_as_no_call(text):
    assert parse_message(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "DOT target 7.80 belum kena, sabar",
        "ETH TP2 not hit yet, holding",
        "ETH цель 3500 ещё не взяли",
        "SOL alvo 150 ainda não bateu",
        "BTC 目标 70000 还没到",
    ],
)
def test_it_reads_a_target_not_hit_yet_as_no_report(text):
    parsed = parse_message(text)
    assert not (isinstance(parsed, ParsedUpdate) and parsed.kind == "tp_hit")


@pytest.mark.parametrize(
    ("text", "index"),
    [("DOT TP1 sudah kena ✅", 1), ("ETH TP2 hit ✅", 2), ("ETH вторая цель взята ✅", 2)],
)
def test_it_still_reads_a_target_hit(text, index):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedUpdate) and parsed.kind == "tp_hit" and parsed.target_index == index


@pytest.mark.parametrize(
    "last",
    ["Дальше стоп в безубыток.", "Потом стоп в безубыток.", "Then move SL to breakeven.", "Depois stop no zero a zero."],
)
def test_it_reads_a_then_stop_move_under_a_plan_as_the_plan(last):
    parsed = parse_message(f"#ETH/USDT LONG\nEntry: 3200-3250\nSL: 3100\nTargets: 3300 / 3400 / 3500\nLeverage 10x\n{last}")
    assert isinstance(parsed, ParsedSignal)
    assert (parsed.entry, parsed.stop_loss, parsed.breakeven_after) == ([Decimal("3200"), Decimal("3250")], Decimal("3100"), None)


@pytest.mark.parametrize(
    "text",
    ["ETH: стоп подтягиваем на 3210, держим дальше до второй цели.", "ETH LONG: move SL to 3210"],
)
def test_it_still_reads_a_stop_moved_now(text):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedUpdate) and parsed.kind == "move_stop" and parsed.price == Decimal("3210")
