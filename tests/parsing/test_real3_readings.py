"""The rules the real-post set "real3" showed missing, each tried on wordings that set does not
contain: a post about a trade already over (liquidated, a result status, a profit review as its
title) is no call; a bot's trailing-stop notice is about an open position; a plan explained after the
fact ("how a trader might have planned") is no order; a target told again with its number is the same
target; a CamelCase hashtag is a topic, not a ticker; a stray space after "0." splits no price; a
bracketed fraction is a share; Russian "лимит" between the entry label and its price is a filler.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import plan_of, prices, signal_read


@pytest.mark.parametrize(
    "text",
    [
        "#ETH Liquidated Short\nAmount: $12K\nEntry: 3,410\nStop: 3,480\nTarget: 3,300",
        "SOL position: liquidated\nLong from 142.5, SL 139, TP 150",
        "Posición: corto liquidado en ETH\nEntrada: 3410\nStop: 3480\nObjetivo: 3300",
        "Лонг ликвидирован по BTC\nВход 65000\nСтоп 64000\nТейк 67000",
        "Short Trade on DOGE\nEntry 0.1820\nTake profit at 0.1780 and Stop Loss at 0.1840\nResults\nStatus:\nwin",
        "BTCUSDT LONG\nEntry 65000\nSL 64000\nTP 67000\nResult: TP hit",
        "ETH/USDT largo\nEntrada: 3100\nStop: 3050\nObjetivo: 3200\nEstado: pérdida",
        "📈 Profit review: 5x long on SOL\nEntry: 140\nExit: 152\nStop: 135",
        "Revisão de lucros: ETH long 5x\nEntrada: 3100\nStop: 3050\nAlvo: 3200",
    ],
)
def test_it_reads_a_closed_trade_as_no_call(text):
    assert not isinstance(parse_message(text), ParsedSignal)


@pytest.mark.parametrize(
    "text",
    [
        "📍 Trailing Stop Tightened\nETHUSDT @ 3412.5\nSL: 3398.2\nBest: 3415.0",
        "Trailing stop moved | SOLUSDT @ 152.3 | SL: 150.9",
        "📍 Trailing stop activado\nBTCUSDT @ 64979\nSL: 64940",
        "📍 Трейлинг-стоп подтянут\nETHUSDT @ 3412\nSL: 3398",
    ],
)
def test_it_reads_a_trailing_stop_notice_as_no_new_trade(text):
    assert not isinstance(parse_message(text), ParsedSignal)


def test_it_reads_a_plan_explained_after_the_fact_as_no_order():
    text = (
        "$SOL Current Price: 151.2\nHere's how a trader might have planned this long trade:\n"
        "Target 1: 155\nTarget 2: 160\nStop below 147"
    )
    assert not isinstance(parse_message(text), ParsedSignal)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ETH long\nEntry: 3100\nSL: 3000\nTP1: 3200 (first resistance)\nTP2: 3300\nReward:\nTP1: 3200 → 100 points\nTP2: 3300 → 200 points",
            ("ETH/USDT", "long", prices("3100"), Decimal("3000"), prices("3200", "3300"), None),
        ),
        (
            "SOL short 150 stop 155 | Target 1: 145 → 5.0 profit | Targets:\nTarget 1: 145\nTarget 2: 140",
            ("SOL/USDT", "short", prices("150"), Decimal("155"), prices("145", "140"), None),
        ),
    ],
)
def test_it_reads_a_restated_target_once(text, expected):
    assert plan_of(signal_read(text)) == expected


def test_it_keeps_two_targets_that_share_a_price_but_not_a_number():
    parsed = signal_read("BTC long\nEntry 65000\nSL 64000\nTP1 66000\nTP2 66000\nTP3 67000")
    assert parsed.take_profits == prices("66000", "66000", "67000")


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("$ARB short\nEntry: 0.71\nSL: 0.74\nTP: 0.66\n#CryptoSignals #ShortSetup #BinanceFutures", "ARB/USDT"),
        ("#LINK largo\nEntrada: 14,2\nSL: 13,6\nTP: 15,5\n#TradingDeCripto", "LINK/USDT"),
    ],
)
def test_it_reads_a_camel_case_hashtag_as_a_topic(text, symbol):
    assert signal_read(text).symbol == symbol


def test_it_joins_a_price_split_after_its_zero_point():
    parsed = signal_read("COIN: $ONE/USDT\nDIRECTION: SHORT\nENTRY: 0. 0215 - 0.0218\nTARGETS: 0.0205 - 0.0195\nSTOP LOSS: 0.0226")
    assert parsed.entry == prices("0.0215", "0.0218")


@pytest.mark.parametrize(
    "text",
    [
        "$ADAUSDT - LONG\nВход лимиткой\n1)0,450(1/2)\n2)0,440(1/2)\nStop 0,425\nTейк-профит 0,48",
        "ADA LONG\nEntry 1) 0.450 (1/2) 2) 0.440 (1/2)\nSL 0.425\nTP 0.48",
    ],
)
def test_it_reads_a_bracketed_fraction_as_a_share(text):
    assert signal_read(text).entry == prices("0.440", "0.450")


def test_it_reads_russian_limit_between_entry_and_price_as_filler():
    parsed = signal_read("DOT SHORT вход лимит 4,215\nsl 4,38\ntp1 4,05")
    assert parsed.entry == prices("4.215")
