"""The rules the twentieth blind set (``*-blind20.json``) showed missing, each tried on wordings that set
does not contain: a price written between the pair and its side ("ARB 0.41 لانگ", "زیر 2.85 شورت",
"lên trên 0.61 thì long") or after "in" ("short — in 0.01184") is the entry; Russian sides as verbs
("лонгую", "шорчу") and ladders ("лесенкой", "laddered"); Indonesian "sama" (and) between targets and
"di atas" (above) before a stop; a condition on the pair's own close ("Se o WIF fechar acima de …"); an
author's own buy with its stop and sells ("compré … vendo en …"); a terse Chinese call ("试个空 X 进，破Y就跑，
下方看 …"); and a recalled past call in an advert, which never opens a trade.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import parse_message
from tests.helpers import prices, signal_read


def _full(parsed):
    return (
        parsed.symbol, parsed.side, parsed.entry, parsed.stop_loss, parsed.take_profits, parsed.leverage,
        parsed.margin_mode,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SUI 1.72 long, sl 1.65, tp 1.85 / 1.98",
            ("SUI/USDT", "long", prices("1.72"), Decimal("1.65"), prices("1.85", "1.98"), None, None),
        ),
        (
            "ETH رو بالای ۳۲۰۰ لانگ بگیرید، استاپ ۳۱۲۰، تارگت ۳۳۰۰",
            ("ETH/USDT", "long", prices("3200"), Decimal("3120"), prices("3300"), None, None),
        ),
        (
            "XRP زیر ۲.۲۰ شورت، استاپ ۲.۲۸، هدف ۲.۱۰ و ۲.۰۵",
            ("XRP/USDT", "short", prices("2.20"), Decimal("2.28"), prices("2.10", "2.05"), None, None),
        ),
        (
            "DOGE lên trên 0.182 thì long, sl 0.176, tp 0.19 0.2. x5",
            ("DOGE/USDT", "long", prices("0.182"), Decimal("0.176"), prices("0.19", "0.2"), 5, None),
        ),
    ],
)
def test_it_reads_a_price_between_the_pair_and_its_side_as_the_entry(text, expected):
    assert _full(signal_read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Long SOL, in 142.5, sl 138, tp 150 / 158",
            ("SOL/USDT", "long", prices("142.5"), Decimal("138"), prices("150", "158"), None, None),
        ),
        (
            "BTC long in 65000 SL 64000 TP 67000 20x isolated",
            ("BTC/USDT", "long", prices("65000"), Decimal("64000"), prices("67000"), 20, "isolated"),
        ),
    ],
)
def test_it_reads_in_before_a_price_as_the_entry(text, expected):
    assert _full(signal_read(text)) == expected


def test_it_reads_no_entry_from_in_before_a_duration():
    parsed = signal_read("BTC long, in 2 days it made 10%, SL 64000 TP 67000")
    assert _full(parsed) == ("BTC/USDT", "long", [], Decimal("64000"), prices("67000"), None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ETH лонгуем от 3150, стоп 3080, цели 3250 3320",
            ("ETH/USDT", "long", prices("3150"), Decimal("3080"), prices("3250", "3320"), None, None),
        ),
        (
            "BTC шорчу от 67 200, стоп 68 000, цели 66 000 / 65 000",
            ("BTC/USDT", "short", prices("67200"), Decimal("68000"), prices("66000", "65000"), None, None),
        ),
        (
            "DOT шорт лесенкой: 4.35 / 4.42 / 4.50, стоп 4.65, цели 4.10 / 3.95",
            ("DOT/USDT", "short", prices("4.35", "4.42", "4.50"), Decimal("4.65"), prices("4.10", "3.95"), None, None),
        ),
        (
            "LTC short laddered: 84.6 / 85.9 / 87.2, stop 89.4, targets 82.1 / 80",
            ("LTC/USDT", "short", prices("84.6", "85.9", "87.2"), Decimal("89.4"), prices("82.1", "80"), None, None),
        ),
    ],
)
def test_it_reads_a_side_said_as_a_verb_or_a_ladder(text, expected):
    assert _full(signal_read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "LINK long di 14.2, sl di bawah 13.6, tp 15 sama 15.8",
            ("LINK/USDT", "long", prices("14.2"), Decimal("13.6"), prices("15", "15.8"), None, None),
        ),
        (
            "SL dibawah 1.20, long ARB di 1.25, TP 1.32 sama 1.40",
            ("ARB/USDT", "long", prices("1.25"), Decimal("1.20"), prices("1.32", "1.40"), None, None),
        ),
    ],
)
def test_it_reads_indonesian_above_below_and_sama_between_prices(text, expected):
    assert _full(signal_read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Si el BTC cierra por encima de 66.000 en 4H, long. Stop 64.800. Objetivos 67.500 / 69.000",
            ("BTC/USDT", "long", prices("66000"), Decimal("64800"), prices("67500", "69000"), None, None),
        ),
        (
            "If SOL closes below 140 on 1h, short. SL 144. TP 134 / 130",
            ("SOL/USDT", "short", prices("140"), Decimal("144"), prices("134", "130"), None, None),
        ),
    ],
)
def test_it_keeps_the_price_of_the_pairs_close_in_a_condition_out_of_the_targets(text, expected):
    assert _full(signal_read(text)) == expected


def test_it_reads_an_authors_own_buy_with_its_stop_and_sells_as_a_call():
    parsed = signal_read("Comprei ETH em 3.100, stop 3.020, vendo em 3.250 e 3.400")
    assert _full(parsed) == ("ETH/USDT", "long", prices("3100"), Decimal("3020"), prices("3250", "3400"), None, None)


@pytest.mark.parametrize("text", ["compré ADA a 0,40, stop 0,38", "compré SOL ayer a 140 y ya va +8% 🚀"])
def test_it_keeps_an_authors_own_buy_without_a_plan_out(text):
    assert parse_message(text) is None


def test_it_reads_a_terse_chinese_call_with_its_exit_on_a_break_and_targets_to_look_to():
    parsed = signal_read("AVAX 这里试个多 35.2 进，跌破34就跑，上方看36.5、38")
    assert _full(parsed) == ("AVAX/USDT", "long", prices("35.2"), Decimal("34"), prices("36.5", "38"), None, None)


def test_it_reads_no_entry_from_a_chinese_fill_report():
    assert parse_message("BTC 65000 进了，目前浮盈") is None


@pytest.mark.parametrize(
    "text",
    [
        "Remember our SOL call last week? Entry 142, TP 150 / 158 all hit 🎯 New VIP setup tonight, long 20x, DM me to join",
        "Còn nhớ kèo PEPE tuần trước không? Vào 0.0000112, TP 0.0000125 đã chạm 🎯 Tham gia VIP để nhận kèo mới",
        "Помните шорт по ETH на прошлой неделе? Вход 3500, цели 3400 / 3300 — все взяты ✅ В VIP сегодня новый сигнал, пишите в лс",
    ],
)
def test_it_never_trades_a_recalled_past_call_in_an_advert(text):
    assert parse_message(text) is None


def test_it_still_reads_a_call_after_a_reminder_without_promo_words():
    parsed = signal_read("Remember: always use a stop!\nBTC LONG 65000\nSL 64000\nTP 67000")
    assert _full(parsed) == ("BTC/USDT", "long", prices("65000"), Decimal("64000"), prices("67000"), None, None)
