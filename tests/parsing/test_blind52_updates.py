"""Updates read by general rules: a "Target 2 hit" header numbers a target and prices none, a
plural-imperative cancel ("Cancelem a ordem", "Cancelen la orden"), a tagged word ticker ("#NOT",
"#HIGH") in the clause of a close or cancel names its trade, and a stop move may name its trade
("lệnh ETH short", "ETH short") before the new price."""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import plan_of, prices, signal_read, update_read

_DOT_HIT = "🎯 #DOTUSDT — Objetivo 2 alcanzado ✅\nCORTO 🔻\nEntrada: 7,42\nTP1: 7,28 ✅\nTP2: 7,11 ✅\nTP3: 6,90\nSL: 7,65\nApalancamiento: 20x\n+84% de beneficio 🔥"


@pytest.mark.parametrize(
    "text",
    [
        _DOT_HIT,
        "🎯 #DOTUSDT - Target 2 hit ✅\nSHORT\nEntry: 7.42\nTP1: 7.28 ✅\nTP2: 7.11 ✅\nTP3: 6.90\nSL: 7.65",
    ],
)
def test_a_target_hit_header_numbers_the_target_and_prices_none(text):
    update = update_read(text)
    assert (update.kind, update.symbol, update.target_index) == ("tp_hit", "DOT/USDT", 2)


def test_a_ticked_target_keeps_its_price_beside_a_hit_header():
    text = "#DOTUSDT Target 1 hit ✅\nSHORT\nEntry: 7.42\nTP1: 7.28 ✅\nTP2: 7.11\nTP3: 6.90\nSL: 7.65"
    assert update_read(text).target_index == 1


@pytest.mark.parametrize(
    "text",
    [
        "⚠️ Cancelem a ordem de #HIGH, o preço fugiu da entrada. Não persigam!",
        "⚠️ Cancelen la orden de #HIGH, el precio se escapó de la entrada.",
        "Cancel the #HIGH order, price ran away from the entry",
    ],
)
def test_a_plural_imperative_cancel_names_its_tagged_word_ticker(text):
    update = update_read(text)
    assert (update.kind, update.symbol) == ("cancel", "HIGH/USDT")


def test_a_tagged_word_ticker_in_a_close_is_its_pair():
    update = update_read("Закрываем #NOT полностью по рынку, идея сломалась 🤷‍♂️")
    assert (update.kind, update.symbol, update.fraction) == ("close", "NOT/USDT", Decimal("1"))


def test_a_tagged_word_in_another_sentence_names_no_pair():
    update = update_read("Close half now. #NOT financial advice")
    assert (update.kind, update.symbol, update.fraction) == ("close", None, Decimal("0.5"))


@pytest.mark.parametrize(
    "text",
    [
        "Dời SL lệnh ETH short về 3.260 nhé anh em 👍",
        "Move SL ETH short to 3260",
    ],
)
def test_a_stop_move_naming_its_trade_before_the_price_moves_to_that_price(text):
    update = update_read(text)
    assert (update.kind, update.symbol, update.price, update.to_entry) == ("move_stop", "ETH/USDT", Decimal("3260"), False)


def test_a_stop_move_naming_its_trade_before_entry_moves_to_entry():
    update = update_read("Dời SL lệnh ETH short về entry")
    assert (update.kind, update.symbol, update.price, update.to_entry) == ("move_stop", "ETH/USDT", None, True)


def test_a_stop_move_to_entry_without_a_price_stays_to_entry():
    update = update_read("Dời SL về entry nhé")
    assert (update.kind, update.price, update.to_entry) == ("move_stop", None, True)


def test_a_stop_move_naming_a_target_label_is_no_price():
    assert parse_message("Move SL TP1 2.5") is None


def test_a_question_about_moving_the_stop_is_no_update():
    assert parse_message("dời SL về 3.260 được không?") is None


@pytest.mark.parametrize(
    "text",
    [
        "Cancelem a ordem antiga de ETH.\nNovo sinal:\n#SOL/USDT LONG\nEntrada: 142,5\nSL: 138\nTP1: 148\nTP2: 152",
        "Cancelen la orden anterior de ETH.\nNueva señal:\n#SOL/USDT LONG\nEntrada: 142,5\nSL: 138\nTP1: 148\nTP2: 152",
    ],
)
def test_a_new_signal_after_cancelling_an_old_order_is_still_a_signal(text):
    parsed = signal_read(text)
    assert isinstance(parsed, ParsedSignal)
    assert plan_of(parsed)[:5] == ("SOL/USDT", "long", prices("142.5"), Decimal("138"), prices("148", "152"))
