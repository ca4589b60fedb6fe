"""The rules the 38th blind set's newsletters showed missing, tried on wordings that set does not contain.

A weekly digest, a Friday letter or a Sunday setup surrounds ONE labelled plan block (a line naming the
pair and side, then entry / stop / target label lines) with a recap of last week's trades, market levels
and a reading list. The block is the call (``plan_blocks``): the recap makes the message no update and
lends the plan no number. A re-posted plan beside a report on its own trade, or two blocks of past plans,
keep the whole reading. A results report telling past calls by their way to a target and gain ("RNDR
long @ 7.10 → TP4 10.20 (+43%)") under a report heading stays no call.
"""
from __future__ import annotations

import pytest

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import plan_of, prices, signal_read

_DIGEST = (
    "📬 WEEKLY DIGEST #47\n\nLast week recap:\n• ETH long from 3,120 hit TP2 (3,290) ✅\n• DOGE short stopped at 0.1612 ❌\n"
    "Net: +4.3R.\n\nMarket check:\nBTC is boxed between 63,800 and 66,400. SOL lost 150.\n\nThis week's one trade 👇\n\n"
    "$LINK — LONG\nEntry: 13.90 – 14.15\nTargets: 14.80 / 15.60 / 16.90\nStop: 13.35\nLeverage: 5x, isolated\n\nSee you next Sunday."
)


@pytest.mark.parametrize(
    ("text", "plan"),
    [
        (_DIGEST, ("LINK/USDT", "long", prices("13.90", "14.15"), prices("13.35")[0], prices("14.80", "15.60", "16.90"), 5)),
        (
            "THE FRIDAY LETTER\n\n1. Recap\nOur OP swing closed at TP3 (2.10) for +11%.\n\n2. Levels\n• BTC: 66,000 / 63,500\n\n"
            "3. New position\n\nHOOK/USDT — Long\nEntry zone: 0.7820 - 0.8050\nTargets: 0.8600, 0.9200, 1.0100\nStop: 0.7450\nLeverage 8x\n\n"
            "4. Reading list\nTwo good pieces on restaking.",
            ("HOOK/USDT", "long", prices("0.7820", "0.8050"), prices("0.7450")[0], prices("0.8600", "0.9200", "1.0100"), 8),
        ),
        (
            "Итоги недели: AVAX лонг от 27,50 забрал все цели, WLD шорт выбило по стопу 2,84.\n\nBTC 65 100, ETH 3 210.\n\n"
            "🔻 ENA/USDT ШОРТ\nВход: 0,6420\nСтоп: 0,6780\nЦели: 0,6100 / 0,5850 / 0,5400\nПлечо: 15x\n\nРиск небольшой.",
            ("ENA/USDT", "short", prices("0.6420"), prices("0.6780")[0], prices("0.6100", "0.5850", "0.5400"), 15),
        ),
        (
            "Resumen: el SUI tocó TP2 y el FET tocó TP1 la semana pasada ✅\n\nBTC en 65.100, ETH 3.150.\n\n"
            "#XRPUSDT LONG\nEntrada: 0,5800 - 0,5650\nStop: 0,5480\nObjetivos: 0,6150 / 0,6500 / 0,7000\nApalancamiento: 5x\n\nSuerte.",
            ("XRP/USDT", "long", prices("0.5650", "0.5800"), prices("0.5480")[0], prices("0.6150", "0.6500", "0.7000"), 5),
        ),
    ],
)
def test_a_newsletters_labelled_block_is_the_call_and_its_recap_lends_no_number(text, plan):
    assert plan_of(signal_read(text)) == plan


@pytest.mark.parametrize(
    "text",
    [
        # the report is on the block's own trade: a re-post, not a new call
        "BTC TP1 hit ✅ — moving SL to entry.\n\nBTC/USDT LONG\nEntry: 60000\nStop: 58000\nTargets: 62000 / 64000",
        # no pair named beside the report: it is the block's trade
        "TP1 reached ✅ SL moved to entry\n\nSOL/USDT SHORT\nEntry: 150\nSL: 158\nTP: 140 / 132",
        # two blocks of past plans: a recap listing them, not one call
        "Last week's calls:\n\nSOL/USDT LONG\nEntry: 140\nSL: 130\nTP: 150 ✅\n\nETH/USDT SHORT\nEntry: 3300\nSL: 3400\nTP: 3100 ✅",
    ],
)
def test_a_block_beside_a_report_on_its_own_trade_or_among_past_blocks_is_no_new_call(text):
    assert not isinstance(parse_message(text), ParsedSignal)


@pytest.mark.parametrize(
    "text",
    [
        "🏆 MONTHLY PERFORMANCE REPORT — June\n\n🔹 RNDR long @ 7.10 → TP4 10.20 (+43% spot)\n🔹 TAO long @ 385 → TP3 470 (+22%)\n\n"
        "Losers: ARB long (SL 0.7650), APT long (SL 8.12).\n\nWin rate: 74% over 38 signals.",
        "📊 Informe mensual de mayo\nSOL long @ 142 → TP3 165 (+16%)\nLINK short @ 15.2 → TP2 13.9 (+8%)\nPerdedoras: ARB long (SL 0.71)",
        "Monthly performance: BTC long @ 60000 -> TP2 64000 (+6.6%), ETH short @ 3400 -> TP1 3250 (+4.4%). SL hit on DOGE at 0.15.",
    ],
)
def test_a_results_report_of_past_calls_stays_no_call(text):
    assert not isinstance(parse_message(text), ParsedSignal)


def test_a_plan_whose_leverage_line_stands_in_its_own_paragraph_keeps_the_whole_reading():
    parsed = signal_read("Morning all, quiet week.\n\nBTC/USDT LONG\nEntry: 60000\nStop: 58000\nTargets: 62000 / 64000\n\nLeverage: 10x")
    assert plan_of(parsed) == ("BTC/USDT", "long", prices("60000"), prices("58000")[0], prices("62000", "64000"), 10)
