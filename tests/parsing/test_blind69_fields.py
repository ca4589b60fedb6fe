"""Fields dropped by blind69/70 messages: an entry zone after a Hinglish side phrase ("long bana lo"), a
take-profit "in stages" label over prices ("TP bertahap: 36.00 / 37.40"), an entry built "in two equal
parts", halves with words between "half" and its price, an entry "only if" it breaks a price, shares for
a zone's upper and lower part, a price before its half ("97 800 先上一半，96 500 补仓另一半"), a gain
before a target's price ("目标1 上涨18% 2.26") and a multiple that counts DCA orders ("DCA 2x")."""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, ParsedUpdate, parse_message
from tests.helpers import prices, signal_read


@pytest.mark.parametrize("text, side, entry", [
    ("1000PEPE mein long bana lo bhai 🐸 zone 0.01185 - 0.01210, SL 0.01120 ke niche. Targets 0.01260 / 0.01310 / "
     "0.01400 / 0.01520. Har target pe 25% book karte jao aur TP2 ke baad SL entry pe kar dena.", "long", ("0.01185", "0.01210")),
    ("SOL mein short bana lo bhai zone 150.5 - 152.0, SL 156 ke upar. Targets 146 / 142", "short", ("150.5", "152.0")),
])
def test_it_reads_the_zone_after_a_hinglish_side_phrase(text, side, entry):
    parsed = signal_read(text)
    assert (parsed.side, parsed.entry, parsed.certainty) == (side, prices(*entry), "high")


def test_it_keeps_the_hinglish_plans_stop_targets_and_rules():
    parsed = signal_read(
        "1000PEPE mein long bana lo bhai 🐸 zone 0.01185 - 0.01210, SL 0.01120 ke niche. Targets 0.01260 / 0.01310 / "
        "0.01400 / 0.01520. Har target pe 25% book karte jao aur TP2 ke baad SL entry pe kar dena."
    )
    assert (parsed.symbol, parsed.stop_loss) == ("1000PEPE/USDT", Decimal("0.01120"))
    assert parsed.take_profits == prices("0.01260", "0.01310", "0.01400", "0.01520")
    assert parsed.take_profit_allocations == prices("0.25", "0.25", "0.25", "0.25")
    assert parsed.breakeven_after == 2


@pytest.mark.parametrize("text, entry, targets, allocations", [
    ("🔥 SIGNAL FUTURES 🔥\n\nKoin: #AVAXUSDT\nPosisi: LONG\nEntry di area 34.20 - 35.10 (cicil)\n"
     "TP bertahap: 36.00 / 37.40 / 39.00\nSL wajib: 32.80\nLeverage: 10x isolated",
     ("34.20", "35.10"), ("36.00", "37.40", "39.00"), None),
    ("📊 SINYAL FUTURES\n\nKoin: AVAX/USDT\nPosisi: LONG 🟢\nArea beli: 27,40 – 26,80\nTP bertahap: 28,30 / 29,10 / 30,50\n"
     "SL wajib: 25,90\nLeverage: 10x Isolated\n\nCicil beli 50% di area atas, 50% lagi di area bawah. Jangan all in!",
     ("26.80", "27.40"), ("28.30", "29.10", "30.50"), ("0.5", "0.5")),
])
def test_it_reads_prices_under_a_staged_take_profit_label_as_the_targets(text, entry, targets, allocations):
    parsed = signal_read(text)
    assert (parsed.symbol, parsed.side, parsed.entry) == ("AVAX/USDT", "long", prices(*entry))
    assert parsed.take_profits == prices(*targets)
    assert (parsed.leverage, parsed.margin_mode) == (10, "isolated")
    assert parsed.entry_allocations == (prices(*allocations) if allocations else None)


def test_it_reads_a_spanish_staged_take_profit_label_over_prices_as_the_targets():
    parsed = signal_read("#SOL LONG\nEntrada: 150 - 146\nToma de ganancias escalonada: 155.5 / 160.2 / 168.0\nStop: 141")
    assert parsed.take_profits == prices("155.5", "160.2", "168.0")


def test_it_keeps_shares_under_a_staged_take_profit_label_as_the_allocation():
    parsed = signal_read("Koin: AVAX/USDT\nPosisi: LONG\nEntry: 34.20 - 35.10\nTake profit bertahap: 50% / 30% / 20%\n"
                     "TP: 36 / 37.4 / 39\nSL: 32.80")
    assert parsed.take_profits == prices("36", "37.4", "39")
    assert parsed.take_profit_allocations == prices("0.5", "0.3", "0.2")


def test_it_reads_a_russian_entry_built_in_two_equal_parts():
    parsed = signal_read(
        "#ARB лонг 🟢\n\nНабираем позицию от 0.52 до 0.50, двумя равными частями.\nСтоп — закрепление 4ч свечи ниже 0.4780.\n"
        "Цели: 0.548 → 0.575 → 0.61\nПлечо 3-5х.\n\nФиксируем половину на первом тейке, по четверти на втором и третьем. "
        "После первого тейка стоп переносим в бу."
    )
    assert (parsed.symbol, parsed.entry, parsed.stop_loss) == ("ARB/USDT", prices("0.50", "0.52"), Decimal("0.4780"))
    assert parsed.take_profits == prices("0.548", "0.575", "0.61")
    assert (parsed.leverage, parsed.entry_allocations) == (3, prices("0.5", "0.5"))
    assert (parsed.take_profit_allocations, parsed.breakeven_after) == (prices("0.5", "0.25", "0.25"), 1)


