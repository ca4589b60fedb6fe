"""Posts of round real15 (k): alternative plans on opposite sides, a quoted entry zone restated in a
summary, and a flattened table's glued target labels."""
from __future__ import annotations

import pytest

from signals.parsing import parse_message
from tests.helpers import plan_of, prices, signal_read

ALTERNATIVES = {
    "en_scenarios": (
        "BTC/USDT 4H\nScenario A – SHORT on rejection:\nEntry 68200 - 68500\nSL 69100\nTP 66800 / 65900\n\n"
        "Scenario B – LONG on a dip:\nEntry 64200 - 64500\nSL 63600\nTP 66000 / 67000"
    ),
    "en_plans": "ETH\nPlan A: long above 3450, stop 3390, target 3600\nPlan B: short below 3300, stop 3360, target 3150",
    "en_profiles": (
        "SOLUSDT trade strategy\nAggressive: buy now 142, SL 138, TP 150\nConservative: wait for 155 and sell, SL 160, TP 145"
    ),
    "ru_variants": (
        "#BTC\nВариант 1: шорт от 68500, стоп 69200, цель 66500\nВариант 2: лонг от 64200, стоп 63500, цель 66000"
    ),
    "tr_senaryo": (
        "ETH/USDT\nSenaryo 1: 3450 üstünde LONG, stop 3390, hedef 3600\nSenaryo 2: 3300 altında SHORT, stop 3360, hedef 3150"
    ),
    "zh_plans": "BTC 交易计划\n方案一：66000 附近做多，止损 65000，目标 68000\n方案二：反弹至 69000 做空，止损 70000，目标 67000",
    "es_escenarios": (
        "#SOLUSDT\nEscenario A – COMPRA: entrada 140, stop 136, objetivo 150\nEscenario B – VENTA: entrada 156, stop 160, objetivo 146"
    ),
    "vi_kich_ban": (
        "BTC\nKịch bản 1: Long 64200, SL 63500, TP 66000\nKịch bản 2: Short 68500, SL 69200, TP 66500"
    ),
    "id_skenario": (
        "ETH/USDT\nSkenario 1: Buy di 3300, SL 3250, TP 3450\nSkenario 2: Sell di 3500, SL 3560, TP 3380"
    ),
    "ar_sinario": (
        "BTC/USDT\nسيناريو 1: شراء عند 64200 وقف 63500 هدف 66000\nسيناريو 2: بيع عند 68500 وقف 69200 هدف 66500"
    ),
}


@pytest.mark.parametrize("text", ALTERNATIVES.values(), ids=ALTERNATIVES.keys())
def test_it_reads_no_call_in_alternative_plans_on_opposite_sides(text):
    assert parse_message(text) is None


def test_it_keeps_a_call_whose_second_scenario_only_invalidates_it():
    parsed = signal_read(
        "XAU/USD LONG\nEntry 3310 - 3295\nSL 3282\nTP1 3350\nTP2 3375\n\n"
        "Scenario 1: price retraces to the OTE and reverses up.\n\nScenario 2: if the low breaks, bias invalid, cut loss."
    )
    assert plan_of(parsed) == ("XAU/USD", "long", prices("3295", "3310"), prices("3282")[0], prices("3350", "3375"), None)


def test_it_keeps_a_call_headed_plan():
    parsed = signal_read("Plan: long ETH\nEntry 3300\nSL 3250\nTP 3400 / 3500")
    assert (parsed.side, parsed.entry, parsed.take_profits) == ("long", prices("3300"), prices("3400", "3500"))


def test_it_keeps_two_profiles_of_one_side_as_one_call():
    parsed = signal_read("BTC/USDT LONG\nAggressive: entry 66000\nConservative: entry 65000\nSL 64000\nTP 68000")
    assert (parsed.side, parsed.entry) == ("long", prices("65000", "66000"))


