"""The rules the seventeenth blind set (``*-blind17.json``) showed missing, each tried on wordings that set
does not contain: a trader asking about a position already open ("anyone still holding …?", "кто в
шорте …?", "açtım, stop … mu kalsın?") or telling of his own without a whole plan is no call, nor is a
post saying a trade is still active ("abhi bhi active hai"); "Фиксация" labels targets, "alav 10" is a
leverage, and a condition opening its own line ("بتجاوز 0.952", "if it breaks 0.952") gives the entry.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, ParsedUpdate, parse_message
from tests.helpers import plan_of, prices, signal_read


@pytest.mark.parametrize(
    "text",
    [
        "Who else is in the SOL long from 142? SL 136 ok or too tight? thinking TP 150, 10x",
        "Кто ещё держит лонг по SOL от 142? Стоп 136 не убрали? Цель 150, плечо 10",
        "Arkadaşlar AVAX 36,2'den short açtım, stop 37,5 doğru mu? Hedef 34, 10x",
        "SOL 142'den long girilir mi? stop 136, hedef 150",
        "Alguém ainda segurando o long de SOL em 142? Stop 136 tá longe, subo pra 139?",
        "Mình đã vào BTC long 65000, SL 63000 có ổn không ae?",
        "我昨天65000开了多单，止损63000要不要上移？",
        "Ada yang masih hold ETH long dari 3200? SL 3100 aman gak?",
        "مين داخل لونج ETH من 3200؟ الوقف 3100 بعيد؟ الهدف 3400",
        "Maine SOL 142 pe long liya hai, SL 136 theek hai kya? target 150",
    ],
)
def test_it_reads_a_question_about_a_position_already_open_as_no_call(text):
    assert parse_message(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "I opened ETH long at 3200 with SL 3100, 10x",
        "Открыл шорт по AVAX от 36,2, стоп 37,5, плечо 10",
        "BNB 612'den long girdim, stop 598",
    ],
)
def test_it_reads_a_trader_telling_of_his_own_position_without_targets_as_no_call(text):
    assert not isinstance(parse_message(text), ParsedSignal)


def test_it_keeps_a_call_told_in_the_first_person_when_it_lays_out_a_whole_plan():
    parsed = signal_read("Entrei vendido em AVAX a 36,2, stop 37,5, alvos 34,8 e 33,9, alav 10")
    assert plan_of(parsed) == ("AVAX/USDT", "short", prices("36.2"), Decimal("37.5"), prices("34.8", "33.9"), 10)


def test_it_keeps_a_call_that_asks_who_is_in_before_its_prices():
    parsed = signal_read("Who's in? 🚀\nBTC LONG\nEntry 65000\nTP 67000 / 69000\nSL 63000")
    assert plan_of(parsed) == ("BTC/USDT", "long", prices("65000"), Decimal("63000"), prices("67000", "69000"), None)


def test_it_keeps_a_call_whose_chart_words_say_a_level_is_holding():
    parsed = signal_read("BTC ещё держит 65000, лонг от 65200, стоп 64500")
    assert plan_of(parsed) == ("BTC/USDT", "long", prices("65200"), Decimal("64500"), [], None)


@pytest.mark.parametrize(
    "text",
    [
        "SOL long masih aktif ya, entry 142 SL 136 TP 150",
        "ETH long still open from 3200, SL 3100, TP 3400",
        "BTC лонг от 65000 всё ещё активна, стоп 63500, цель 68000",
        "AVAX short hala aktif, giriş 36,2 stop 37,5 hedef 34",
        "LINK long abhi bhi chal raha hai, entry 14.2, SL 13.6, target 15.5",
    ],
)
def test_it_reads_a_post_that_a_trade_is_still_active_as_no_new_trade(text):
    assert not isinstance(parse_message(text), ParsedSignal)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ETH лонг 3200, стоп 3100. Фиксы: 3300 / 3400 / 3550, плечо 10",
            ("ETH/USDT", "long", prices("3200"), Decimal("3100"), prices("3300", "3400", "3550"), 10),
        ),
        (
            "#SOL шорт\nВход: 152–154\nТочки фиксации: 147 | 142\nСтоп: 158",
            ("SOL/USDT", "short", prices("152", "154"), Decimal("158"), prices("147", "142"), None),
        ),
    ],
)
def test_it_reads_a_russian_profit_taking_label_as_the_targets(text, expected):
    assert plan_of(signal_read(text)) == expected


def test_it_reads_a_russian_partial_fixing_as_a_close_not_targets():
    parsed = parse_message("Частичная фиксация 50% по ETH")
    assert isinstance(parsed, ParsedUpdate) and (parsed.kind, parsed.fraction) == ("close", Decimal("0.5"))


@pytest.mark.parametrize(
    ("text", "leverage"),
    [
        ("SOL compra 142,5 alvos 150 / 158 stop 136 alavanc. 5x", 5),
        ("SOL largo 142,5 objetivos 150 / 158 stop 136 apal. 5", 5),
        ("long ada 0,612 stop 0,588 alvo 0,65 alav 20", 20),
    ],
)
def test_it_reads_an_abbreviated_leverage_word(text, leverage):
    assert signal_read(text).leverage == leverage


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "#SUI\nعند اختراق 1.92\nالأهداف: 2.05 - 2.18\nوقف الخسارة: 1.84",
            ("SUI/USDT", "long", prices("1.92"), Decimal("1.84"), prices("2.05", "2.18"), None),
        ),
        (
            "#ARB\nبا عبور از 0.952 خرید\nتارگت: 0.99 - 1.04\nحد ضرر: 0.905",
            ("ARB/USDT", "long", prices("0.952"), Decimal("0.905"), prices("0.99", "1.04"), None),
        ),
        (
            "ETH بكسر 3180\nأهداف: 3100 | 3020\nوقف: 3260",
            ("ETH/USDT", "short", prices("3180"), Decimal("3260"), prices("3100", "3020"), None),
        ),
        (
            "OP\nIf it loses 1.52 on the 4H\nSL 1.61\nTP 1.44 / 1.38",
            ("OP/USDT", "short", prices("1.52"), Decimal("1.61"), prices("1.44", "1.38"), None),
        ),
    ],
)
def test_it_reads_a_condition_on_its_own_line_as_the_entry_when_no_side_is_written(text, expected):
    assert plan_of(signal_read(text)) == expected


def test_it_reads_a_report_that_a_target_was_crossed_as_no_trade():
    assert not isinstance(parse_message("ARB تجاوز الهدف الأول 0.99 ✅"), ParsedSignal)