def test_it_reads_a_spanish_entry_in_two_equal_parts():
    parsed = signal_read("#SOL LONG\nEntrada de 150 a 146, en dos partes iguales.\nStop: 141\nTP: 155 / 160")
    assert (parsed.entry, parsed.entry_allocations) == (prices("146", "150"), prices("0.5", "0.5"))


def test_it_reads_spanish_halves_with_words_before_each_price():
    parsed = signal_read("DOGE largo 🐕\nMitad de la posición aquí 0.1642 y la otra mitad si baja a 0.1605\nStop 0.1558\n"
                     "TP 0.1710 / 0.1785 / 0.1900\n20x cruzado")
    assert (parsed.symbol, parsed.side, parsed.entry) == ("DOGE/USDT", "long", prices("0.1605", "0.1642"))
    assert parsed.entry_allocations == prices("0.5", "0.5")
    assert (parsed.stop_loss, parsed.take_profits) == (Decimal("0.1558"), prices("0.1710", "0.1785", "0.1900"))
    assert (parsed.leverage, parsed.margin_mode) == (20, "cross")


def test_it_keeps_closing_half_with_words_before_the_price_a_close():
    parsed = parse_message("DOGE largo\nCierra la mitad aquí 0.1642 y la otra mitad si sube a 0.1710")
    assert isinstance(parsed, ParsedUpdate)
    assert (parsed.kind, parsed.fraction) == ("close", Decimal("0.5"))


@pytest.mark.parametrize("text", [
    "#ETH 🔴 بيع (فيوتشر)\nالدخول فقط في حال كسر ٣١٥٠ وإغلاق شمعة الساعة تحتها\nالأهداف: ٣٠٨٠ ، ٣٠١٠ ، ٢٩٢٠\n"
    "الوقف: ٣٢٢٠\nالرافعة: ٥-٢٠ معزول",
    "#ETH 🔴 بيع\nالدخول في حال كسر ٣١٥٠\nالأهداف: ٣٠٨٠ ، ٣٠١٠ ، ٢٩٢٠\nالوقف: ٣٢٢٠",
    "#ETH SHORT\nEntrada solo si rompe 3150 con cierre de vela de 1h\nTP: 3080 / 3010 / 2920\nStop: 3220",
    "#ETH SHORT\nEntry only if breaks 3150 and hourly candle closes below\nTargets: 3080, 3010, 2920\nSL: 3220",
])
def test_it_reads_an_entry_only_on_a_break_as_its_price(text):
    parsed = signal_read(text)
    assert (parsed.symbol, parsed.side, parsed.entry, parsed.stop_loss) == ("ETH/USDT", "short", prices("3150"), Decimal("3220"))
    assert parsed.take_profits == prices("3080", "3010", "2920")


def test_it_reads_the_arabic_conditional_plans_leverage_range_low_end():
    parsed = signal_read("#ETH 🔴 بيع (فيوتشر)\nالدخول فقط في حال كسر ٣١٥٠ وإغلاق شمعة الساعة تحتها\nالأهداف: ٣٠٨٠ ، ٣٠١٠ ، ٢٩٢٠\n"
                     "الوقف: ٣٢٢٠\nالرافعة: ٥-٢٠ معزول")
    assert (parsed.leverage, parsed.margin_mode, parsed.certainty) == (5, "isolated", "high")


def test_it_gives_the_upper_and_lower_part_of_a_zone_their_shares_in_russian():
    parsed = signal_read("#SOL ЛОНГ\nВход: 150 - 146\nЦели: 155 / 160\nСтоп: 141\n30% в нижней части, 70% в верхней части зоны.")
    assert (parsed.entry, parsed.entry_allocations) == (prices("146", "150"), prices("0.3", "0.7"))


def test_it_reads_no_zone_part_shares_for_a_single_entry():
    parsed = signal_read("Koin: AVAX/USDT\nPosisi: LONG\nArea beli: 27,40\nTP: 28,30 / 29,10\nSL: 25,90\n"
                     "Cicil beli 50% di area atas, 50% lagi di area bawah.")
    assert (parsed.entry, parsed.entry_allocations) == (prices("27.40"), None)


@pytest.mark.parametrize("text", [
    "BTC 做多\n97 800 先上一半，96 500 补仓另一半\n止损 95000\n目标 99500 / 101000",
    "BTC LONG\n97800 half, 96500 the rest\nSL 95000\nTP 99500 / 101000",
])
def test_it_reads_each_price_before_its_half_as_an_entry(text):
    parsed = signal_read(text)
    assert (parsed.entry, parsed.entry_allocations) == (prices("96500", "97800"), prices("0.5", "0.5"))
    assert (parsed.stop_loss, parsed.take_profits) == (Decimal("95000"), prices("99500", "101000"))


def test_it_reads_a_chinese_targets_price_after_its_gain():
    parsed = parse_message("XYZ 做多\n入场 2.00\n止损 1.80\n目标1 上涨18% 2.26\n目标2 上涨30% 2.50")
    assert isinstance(parsed, ParsedSignal)
    assert parsed.take_profits == prices("2.26", "2.50")


@pytest.mark.parametrize("text, leverage", [
    ("ETH LONG\nEntry 3000 / 2900 (DCA 2x, 50/50)\nSL 2800\nTP 3200", None),
    ("ETH LONG\nEntry 3000 / 2900 (DCA 2x, 50/50)\nSL 2800\nTP 3200\nLeverage 10x", 10),
    ("ETH LONG\nLeverage 2x\nEntry 3000\nSL 2800\nTP 3200", 2),
    ("ETH LONG 3x\nEntry 3000\nSL 2800\nTP 3200", 3),
])
def test_it_reads_a_multiple_beside_dca_as_a_count_of_orders_not_leverage(text, leverage):
    assert signal_read(text).leverage == leverage