QUOTED_VALUES = {
    "en_entry_zone": ("XAU/USD BUY\n✅ Buy Limit:\n\n> 3310 – 3295\n\nSL: 3282\nTP1: 3350\nTP2: 3375", prices("3295", "3310")),
    "en_entry": ("#BTCUSDT LONG\nEntry zone:\n> 64000 - 64500\nStop loss: 63000\nTarget: 66000", prices("64000", "64500")),
    "ru_vhod": ("#ETHUSDT лонг\nВход:\n> 3250 - 3300\nСтоп: 3200\nЦель: 3500", prices("3250", "3300")),
    "pt_entrada": ("#SOLUSDT compra\nEntrada:\n> 140 - 142\nStop: 136\nAlvo: 150", prices("140", "142")),
}


@pytest.mark.parametrize("text, entry", QUOTED_VALUES.values(), ids=QUOTED_VALUES.keys())
def test_it_reads_a_labels_value_set_off_as_a_blockquote(text, entry):
    assert signal_read(text).entry == entry


def test_it_still_drops_a_quoted_older_call_under_a_line_that_is_no_label():
    parsed = parse_message("Our signal yesterday:\n> #BTCUSDT LONG 64000 SL 63000 TP 66000\nTP1 hit ✅ congrats")
    assert not (parsed is not None and getattr(parsed, "side", None))


def test_it_reads_no_market_order_in_a_market_heading_below_the_pair():
    parsed = signal_read(
        "ETH/USDT\nTimeframe: 4H\n\n📌 Market Structure\nTrend is up.\n\nBuy: 3300 - 3250\nSL: 3200\nTP: 3500"
    )
    assert (parsed.side, parsed.entry) == ("long", prices("3250", "3300"))


def test_it_keeps_an_order_type_market_line_under_the_side():
    parsed = signal_read("Symbol: TIAUSDT\nSide: SELL\nOrder: MARKET\nTP1: 6.72 | TP2: 6.55\nSL: 7.05")
    assert (parsed.side, parsed.entry) == ("short", [])


@pytest.mark.parametrize("summary", ["🎯 TP1–TP3: 3350 – 3359 – 3375", "Targets: 3350 / 3359 / 3375", "TPs 3350, 3359, 3375"])
def test_it_reads_a_summary_line_that_lists_every_target_again_once(summary):
    parsed = signal_read(f"XAUUSD BUY 3300\nTP1: 3350\nTP2: 3359\nTP3: 3375\nSL: 3282\n\nKey levels\nSL: < 3282\n{summary}")
    assert parsed.take_profits == prices("3350", "3359", "3375")


def test_it_keeps_a_numbered_target_that_repeats_a_price():
    parsed = signal_read("BTCUSDT LONG 64000\nTP1: 66000\nTP2: 66000\nSL: 63000")
    assert parsed.take_profits == prices("66000", "66000")


def test_it_splits_a_target_label_glued_to_a_table_header():
    parsed = signal_read(
        "$XRP long\nEntry: 1.3050\nStop Loss: 1.2650\n"
        "TargetProfit PotentialR:R RatioTP1: 1.3500+0.0450~1.13:1TP2: 1.4000+0.0950~2.38:1TP3: 1.4800+0.1750~4.38:1"
    )
    assert (parsed.take_profits, parsed.certainty) == (prices("1.3500", "1.4000", "1.4800"), "high")


FLOW_WORDS = {
    "en": "Buyers are absorbing the selling pressure here.",
    "es": "Los compradores absorben la presión de venta.",
    "pt": "Os compradores absorvem a pressão de venda.",
    "ru": "Покупатели поглощают давление продавцов.",
    "tr": "Alıcılar satış baskısını karşılıyor.",
    "vi": "Phe mua đang hấp thụ áp lực bán.",
    "zh": "买方正在消化抛压。",
    "id": "Pembeli menyerap tekanan jual.",
}


@pytest.mark.parametrize("note", FLOW_WORDS.values(), ids=FLOW_WORDS.keys())
def test_it_reads_no_side_in_the_markets_selling_pressure(note):
    parsed = signal_read(f"#ETHUSDT\nEntry: 3300\nSL: 3200\nTP1: 3400\nTP2: 3500\n{note}")
    assert (parsed.side, parsed.certainty) == ("long", "high")


def test_it_still_reads_a_sell_call_as_short():
    parsed = signal_read("#ETHUSDT SELL 3300\nSL: 3400\nTP: 3200\nWatch the selling pressure.")
    assert (parsed.side, parsed.certainty) == ("short", "high")
