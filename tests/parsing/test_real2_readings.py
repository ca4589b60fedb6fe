"""Readings the second set of real channel messages showed missing, each tried on wordings that set
does not contain: a one-letter coin or a word-like ticker written as a pair ("B/USDT", "TAI/USDT") or
tagged alone on a line ("#FOR"); Persian "at the point(s) X" as the entry and "cryptocurrency FORM"
as the pair; a line opening with "Price:" as the entry when none is labelled; "TP №1"; and, in an
analysis under a signal, neither a bracketed note after a target, a worked-out sum, a numbered
point of prose, "Nx leveraged longs", nor targets told again in prose add targets or leverage.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import prices, signal_read


def trade(symbol, side, entry, stop, targets, leverage=None) -> ParsedSignal:
    return ParsedSignal(
        symbol=symbol, side=side, entry=prices(*entry), stop_loss=Decimal(stop) if stop else None,
        take_profits=prices(*targets), leverage=leverage, margin_mode=None,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("#W/USDT LONG\nEntry: 0.3\nTP: 0.33\nSL: 0.28", trade("W/USDT", "long", ["0.3"], "0.28", ["0.33"])),
        (
            "S/USDT 1H SHORT\nВход: 0,52\nЦели: 0,5 / 0,48\nСтоп: 0,54",
            trade("S/USDT", "short", ["0.52"], "0.54", ["0.5", "0.48"]),
        ),
        (
            "Торговая идея на T/USDT 1Ч ЛОНГ📈\nВход: 0.0161 - 0.0158\nСтоп: 0.0152\nТейк 1: 0.0168",
            trade("T/USDT", "long", ["0.0158", "0.0161"], "0.0152", ["0.0168"]),
        ),
        (
            "#идея TAI/USDT 15М ШОРТ\nВход: 0.0192 - 0.0194\nСтоп: 0.0199\nТейк 1: 0.0188",
            trade("TAI/USDT", "short", ["0.0192", "0.0194"], "0.0199", ["0.0188"]),
        ),
    ],
)
def test_it_reads_a_written_pair_whatever_its_base_looks_like(text, expected):
    assert signal_read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "$FOR\nBuy 0.031-0.029\nSell 0.034-0.037-0.041\nStop loss 0.026",
            trade("FOR/USDT", "long", ["0.029", "0.031"], "0.026", ["0.034", "0.037", "0.041"]),
        ),
        (
            "#FOR\nBuy: 99 - 96\nSell: 102 / 105 / 110\nStop: 85",
            trade("FOR/USDT", "long", ["96", "99"], "85", ["102", "105", "110"]),
        ),
        (
            "#ADA\nBuy 0.30-0.28\nSell 0.33-0.36-0.40\nStopLoss 0.25",
            trade("ADA/USDT", "long", ["0.28", "0.30"], "0.25", ["0.33", "0.36", "0.40"]),
        ),
    ],
)
def test_it_reads_a_buy_zone_and_sell_targets_under_a_tag_alone_on_its_line(text, expected):
    assert signal_read(text) == expected


def test_a_grammar_word_tagged_in_a_sentence_names_no_coin():
    parsed = signal_read("Great week #FOR us\nLONG BTC 65000 TP 66000 SL 64000")
    assert parsed.symbol == "BTC/USDT"
    assert parse_message("#FOR\nPrice went up 20% today, see chart") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "#ETH/USDT\nپوزیشن لانگ در نقطه 3250 باز کنید\nتارگت: 3320 - 3400\nاستاپ: 3180",
            trade("ETH/USDT", "long", ["3250"], "3180", ["3320", "3400"]),
        ),
        (
            "رمزارز SOL\nدر نقاط 142 و 139 پوزیشن لانگ بگیرید\nتارگت ها: 148 / 155\nحد ضرر: 134",
            trade("SOL/USDT", "long", ["139", "142"], "134", ["148", "155"]),
        ),
        (
            "#BTC/USDT\nپوزیشن شورت\nورود: 27500\nتارگت: 26000\nاستاپ در نقطه 28000",
            trade("BTC/USDT", "short", ["27500"], "28000", ["26000"]),
        ),
    ],
)
def test_it_reads_persian_points_as_the_entries_and_a_stop_at_a_point_as_the_stop(text, expected):
    assert signal_read(text) == expected


def test_a_persian_close_or_support_at_a_point_opens_nothing():
    assert not isinstance(parse_message("پوزیشن لانگ BTC را در نقطه 27000 ببندید"), ParsedSignal)
    assert parse_message("#BTC\nبیت کوین در نقطه 27000 حمایت خوبی دارد") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "#DOGEUSDT #SHORTTIME\n🔴 #SHORT 🔴\n💰 Price: 0.1624 $\n⛔️ SL: ≈0.1645 $ | 1.3%\n"
            "🎯 TP №1: ≈0.1611 $ | -0.8%\n🎯 TP №2: ≈0.1598 $ | -1.6%\nMax price: 0.171 $\nMin price: 0.158 $",
            trade("DOGE/USDT", "short", ["0.1624"], "0.1645", ["0.1611", "0.1598"]),
        ),
        (
            "ETH/USDT LONG\nPrice: 3200\nTarget No 1: 3260\nTarget No 2: 3320\nStop: 3150",
            trade("ETH/USDT", "long", ["3200"], "3150", ["3260", "3320"]),
        ),
        (
            "Лонг #LINK\nВход: 14,2\nТейк №1: 14,8\nТейк №2: 15,4\nСтоп: 13,6",
            trade("LINK/USDT", "long", ["14.2"], "13.6", ["14.8", "15.4"]),
        ),
        # A labelled entry wins over a "Price:" line.
        ("#SOLUSDT LONG\nEntry: 145\nPrice: 146.2\nTP1: 150\nSL: 140", trade("SOL/USDT", "long", ["145"], "140", ["150"])),
    ],
)
def test_it_reads_a_price_line_as_the_entry_and_a_numbered_target(text, expected):
    assert signal_read(text) == expected


def test_a_price_line_without_a_side_or_exits_is_no_trade():
    assert parse_message("BTC/USDT\nPrice: 65000\n24h change: +2.1%\nRSI: 41\nVolume: 32B") is None


def test_notes_sums_and_reasons_under_a_signal_add_no_targets_or_leverage():
    text = (
        "BTC/USDT Short\nEntry: 67200-67800\nTargets:\n- TP1: 66100 (0.618 retracement)\n- TP2: 65200\n"
        "Stop Loss: 68600\nWhy this trade:\n1. Structure:\n"
        "- Measured move = range height x 1.272 = 1900 → TP2 = 67100 - 1900 = 65200\n"
        "2. Sentiment:\n- 100x leveraged longs are crowded; funding 0.03%"
    )
    parsed = signal_read(text)
    assert parsed == trade("BTC/USDT", "short", ["67200", "67800"], "68600", ["66100", "65200"])
    assert parsed.certainty == "high"


def test_an_equals_sign_after_a_target_label_is_still_its_price():
    parsed = signal_read("SOL/USDT LONG 10x\nEntry: 145\nTP1 = 150\nTP2 = 156\nSL = 140")
    assert parsed == trade("SOL/USDT", "long", ["145"], "140", ["150", "156"], leverage=10)


def test_targets_told_in_prose_and_again_in_fields_are_read_once():
    text = (
        "Long $ARB here, entry 1.02-1.05, target 1.12/1.20, stop 0.98.\n"
        "Plan: Entry: 1.02-1.05 | Target 1: 1.12 | Target 2: 1.20 | Stop: 0.98"
    )
    assert signal_read(text) == trade("ARB/USDT", "long", ["1.02", "1.05"], "0.98", ["1.12", "1.20"])


def test_the_same_price_under_two_target_labels_is_kept_twice():
    parsed = signal_read("BTC LONG\nEntry 65000\nTP1: 66000\nTP2: 66000\nSL 64000")
    assert parsed.take_profits == prices("66000", "66000")
