"""How numbers and layouts that depend on a language are read, and what each rule leaves alone.

Found by a blind set written before the rules were read (tests/parsing/fixtures/languages/*-blind.json).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import parse_message
from tests.helpers import prices


# --- Thousands grouped with a space --------------------------------------------------------------
def test_russian_thousands_grouped_with_a_space_are_one_number():
    parsed = parse_message("Покупка BTC/USDT\nЗона покупки: 64 500 – 63 800\nТейк-профит: 66 000, 68 000, 70 500\nСтоп: 62 900")
    assert parsed.entry == prices("63800", "64500")
    assert parsed.take_profits == prices("66000", "68000", "70500") and parsed.stop_loss == Decimal(62900)


@pytest.mark.parametrize(
    "text, targets",
    [
        ("SOL LONG 142 SL 138 TP 146 150 155", ("146", "150", "155")),  # a list of three is a list
        ("SOL LONG 92 SL 88 TP 95 100", ("95", "100")),  # one pair alone is two targets
    ],
)
def test_numbers_separated_by_spaces_stay_a_list(text, targets):
    assert parse_message(text).take_profits == prices(*targets)


# --- Decimal comma and dot thousands, by the language's own style ----------------------------------
def test_a_portuguese_comma_with_three_digits_is_a_decimal():
    parsed = parse_message("📍 ARB\nDireção: Compra\nEntradas:\n1) 1,150\n2) 1,120\nAlvos: 1,190 - 1,230\nSL: 1,080")
    assert parsed.entry == prices("1.120", "1.150") and parsed.stop_loss == Decimal("1.080")


def test_a_turkish_dot_with_three_digits_groups_thousands():
    parsed = parse_message("#BTCUSDT LONG\nGiriş: 66.800 - 66.200\nHedefler: 67.500 / 68.400\nStop kaybı: 65.400")
    assert parsed.entry == prices("66200", "66800") and parsed.stop_loss == Decimal(65400)


def test_a_message_that_writes_a_dot_decimal_keeps_the_english_style_in_any_language():
    parsed = parse_message("$DOGE\nYön: Long\nAlım aralığı: 0.158 ~ 0.162\nHedef: 0.175\nSL: 0.151")
    assert parsed.entry == prices("0.158", "0.162")


def test_an_english_comma_with_three_digits_still_groups_thousands():
    assert parse_message("BTC long 67,250 sl 66,400 tp 68,000").entry == prices("67250")


# --- Layouts ---------------------------------------------------------------------------------------
def test_prices_written_before_their_labels_are_read():
    parsed = parse_message("$SOL 🟢 BUY\n142.5 — entry\n139.9 — stop\n146 / 150 / 155 — targets")
    assert (parsed.entry, parsed.stop_loss, parsed.take_profits) == (prices("142.5"), Decimal("139.9"), prices("146", "150", "155"))


@pytest.mark.parametrize("text, side", [("AVAX 多 34.5 止损 33.2 目标 36 / 38", "long"), ("BNB 空 入場 598 止損 606 止盈 585", "short")])
def test_a_lone_chinese_long_or_short_is_the_side(text, side):
    parsed = parse_message(text)
    assert parsed.side == side and parsed.symbol in ("AVAX/USDT", "BNB/USDT")


def test_chinese_words_that_contain_long_or_short_are_not_a_side():
    assert parse_message("BTC 多空比 1.2，空投活动明天开始") is None


def test_a_chinese_numeral_after_a_target_is_its_number():
    parsed = parse_message("【SOL/USDT】\n方向：做空\n入場：市價\n目標一：141.5\n目標二：138.0\n止損：147.2")
    assert (parsed.entry, parsed.take_profits) == ([], prices("141.5", "138.0"))


def test_an_ordinal_after_the_target_word_is_its_number():
    parsed = parse_message("ETH/USDT بيع\nسعر الدخول: ٣١٨٠\nالهدف الأول: ٣١٢٠\nالهدف الثاني: ٣٠٦٠\nوقف الخسارة: ٣٢٤٠")
    assert parsed.take_profits == prices("3120", "3060")


def test_a_listed_ticker_on_an_entry_line_is_the_pair():
    assert parse_message("SOL alış 142,5 hedef 147 - 152 stop 138,9").symbol == "SOL/USDT"


@pytest.mark.parametrize("text", ["ADA 做空 進場0.452 止盈0.440 止損0.463 槓桿 5~10倍", "ADA SHORT 0.452 SL 0.463 TP 0.440 5 to 10x"])
def test_a_leverage_range_with_a_tilde_or_to_is_its_low_end(text):
    assert parse_message(text).leverage == 5


def test_long_or_short_right_after_a_chinese_market_price_word_is_the_side():
    parsed = parse_message("比特币 BTC 现价多 止损 66000 目标 68500")
    assert (parsed.symbol, parsed.side, parsed.entry) == ("BTC/USDT", "long", [])


def test_a_zone_word_spelled_only_in_one_language_marks_the_message_as_that_language():
    assert parse_message("Long WIF vùng 2.80 - 2.90, TP 3.10 - 3.40, SL 2.60").entry == prices("2.80", "2.90")


def test_an_arabic_from_to_range_is_the_entry_zone():
    assert parse_message("شراء WIF من 2.80 إلى 2.90 الهدف 3.10 و 3.40 ستوب 2.60").entry == prices("2.80", "2.90")


@pytest.mark.parametrize(
    "text",
    [
        "💠 SIGNAL ID: 1187 💠\n📈 Long: #FET/USDT\n💵 Entry: CMP\n🎯 Target 1: 1.468\n🎯 Target 2: 1.525\n🛡 Stoploss: 1.338",
        "Signal No. 2078\nFET/USDT LONG\nEntry: market\nTP: 1.468 / 1.525\nSL: 1.338",
    ],
)
def test_a_posts_serial_number_does_not_make_dotted_prices_thousands(text):
    parsed = parse_message(text)
    assert parsed.take_profits == prices("1.468", "1.525") and parsed.stop_loss == Decimal("1.338")


def test_a_dotted_price_among_whole_prices_still_groups_thousands():
    parsed = parse_message("Signal No. 2078 BTC long entry 63.850 TP 64500 65200 SL 63100")
    assert parsed.entry == prices("63850")
