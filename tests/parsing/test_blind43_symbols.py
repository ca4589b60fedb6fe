"""The rules the 43rd blind set showed missing, tried on wordings that set does not contain:
- a listed base that is also a word ("MOVE") in capitals, opening a line with only prices or marks before a
  side word, heads the call whatever the side's case ("MOVE SHORT 🔻", "MOVE 突破 0.4650 站稳再追多");
  "MOVE LONG SL TO ENTRY" keeps the verb (``word_base_sides``);
- the call's own coin name, when it is such a word, moves no stop ("… MOVE da sıçrayabilir, stop'u
  esnetmeyin") (``word_base_sides.without_coin_name``);
- a Spanish refusal "no la toco" declines its pair (``vocabulary/es.py`` decline row), so the pair after it trades;
- "x12,5" is a leverage with a decimal comma (``leverage``);
- "PLAN" ("✅ TRADE PLAN (LONG SETUP)") is a label, never a guessed ticker (``ticker_words``);
- an unmarked word of a header in capitals of a marked language ("LOẠI GIAO DỊCH") is no guessed ticker
  (``ticker_words.in_foreign_capitals``);
- a stop or target worked out by multiplication ("SL = 0.1381 × 0.95 = 0.1312") makes the post a lesson
  (``examples.computes_levels``).
"""
from __future__ import annotations

import pytest

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import plan_of, prices, signal_read


@pytest.mark.parametrize(
    "text",
    [
        "MOVE SHORT 🔻\nEntry market\nTP 0.4120 / 0.3985\nSL 0.4490\n10x",
        "MOVE SHORT 🔻\nPiyasa fiyatından giriş\nHedef 1: 0,4120\nHedef 2: 0,3985\nZarar durdur: 0,4490\n10x",
        "MOVE ШОРТ 🔻\nВход по рынку\nЦели 0.4120 / 0.3985\nСтоп 0.4490\n10x",
        "MOVE 空 🔻\n市价进场\n目标 0.4120 / 0.3985\n止损 0.4490\n10x",
        "MOVE SHORT 🔻\nEntrada a mercado\nObjetivos 0.4120 / 0.3985\nSL 0.4490\n10x",
    ],
)
def test_it_reads_a_word_base_heading_its_side_line_as_the_pair(text):
    parsed = signal_read(text)
    assert plan_of(parsed) == ("MOVE/USDT", "short", [], prices("0.4490")[0], prices("0.4120", "0.3985"), 10)


@pytest.mark.parametrize(
    "text",
    [
        "MOVE 突破 0.4650 站稳再追多，止损 0.4420，止盈 0.4900 / 0.5200，杠杆 10倍",
        "MOVE 0.4650 LONG, SL 0.4420, TP 0.4900 / 0.5200, 10x",
        "MOVE — long above 0.4650, stop 0.4420, targets 0.4900 / 0.5200, 10x",
    ],
)
def test_it_reads_a_word_base_before_a_price_and_its_side_as_the_pair(text):
    parsed = signal_read(text)
    assert plan_of(parsed) == ("MOVE/USDT", "long", prices("0.4650"), prices("0.4420")[0], prices("0.4900", "0.5200"), 10)


@pytest.mark.parametrize(
    "text",
    ["MOVE LONG SL TO ENTRY", "MOVE SHORT STOPS TO BREAKEVEN", "MOVE LONG SL TO 0.4500"],
)
def test_it_keeps_move_a_verb_before_a_stop_word(text):
    parsed = parse_message(text)
    assert not isinstance(parsed, ParsedSignal) and getattr(parsed, "symbol", None) != "MOVE/USDT"


def test_it_moves_no_stop_on_the_calls_own_coin_name_in_a_note():
    parsed = signal_read(
        "MOVE SHORT 🔻\nEntry market\nTP 0.4120 / 0.3985\nSL 0.4490\n10x\n"
        "Note: if ETH bounces MOVE may spike too, don't widen the stop."
    )
    assert (parsed.symbol, parsed.side, parsed.stop_loss) == ("MOVE/USDT", "short", prices("0.4490")[0])


