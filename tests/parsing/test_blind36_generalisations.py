"""The rules the 36th blind set showed missing, each tried on wordings that set does not contain: a listed
ticker on the one line that says long or short beside prices is the call, over a pair written in full inside
a sentence of market commentary; a short message ending in a question mark ("?", "؟") asks though an emoji
follows it; a price glued to a target word ("止盈14.90") is a price, only a short number ("止盈1") numbers a
target; "limit orders" ("Лимитки", "órdenes límite", "lệnh chờ") label the entries; an allocation line
("Распределение тейков 25/25/25/25", "Alokasi entry 30% / 30% / 40%", "TP allocation 50/30/20") states one share
per leg, in the order the legs were written, and its numbers are never prices; "zona" after a side ("Long
zona 3.280-3.240") is the entry zone, though the message's other words leave its language unrecognised.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import parse_message
from tests.helpers import plan_of, prices, signal_read


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        (
            "Morning! SOL/ETH ratio keeps sliding lower this week, careful out there.\n"
            "AVAX short 38.2-39.0 SL 40.5 TP 36 / 34.8 10x",
            "AVAX/USDT",
        ),
        (
            "Доброе утро, ETH/BTC продолжает падать на этой неделе.\nSOL long 142-138 стоп 133 цели 150 / 158",
            "SOL/USDT",
        ),
        (
            "Quick update: BTC dominance up again and ETH/BTC still bleeding hard.\n\n"
            "Setup:\nLINK long 14.2-13.8, SL 13.1, TPs 15 / 16, 5x",
            "LINK/USDT",
        ),
    ],
)
def test_the_ticker_on_the_side_line_beats_a_pair_in_commentary(text, symbol):
    assert plan_of(signal_read(text))[0] == symbol


def test_a_pair_header_alone_on_its_line_keeps_the_call():
    text = "BTCUSDT\nLONG\nEntry 95000 SL 93000 TP 98000\nSOL long also fine later"
    assert plan_of(signal_read(text))[0] == "BTC/USDT"


def test_commentary_with_no_priced_side_line_is_no_trade():
    text = "Market talk: ETH/BTC is weak today and BTC is strong. no trades for now, LINK long maybe later"
    assert parse_message(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "دوستان کسی SOL از 150 خریده؟ استاپ 142 تارگت 165 نگه دارم یا ببندم؟ 🤔",
        "ребята кто в ETH от 3200? стоп 3100 цель 3400 держать или закрывать? 😅",
        "يا جماعة مين فاتح صفقة DOGE من 0.18؟ الستوب 0.17 والهدف 0.2 .. أمسك ولا أبيع؟ 🤔",
    ],
)
def test_a_short_question_with_an_emoji_after_its_mark_is_no_trade(text):
    assert parse_message(text) is None


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("LINKUSDT 做空 15.40-15.65，止损16.05，止盈14.90/14.30，杠杆20x 逐仓", prices("14.90", "14.30")),
        ("ETHUSDT 做多 3200-3250，止损3120，止盈3350/3480，杠杆10x", prices("3350", "3480")),
        ("DOGEUSDT 做空 0.182，止损0.19，目标0.172/0.165", prices("0.172", "0.165")),
    ],
)
def test_a_price_glued_to_a_target_word_is_a_price(text, targets):
    assert plan_of(signal_read(text))[4] == targets


def test_a_short_number_glued_to_a_target_word_still_numbers_it():
    assert plan_of(signal_read("SOLUSDT 做多 140，止损133，止盈1：150 止盈2：158"))[4] == prices("150", "158")


@pytest.mark.parametrize(
    "text",
    [
        "#XRP-PERP LONG\nЛимитки: 0.5850 / 0.5720 / 0.5600\nСтоп 0.5450\nТейки: 0.6050, 0.6250",
        "#XRP-PERP LONG\nLimit orders: 0.5850 / 0.5720 / 0.5600\nStop 0.5450\nTargets: 0.6050, 0.6250",
        "#XRP-PERP LONG\nÓrdenes límite: 0.5850 / 0.5720 / 0.5600\nStop 0.5450\nObjetivos: 0.6050, 0.6250",
    ],
)
def test_limit_orders_label_the_entries(text):
    assert plan_of(signal_read(text))[2] == prices("0.5600", "0.5720", "0.5850")


def test_a_stop_beside_the_limit_orders_stays_the_stop():
    text = "#XRP-PERP LONG\nLimit orders: 0.5850 / 0.5720\nStop 0.5450\nTargets: 0.6050"
    assert plan_of(signal_read(text))[3] == Decimal("0.5450")


@pytest.mark.parametrize(
    ("text", "shares"),
    [
        (
            "#XRP-PERP LONG\nЛимитки: 0.5850 / 0.5720\nСтоп 0.5450\nТейки: 0.6050, 0.6250, 0.6500, 0.7000\n"
            "Распределение тейков 25/25/25/25",
            prices("0.25", "0.25", "0.25", "0.25"),
        ),
        ("#SOL LONG\nEntry: 142 / 138\nStop 133\nTargets: 150, 158, 165\nTP allocation 50/30/20", prices("0.5", "0.3", "0.2")),
        (
            "#ADA SHORT\nEntradas: 0.62 / 0.64\nSL 0.67\nObjetivos: 0.58 / 0.55\nDistribución TP 60/40",
            prices("0.6", "0.4"),
        ),
    ],
)
def test_an_allocation_line_splits_the_targets_and_adds_none(text, shares):
    parsed = signal_read(text)
    assert parsed.take_profit_allocations == shares
    assert len(parsed.take_profits) == len(shares)


@pytest.mark.parametrize(
    ("text", "shares"),
    [
        (
            "NEARUSDT SHORT\nMasuk: 5,95 / 6,05 / 6,15\nSL: 6,40\nTP: 5,80, 5,65, 5,40\nAlokasi entry 30% / 30% / 40%",
            prices("0.3", "0.3", "0.4"),
        ),
        # Written from the top down, the shares follow the entries as written, then take their ascending order.
        ("ETHUSDT LONG\nEntry: 3200 / 3150 / 3100\nSL 3020\nTP 3350\nEntry allocation 20% / 30% / 50%", prices("0.5", "0.3", "0.2")),
    ],
)
def test_an_allocation_line_splits_the_entries_in_their_written_order(text, shares):
    assert signal_read(text).entry_allocations == shares


def test_an_allocation_line_with_a_share_per_leg_missing_splits_nothing():
    text = "#SOL LONG\nEntry: 142 / 138\nStop 133\nTargets: 150, 158\nTP allocation 50/30/20"
    assert signal_read(text).take_profit_allocations is None


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        (
            "Buenos días. Tengo una idea para hoy:\n\nETHUSDT Long zona 3.280-3.240 SL 3.190 TPs 3.350 3.420 3.500 x20",
            prices("3240", "3280"),
        ),
        ("Bom dia!\nBTCUSDT Long zona 96.500-95.800 SL 94.900 TPs 98.000 99.500", prices("95800", "96500")),
        ("SOLUSDT Short zona 150-152 SL 156 TP 140", prices("150", "152")),
        ("ADAUSDT long zona 0.62-0.60 SL 0.57 TP 0.68", prices("0.60", "0.62")),
    ],
)
def test_zona_after_a_side_is_the_entry_zone(text, entry):
    assert plan_of(signal_read(text))[2] == entry
