"""The rules the 40th blind set showed missing, tried on wordings that set does not contain.

- A plan written as a table (``tables``): a header row of labels in any language over exactly one row
  of values reads as "label: value" lines; a dash list under a target label is a list of targets, under
  an entry label a zone. Several value rows (several coins) are no one call.
- "Objectives" labels the targets, as "Targets" does (``sections``).
- "buy dips to 61k", "long the dip at X", "sell rips to X": a limit order against the move, its price the
  entry (``sections``); "if it dips to 60k" is no entry.
- "62000,20倍": a comma typed between a price and the leverage after it separates them (``notation``);
  a leverage's own decimal comma ("12,5x") stays.
"""
from __future__ import annotations

import pytest

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import plan_of, prices, signal_read


@pytest.mark.parametrize(
    ("text", "plan"),
    [
        (
            "Pair | Side | Entry | SL | TP\nAVAX/USDT | LONG | 34.6-35.2 | 33.1 | 36.5-38-40.2\ncross 15x, keep size small",
            ("AVAX/USDT", "long", prices("34.6", "35.2"), prices("33.1")[0], prices("36.5", "38", "40.2"), 15),
        ),
        (
            "Монета | Вход | Стоп | Цели\nETH/USDT | 3 080–3 120 | 2 995 | 3 240 / 3 380\nСторона: лонг, плечо 5-10х, изолированная маржа",
            ("ETH/USDT", "long", prices("3080", "3120"), prices("2995")[0], prices("3240", "3380"), 5),
        ),
        (
            "Parite | Yön | Alım | Zarar Kes | Kâr Al\nAVAX | LONG | 33,80 | 32,40 | 35,50 - 37,00\nKaldıraç 5-10x",
            ("AVAX/USDT", "long", prices("33.80"), prices("32.40")[0], prices("35.50", "37.00"), 5),
        ),
        (
            "交易对 | 方向 | 入场 | 止损 | 目标\nDOGE/USDT | 空 | 0.1640 | 0.1692 | 0.1580-0.1525-0.1460\n杠杆 逐仓 15X",
            ("DOGE/USDT", "short", prices("0.1640"), prices("0.1692")[0], prices("0.1580", "0.1525", "0.1460"), 15),
        ),
        (
            "| Coin | Direction | Entry zone | Stop loss | Targets | Leverage |\n|---|---|---|---|---|---|\n"
            "| SOL/USDT | SHORT | 151.5-153 | 157.2 | 147 - 143.5 | 10x |",
            ("SOL/USDT", "short", prices("151.5", "153"), prices("157.2")[0], prices("147", "143.5"), 10),
        ),
        (
            "Par | Dirección | Entrada | Stop | Objetivos\nLINK/USDT | LONG | 14,20-14,45 | 13,80 | 15,10 - 15,90\nMargen aislado, 10x",
            ("LINK/USDT", "long", prices("14.20", "14.45"), prices("13.80")[0], prices("15.10", "15.90"), 10),
        ),
        (
            "Cặp | Hướng | Vào lệnh | Cắt lỗ | Chốt lời\nSUI/USDT | SHORT | 1.92 | 2.01 | 1.84-1.76",
            ("SUI/USDT", "short", prices("1.92"), prices("2.01")[0], prices("1.84", "1.76"), None),
        ),
    ],
)
def test_a_header_of_labels_over_one_row_of_values_is_a_labelled_plan(text, plan):
    assert plan_of(signal_read(text)) == plan


def test_the_table_keeps_its_margin_line():
    text = "Pair | Side | Entry | SL | TP\nAVAX/USDT | LONG | 34.6-35.2 | 33.1 | 36.5-38-40.2\ncross 15x, keep size small"
    assert signal_read(text).margin_mode == "cross"


@pytest.mark.parametrize(
    "text",
    [
        "Coin | Entry | SL | TP\nBTC | 64000 | 62500 | 66000\nETH | 3100 | 3000 | 3300\nSOL | 150 | 144 | 160",
        "Монета | Вход | Стоп | Цели\nBTC | 64000 | 62500 | 66000\nETH | 3100 | 3000 | 3300",
        "Pair | Entry | SL | TP\nWatchlist only, no trades today",
    ],
)
def test_several_coins_or_no_value_row_are_no_call(text):
    assert not isinstance(parse_message(text), ParsedSignal)


