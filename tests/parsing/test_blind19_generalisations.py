"""The rules the nineteenth blind set (``*-blind19.json``) showed missing, each tried on wordings that set
does not contain: group-chat calls with a lower-case ticker, a classifier ("con sol") or a coin's name in
the local script ("دوج", "солана"); misspelt sides and labels before a price ("shrt", "sort", "trgt");
"Cutloss", "fir" (then), "với" (with), "в диапазоне"; gold by its local name ("ALTIN", "ЗОЛОТО", "黄金");
a Hinglish note of where the market trades now; a message opened by its coin though another is named;
and monthly recaps that never open a trade.
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
            "兄弟们 sol这边可以市价空一点 止损就放152上面 目标先看146 然后141 杠杆3到5倍",
            ("SOL/USDT", "short", [], Decimal("152"), prices("146", "141"), 3),
        ),
        (
            "ARB 低吸 0.82-0.85 目标0.92 0.98 不设止损",
            ("ARB/USDT", "long", prices("0.82", "0.85"), None, prices("0.92", "0.98"), None),
        ),
        (
            "anh em con sol này vào giá thị trường luôn, cắt lỗ 138 còn chốt lời 150 với 156, đòn bẩy 5x",
            ("SOL/USDT", "long", [], Decimal("138"), prices("150", "156"), 5),
        ),
        (
            "رفقا سولانا رو با قیمت مارکت شورت بگیرید، استاپ بذارید بالای 152 تارگت اول 146 دوم 141",
            ("SOL/USDT", "short", [], Decimal("152"), prices("146", "141"), None),
        ),
    ],
)
def test_it_reads_a_run_on_group_chat_call_with_a_lower_case_or_local_coin_name(text, expected):
    assert plan_of(signal_read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "avax shrt 36.4 sl 37.2 trgt 35.5 34.8 lvg 10x",
            ("AVAX/USDT", "short", prices("36.4"), Decimal("37.2"), prices("35.5", "34.8"), 10),
        ),
        (
            "dot sort 7.45 sl 7.62 tp 7.2 7.05 x20",
            ("DOT/USDT", "short", prices("7.45"), Decimal("7.62"), prices("7.2", "7.05"), 20),
        ),
        (
            "link lonng 14.2 stp 13.6 targt 15 15.8",
            ("LINK/USDT", "long", prices("14.2"), Decimal("13.6"), prices("15", "15.8"), None),
        ),
    ],
)
def test_it_reads_a_misspelt_side_or_label_right_before_a_price(text, expected):
    assert plan_of(signal_read(text)) == expected


def test_it_keeps_an_english_word_that_looks_like_a_misspelt_side():
    assert parse_message("BTC sort of bounced from the lows today, nothing to do yet") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Beli $INJ area 21.4 - 22.0 | Target: 24 / 26 | Cutloss: 20.1",
            ("INJ/USDT", "long", prices("21.4", "22.0"), Decimal("20.1"), prices("24", "26"), None),
        ),
        (
            "Покупаем #SOL в диапазоне 142–138. Цели: 150; 158. Стоп 131.",
            ("SOL/USDT", "long", prices("138", "142"), Decimal("131"), prices("150", "158"), None),
        ),
        (
            "ONS ALTIN AL 2641-2636 | TP 2650 - 2662 | SL 2628",
            ("XAU/USD", "long", prices("2636", "2641"), Decimal("2628"), prices("2650", "2662"), None),
        ),
        (
            "ЗОЛОТО шорт 2675, стоп 2683, цели 2666 / 2648",
            ("XAU/USD", "short", prices("2675"), Decimal("2683"), prices("2666", "2648"), None),
        ),
        (
            "ETH ko abhi market pe long karo, 3420 ke aas paas chal raha hai, sl 3350, target 3500 fir 3580",
            ("ETH/USDT", "long", [], Decimal("3350"), prices("3500", "3580"), None),
        ),
    ],
)
def test_it_reads_labels_sides_and_notes_of_the_market_price_in_their_local_words(text, expected):
    assert plan_of(signal_read(text)) == expected


def test_it_takes_the_coin_that_opens_an_analysis_though_another_is_named():
    text = (
        "AVAX has held the 34.5 support for a week while ETH bled. Volume is picking up.\n\n"
        "Taking a long here.\nEntry 35.2-35.8, stop 33.9.\nTargets 37.5, 39.8."
    )
    assert plan_of(signal_read(text)) == (
        "AVAX/USDT", "long", prices("35.2", "35.8"), Decimal("33.9"), prices("37.5", "39.8"), None
    )


@pytest.mark.parametrize(
    "text",
    [
        "Resumen de octubre 📊 | 31 señales · 22 ganadoras · 9 perdedoras | Mejor operación: #SOL long 142 → 171 (+20%)"
        " | Peor: #ADA short, stop en 0,412 (-9% con 10x)",
        "Resumo de outubro | Melhor operação: #SOL long 142 → 171 (+20%) | Pior: #ADA short, stop em 0,412 (-9% com 10x)",
        "Best trade this month: #SOL long 142 → 171 (+20%) | Worst: #ADA short, stopped at 0.412 (-9% at 10x)",
        "BTC как цифровое золото снова растёт, держим спокойно",
    ],
)
def test_it_never_opens_a_trade_from_a_monthly_recap_or_talk(text):
    assert parse_message(text) is None
