"""Rules for known weak spots (``fixtures/languages/*-gaps.json`` hold the messages in every language
family): hedged analysis, a market word offered beside a price, joined pairs whose base reads like a
label, one-letter labels, dot-grouped thousands among whole prices, bulleted target lists, ❌ as the
stop marker and results posts. These tests pin the edges of each rule: what it must leave alone.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, ParsedUpdate, parse_message
from tests.helpers import prices


# --- Hedged analysis ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Maybe long ETH near 3100, SL 3000, TP 3300",
        "ETH could bounce here\nLong 3100\nTP 3300\nSL 3000",
        "BTC long 62000 tp 65000 sl 61000, could run further",
    ],
)
def test_a_hedged_call_with_its_plan_laid_out_is_still_a_signal(text):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedSignal) and parsed.side == "long" and parsed.stop_loss is not None


def test_a_hedge_after_the_targets_does_not_make_a_terse_call_talk():
    parsed = parse_message("BTC long 62000 tp 65000, could run further")
    assert isinstance(parsed, ParsedSignal) and parsed.take_profits == prices("65000")


def test_a_message_that_says_it_is_not_a_call_never_trades_even_laid_out():
    assert not isinstance(parse_message("ETH long\nEntry 3100\nSL 3000\nTP 3300\nNot a signal, just my idea"), ParsedSignal)


def test_not_financial_advice_does_not_count_as_saying_it_is_no_call():
    assert isinstance(parse_message("ETH long\nEntry 3100\nSL 3000\nTP 3300\nNot financial advice"), ParsedSignal)


# --- A market word beside a price ---------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    ["LONG #FLMUSDT\nEntry: now 0.545\nTP: 0.573\nSL: 0.52", "#FLMUSDT LONG\nEntry at CMP: 0.545\nTP: 0.573\nSL: 0.52"],
)
def test_a_market_word_with_a_price_beside_it_stays_a_market_entry(text):
    assert parse_message(text).entry == []


def test_a_dash_after_now_notes_the_current_price_rather_than_a_zone():
    assert parse_message("XAUUSD\nSELL NOW - 2345\nSL 2355\nTP 2330").entry == []


@pytest.mark.parametrize("text", ["#INJ LONG\nEntry: CMP or 24.80\nTP: 26\nSL: 23.5", "#INJ LONG\nBuy CMP/24.80\nTP: 26\nSL: 23.5"])
def test_a_market_word_offered_with_a_price_enters_at_the_price(text):
    assert parse_message(text).entry == prices("24.80")


def test_a_percentage_after_a_market_word_is_no_entry_price():
    assert parse_message("#INJ LONG\nEntry: CMP - 5%\nTP: 26\nSL: 23.5").entry == []


# --- Joined pairs whose base reads like a word ----------------------------------------------------
@pytest.mark.parametrize(
    "text, symbol",
    [("#PERPUSDT LONG", "PERP/USDT"), ("PERPUSDT.P SHORT", "PERP/USDT"), ("#PERP USDT LONG", "PERP/USDT"),
     ("#HIGHUSDT.P LONG", "HIGH/USDT"), ("#WUSDT LONG", "W/USDT"), ("#ETHUSDTPERP LONG", "ETH/USDT")],
)
def test_a_listed_base_that_reads_like_a_label_still_names_its_joined_pair(text, symbol):
    assert parse_message(f"{text}\nEntry 0.81\nTP 0.86\nSL 0.76").symbol == symbol


# --- One-letter labels --------------------------------------------------------------------------
def test_one_letter_labels_on_one_line_are_read_as_entry_targets_and_stop():
    parsed = parse_message("ARB LONG E: 0.52-0.50 / T: 0.55, 0.58 / S: 0.48")
    assert (parsed.entry, parsed.take_profits, parsed.stop_loss) == (prices("0.50", "0.52"), prices("0.55", "0.58"), Decimal("0.48"))


def test_a_lower_case_letter_before_a_colon_is_not_a_label():
    parsed = parse_message("#ARB LONG\nEntry 0.52\nTP 0.55\nSL 0.48\ns: 0.40")
    assert parsed.stop_loss == Decimal("0.48")


# --- Dot-grouped thousands ----------------------------------------------------------------------
def test_a_dot_group_among_whole_prices_groups_thousands_in_an_english_message():
    parsed = parse_message("BTC LONG\nEntry 63.850\nTP 64500 65200\nSL 62900")
    assert parsed.entry == prices("63850")


def test_a_dot_group_far_from_the_whole_numbers_stays_a_decimal():
    parsed = parse_message("OP long\nEntry 3.420\nTP 3.500\nSL 3.350\n24h volume 1200000")
    assert parsed.entry == prices("3.420")


# --- Bulleted target lists ----------------------------------------------------------------------
def test_a_bulleted_list_after_the_stop_and_entry_is_the_targets_whichever_comes_first():
    parsed = parse_message("#ARB LONG\nSL: 0.48\nEntry: 0.52\n🔵 0.55\n🔵 0.58")
    assert (parsed.entry, parsed.take_profits) == (prices("0.52"), prices("0.55", "0.58"))


def test_a_bulleted_ladder_under_the_entry_towards_the_stop_stays_entries():
    parsed = parse_message("#ARB LONG\nSL: 0.48\nEntry: 0.52\n• 0.51\n• 0.50\nTP 0.56 0.60")
    assert (parsed.entry, parsed.take_profits) == (prices("0.50", "0.51", "0.52"), prices("0.56", "0.60"))


def test_a_bracketed_note_under_the_stop_is_not_a_target_list():
    parsed = parse_message("#ARB LONG\nEntry: 0.52\nSL: 0.48\n(0.47 for a wick)\nTP 0.55")
    assert parsed.take_profits == prices("0.55")


# --- ❌ as the stop marker ------------------------------------------------------------------------
def test_a_cross_before_a_price_is_the_stop_of_a_signal():
    parsed = parse_message("#ARB LONG\nEntry: 0.52\n❌ 0.48\nTP: 0.55 0.58")
    assert isinstance(parsed, ParsedSignal) and parsed.stop_loss == Decimal("0.48") and parsed.entry == prices("0.52")


@pytest.mark.parametrize("text", ["#ARB ❌ Cancelled", "❌ Signal cancelled #ARB"])
def test_a_cross_before_a_word_stays_a_cancel(text):
    assert parse_message(text) == ParsedUpdate(kind="cancel", symbol="ARB/USDT")


def test_a_cross_after_a_stop_hit_report_opens_nothing():
    assert not isinstance(parse_message("#ARB SL hit ❌"), ParsedSignal)


# --- Results posts ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["#BTC 12 alvos atingidos 🚀", "#AVAX 5 hedef de vuruldu 🔥", "#DOGE 5 objetivos cumplidos ✅"])
def test_a_count_of_targets_hit_is_a_target_hit_without_an_index(text):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedUpdate) and (parsed.kind, parsed.target_index) == ("tp_hit", None)


def test_a_results_line_under_a_repeated_signal_keeps_it_from_trading():
    parsed = parse_message("#SOL LONG\nEntrada: 142\nAlvos: 150 - 158 - 165\nStop: 135\n📊 3 alvos batidos")
    assert isinstance(parsed, ParsedUpdate) and parsed.kind == "tp_hit"
