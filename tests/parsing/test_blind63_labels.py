"""Labels written after their prices, one a comma clause ("688 civarı satış, 701 üstü kapanış stop, 672 / 659
hedef") or one a line ("104.800 entrada\n106.200 stop\n102.500 alvo 1"), are turned round before the section
grammar reads them (``trailing_labels``); a side's limit orders in the plural ("Sell limits: …", "Лимитки на
продажу", "限价挂单") label its entries. Each rule on wordings in other languages, and the near misses it must
leave alone.
"""
from __future__ import annotations

import pytest

from signals.parsing import ParsedSignal, parse_message


def _plain(price) -> str:
    """"1.0450" and "1.045" are one price; the plain decimal compares them."""
    return format(price.normalize(), "f")


def _read(text: str) -> tuple:
    signal = parse_message(text)
    assert isinstance(signal, ParsedSignal), signal
    return (
        signal.symbol, signal.side, [_plain(p) for p in signal.entry], _plain(signal.stop_loss),
        [_plain(p) for p in signal.take_profits], signal.leverage,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "BNB kısa vadeli short: 688 civarı satış, 701 üstü kapanış stop, 672 / 659 hedef, 15x ile yeterli",
            ("BNB/USDT", "short", ["688"], "701", ["672", "659"], 15),
        ),
        (
            "SOL шорт: 182 продажа, 188 стоп, 175 / 170 цель, 10x",
            ("SOL/USDT", "short", ["182"], "188", ["175", "170"], 10),
        ),
        (
            "ETH corto: 3450 venta, 3520 cierre stop, 3380 / 3300 objetivo, 20x",
            ("ETH/USDT", "short", ["3450"], "3520", ["3380", "3300"], 20),
        ),
        (
            "ETH 空：3450 卖出，3520 止损，3380 / 3300 目标，20倍",
            ("ETH/USDT", "short", ["3450"], "3520", ["3380", "3300"], 20),
        ),
    ],
)
def test_a_comma_clause_with_its_label_after_its_prices_gives_the_label_those_prices(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "BTC/USDT 📉 VENDA (short)\n104.800 entrada\n106.200 stop\n102.500 alvo 1\n101.000 alvo 2\n99.500 alvo 3\n"
            "Alav. 25x isolada\nSai metade no alvo 1 e o resto deixa correr com stop na entrada depois do alvo 1.",
            ("BTC/USDT", "short", ["104800"], "106200", ["102500", "101000", "99500"], 25),
        ),
        (
            "BTC/USDT шорт\n104800 вход\n106200 стоп\n102500 тейк 1\n101000 тейк 2",
            ("BTC/USDT", "short", ["104800"], "106200", ["102500", "101000"], None),
        ),
        (
            "ETH/USDT largo\n3120 entrada\n3050 stop\n3200 objetivo 1\n3300 objetivo 2",
            ("ETH/USDT", "long", ["3120"], "3050", ["3200", "3300"], None),
        ),
        (
            "SOL/USDT 做多\n150 入场\n144 止损\n158 目标1\n165 目标2",
            ("SOL/USDT", "long", ["150"], "144", ["158", "165"], None),
        ),
    ],
)
def test_one_label_after_its_price_a_line_keeps_each_line_its_own_price(text, expected):
    assert _read(text) == expected


def test_the_portuguese_call_keeps_its_margin_and_break_even_rule():
    signal = parse_message(
        "BTC/USDT 📉 VENDA (short)\n104.800 entrada\n106.200 stop\n102.500 alvo 1\n101.000 alvo 2\n99.500 alvo 3\n"
        "Alav. 25x isolada\nSai metade no alvo 1 e o resto deixa correr com stop na entrada depois do alvo 1."
    )
    assert signal.margin_mode == "isolated" and signal.breakeven_after == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "#BTC SHORT\nSell limits: 104,250 / 105,100 / 105,800\nSL 107,200\nTP 101,500 / 99,800",
            ("BTC/USDT", "short", ["104250", "105100", "105800"], "107200", ["101500", "99800"], None),
        ),
        (
            "#ETH LONG\nBuy limits: 3100 / 3050\nSL 2990\nTP 3300",
            ("ETH/USDT", "long", ["3050", "3100"], "2990", ["3300"], None),
        ),
        (
            "#SOL шорт\nЛимитки на продажу: 182 / 185 / 188\nСтоп 192\nТейк 175 / 170",
            ("SOL/USDT", "short", ["182", "185", "188"], "192", ["175", "170"], None),
        ),
        (
            "#SOL corto\nÓrdenes limitadas: 182 / 185 / 188\nStop 192\nTP 175 / 170",
            ("SOL/USDT", "short", ["182", "185", "188"], "192", ["175", "170"], None),
        ),
        (
            "#SOL 做空\n限价挂单：182 / 185 / 188\n止损 192\n止盈 175 / 170",
            ("SOL/USDT", "short", ["182", "185", "188"], "192", ["175", "170"], None),
        ),
    ],
)
def test_a_sides_limit_orders_in_the_plural_label_its_entries(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BNB\nEntry 688\nStop 672\nTP 701", ("BNB/USDT", "long", ["688"], "672", ["701"], None)),
        ("BNB long: entry 688, stop 672, tp 701, 10x", ("BNB/USDT", "long", ["688"], "672", ["701"], 10)),
        (
            "ETHUSDT SHORT\nSL: 3650\nTP: 3480 - 3400 - 3300\n%50 TP1, %30 TP2, %20 TP3",
            ("ETH/USDT", "short", [], "3650", ["3480", "3400", "3300"], None),
        ),
        # one clause ending in a side word is no habit of labels last: the last target stays a target
        ("ETH short 3450, SL 3520, TP 3300, 3200, 3100 short", ("ETH/USDT", "short", ["3450"], "3520", ["3300", "3200", "3100"], None)),
        (
            "arkadaşlar ada short açtım 1.034ten, stop 1.068, hedef 0.99 ve 0.955, 15x",
            ("ADA/USDT", "short", ["1.034"], "1.068", ["0.99", "0.955"], 15),
        ),
        (
            "ADA kısa vadeli SHORT fırsatı 👇\nSatış bölgesi 1,0450 / 1,0620\nHedef: 1,0200 - 0,9950 - 0,9600\n"
            "Stop-loss 1,0890 (4 saatlik kapanış)\nKaldıraç 8x",
            ("ADA/USDT", "short", ["1.045", "1.062"], "1.089", ["1.02", "0.995", "0.96"], 8),
        ),
    ],
)
def test_labels_written_before_their_prices_are_left_as_they_are(text, expected):
    assert _read(text) == expected
