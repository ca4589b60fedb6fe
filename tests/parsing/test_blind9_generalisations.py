"""The rules the ninth blind set (``*-blind9.json``: native wording, local labels, slangy English)
showed missing, each tried on wordings that set does not contain: a conditional entry in a leading
clause ("Si rompe 8,45 entramos en largo", "عند كسر ٠٫٦٢ شراء"); a first leg written on the side
before an added one ("short karo 0.2250 pe, dusri entry 0.2320", "buying …, adding at 12.4"); an
arrow from the entry to its targets; Chinese myriads ("9.72万") and Indian lakh grouping
("1,00,000"); a count of entries in brackets; "AVAXPERP"; leverage beside a sizing percentage
("risk 1%, 15x"), "iso"; a break-even rule closing a whole plan without a "when" word; Arabic
words glued to "و"; and broader tables: side words ("vendido"), "Stop gain" as the targets, averaging
entries ("Recompra", "التعزيز", "tambah", "Добор"), target, stop, leverage, margin and update words.

Every message of blind9 reads exactly after these rules; none is left out.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, ParsedUpdate, parse_message
from tests.helpers import prices


def _read(text: str) -> tuple:
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedSignal), parsed
    return parsed.side, parsed.entry, parsed.stop_loss, parsed.take_profits


@pytest.mark.parametrize(
    ("text", "side", "entry"),
    [
        ("Si pierde 1,20 vendemos #ADA\nObjetivo 1,10\nStop 1,25", "short", "1.20"),
        ("Se romper 0,45 compramos #ADA\nAlvos 0,48 / 0,52\nStop 0,42", "long", "0.45"),
        ("If it breaks 0.62 we buy ADA\ntargets 0.65 / 0.68\nsl 0.585", "long", "0.62"),
        ("عند اختراق ١٫٢٠ شراء LINK\nالأهداف ١٫٣٠ - ١٫٤٥\nوقف الخسارة ١٫١٢", "long", "1.20"),
        ("اگر ۳٫۱۰ شکسته شد شورت DOT\nتارگت ۲٫۹۰ / ۲٫۷۵\nاستاپ ۳٫۲۵", "short", "3.10"),
        ("nếu vượt 0,85 thì Long ARB\nMục tiêu 0,92 - 0,98\nCắt lỗ 0,80", "long", "0.85"),
    ],
)
def test_it_reads_the_price_of_a_leading_condition_as_the_entry(text, side, entry):
    parsed_side, entries, _, _ = _read(text)
    assert (parsed_side, entries) == (side, prices(entry))


@pytest.mark.parametrize(
    ("text", "entries"),
    [
        ("SOL long lo 150 pe, doosri entry 146\nTarget 158, 165\nSL lagao 141", ("146", "150")),
        ("$XRP selling 2.45-2.50, adding at 2.58\ntps 2.30 / 2.20\nsl 2.66", ("2.45", "2.50", "2.58")),
        ("DOGE long 0.20, 2nd entry 0.19\nTP 0.22\nSL 0.18", ("0.19", "0.20")),
    ],
)
def test_it_keeps_the_sides_price_as_the_first_leg_before_an_added_entry(text, entries):
    assert _read(text)[1] == prices(*entries)


def test_it_leaves_a_sides_price_out_beside_an_ordinary_entry_label():
    assert _read("BTC LONG 64000\nEntry 63500\nTP 66000\nSL 62000")[1] == prices("63500")


@pytest.mark.parametrize(
    ("text", "entries"),
    [
        ("LINK LARGO\nEntrada: 14,20\nRecompra: 13,60\nSalidas: 15,10 - 16,00\nStop: 13,10", ("13.60", "14.20")),
        ("Compra ETH\nEntrada 3.100\nPreço médio 2.980\nObjectivos 3.250 / 3.400\nStop 2.900", ("2980", "3100")),
        ("#OP long\nВход 1,84\nДобор 1,76\nЦели 1,95 / 2,05\nСтоп за 1,69", ("1.76", "1.84")),
        ("صفقة شراء ARB\nالدخول 0.95 والتعزيز 0.90\nفالأهداف 1.02 / 1.10\nالوقف 0.86", ("0.90", "0.95")),
        ("Beli NEAR\nMasuk 5.20, tambah (DCA) 4.95\nSasaran 5.60 - 5.90\nHenti rugi 4.70", ("4.95", "5.20")),
    ],
)
def test_it_reads_local_averaging_entries_beside_the_first(text, entries):
    side, entry, stop, targets = _read(text)
    assert side == "long" and entry == prices(*entries)
    assert stop is not None and len(targets) == 2


@pytest.mark.parametrize(
    ("text", "side", "stop", "targets"),
    [
        ("#LTC vendido\nEntrada: 88,4\nStop gain: 85,0 / 82,5\nStop loss: 91,2", "short", "91.2", ("85.0", "82.5")),
        ("#AVAX comprado\nEntrada 31,5\nParciais 33 / 34,8\nStop 30,1", "long", "30.1", ("33", "34.8")),
    ],
)
def test_it_reads_brazilian_position_words_and_stop_gain_as_the_targets(text, side, stop, targets):
    parsed_side, _, parsed_stop, parsed_targets = _read(text)
    assert (parsed_side, parsed_stop, parsed_targets) == (side, Decimal(stop), prices(*targets))


@pytest.mark.parametrize(
    ("text", "stop"),
    [
        ("#ETH 做多 入市價 3200，止蝕 3120，止賺 3350", "3120"),
        ("SOL سبوت\nمنطقة الشراء 150 - 156\nالهدف 172\nالوقف 144", "144"),
        ("Kalau tembus 2.450 Jual SUI\nSasaran 2.300 / 2.150\nHenti rugi 2.560", "2.560"),  # SUI never traded in thousands
        ("#TON лонг 5,40\nЦели 5,90\nСтоп под 4,95", "4.95"),
        ("SOL long lo 150 pe\nTarget 158, 165\nSL rakho 141", "141"),
    ],
)
def test_it_reads_local_stop_labels_and_locating_words(text, stop):
    parsed = _read(text)
    assert parsed[2] == Decimal(stop) and parsed[3]


def test_it_reads_an_arrow_from_the_entry_to_a_list_as_the_targets():
    assert _read("$APT 8.40 → 8.90 / 9.30 / 9.80, sl 7.95")[1:] == (
        prices("8.40"), Decimal("7.95"), prices("8.90", "9.30", "9.80"),
    )


def test_it_keeps_an_arrow_after_a_targets_index_an_index():
    parsed = parse_message("ETH long 3000\nTP 1 → 3100\nTP 2 → 3200\nSL 2900")
    assert parsed.take_profits == prices("3100", "3200")


@pytest.mark.parametrize(
    ("text", "entry", "stop", "targets"),
    [
        ("BTC 6.5万 做多 止损 6.38万 目标 6.7万 / 6.9万", "65000", "63800", ("67000", "69000")),
        ("BTC long 98,000\nTarget 1,00,000 - 1,05,000\nSL 96,000", "98000", "96000", ("100000", "105000")),
    ],
)
def test_it_reads_chinese_myriads_and_lakh_grouping_as_whole_prices(text, entry, stop, targets):
    assert _read(text)[1:] == (prices(entry), Decimal(stop), prices(*targets))


def test_it_never_reads_a_bracketed_count_of_entries_as_a_price():
    assert _read("ETH long 3,100 / 3,050 (2 entries)\nTP 3,250\nSL 2,990")[1] == prices("3050", "3100")


@pytest.mark.parametrize("text", ["SOLPERP long 150 stop 144 targets 158, 165", "SOL-PERP long 150 stop 144 targets 158"])
def test_it_reads_a_perpetuals_name_as_its_listed_base(text):
    assert parse_message(text).symbol == "SOL/USDT"


@pytest.mark.parametrize(
    ("text", "leverage", "margin"),
    [
        ("#ETH long 3,200\nsl 3,120\ntp's 3,300 / 3,400\nrisk 2%, 20x iso", 20, "isolated"),
        ("ETH/USDT AL\nGiriş 3.200\nHedef 3.350\nStop 3.100\n20 kat kaldıraç", 20, None),
        ("#SUI comprado\nEntrada 3,50\nAlvos 3,80\nStop 3,30\nAlavancagem de 3 a 5x", 3, None),
        ("Плечо 10х, маржа изол.\n#BNB шорт 610\nЦели 600, 590\nСтоп 622", 10, "isolated"),
        ("JUAL BNB\nMasuk 610\nTP 600\nSL 622\nLeveraj 10x margin silang", 10, "cross"),
        ("JUAL BNB\nMasuk 610\nTP 600\nSL 622\nMargin Terisolasi, Leverage 10x", 10, "isolated"),
    ],
)
def test_it_reads_leverage_and_margin_in_local_and_slang_words(text, leverage, margin):
    parsed = parse_message(text)
    assert (parsed.leverage, parsed.margin_mode) == (leverage, margin)


def test_it_still_ignores_a_leverage_that_scales_a_percentage_in_its_clause():
    parsed = parse_message("BTC long 65000\nTP 66000\nSL 64000\nLast trade +45% (10x)")
    assert parsed.leverage is None


def test_it_reads_a_market_offer_opening_its_line_as_the_entry():
    assert _read("CMP or 1.05 on a dip, buying $ARB\nSL 0.98\nTP 1.15 / 1.22")[1] == prices("1.05")


@pytest.mark.parametrize(
    "text",
    [
        "Mua ETH giá hiện tại\nMục tiêu: 3300 - 3400\nDừng lỗ: 3100\nChạm TP1 dời SL về điểm vào",
        "Beli TON\nMasuk 5.40\nSasaran 5.90 - 6.30\nHenti rugi 4.85\nTP1 kena, alihkan SL ke harga masuk",
    ],
)
def test_it_reads_a_break_even_rule_closing_a_whole_plan_as_the_plans(text):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedSignal) and parsed.breakeven_after == 1


@pytest.mark.parametrize(
    "text",
    [
        "ETH long now\nTP 3300 / 3400\nSL 3100\nTP1 hit, move SL to entry",
        "Beli TON\nMasuk 5.40\nSasaran 5.90 - 6.30\nHenti rugi 4.85\nTP1 sudah kena, alihkan SL ke harga masuk",
        "Mua ETH 3200\nMục tiêu: 3300 - 3400\nDừng lỗ: 3100\nĐã chạm TP1 dời SL về điểm vào",
    ],
)
def test_it_keeps_a_reached_target_under_a_repeated_plan_an_update(text):
    assert isinstance(parse_message(text), ParsedUpdate)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("#BTC цель 1 отработана", "tp_hit"),
        ("BTC 目标一到位", "tp_hit"),
        ("ETH SL entry pe shift karo", "move_stop"),
        ("#DOGE ارفعوا الستوب إلى الدخول", "move_stop"),
        ("Subam o stop para a entrada #SOL", "move_stop"),
        ("ETH cancel karo", "cancel"),
        ("BTC long kapatıyorum", "close"),
    ],
)
def test_it_reads_local_update_words(text, kind):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedUpdate) and parsed.kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "Agora o mercado está parado, sem entrada em #BTC por enquanto",
        "Ahora mismo el mercado está lateral, paciencia con #ETH",
        "Рынок сейчас в боковике, по #BTC ждём",
        "Vendido tudo ontem no #SOL, obrigado pela confiança",
    ],
)
def test_it_keeps_chatter_with_the_new_market_and_side_words_out_of_trades(text):
    assert not isinstance(parse_message(text), ParsedSignal)