def test_a_table_reposted_with_a_hit_target_is_no_new_trade():
    text = "Pair | Side | Entry | SL | TP\nAVAX/USDT | LONG | 34.6-35.2 | 33.1 | 36.5-38-40.2\nTP1 hit ✅"
    assert not isinstance(parse_message(text), ParsedSignal)


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        (
            "⚡️ FRESH SETUP ⚡️\nAsset ➜ #INJUSDT\nBias ➜ Long\nBuy area ➜ 21.40 – 22.10\nInvalidation ➜ 20.35\n"
            "Objectives ➜ 23.00 / 24.25 / 26.80\nLev ➜ 10-20\nMargin ➜ isolated",
            prices("23.00", "24.25", "26.80"),
        ),
        ("SOL long\nEntry 145\nSL 139\nObjectives: 152 / 158", prices("152", "158")),
        ("ARB short -> entry 0.92, stop -> 0.97, objective -> 0.86", prices("0.86")),
        ("ETH LONG\nВход 3100\nСтоп 3000\nЦели ➜ 3240 / 3380", prices("3240", "3380")),
    ],
)
def test_objectives_are_the_targets(text, targets):
    assert signal_read(text).take_profits == targets


@pytest.mark.parametrize(
    ("text", "side", "entry"),
    [
        ("BTC swing 🟢\nbuy dips to 61k\nSL below 59.4k\ntargets:\n1) 62.5k\n2) 64.8k\n3) 67k\nLev 3x cross", "long", prices("61000")),
        ("ETH long, buy the dip at 3050, SL 2980, TP 3200 / 3300", "long", prices("3050")),
        ("SOL: long dips to 142.5, stop 138, targets 150 158", "long", prices("142.5")),
        ("ETH: sell rips to 3.5k, stop 3.62k, targets 3.3k 3.2k", "short", prices("3500")),
        ("ETH: откупаем проливы до 3050, стоп 2980, цели 3200 / 3300", "long", prices("3050")),
        ("BTC comprar na queda em 61000, stop 59400, alvos 62500 / 64800", "long", prices("61000")),
        ("BTC comprar en las caídas a 61000, stop 59400, objetivos 62500 / 64800", "long", prices("61000")),
        ("BTC bắt đáy 61000, cắt lỗ 59400, chốt lời 62500 / 64800", "long", prices("61000")),
    ],
)
def test_buying_the_dip_at_a_price_is_the_entry(text, side, entry):
    parsed = signal_read(text)
    assert (parsed.side, parsed.entry) == (side, entry)


@pytest.mark.parametrize(
    "text", ["if it dips to 60k I am out of BTC", "BTC dips to 61k again, nice wick", "Giá BTC rơi, có người bắt đáy thất bại"]
)
def test_a_dip_said_of_the_market_is_no_entry(text):
    assert not isinstance(parse_message(text), ParsedSignal)


@pytest.mark.parametrize(
    ("text", "targets", "leverage"),
    [
        ("BTC 64500 附近空,止损 65500,目标 63000 / 62000,20倍", prices("63000", "62000"), 20),
        ("ETH 3450 附近空,止损 3520,目标 3380 / 3300,10倍", prices("3380", "3300"), 10),
        ("SOL 145 多, 止损 139, 目标 152 / 158,5x", prices("152", "158"), 5),
        ("DOGE short 0.1640, SL 0.1692, TP 0.1580 / 0.1460,15x", prices("0.1580", "0.1460"), 15),
    ],
)
def test_a_comma_between_the_last_price_and_the_leverage_separates_them(text, targets, leverage):
    parsed = signal_read(text)
    assert (parsed.take_profits, parsed.leverage) == (targets, leverage)


def test_a_leverage_with_a_decimal_comma_keeps_it():
    assert signal_read("BTC лонг 64500, плечо 12,5x, стоп 63000, цель 67000").leverage == prices("12.5")[0]
