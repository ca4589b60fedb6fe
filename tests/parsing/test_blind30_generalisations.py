"""The rules the 30th blind set showed missing, each tried on wordings that set does not contain: Hinglish
puts a stop's price before it ("X ke neeche SL"); "sell kar do" / "buy kar do" take a side; a candle's close
above a price that makes a side ("close de to long banta hai") is a condition, never a close; a leverage
refused ("50x mat lagao") gives way to the one allowed; Russian caps a leverage ("не больше 10") and puts a
verb between a stop and its price ("стоп ставлю"); Chinese "最后" (finally) joins the last target and
"之间" (between) follows a range.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import parse_message
from tests.helpers import plan_of, prices, signal_read


@pytest.mark.parametrize(
    ("text", "stop"),
    [
        ("SOL long le lo 152 pe, 147.5 ke neeche SL rakhna, target 158 fir 163", Decimal("147.5")),
        ("AVAX short karo 31.2 pe, 32.4 ke upar stop loss, tp 29.8", Decimal("32.4")),
        ("ETH में लॉन्ग लो 3400 पर, 3320 के नीचे स्टॉप, टारगेट 3480", Decimal("3320")),
    ],
)
def test_a_price_before_below_or_above_then_the_stop_is_the_stop(text, stop):
    assert plan_of(signal_read(text))[3] == stop


def test_a_stop_with_its_own_price_keeps_it():
    assert plan_of(signal_read("SOL long 152 ke upar, SL 147, target 158"))[3] == Decimal("147")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ARB sell kar do 0.92-0.95 zone me, sl 0.99, tp 0.88 0.84",
            ("ARB/USDT", "short", prices("0.92", "0.95"), Decimal("0.99"), prices("0.88", "0.84"), None),
        ),
        (
            "LINK buy kar do 14.2-14.6 zone me, sl 13.7, tp 15.3 16.1",
            ("LINK/USDT", "long", prices("14.2", "14.6"), Decimal("13.7"), prices("15.3", "16.1"), None),
        ),
    ],
)
def test_sell_or_buy_kar_do_takes_the_side(text, expected):
    assert plan_of(signal_read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SOL 148 ke upar close de to long banta hai, SL 144 tp 153 158",
            ("SOL/USDT", "long", prices("148"), Decimal("144"), prices("153", "158"), None),
        ),
        (
            "BTC 96,000 ke neeche close ho to short banta hai. SL 97,200 tp 94,500 93,000",
            ("BTC/USDT", "short", prices("96000"), Decimal("97200"), prices("94500", "93000"), None),
        ),
    ],
)
def test_a_candle_close_that_makes_a_side_is_its_condition_not_a_close(text, expected):
    assert plan_of(signal_read(text)) == expected


@pytest.mark.parametrize(
    ("text", "leverage"),
    [
        ("SOL long 152, SL 147, TP 158 | 100x mat lagao, 5x hi kaafi hai", 5),
        ("DOGE लॉन्ग 0.18, SL 0.172, TP 0.19 | 75x मत लगाना, 15x काफी है", 15),
        ("DOGE long 0.18, SL 0.172, TP 0.19, 15x se zyada mat lagana", 15),
        ("Лонг SOL 152, стоп 147, цель 158. Плечо не более 7", 7),
        ("Шорт ETH 3500, стоп 3560, цели 3420. Плечо не больше 15.", 15),
    ],
)
def test_a_refused_or_capped_leverage_reads_the_allowed_one(text, leverage):
    assert plan_of(signal_read(text))[5] == leverage


def test_a_russian_verb_between_the_stop_and_its_price():
    parsed = signal_read("по SOL смотрю лонг с 150-152 стоп ставим 146 цели 158 164")
    assert plan_of(parsed)[3] == Decimal("146")


def test_chinese_finally_joins_the_last_target_and_between_follows_a_range():
    parsed = signal_read("开空 SOL 155到158之间，止损162，先看150，再看146，最后140")
    assert plan_of(parsed) == ("SOL/USDT", "short", prices("155", "158"), Decimal("162"), prices("150", "146", "140"), None)


def test_a_close_said_as_an_instruction_stays_a_close():
    parsed = parse_message("ETH long close kar do abhi, profit book karo")
    assert parsed is None or getattr(parsed, "kind", None) == "close"
