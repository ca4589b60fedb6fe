"""The rules the 27th blind set showed missing, each tried on wordings that set does not contain.

Worked examples of risk management say so ("sadece bir örnek", "打个比方", "sirf example hai, call nahi
hai") and never trade; a holder stuck in a position ("nyangkut", "atau hold?") asks, he does not call.
An added leg with a word of its own ("добор", "ekleme", "补仓", "recompra", "tambah", "التعزيز") adds
to the side's own price. And: "изолька" (isolated), Turkish "aldım 1.02 den", Chinese "空一下" and
"看X Y" targets, Persian "رو … بگیرید", "Entry zona" with Indonesian dot thousands, chat's "rn".
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import plan_of, prices, signal_read


@pytest.mark.parametrize(
    "text",
    [
        "Pozisyon hesabı örneği: 500$ kasa, BTC 96.000'den long, stop 94.000. Sadece bir örnek, sinyal değildir.",
        "打个比方：本金 500U，SOL 150 开空，止损 156，亏 2% 就是 10U。",
        "Position size samjho: capital 1000$, SOL entry 150, SL 144. Sirf example hai, call nahi hai.",
        "Worked example: 1000$ account, SOL long at 150, stop 144, 1% risk. Just an example, not a trade call.",
        "Ejemplo de gestión: cuenta de 1000$, SOL largo en 150, stop 144. Es solo un ejemplo, no es un call.",
        "Exemplo de gestão: banca de 1000$, SOL long em 150, stop 144. É só um exemplo, não é uma call.",
        "Для примера: депозит 1000$, SOL лонг от 150, стоп 144, риск 1%. Просто пример, не сигнал.",
        "Quản lý vốn: vốn 1000$, SOL long 150, SL 144, rủi ro 1%. Chỉ là ví dụ thôi nhé.",
        "Manajemen risiko: modal 1000$, SOL long di 150, SL 144. Ini cuma contoh, bukan call.",
        "إدارة المخاطر: رأس مال 1000$، شراء SOL عند 150، وقف 144. هذا مجرد مثال.",
    ],
)
def test_it_reads_a_worked_example_that_says_so_as_no_trade(text):
    assert not isinstance(parse_message(text), ParsedSignal)


@pytest.mark.parametrize(
    "text",
    [
        "bang aku nyangkut ETH di 3400, sekarang 3150, cut loss di 3050 atau hold?",
        "min kenyangkut DOGE di 0,21, sl 0,18 ato gimana",
        "Birisi söylesin, BTC aldım 98.000'den, şimdi 95.000, stop 93.000 mı koyayım?",
    ],
)
def test_it_reads_a_holder_asking_about_his_position_as_no_trade(text):
    assert not isinstance(parse_message(text), ParsedSignal)


@pytest.mark.parametrize(
    "text, entries",
    [
        ("Шорт ETH от 3450, добор 3520. Стоп 3600. Цели 3300, 3200", ("3450", "3520")),
        ("Лонг SOL с 142, докупка на 136. Стоп 130. Цели 150, 158", ("136", "142")),
        ("LINK long 14.6'dan, ek alım 14.1, stop 13.6, hedef 15.4 16.2", ("14.1", "14.6")),
        ("BNB 开空 640 | 加仓 655 | 止损 670 | 止盈 610 / 590", ("640", "655")),
        ("SOL corto desde 152, recarga en 156, SL 160, TP 144 / 138", ("152", "156")),
        ("LINK long de 14,6, recompra em 14,1, stop 13,6, alvos 15,4 / 16,2", ("14.1", "14.6")),
        ("AVAX long ở 24,5, nhồi 23,8, SL 23, TP 26 / 27,5", ("23.8", "24.5")),
        ("ADA long di 0,52, tambah di 0,49, SL 0,46, TP 0,56 / 0,60", ("0.49", "0.52")),
        ("شراء ADA 0.52 والتعزيز 0.49 وقف 0.46 الهدف 0.56", ("0.49", "0.52")),
        ("ETH long 3200 pe, avg karo 3120 pe, SL 3050, TP 3350", ("3120", "3200")),
        ("ETH लॉन्ग 3200, दूसरी एंट्री 3120, SL 3050, TP 3350", ("3120", "3200")),
    ],
)
def test_it_reads_an_added_leg_word_as_a_second_entry_after_the_sides_price(text, entries):
    assert plan_of(signal_read(text))[2] == prices(*entries)


def test_it_still_reads_an_added_leg_beside_an_entry_label_as_one_more_entry():
    parsed = signal_read("Лонг SOL\nВход: 142\nДобор: 136\nСтоп: 130\nЦели: 150, 158")
    assert plan_of(parsed)[2:4] == (prices("136", "142"), Decimal("130"))


@pytest.mark.parametrize(
    "text, plan",
    [
        ("шорт SOL с 152 стоп 158 цель 140 плечо 5 изольку", ("SOL/USDT", "short", prices("152"), Decimal("158"))),
        ("arkadaşlar LINK aldım 14.6 dan, stop 13.9, hedef 15.5 16.3", ("LINK/USDT", "long", prices("14.6"), Decimal("13.9"))),
        ("兄弟们 sol 152 附近空一下 止损158 看145 139", ("SOL/USDT", "short", prices("152"), Decimal("158"))),
        ("دوستان اتریوم رو شورت بگیرید رو 3400 تا 3450 استاپ 3520 تارگت 3300", ("ETH/USDT", "short", prices("3400", "3450"), Decimal("3520"))),
        ("SHORT BTC/USDT | Entry zona 97.500 - 98.200 | Target 95.000 | SL 99.100", ("BTC/USDT", "short", prices("97500", "98200"), Decimal("99100"))),
        ("in a short on sol rn around 152, sl 158 tp 145 then 139", ("SOL/USDT", "short", prices("152"), Decimal("158"))),
    ],
)
def test_it_reads_the_casual_wordings_of_a_call(text, plan):
    assert plan_of(signal_read(text))[:4] == plan


def test_it_reads_slang_for_isolated_margin():
    assert signal_read("лонг ETH от 3100 стоп 3000 цель 3300 плечо 10 изолька").margin_mode == "isolated"


def test_it_reads_chinese_targets_listed_with_spaces_after_kan():
    parsed = signal_read("ETH 空 3300 看3200 3100\n止损 3380")
    assert plan_of(parsed)[4] == prices("3200", "3100")
