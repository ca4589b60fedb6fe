"""The rules the 33rd blind set showed missing, each tried on wordings that set does not contain: a
question whether an earlier call still holds ("… still valid?", ``STILL_VALID`` rows in every table),
asked before the prices, makes them the old call's; a trader telling of his own position who asks what to
do with it after its prices ("I'm long SOL 148 … should I hold") gives no call, question mark or not; a
multiple in a sentence of its own beside a refused leverage ("did 3x last cycle. no lev") is a gain;
"T1 - 9.60" labels target 1; a listed base that is an everyday word, tagged in capitals beside its side
("BUY #NOT"), names the pair; Chinese "成本" (cost) beside a stop moved after a target is break-even.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import plan_of, prices, signal_read


@pytest.mark.parametrize(
    "text",
    [
        "min, yg sinyal ATOM kemarin masih valid ga? entry 8.1 sl 7.75, aku baru mau masuk skrg 🙏",
        "Galera, alguém sabe se o sinal do DOGE de ontem ainda vale? entrada 0,158 alvo 0,170 stop 0,151.",
        "guys, is yesterday's AVAX call still valid? entry 31.2 sl 29.8 tp 34",
        "¿La señal de LINK de ayer sigue vigente? entrada 14,2 stop 13,6 objetivo 15,8",
        "Ребят, вчерашний сигнал по SOL ещё актуален? вход 148, стоп 142, тейк 160",
        "دیروز سیگنال BNB هنوز معتبره؟ ورود 590 استاپ 575 هدف 620",
    ],
)
def test_a_question_whether_an_earlier_call_still_holds_opens_no_trade(text):
    assert not isinstance(parse_message(text), ParsedSignal)


def test_a_call_that_never_asks_about_validity_still_reads():
    assert plan_of(signal_read("AVAX long\nentry 31.2\nsl 29.8\ntp 34")) == (
        "AVAX/USDT", "long", prices("31.2"), Decimal("29.8"), prices("34"), None,
    )


@pytest.mark.parametrize(
    "text",
    [
        "ae ơi con SOL mình đang long 148 sl 142 tp 160, có nên gồng qua tối nay ko 😭 tin CPI 20h30",
        "I'm long ETH from 3200 sl 3100 tp 3400, should I hold through FOMC tonight",
        "mình đang short BTC 67000 sl 68000 tp 64000, có nên chốt sớm ko",
    ],
)
def test_a_trader_asking_about_his_own_open_position_opens_no_trade(text):
    assert not isinstance(parse_message(text), ParsedSignal)


@pytest.mark.parametrize(
    "text",
    [
        "ETH long. entry 3,212-3,180, sl 3,095\ntp 3,290 3,360 3,480\nthis chart did 3x last cycle lol. no lev, spot only",
        "SOL buy 150, sl 140, tp 170\nit did 5x in 2021. no leverage",
        "BTC long 65000 sl 64000 tp 68000\ncould 2x from here. không dùng đòn bẩy",
    ],
)
def test_a_multiple_beside_a_refused_leverage_is_no_leverage(text):
    assert signal_read(text).leverage is None


def test_a_leverage_named_in_its_own_sentence_beside_a_refusal_is_kept():
    assert signal_read("SOL long 150, sl 140, tp 170. Lev 10x. No lev for newbies").leverage == 10


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("$TIA buy at CMP 🟢\nSL - 8.45\nT1 - 9.60\nT2 - 10.20\nT3 - 11.50\nLeverage 5x max", prices("9.60", "10.20", "11.50")),
        ("#AVAX short now\nSL - 38.2\nT1 - 34.5\nT2 - 33", prices("34.5", "33")),
        ("NEAR/USDT long 5.10\nstop - 4.80\nT1 -5.40\nT2 -5.75", prices("5.40", "5.75")),
        ("ETH шорт по рынку\nSL - 3420\nT1 - 3300\nT2 - 3250", prices("3300", "3250")),
    ],
)
def test_t_and_its_number_before_a_dash_labels_a_target(text, targets):
    assert signal_read(text).take_profits == targets


@pytest.mark.parametrize(
    ("text", "symbol", "side"),
    [
        ("خرید اسپات #NOT\nمحدوده خرید: ۰٫۰۱۵۲ - ۰٫۰۱۴۸\nاهداف: ۰٫۰۱۶۵ / ۰٫۰۱۸۰\nاستاپ: ۰٫۰۱۳۹", "NOT/USDT", "long"),
        ("#HIGH SHORT\nEntry: 1.52\nTP: 1.40 / 1.32\nSL: 1.60", "HIGH/USDT", "short"),
        ("Compra #NOT\nEntrada: 0,0150\nAlvos: 0,0165 / 0,018\nStop: 0,0139", "NOT/USDT", "long"),
    ],
)
def test_an_everyday_word_base_tagged_beside_its_side_names_the_pair(text, symbol, side):
    parsed = signal_read(text)
    assert (parsed.symbol, parsed.side) == (symbol, side)


def test_an_everyday_word_tag_without_a_side_names_no_pair():
    assert signal_read("#NOT financial advice, BTC long 65000 sl 64000 tp 68000").symbol == "BTC/USDT"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("$LINK 現貨合約都能做\n多 @ 14.35 以下接\nTP1: 15.1\nTP2: 15.9\nSL: 13.62\nTP1到了之後止損拉到成本", 1),
        ("ETH 做多 3200\n止损 3100\n目标 3300 3400\nTP2到了之后止损移到成本", 2),
        ("BTC 多 64000\n止损 63000\n止盈 66000 / 68000\n到达TP1后止损上移至成本", 1),
    ],
)
def test_a_stop_moved_to_cost_after_a_target_is_breakeven_after_it(text, target):
    assert signal_read(text).breakeven_after == target
