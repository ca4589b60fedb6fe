"""The rules the seventeenth blind set (``*-blind17.json``) showed missing in Chinese, Vietnamese, Hindi
and Indonesian, each tried on wordings that set does not contain: Hong Kong's "沽空" takes the short, and
Cantonese places its stop ("止蝕擺") and looks to its targets ("止賺睇 … 同 …"); a price before "吸" or
"低吸" is a spot buy's entry; "X左右止损" puts the stop at X, and "，看 X-Y" opening a clause names the
targets; three-digit whole prices decide that "1.012" groups thousands, and "3,412.5" that commas do;
"DCA thêm ở X" adds an entry; "TP aman 1.41 | TP 2 1.52" counts its first target though it has no
number; Hindi writes the pair, its prices and then the verb ("… 177-174 के बीच खरीदें").
Views, reports of a stop already hit and accumulation talk stay out.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import parse_message
from tests.helpers import plan_of, prices, signal_read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "BTC 沽空 97500，止蝕 98800，止賺 95000 / 93800",
            ("BTC/USDT", "short", prices("97500"), Decimal("98800"), prices("95000", "93800"), None),
        ),
        (
            "LINK 沽空 23.4｜止蝕放喺 24.1｜先睇 22.5 再睇 21.8",
            ("LINK/USDT", "short", prices("23.4"), Decimal("24.1"), prices("22.5", "21.8"), None),
        ),
        (
            "OP 1.95 開多，止蝕擺 1.88，止賺睇 2.05 同 2.12，10倍，見好就收",
            ("OP/USDT", "long", prices("1.95"), Decimal("1.88"), prices("2.05", "2.12"), 10),
        ),
    ],
)
def test_it_reads_cantonese_sides_stop_placement_and_targets(text, expected):
    assert plan_of(signal_read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SOL 现货 142附近低吸 止损135 目标155 168",
            ("SOL/USDT", "long", prices("142"), Decimal("135"), prices("155", "168"), None),
        ),
        (
            "ARB 0.82左右分批吸，止损0.76，目标0.90/0.98",
            ("ARB/USDT", "long", prices("0.82"), Decimal("0.76"), prices("0.90", "0.98"), None),
        ),
    ],
)
def test_it_reads_the_price_before_a_chinese_buy_the_dip_verb_as_the_entry(text, expected):
    assert plan_of(signal_read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "比特币97000附近多，95800左右止损，看98500-99800",
            ("BTC/USDT", "long", prices("97000"), Decimal("95800"), prices("98500", "99800"), None),
        ),
        (
            "SOL 150一线空，153上方止损，看145/140",
            ("SOL/USDT", "short", prices("150"), Decimal("153"), prices("145", "140"), None),
        ),
    ],
)
def test_it_reads_a_chinese_stop_after_its_price_and_targets_after_a_clause_opening_look(text, expected):
    assert plan_of(signal_read(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "主力在0.82附近吸筹，继续观察",
        "ARB 0.82附近吸引了大量买盘，止损单很多",
        "BTC 上方压力看99500一线，下方支撑94200附近，止损要设好",
        "ETH 多单 3245左右止损了，下次再来",
        "ETH 多单 3245附近止损出局，目标3400没到",
    ],
)
def test_it_opens_no_trade_on_chinese_views_accumulation_talk_or_a_stop_already_hit(text):
    assert parse_message(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "BNB short 1.012 tp 990 975 sl 1.030",
            ("BNB/USDT", "short", prices("1012"), Decimal("1030"), prices("990", "975"), None),
        ),
        (
            "BNB long 985-990 tp 1.015 1.040 sl 968",
            ("BNB/USDT", "long", prices("985", "990"), Decimal("968"), prices("1015", "1040"), None),
        ),
        (
            "ETH LONG | Entry zone: 2,415 - 2,432.5 | TP1: 2,480 | TP2: 2,525 | SL: 2,370 | (ae lưu ý: vào lệnh nhỏ thôi)",
            ("ETH/USDT", "long", prices("2415", "2432.5"), Decimal("2370"), prices("2480", "2525"), None),
        ),
        (
            "SOL Compra | Entrada: 1,150.5 - 1,162 | Alvo 1: 1,190 | Alvo 2: 1,230 | Stop: 1,120",
            ("SOL/USDT", "long", prices("1150.5", "1162"), Decimal("1120"), prices("1190", "1230"), None),
        ),
    ],
)
def test_it_lets_the_other_prices_of_a_message_decide_its_thousands_separator(text, expected):
    assert plan_of(signal_read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Long BNB: vào 612, DCA thêm ở 598 | SL 585 | TP 630 - 650",
            ("BNB/USDT", "long", prices("598", "612"), Decimal("585"), prices("630", "650"), None),
        ),
        (
            "Short SOL: vào 152,4, nhồi thêm 155,8 | SL 158 | TP 148 - 144",
            ("SOL/USDT", "short", prices("152.4", "155.8"), Decimal("158"), prices("148", "144"), None),
        ),
    ],
)
def test_it_reads_a_vietnamese_added_leg_as_a_second_entry(text, expected):
    assert plan_of(signal_read(text)) == expected


def test_it_counts_a_target_written_without_its_number_before_a_numbered_one():
    parsed = signal_read("Beli $ARB di area 0.58 - 0.56 | TP aman 0.62 | TP 2 0.68 | TP 3 0.75 | SL 0.53")
    assert plan_of(parsed) == ("ARB/USDT", "long", prices("0.56", "0.58"), Decimal("0.53"), prices("0.62", "0.68", "0.75"), None)


def test_it_keeps_bare_whole_targets_as_prices_after_an_unnumbered_one():
    parsed = signal_read("LONG SUI 1.40 | TP 1.5 | TP 2 | TP 3 | SL 1.2")
    assert parsed.take_profits == prices("1.5", "2", "3")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ETH स्पॉट में 3100-3050 के बीच खरीदें\nटारगेट: 3250, 3400\nस्टॉप लॉस: 2980",
            ("ETH/USDT", "long", prices("3050", "3100"), Decimal("2980"), prices("3250", "3400"), None),
        ),
        (
            "BNB 600 के आसपास खरीदें | टारगेट: 640, 680 | स्टॉप लॉस: 575",
            ("BNB/USDT", "long", prices("600"), Decimal("575"), prices("640", "680"), None),
        ),
    ],
)
def test_it_reads_the_prices_between_the_pair_and_a_hindi_verb_at_the_end_as_the_entry(text, expected):
    assert plan_of(signal_read(text)) == expected


def test_it_opens_no_trade_on_hindi_talk_about_buying_near_a_price():
    assert parse_message("दोस्तों, SOL स्पॉट में 177 के आसपास बहुत खरीदारी हुई है, देखते हैं आगे क्या होता है") is None
