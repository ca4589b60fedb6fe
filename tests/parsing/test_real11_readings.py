"""The rules the eleventh set of real posts showed missing, tried on wordings that set does not contain:
an amount in a quote ("$200 USDT") is no pair; a worked scenario or a how-to-read lesson is no call; a
date with a month's name ("22 Feb 2026 at 17:09") is no entry; "Take Profit1:" and "T2 (Optional):" label
targets; a lower-case word that is a listed base ("near") loses to a tagged ticker; LaTeX around a
number is dropped; a worked calculation after a plan gives it no stop or leverage (``stamps``,
``symbols``, ``label_notes``, ``examples``, ``sections`` and the tables' ``lesson`` and ``long`` rows).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import plan_of, prices, signal_read


@pytest.mark.parametrize(
    "text",
    [
        "SHORT PEPE on Binance Futures...!! July 15.\nJust a practical example...\n🐸 SHORT PEPE trade scenario\n"
        "PEPE's current price $0.0000126 USD\nAvailable capital $200 USDT\nChosen leverage 5×\n"
        "Target price (take profit) $0.0000100 USD\nStop loss $0.0000138 USD",
        "Hypothetical trade scenario: LONG SOL\nCapital $500 USDT, leverage 3x\nEntry 142\nStop 136\nTarget 155",
        "CÓMO INTERPRETAR\nUNA SEÑAL DE TRADING\nBUY GBPUSD → 1.3640\nSL → 1.3610\nTP1 → 1.3690\nTP2 → 1.3730",
        "COMO INTERPRETAR UM SINAL\nCOMPRA EURUSD 1.0850\nSL 1.0820\nTP 1.0900",
        "Как читать сигнал:\nBTC LONG 65000\nСтоп 64000\nЦель 67000",
        "Sinyal nasıl okunur?\nETH LONG 3400\nStop 3300\nHedef 3600",
    ],
)
def test_a_worked_scenario_or_a_how_to_read_lesson_is_no_call(text):
    assert not isinstance(parse_message(text), ParsedSignal)


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("LONG ETH\nSize $200 USDT\nEntry 3400\nSL 3300\nTP 3600", "ETH/USDT"),
        ("#1000PEPE LONG\nEntry 0.0120\nSL 0.0110\nTP 0.0140", "1000PEPE/USDT"),
    ],
)
def test_an_amount_of_digits_before_a_quote_is_no_pair_but_a_digit_led_ticker_is(text, symbol):
    assert signal_read(text).symbol == symbol


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Short Trade on DOGE 22 Feb 2026 at 17:09:12\nTake profit at 0.09497 (0.46 %) and Stop Loss at 0.09563 (0.23 %)\n"
            "Position size of 3498.8302 $",
            ("DOGE/USDT", "short", [], Decimal("0.09563"), prices("0.09497"), None),
        ),
        (
            "Long Trade on XRP March 3, 2026 at 09:15\nTake profit at 2.61 and Stop Loss at 2.44",
            ("XRP/USDT", "long", [], Decimal("2.44"), prices("2.61"), None),
        ),
        (
            "22 февраля 2026\nШорт DOGE\nСтоп 0.0960\nЦель 0.0940",
            ("DOGE/USDT", "short", [], Decimal("0.0960"), prices("0.0940"), None),
        ),
        (
            "22 Şubat 2026\nDOGE SHORT\nStop 0.0960\nHedef 0.0940",
            ("DOGE/USDT", "short", [], Decimal("0.0960"), prices("0.0940"), None),
        ),
        (
            "22 de febrero de 2026\nDOGE corto\nSL 0,0960\nTP 0,0940",
            ("DOGE/USDT", "short", [], Decimal("0.0960"), prices("0.0940"), None),
        ),
    ],
)
def test_the_day_of_a_date_with_a_month_name_is_no_entry(text, expected):
    assert plan_of(signal_read(text)) == expected


def test_a_day_and_month_in_digits_without_a_clock_stays_a_range():
    assert signal_read("BTC LONG 12-15 May entry 65000 SL 64000 TP 67000").entry == prices("65000")


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("SELL XAUUSD 1992 - 1994\nStoploss: 1998\nTake Profit1: 1988\nTake Profit2: 1984\nTake Profit3: 1980",
         prices("1988", "1984", "1980")),
        ("BUY EURUSD 1.0850\nSL: 1.0820\nTakeProfit1: 1.0880\nTakeProfit2: 1.0900", prices("1.0880", "1.0900")),
        ("$ADA\nDirection: Long\nEntry Price: $0.855\nStoploss: $0.835\nT1: $0.895 (≈1:2 R:R)\nT2 (Optional): $0.920 (next zone)",
         prices("0.895", "0.920")),
        ("SOL LONG\nEntry: 142\nSL (Stop Loss): 136\nTP 1 (Target): 150\nTP 2 (Stretch): 158", prices("150", "158")),
    ],
)
def test_a_target_label_with_a_glued_index_or_a_bracketed_note_reads_its_price(text, targets):
    assert signal_read(text).take_profits == targets


def test_a_capitalised_note_before_the_colon_keeps_naming_its_label():
    parsed = signal_read("#SOL/USDT spot\nBuy zone: 140 - 144\nAdd (DCA): 133\nTargets: 152 / 160\nSL: 128")
    assert parsed.entry == prices("133", "140", "144")


def test_a_lowercase_prose_word_loses_to_a_tagged_ticker_and_latex_is_unwrapped():
    text = (
        "$BTC REVERSAL IMMINENT: SHORT TRADE SIGNAL\nThe current candle shows a rejection near the high.\n"
        "• Entry: Enter short at or near the current price (around \\bm{\\text{124,701}}).\n"
        "• TP 1 (Target): Middle Bollinger Band (MB) at \\bm{\\text{124,327.44}}\n"
        "• TP 2 (Target): Lower Bollinger Band (DN) at \\bm{\\text{123,785.13}}\n"
        "• SL (Stop Loss): Place the stop loss just above the recent high, for example: \\bm{\\text{125,126.00}}."
    )
    assert plan_of(signal_read(text)) == (
        "BTC/USDT", "short", [], Decimal("125126.00"), prices("124327.44", "123785.13"), None
    )


def test_a_lowercase_listed_base_alone_still_names_the_pair():
    assert signal_read("near long 5.20 sl 4.90 tp 5.80").symbol == "NEAR/USDT"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "$ACT Потенційне підвищення 8 до 13%\nВхід 0.3091\nSL 2%\nTP 8%\nПриклад розрахунку стоп-лоссу :\n"
            "(SL 2% x Leverage = ... x Margin = SL $)\n(SL 2 x Leverage 20= 40% x $10 = SL $4",
            ("ACT/USDT", "long", prices("0.3091"), None, [], None),
        ),
        (
            "#OP LONG\nEntry 1.85\nSL 3%\nExample calculation:\nSL 3 x Leverage 10 = 30% x $20 = SL $6",
            ("OP/USDT", "long", prices("1.85"), None, [], None),
        ),
        (
            "#OP LONG\nВход 1.85\nСтоп 3%\nПример расчета: стоп 3 x плечо 10 = 30%",
            ("OP/USDT", "long", prices("1.85"), None, [], None),
        ),
    ],
)
def test_a_worked_calculation_after_a_plan_gives_it_no_stop_nor_leverage(text, expected):
    assert plan_of(signal_read(text)) == expected


def test_an_example_opening_the_post_stays_a_lesson():
    assert not isinstance(parse_message("Example calculation: long BTC 65000, SL 64000, TP 67000, 10x"), ParsedSignal)
