"""Updates to a running trade: what they ask for, and how sure the reading is.

A low-certainty update names why, so the pipeline can hold it for a person as it holds an unsure
signal. "no_symbol" is the one doubt a reply to the signal settles: the reply says which trade.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedUpdate, parse_message


def reasons(text: str) -> list[str]:
    return [reason.code for reason in parse_message(text).certainty_reasons]


# --- What an update asks for -------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Tutup posisi LINK sekarang, profit 8%",  # Indonesian
        "Fechem o LINK agora, lucro de 15%",  # Portuguese
        "Đóng lệnh LINK long ngay, lãi 12%",  # Vietnamese
        "Close LINK now, +9%",
    ],
)
def test_a_profit_figure_after_a_close_is_not_the_share_to_close(text):
    parsed = parse_message(text)
    assert (parsed.kind, parsed.symbol, parsed.fraction) == ("close", "LINK/USDT", Decimal(1))


def test_a_stated_share_is_still_the_share_to_close():
    assert parse_message("#LINK close 30% now").fraction == Decimal("0.3")


@pytest.mark.parametrize(
    "text",
    ["❌ #DOGE/USDT Stop Target Hit ⛔\nLoss: 17.3% 📉", "❌ SOL 止损出局 -7%", "❌ AVAX выбило по стопу. Минус 8%", "❌ DOGE stopado. -8%"],
)
def test_a_stop_hit_report_asks_for_nothing(text):
    assert parse_message(text) is None


@pytest.mark.parametrize(
    "text, index",
    [
        ("✅ BTCUSDT 第二止盈已到达 🎯 收益 +56%", 2),
        ("✅ تم تحقيق الهدف الثاني #BTCUSDT 🎯 ربح +56%", 2),
        ("✅ تارگت سوم #BTCUSDT خورد! سود ۴۵٪", 3),
        ("✅ #BTCUSDT 2. hedef geldi! +%42 kâr", 2),
        ("✅ BTCUSDT 止盈二 已達成 +45%", 2),
    ],
)
def test_a_target_hit_named_by_an_ordinal_keeps_its_number(text, index):
    assert parse_message(text) == ParsedUpdate(kind="tp_hit", symbol="BTC/USDT", target_index=index)


def test_a_results_post_about_several_trades_is_no_update():
    text = "📊 Weekly results\nSOL TP3 ✅ +45%\nAVAX TP2 ✅ +31%\nARB SL ❌ -12%\nTotal: +64% 🔥"
    assert parse_message(text) is None


def test_an_arabic_plural_order_to_move_the_stop_is_read():
    assert parse_message("ETH: حركوا وقف الخسارة إلى نقطة الدخول") == ParsedUpdate(
        kind="move_stop", symbol="ETH/USDT", to_entry=True
    )


# --- How sure the reading is -------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    ["#BTC SL to breakeven", "BTC LONG: move SL to 66800", "#ETHUSDT Тейк 2 достигнут! Прибыль +38%", "Close #SOL now"],
)
def test_an_update_naming_its_pair_and_nothing_else_is_certain(text):
    parsed = parse_message(text)
    assert (parsed.certainty, parsed.certainty_reasons) == ("high", ())


@pytest.mark.parametrize("text", ["Move SL to entry", "Close half", "Target 1 reached ✅"])
def test_an_update_naming_no_pair_is_unsure_until_a_reply_says_which_trade(text):
    parsed = parse_message(text)
    assert parsed.symbol is None and parsed.certainty == "low"
    assert reasons(text) == ["no_symbol"]


@pytest.mark.parametrize(
    "text, number",
    [("Close #BTC at 68000", "68000"), ("#BTC move SL to 66800 (was 66000)", "66000"), ("BTCUSDT long - close 50% at 68000", "68000")],
)
def test_an_update_with_a_number_it_cannot_place_is_unsure(text, number):
    parsed = parse_message(text)
    assert parsed.certainty == "low" and reasons(text) == ["unplaced_numbers"]
    assert number in parsed.certainty_reasons[0].detail


def test_a_ticked_target_and_a_leverage_range_are_not_numbers_to_place():
    text = "COIN: $BTC/USDT (5-10x)\nTarget 1: 66,700✅\nTarget 2: 66,100✅\nProfits taken and stops moved to entries."
    parsed = parse_message(text)
    assert (parsed.kind, parsed.to_entry, parsed.certainty) == ("move_stop", True, "high")


@pytest.mark.parametrize(
    "text",
    [
        "#BTC move SL to 66500. New SL 66800",  # two new stops
        "#BTC close all and move SL to entry",  # a closed trade has no stop to move
        "#ETH signal cancelled, close it now",  # cancel an entry and close a position at once
    ],
)
def test_instructions_that_contradict_each_other_are_unsure(text):
    assert "conflicting_instructions" in reasons(text)


def test_an_update_about_one_pair_that_names_another_is_unsure():
    parsed = parse_message("#BTC move SL to entry, #ETH too")
    assert parsed.symbol == "BTC/USDT" and reasons("#BTC move SL to entry, #ETH too") == ["two_pairs"]
