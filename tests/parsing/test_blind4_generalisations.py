"""The rules the fourth blind set (``*-blind4.json``) showed missing, each tried on wordings that set
does not contain: "k" thousands, "T1:" target labels, "here @ price", market orders with percentage
exits, quoted old calls, target/stop emoji as labels, a "(CMP)" note after a price, and a header's
"SELL NOW" before the written entry zone.

Still misread and left out of the fixtures: "⚫SELL / 🔵6.42, 6.30 / 🛑6.71", where a coloured dot
alone marks the targets and no entry is written; the prices are read as an entry ladder.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import prices


@pytest.mark.parametrize(
    "text",
    [
        "ETH long\nEntry 3.12k\nTP 3.2k / 3.35k\nSL 3.05k",
        "#ETHUSDT лонг\nВход: 3.12k\nЦели: 3.2k 3.35k\nСтоп: 3.05k",
        "ETH/USDT LONG\nEntry: $3.12K\nTP: $3.2K, $3.35K\nSL: $3.05K",
        "#ETHUSDT ЛОНГ\nВход: 3,12к\nЦели: 3,2к / 3,35к\nСтоп: 3,05к",
    ],
)
def test_it_reads_a_k_suffix_as_thousands(text):
    parsed = parse_message(text)
    assert (parsed.entry, parsed.take_profits, parsed.stop_loss) == (prices("3120"), prices("3200", "3350"), Decimal("3050"))


def test_it_leaves_a_k_inside_a_word_or_ticker_alone():
    parsed = parse_message("#KAVAUSDT LONG\nEntry: 0.45\nTP: 0.48 0.52\nSL: 0.42\n5k members already in 🚀")
    assert parsed.symbol == "KAVA/USDT"
    assert parsed.take_profits == prices("0.48", "0.52")


def test_commentary_with_k_prices_is_not_a_trade():
    assert not isinstance(parse_message("ETH bouncing off 3.1k, next resistance 3.4k. Patience 👀"), ParsedSignal)


def test_it_reads_t1_t2_labels_as_targets():
    parsed = parse_message("#NEAR SHORT\nEntry: 5.20\nT1 = 5.05\nT2 = 4.90\nT3) 4.70\nSL: 5.40")
    assert parsed.take_profits == prices("5.05", "4.90", "4.70")


def test_a_t_without_a_number_is_no_target_label():
    parsed = parse_message("#NEAR SHORT\nEntry: 5.20\nTP: 5.05\nSL: 5.40\nT: stay safe")
    assert parsed.take_profits == prices("5.05")


def test_here_before_a_price_keeps_the_price_as_entry():
    parsed = parse_message("Long #APT here at 9.05\nTP 9.40 / 9.80\nSL 8.70")
    assert parsed.entry == prices("9.05")


@pytest.mark.parametrize(
    "text",
    [
        "#SOLUSDT LONG\nEntry: market\nTP: 3% / 6%\nSL: 2%\nLeverage: 20x",
        "#SOLUSDT ЛОНГ\nВход: по рынку\nТП: 3%\nСтоп: 2%\nПлечо 20x",
        "#SOLUSDT LONG\nGiriş: piyasa fiyatından\nHedef: %3\nStop: %2\nKaldıraç 20x",
    ],
)
def test_a_market_order_with_percentage_exits_is_a_signal_with_no_prices(text):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedSignal)
    assert (parsed.side, parsed.entry, parsed.take_profits, parsed.stop_loss, parsed.leverage) == ("long", [], [], None, 20)


def test_a_signed_profit_figure_does_not_make_a_market_close_a_signal():
    assert not isinstance(parse_message("Closing SOL long at market, profit +12%"), ParsedSignal)


def test_a_quoted_old_call_is_not_a_new_trade():
    text = "Told you 👇\n“SHORT #OP Entry 2.41 TP 2.30 SL 2.50”\nPaid +20% ✅"
    assert not isinstance(parse_message(text), ParsedSignal)


def test_a_quote_inside_a_line_does_not_hide_it():
    parsed = parse_message('#OP SHORT "scalp"\nEntry 2.41\nTP 2.30\nSL 2.50')
    assert parsed.entry == prices("2.41")


@pytest.mark.parametrize("stop_emoji", ["🛑", "⛔", "⛔️"])
def test_target_and_stop_emoji_before_a_price_are_labels(stop_emoji):
    parsed = parse_message(f"#ARBUSDT LONG\nEntry 1.10\n🎯 1.15\n🎯 1.22\n{stop_emoji} 1.04")
    assert (parsed.entry, parsed.take_profits, parsed.stop_loss) == (prices("1.10"), prices("1.15", "1.22"), Decimal("1.04"))


def test_a_target_emoji_before_a_written_label_changes_nothing():
    parsed = parse_message("#ARBUSDT LONG\nEntry 1.10\n🎯 TP1: 1.15\n🎯 TP2: 1.22\n🛑 SL: 1.04")
    assert (parsed.take_profits, parsed.stop_loss) == (prices("1.15", "1.22"), Decimal("1.04"))


def test_a_cmp_note_after_a_price_keeps_the_entry_range_whole():
    parsed = parse_message("#ARB LONG\nEntry: 1.10 (CMP) - 1.06\nTP: 1.15 1.20\nSL: 1.02")
    assert parsed.entry == prices("1.06", "1.10")


def test_a_header_now_gives_way_to_the_written_entry_zone():
    parsed = parse_message("XAUUSD BUY NOW\nBUY @ 2331 - 2328\nSL 2322\nTP 2336\nTP 2340")
    assert (parsed.side, parsed.entry) == ("long", prices("2328", "2331"))


def test_entry_now_stays_a_market_entry_even_with_a_reference_price():
    parsed = parse_message("BTC LONG\nEntry: now\nDCA: 62000\nTP: 64000 65000\nSL: 61000")
    assert parsed.entry == []


def test_buy_now_with_sell_targets_stays_a_market_entry():
    parsed = parse_message("Buy now #ARB/USDT\nSell: 1.12 1.18\nStop: 0.98")
    assert (parsed.entry, parsed.take_profits) == ([], prices("1.12", "1.18"))