@pytest.mark.parametrize(
    "text",
    [
        "Olvidaos de MATIC, no la toco ni con un palo. La jugada de hoy es HOOK 👇\n🟢 Compra\nEntrada 0,8120\n"
        "🎯 0,8550\n🎯 0,8900\n⛔ SL 0,7790\nx10",
        "De ETH no los toco hoy.\nHOOK compra\nEntrada 0,8120\nTP 0,8550 / 0,8900\nSL 0,7790\n10x",
    ],
)
def test_it_trades_the_pair_after_a_spanish_refusal(text):
    parsed = signal_read(text)
    assert plan_of(parsed) == ("HOOK/USDT", "long", prices("0.8120"), prices("0.7790")[0], prices("0.8550", "0.8900"), 10)


@pytest.mark.parametrize(("text", "leverage"), [("x12,5", 12.5), ("x 7,5", 7.5), ("x10,20", 10)])
def test_it_reads_a_leverage_after_its_x_with_a_decimal_comma(text, leverage):
    parsed = signal_read(f"#SOL long\nEntrada 142,5\nSL 138,2\nTP 150,1\n{text}")
    assert parsed.leverage == leverage


def test_it_keeps_a_price_with_a_decimal_comma_a_price_beside_an_x_leverage():
    parsed = signal_read("#SOL long\nEntrada 142,5\nSL 138,2\nTP 150,1\nx12,5")
    assert (parsed.entry, parsed.stop_loss) == (prices("142.5"), prices("138.2")[0])


@pytest.mark.parametrize(
    "text",
    [
        "✅ TRADE PLAN (LONG SETUP)\nLeverage: 30x\nEntry: 10.05\nStop Loss: 8.88\nTP1: 10.38\nTP2: 10.69",
        "📌 PLAN: SHORT\nEntry 10.05\nSL 10.88\nTP 9.38",
        "LOẠI GIAO DỊCH: Bán (Short)\nĐòn bẩy: 70x\nNhập Chính: 10500\nDừng lỗ: 10860\nTP1: 10400",
        "SÀN GIAO DỊCH: Binance — LỆNH MUA (Long)\nNhập: 10500\nDừng lỗ: 10260\nTP1: 10700",
        "İŞLEM YÖNÜ: SHORT\nGiriş: 10500\nStop: 10860\nTP1: 10400",
    ],
)
def test_it_trades_no_label_word_of_a_header_guessed_as_the_pair(text):
    parsed = parse_message(text)
    assert not isinstance(parsed, ParsedSignal)


def test_it_still_guesses_an_unlisted_ticker_heading_a_side_line():
    parsed = signal_read("NEWCOINX LONG\nEntry 0.50\nSL 0.45\nTP 0.60")
    assert (parsed.symbol, parsed.side) == ("NEWCOINX/USDT", "long")


@pytest.mark.parametrize(
    "text",
    [
        "Long setup for SOL at 150\nSL = 150 × 0.95 = 142.5\nTP = 150 + 2 × 7.5 = 165",
        "#BTC long\nEntry 60000\nStop loss = 60000 * 0.98 = 58800\nTP1 = 60000 * 1.04 = 62400",
        "ETH short\nВход 3000\nSL = 3000 x 1.05 = 3150\nTP = 3000 - 2 x 150 = 2700",
    ],
)
def test_it_reads_a_stop_worked_out_by_multiplication_as_a_lesson(text):
    assert not isinstance(parse_message(text), ParsedSignal)


def test_it_keeps_a_plan_whose_labels_are_written_with_an_equals_sign():
    parsed = signal_read("#KTA long\nEntry = 0.1381 | SL = 0.1312 | TP = 0.1519 | 5x")
    assert plan_of(parsed) == ("KTA/USDT", "long", prices("0.1381"), prices("0.1312")[0], prices("0.1519"), 5)


@pytest.mark.parametrize(
    "text",
    [
        "不碰 WIF 了，插针太多。换 PEOPLE：市价多，止损 0.0725，止盈 0.0790 0.0850，10x",
        "Not touching WIF, too many wicks. PEOPLE long market, SL 0.0725, TP 0.0790 0.0850, 10x",
    ],
)
def test_it_trades_the_pair_after_a_refused_one(text):
    parsed = signal_read(text)
    assert (parsed.symbol, parsed.side, parsed.stop_loss) == ("PEOPLE/USDT", "long", prices("0.0725")[0])
