"""The rules the 31st blind set showed missing, each tried on wordings that set does not contain: a share
closed at each target ("Take 25% profit at each target", "Cierra 25% en cada TP", "每个目标平25%") or one per
numbered target on a line of its own ("%50 TP1'de, %25 TP2'de", "TP1 平仓50%，TP2 平30%") is the targets'
allocation; a target written before its share ("TP1 pe 50% book karo aur SL entry pe le aao") and a Russian
numbered target ("после 1-го тейка") set the break-even's target; a share written before its price ("50% tại
0,0118 và 50% tại 0,0115") is that entry's allocation; how many times a ladder enters ("Vào 2 lần", "2 veces",
"2 kali") is a count, not a price; a trade said to use no leverage ("Không dùng đòn bẩy", "Sin apalancamiento")
has none, whatever multiple a target promises; an added leg's price after "up to" ("bisa DCA sampai 2,19") is
an entry; Turkish "Marj" is the margin word and European Portuguese "preço actual" the market; a clock
time written "14h30" is a stamp, never a price.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import prices, signal_read


def _fractions(*values: str) -> list[Decimal]:
    return [Decimal(value) for value in values]


@pytest.mark.parametrize(
    ("text", "allocations"),
    [
        ("#SOL LONG\nEntry 150\nTP 155 / 160 / 165 / 170\nSL 145\nTake 25% at every TP", _fractions("0.25", "0.25", "0.25", "0.25")),
        ("🔴 VENTA DOTUSDT\nEntrada: 7,20\nTPs: 7,00 / 6,80 / 6,60 / 6,40\nSL 7,45\nCierra 25% en cada TP",
         _fractions("0.25", "0.25", "0.25", "0.25")),
        ("SOL лонг\nВход 150\nЦели 155 / 160 / 165 / 170\nСтоп 145\nФиксируем 25% на каждой цели",
         _fractions("0.25", "0.25", "0.25", "0.25")),
        ("BTC 多 65000\n止损 64000\n止盈 66000 / 67000 / 68000 / 69000\n每个目标平25%", _fractions("0.25", "0.25", "0.25", "0.25")),
        ("LINK LONG\nEntrada: 14,2\nAlvos: 15 / 16\nStop: 13\nRealize 50% em cada alvo", _fractions("0.5", "0.5")),
        ("ADA LONG\nGiriş 1,05\nHedef 1,10 - 1,15\nStop 1,00\nHer hedefte %50 kâr al", _fractions("0.5", "0.5")),
        ("XRP long karo 0.55 pe\ntargets 0.57 / 0.59\nSL 0.53\nhar target pe 50% book karo", _fractions("0.5", "0.5")),
        ("Vào lệnh SOL long 150\nChốt lời 155 / 160\nCắt lỗ 145\nChốt 50% mỗi TP", _fractions("0.5", "0.5")),
    ],
)
def test_a_share_at_each_target_is_every_targets_allocation(text, allocations):
    assert signal_read(text).take_profit_allocations == allocations


def test_a_share_at_each_target_that_does_not_close_the_position_is_no_allocation():
    parsed = signal_read("ADA SHORT\nEntry 1.05\nTP 1.00 - 0.95 - 0.90\nSL 1.10\nTake 25% at each target")
    assert parsed.take_profit_allocations is None


@pytest.mark.parametrize(
    ("text", "allocations"),
    [
        ("DOT LONG\nEntry 7.2\nTP1 7.5\nTP2 7.8\nTP3 8.2\nSL 6.9\nTake 50% at TP1, 30% at TP2, 20% at TP3",
         _fractions("0.5", "0.3", "0.2")),
        ("DOT LONG\nEntry 7.2\nTP 7.5 / 7.8 / 8.2\nSL 6.9\nTP1: 50%\nTP2: 25%\nTP3: 25%", _fractions("0.5", "0.25", "0.25")),
        ("SOL kısa vadeli LONG\nGiriş 150\nHedef: 155 - 160 - 170\nStop-loss 142\n%40 TP1'de, %40 TP2'de, %20 TP3'te kâr al",
         _fractions("0.4", "0.4", "0.2")),
        ("ETH 空 3400\n止损 3480\n止盈1：3300\n止盈2：3200\nTP1 平仓60%，TP2 平剩余40%", _fractions("0.6", "0.4")),
    ],
)
def test_a_share_per_numbered_target_is_its_allocation(text, allocations):
    assert signal_read(text).take_profit_allocations == allocations


def test_signed_percentages_beside_numbered_targets_are_gains_not_allocations():
    parsed = signal_read("AVAX SHORT\nEntry 42\nTP 40 / 38 / 36\nSL 44\nTP1 +10%, TP2 +30%, TP3 +60%")
    assert parsed.take_profit_allocations is None


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("#SOL/USDT — ЛОНГ\nВход: 150 – 147\nТейки: 155 / 160 / 165\nСтоп: 142\nПосле 2-го тейка стоп в безубыток", 2),
        ("#SOL/USDT — ЛОНГ\nВход: 150 – 147\nТейки: 155 / 160 / 165\nСтоп: 142\nПосле первого тейка стоп в безубыток", 1),
        ("$SOL long karo 150 pe\ntargets – 155 / 160 / 165\nSL – 145\nTP2 pe 30% book karo aur SL entry pe le aao", 2),
        ("ETH LONG\nEntry 3400\nTP 3480 / 3550 / 3650\nSL 3290\nTP1: 50% off and SL to entry", 1),
        ("ETH LARGO\nEntrada 3400\nTP 3480 / 3550 / 3650\nSL 3290\nTP1 cerrar 50% y mover SL a entrada", 1),
    ],
)
def test_a_stop_to_entry_at_a_target_written_before_its_share_is_the_breakeven_rule(text, target):
    assert signal_read(text).breakeven_after == target


@pytest.mark.parametrize(
    "text",
    ["ETH: TP1 pe 50% book karo aur SL entry pe le aao", "#ETH TP1 50% closed, SL moved to entry"],
)
def test_a_share_and_stop_move_alone_is_no_new_trade(text):
    assert not isinstance(parse_message(text), ParsedSignal)


@pytest.mark.parametrize(
    ("text", "entries", "allocations"),
    [
        ("Kèo scalp DOGEUSDT\nLong vùng 0,1650 – 0,1610\nTarget: 0,1700 | 0,1750\nStop: 0,1570\n"
         "Vào 2 lần: 30% tại 0,1650 và 70% tại 0,1610", prices("0.1610", "0.1650"), _fractions("0.7", "0.3")),
        ("SOL long\nEntry 2 parts: 40% at 150, 60% at 147\nSL 142\nTP 155 / 160", prices("147", "150"), _fractions("0.6", "0.4")),
        ("SOL LARGO\nEntrada en 2 partes: 50% en 150 y 50% en 147\nSL 142\nTP 155 / 160", prices("147", "150"),
         _fractions("0.5", "0.5")),
    ],
)
def test_a_share_written_before_its_price_is_that_entrys_allocation(text, entries, allocations):
    parsed = signal_read(text)
    assert (parsed.entry, parsed.entry_allocations) == (entries, allocations)


@pytest.mark.parametrize(
    ("text", "entries"),
    [
        ("VÀNG XAUUSD SELL\nVào lệnh 2 lần: 2410 và 2414\nSL 2422\nTP 2400 - 2390", prices("2410", "2414")),
        ("BTC LARGO\nEntrada en 2 veces: 64000 y 63500\nSL 62800\nTP 65500 / 66500", prices("63500", "64000")),
        ("Sinal ETH longo\nEntrada 2 vezes: 3400 e 3350\nStop: 3290\nAlvos: 3480 / 3550", prices("3350", "3400")),
        ("ETH LONG\nMasuk 2 kali: 3400 dan 3350\nSL 3290\nTP 3480 / 3550", prices("3350", "3400")),
        ("ETH LONG\nGiriş 2 kez: 3400 ve 3350\nStop 3290\nHedef 3480 / 3550", prices("3350", "3400")),
    ],
)
def test_how_many_times_a_ladder_enters_is_a_count_not_a_price(text, entries):
    assert signal_read(text).entry == entries


@pytest.mark.parametrize(
    "text",
    [
        "ETH LONG\nEntry 3400\nTP 3480 / 3550 (x2 your account)\nSL 3290\nNo leverage, spot only",
        "ETH LARGO\nEntrada 3400\nTP 3480 / 3550 (objetivo x2 la cuenta)\nSL 3290\nSin apalancamiento",
        "ETH лонг\nВход 3400\nЦели 3480 / 3550 (x2 к депозиту)\nСтоп 3290\nБез плеча",
        "ETH 现货 多\n入场 3400\n止盈 3480 / 3550（目标 x2）\n止损 3290\n不加杠杆",
        "Mua #ETH quanh 3400\nMục tiêu: 3480 – 3550 (kỳ vọng x2 tài khoản)\nCắt lỗ 3290\nKhông dùng đòn bẩy nha",
    ],
)
def test_a_trade_said_to_use_no_leverage_has_none_whatever_multiple_a_target_promises(text):
    assert signal_read(text).leverage is None


@pytest.mark.parametrize(
    ("text", "entries"),
    [
        ("📉 SHORT $ARB / USDT\nEntry: 0,945 (bisa DCA sampai 0,98)\nTP: 0,90 - 0,86\nSL: 1,02", prices("0.945", "0.98")),
        ("SHORT ADA\nEntrada: 1,052 (se puede promediar hasta 1,085)\nTP: 1,02 / 0,99\nSL: 1,112", prices("1.052", "1.085")),
        ("LONG LINK\nEntrada: 14,2 (dá para reforçar até 13,6)\nAlvos: 15 / 16\nStop: 13", prices("13.6", "14.2")),
        ("LONG LINK\nВход: 14,2 (можно усреднить до 13,6)\nЦели: 15 / 16\nСтоп: 13", prices("13.6", "14.2")),
        ("SHORT OP\nEntry: 2.145 (can DCA up to 2.19)\nTP: 2.09 - 2.04\nSL: 2.235", prices("2.145", "2.19")),
        ("LONG SOL\nEntry: 148.5\nDCA up to 144\nTP: 152 - 156\nSL: 140", prices("144", "148.5")),
    ],
)
def test_an_added_legs_price_after_up_to_is_an_entry(text, entries):
    assert signal_read(text).entry == entries


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("ETH LONG\nGiriş 3400\nHedef 3480 / 3550\nStop 3290\nKaldıraç 10x\nMarj: İzole", "isolated"),
        ("ETH LONG\nGiriş 3400\nHedef 3480 / 3550\nStop 3290\nKaldıraç: 10x\nMarj: Çapraz", "cross"),
    ],
)
def test_turkish_marj_is_the_margin_word(text, mode):
    assert signal_read(text).margin_mode == mode


@pytest.mark.parametrize(
    "text",
    [
        "Sinal #ETH — posição curta\nEntrada: preço actual\nAlvos: 3300 / 3200\nStop: 3480",
        "Sinal #BNB — posição longa\nEntrada: preço actual\nObjectivos: 610 / 625\nStop-loss: 590\nAlavancagem: 3x",
    ],
)
def test_european_portuguese_preco_actual_is_the_market(text):
    assert signal_read(text).entry == []


@pytest.mark.parametrize(
    "text",
    [
        "Sinal #SOL — posição longa (14h30, Lisboa)\nEntrada: preço actual\nObjectivos: 214 / 223 / 238\nStop-loss: 197",
        "Ngày 06/12 lúc 9h15 – kèo BTC long 65000\nSL 64000\nTP 66000 / 67000",
        "Signal 21h00 UTC: ETH short 3400, SL 3480, TP 3300",
    ],
)
def test_a_clock_time_written_with_an_h_is_no_price(text):
    parsed = signal_read(text)
    assert parsed.certainty == "high" and not {Decimal(15), Decimal(30), Decimal(0)} & {*parsed.entry, *parsed.take_profits}
