"""Questions offering waiting or doubting their own plan are no call; "we're out of the position" closes;
a verb-last stop move to a price ("استاپ … رو ببرید روی ۸.۹۵") moves the stop."""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, ParsedUpdate, parse_message


@pytest.mark.parametrize("text", [
    "anyone else think SEI at 0.41 is a steal?? was eyeing 0.38 as a stop and 0.52 as the target but idk man",
    "Народ, кто что думает по SOL? Брать лонг от 142,5 со стопом 137 или ждать отката к 135? Тейк думал ставить 155",
    "SOL long from 142.5 with stop 137 here or wait for 135?",
    "¿Entro en SOL 142 con stop 137 o espero?",
    "SOL 142'den girilir mi yoksa beklemeli mi? stop 137, hedef 155",
    "SOL 142.5 做多 止损 137 还是等回调到 135？",
    "кто-нибудь брал TON? думаю от 5,4 со стопом 5,1 и целью 6,2, но не знаю",
])
def test_it_reads_no_call_in_a_question_offering_waiting_or_doubting(text):
    assert parse_message(text) is None


@pytest.mark.parametrize("text", [
    "SEI at 0.41 is a steal! Long 0.41, SL 0.38, TP 0.52. Not sure how far it runs, but targets are set.",
    "Ready? LONG BTC 65000 SL 64000 TP 67000",
    "LONG SOL 142.5 SL 137 TP 155. Don't wait for a pullback.",
])
def test_it_keeps_a_call_that_neither_offers_waiting_nor_opens_asking(text):
    assert isinstance(parse_message(text), ParsedSignal)


def test_it_reads_being_out_of_the_whole_position_as_a_whole_close():
    parsed = parse_message("ARB: we're out of the whole position at market. That FOMC wick killed the idea, no point hoping.")
    assert isinstance(parsed, ParsedUpdate)
    assert (parsed.kind, parsed.symbol, parsed.fraction) == ("close", "ARB/USDT", Decimal(1))


@pytest.mark.parametrize("text", ["I'm out, good night", "price is out of the range today, waiting"])
def test_it_reads_no_close_in_being_out_of_something_else(text):
    assert parse_message(text) is None


def test_it_keeps_a_signal_that_says_price_is_out_of_a_range():
    assert isinstance(parse_message("price is out of the range, ETH long 3000 sl 2900 tp 3200"), ParsedSignal)


@pytest.mark.parametrize("text", ["استاپ لاس پوزیشن APT رو ببرید روی ۸.۹۵", "استاپ APT رو ببرید روی 8.95"])
def test_it_reads_a_verb_last_stop_move_onto_a_price(text):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedUpdate)
    assert (parsed.kind, parsed.symbol, parsed.price) == ("move_stop", "APT/USDT", Decimal("8.95"))


def test_it_still_reads_a_verb_last_stop_move_onto_the_entry():
    parsed = parse_message("استاپ APT رو ببرید روی نقطه ورود")
    assert isinstance(parsed, ParsedUpdate) and parsed.to_entry
