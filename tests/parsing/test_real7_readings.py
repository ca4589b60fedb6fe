"""The rules real posts set 7 showed missing, each tried on wordings that set does not contain:

- Russian "Фиксируем прибыль на: …" (we take profit at) labels the targets;
- an order type of "market" ("Тип ордера: Рыночный ордер", "Order type: Market") makes the entry's one price
  only where the market stands: a market entry;
- a Latin letter shaped as a Cyrillic one inside a Cyrillic word ("Cтоп" typed with a Latin C) is the
  Cyrillic letter;
- Chinese "市價0.037附近空" (short at market, near 0.037): a price after a market word is a market entry;
  "就定翻倍" between a target's label and its price is filler; PHA (Phala) is a listed base;
- targets with the profit they made and no entry nor stop are a results post, no trade;
- "Invalidated if price reclaims X" is a plan's condition, not a cancellation;
- guides and posting guidelines ("TRADING STRATEGY GUIDE", "follow these key guidelines") are lessons;
- a plan told again in its summary (a stop label between) repeats its unnumbered target, it adds none;
- Portuguese and Spanish "Entrada Curta / Entrada Longa" name the side of the entry, "em torno de" is "around";
- a list of "Close the position at the price X" lines under a targets label lists the targets, and
  "for the price" leads to an entry's price.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import plan_of, prices, signal_read


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("#SOL лонг\nВход: 150,5\nФиксируем профит на 155 и 160\nСтоп 145", prices("155", "160")),
        ("BTC шорт 67000, фіксуємо прибуток: 66000, 65000, стоп 68000", prices("66000", "65000")),
        ("#DOT/USDT ЛОНГ\nВход: 4,10\nФиксирую прибыль: 4,30 / 4,45\nСтоп: 3,95", prices("4.30", "4.45")),
    ],
)
def test_taking_profit_at_in_russian_labels_the_targets(text, targets):
    assert signal_read(text).take_profits == targets


def test_taking_profit_now_in_russian_is_no_signal():
    assert not isinstance(parse_message("BTC шорт, фиксируем прибыль сейчас"), ParsedSignal)


@pytest.mark.parametrize(
    "text",
    [
        "#ETH/USDT LONG\nEntry: 3200\nOrder type: Market\nTP: 3300 3400\nSL: 3100",
        "SOL/USDT LARGO\nEntrada: 150,5\nTipo de orden: a mercado\nObjetivos: 155 - 160\nStop: 145",
        "#BTC/USDT SHORT\nGiriş: 67000\nEmir tipi: Piyasa emri\nHedef: 66000\nStop: 68000",
        "#LINK/USDT ЛОНГ\nВход: 14,5\nТип ордера: рыночный\nЦели: 15,2\nСтоп: 13,9",
    ],
)
def test_a_market_order_type_makes_the_entry_a_market_one(text):
    assert signal_read(text).entry == []


@pytest.mark.parametrize(
    "text",
    [
        "#ETH/USDT LONG\nEntry: 3200\nOrder type: Limit\nTP: 3300 3400\nSL: 3100",
        "#ETH/USDT LONG\nEntry: 3150 - 3200\nOrder type: Market order\nTP: 3300 3400\nSL: 3100",
    ],
)
def test_a_limit_order_or_a_zone_keeps_its_entry_prices(text):
    assert signal_read(text).entry != []


@pytest.mark.parametrize(
    ("text", "stop"),
    [
        ("#ICP/USDT SHORT\nВход: 4.7\nЦели: 4.6 4.5\nCтоп: 5.046", Decimal("5.046")),  # Latin C
        ("#ADA/USDT ЛОНГ\nВход: 0.68\nTейк: 0.70\nСтоп: 0.66", Decimal("0.66")),  # Latin T in "Тейк"
        ("#SOL/USDT шорт\nВхoд: 150\nЦели: 145\nСтoп: 155", Decimal("155")),  # Latin o in both labels
    ],
)
def test_a_latin_lookalike_in_a_cyrillic_label_reads_as_the_label(text, stop):
    parsed = signal_read(text)
    assert parsed.stop_loss == stop
    assert parsed.take_profits


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("#PHA 市價0.037附近空", ("PHA/USDT", "short", [], None, [], None)),
        ("#DOGE 市价 0.1680 附近做多，止损0.16", ("DOGE/USDT", "long", [], Decimal("0.16"), [], None)),
        ("#ETH 现价3200左右空 止损3300 目标3000", ("ETH/USDT", "short", [], Decimal("3300"), prices("3000"), None)),
        (
            "#Q 市價0.0127附近多 (20X)\n第一止盈就定翻倍0.013434",
            ("Q/USDT", "long", [], None, prices("0.013434"), 20),
        ),
    ],
)
def test_a_price_after_a_chinese_market_word_is_a_market_entry(text, expected):
    assert plan_of(signal_read(text)) == expected


def test_a_price_near_a_side_without_a_market_word_stays_the_entry():
    assert signal_read("#ETH 3200左右空 止损3300 目标3000").entry == prices("3200")


def test_a_market_zone_in_chinese_is_the_entry_zone():
    assert signal_read("#SOL 市价150-152附近多").entry == prices("150", "152")


def test_pha_in_lower_case_inside_chinese_prose_is_no_pair():
    assert parse_message("今天pha了很多 市价0.037附近空") is None


@pytest.mark.parametrize(
    "text",
    [
        "Pair: $SOL/USDT\nDirection: LONG\nTarget 1- $16.7 Target 2- $17.1 Target 3- $17.7\n(63.6% Profit - 5x lev.)🔥",
        "#ETH LONG\nTargets: 3300 / 3400 / 3500\n+45% profit with 10x 🚀",
        "#ADA/USDT ЛОНГ\nЦели: 0.70, 0.72\nПрибыль: +55%",
    ],
)
def test_targets_with_their_profit_and_no_entry_nor_stop_are_no_trade(text):
    assert not isinstance(parse_message(text), ParsedSignal)


def test_targets_alone_without_a_profit_figure_still_trade_at_market():
    assert signal_read("#ETH LONG\nTargets: 3300 3400").take_profits == prices("3300", "3400")


@pytest.mark.parametrize(
    "text",
    [
        "SOL short\nEntry: 194.53\nStop Loss: 201\nTarget: 187.93\nInvalidated if price reclaims $201 with momentum.",
        "#ETH/USDT LONG\nEntry 3200\nSL 3100\nTP 3400\nSetup invalidated if 4H closes below 3100",
        "BTC LONG 65000, SL 64000, TP 67000. Cancelled if price hits TP before entry.",
    ],
)
def test_a_conditional_invalidation_keeps_the_signal(text):
    assert isinstance(parse_message(text), ParsedSignal)


def test_an_invalidation_said_for_now_is_still_no_signal():
    assert not isinstance(parse_message("#ETH long 3200 SL 3100 TP 3400 - invalidated, do not enter"), ParsedSignal)


@pytest.mark.parametrize(
    "text",
    [
        "TRADING STRATEGY GUIDE\n\nUse 5x-10x leverage only.\nTake 2-3 entries.\nMove SL to entry after TP3.",
        "Follow these key guidelines:\nExample signal post:\n$OPEN/USDT\nBuy 0.5677\nTake Profit 0.5987\nStop Loss 0.5432",
        "Гайд по торговле\nBTC лонг 65000, стоп 64000, цель 67000",
        "Guía de trading\nBTC largo 65000, stop 64000, objetivo 67000",
        "交易指南：ETH 3000 做多，止损 2900，目标 3200",
    ],
)
def test_a_guide_is_no_trade(text):
    assert not isinstance(parse_message(text), ParsedSignal)


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        (
            "Trade Setup\n$ETH\nDirection: Short\nEntry: 3400\nStop: 3480\nTargets: 3300, 3200\n"
            "Rationale: rejection at supply.\nSummary\nDirection Short\nEntry 3400\nStop 3480\nTargets 3300, 3200",
            prices("3300", "3200"),
        ),
        (
            "$SOL\nDirection: Long\nEntry Price: $174\nStoploss: $166\nTarget(s): $198\n---\nSummary\n"
            "Entry Price $174\nStoploss $166\nTarget $198",
            prices("198"),
        ),
        (
            "#LINK/USDT LONG\nEntry 14.5\nSL 13.9\nTP 15.2\n\nRecap: entry 14.5, SL 13.9, TP 15.2",
            prices("15.2"),
        ),
    ],
)
def test_a_plan_told_again_in_its_summary_keeps_each_target_once(text, targets):
    assert signal_read(text).take_profits == targets


def test_a_target_written_twice_in_a_row_keeps_its_duplicate():
    assert signal_read("#BTC LONG\nEntry 65000\nTP 66000\nTP 66000\nSL 64000").take_profits == prices("66000", "66000")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "• Entrada Curta: Em torno de $2.45–$2.50 para reversão.\n• Alvo 1: $2.20.\n• Stop-Loss: $2.60.\n#XRP/USDT",
            ("XRP/USDT", "short", prices("2.45", "2.50"), Decimal("2.60"), prices("2.20"), None),
        ),
        (
            "#SOL/USDT\n• Entrada Longa: Em torno de $150–$152.\n• Alvo 1: $160.\n• Stop-Loss: $145.",
            ("SOL/USDT", "long", prices("150", "152"), Decimal("145"), prices("160"), None),
        ),
        (
            "#ETH/USDT\nEntrada corta: en torno a 3.400\nObjetivo: 3.300\nStop: 3.480",
            ("ETH/USDT", "short", prices("3400"), Decimal("3480"), prices("3300"), None),
        ),
    ],
)
def test_a_short_or_long_entry_in_portuguese_and_spanish_names_the_side(text, expected):
    assert plan_of(signal_read(text)) == expected


def test_a_short_entry_in_portuguese_prose_is_no_trade():
    assert parse_message("A SOL teve uma entrada curta de compradores em torno de 150 ontem.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "#ETH/USDT LONG\nOpen LONG at the price 3200\nTargets:\n1) Close the position at the price 3300\n\n"
            "2) Close the position at the price 3400\nSTOP LOSS: 3100",
            ("ETH/USDT", "long", prices("3200"), Decimal("3100"), prices("3300", "3400"), None),
        ),
        (
            "#BTC/USD\nOpen SHORT for the price between $22022- $22147\nTargets:\n1) Close the position at the price $21971\n"
            "2) Close the position at the price $21949\nSTOP LOSS: $22257",
            ("BTC/USD", "short", prices("22022", "22147"), Decimal("22257"), prices("21971", "21949"), None),
        ),
        (
            "#SOL/USDT ЛОНГ\nВход: 150\nЦели:\n1) Закрыть позицию по цене 155\n2) Закрыть позицию по цене 160\nСтоп: 145",
            ("SOL/USDT", "long", prices("150"), Decimal("145"), prices("155", "160"), None),
        ),
    ],
)
def test_closes_at_prices_listed_under_targets_are_the_targets(text, expected):
    assert plan_of(signal_read(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "BTC LONG\nclose half at 68000\nclose the rest at 69000",
        "#ETH SHORT\nClose the position at 3300\nClose the position at 3250",
    ],
)
def test_closes_at_prices_without_a_targets_label_are_no_trade(text):
    assert not isinstance(parse_message(text), ParsedSignal)
