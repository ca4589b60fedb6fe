"""Entries, stops and shares the 44th blind set said in chat prose, tried on wordings that set does not contain:
- a casual Chinese "空一点" ("short a bit") is the side, so the unlabelled range after it ("612 到 618 分批挂") is
  the short's entry zone; "多一点" ("a bit more") stays no side (``vocabulary.zh``);
- a word between a side and its price leaves the price the entry: Vietnamese "long lại 60.350" (long again),
  Persian "شورت گرفتم از 0.6240" (I took a short from) (``vocabulary`` filler rows);
- a timeframe written short beside a candle word ("4s kapanış", "1g kapanış", "4j candle", "4س") is the stop's
  condition, never a price, so the stop is the price after it (``timeframes``);
- "close 40/30/30 at the TPs" ("Vamos cerrando 40/30/30 en los TPs", "TP'lerde 40/30/30 kapatıyoruz"): shares
  that add up to 100 beside a close word are the targets' allocation, never target prices (``allocation_lines``).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import parse_message
from tests.helpers import plan_of, prices, signal_read


@pytest.mark.parametrize(
    "text",
    [
        "BNB/USDC 这里可以空一点,612 到 618 分批挂,止损放 631,第一目标 598,第二 585",
        "BNB/USDC 這裡可以空一點,612 到 618 分批掛,止損放 631,第一目標 598,第二 585",
        "BNB/USDC 空一点,612 到 618 挂,止损 631,目标 598 / 585",
    ],
)
def test_it_reads_a_casual_chinese_short_and_its_unlabelled_range_as_the_entry(text):
    parsed = signal_read(text)
    assert plan_of(parsed) == ("BNB/USDC", "short", prices("612", "618"), prices("631")[0], prices("598", "585"), None)


def test_it_leaves_a_chinese_bit_more_of_a_position_no_trade():
    assert parse_message("ETH 空一点仓位观望") is None


@pytest.mark.parametrize(
    ("text", "symbol", "side", "entry", "stop", "targets"),
    [
        ("BTC mình long lại 60.350, sl 59.400, tp 61.800", "BTC/USDT", "long", "60350", "59400", ["61800"]),
        ("ae ơi ETH mình short lại 3.420 luôn, sl 3.500, tp 3.300", "ETH/USDT", "short", "3420", "3500", ["3300"]),
        ("روی XRP شورت گرفتم از ۰.۶۲۴۰، حد ضرر ۰.۶۴۱۰، تارگت ۰.۶۰۵۰", "XRP/USDT", "short", "0.6240", "0.6410", ["0.6050"]),
        ("ETH لانگ زدم از ۳۴۰۰، حد ضرر ۳۳۰۰، تارگت ۳۶۰۰", "ETH/USDT", "long", "3400", "3300", ["3600"]),
    ],
)
def test_it_reads_the_price_after_a_side_and_its_verb_as_the_entry(text, symbol, side, entry, stop, targets):
    parsed = signal_read(text)
    assert plan_of(parsed) == (symbol, side, prices(entry), prices(stop)[0], prices(*targets), None)


@pytest.mark.parametrize(
    "text",
    [
        "ONE/USDT spot alım: 0,01420 - 0,01365 arası kademeli\nHedef 1) 0,01510 2) 0,01600\nStop: 4s kapanış 0,01310 altı",
        "ONE/USDT spot alım: 0,01420 - 0,01365\nHedef 0,01510 / 0,01600\nStop: 1g kapanış 0,01310 altı",
        "ONE/USDT spot alım: 0,01420 - 0,01365\nHedef 0,01510 / 0,01600\nStop: kapanış 4s 0,01310 altı",
        "ONE/USDT long 0.01365 - 0.01420\nTP 0.01510 / 0.01600\nSL 4j candle 0.01310",
    ],
)
def test_it_reads_a_short_timeframe_beside_a_candle_word_as_the_stops_condition(text):
    parsed = signal_read(text)
    assert (parsed.entry, parsed.stop_loss, parsed.take_profits) == (
        prices("0.01365", "0.01420"), prices("0.01310")[0], prices("0.01510", "0.01600")
    )


def test_it_reads_a_persian_short_timeframe_beside_a_candle_as_the_stops_condition():
    parsed = signal_read("XRP long 0.62, هدف 0.65, حد ضرر 4س کندل زیر 0.60")
    assert parsed.stop_loss == prices("0.60")[0]


@pytest.mark.parametrize(
    "text",
    [
        "Mejor ADA: compra a mercado, SL 0.4310, TP1 0.4590 TP2 0.4720 TP3 0.4900. Vamos cerrando 40/30/30 en los TPs.",
        "ADA long, entrada a mercado, SL 0,4310, alvos 0,4590 / 0,4720 / 0,4900. Fechando 40/30/30 nos alvos.",
        "ADA лонг по рынку, стоп 0.4310, тейки 0.4590 / 0.4720 / 0.4900. Закрываем 40/30/30 по тейкам.",
        "ADA long market, SL 0.4310, TP 0.4590 / 0.4720 / 0.4900. Close 40/30/30 at the TPs.",
        "ADA long market, SL 0.4310, TP 0.4590 / 0.4720 / 0.4900. TP'lerde 40/30/30 kapatıyoruz.",
    ],
)
def test_it_reads_shares_beside_a_close_word_as_the_targets_allocation(text):
    parsed = signal_read(text)
    assert (parsed.take_profits, parsed.take_profit_allocations) == (
        prices("0.4590", "0.4720", "0.4900"), [Decimal("0.4"), Decimal("0.3"), Decimal("0.3")]
    )


def test_it_keeps_slashed_targets_without_a_close_word_targets():
    parsed = signal_read("ETH long 30, SL 25, TP 40/60")
    assert (parsed.take_profits, parsed.take_profit_allocations) == (prices("40", "60"), None)
