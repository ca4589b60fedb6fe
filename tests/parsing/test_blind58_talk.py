"""Group talk the fifty-eighth blind set showed misread: "X already went, now it's Y's turn" calls Y
(``turn_passed``); a trade the writer thought of taking ("pensei em comprar … mas tô com medo") is a musing,
no call (``musings``); a stop offered with "or lower?" asks (``ASK_MARKS``); "bring"/"raise" the stop to the
entry ("بیارید", "sobe o stop") moves it to entry."""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, ParsedUpdate, parse_message


def test_it_calls_the_coin_whose_turn_it_is_not_the_one_already_gone():
    parsed = parse_message("SOL já foi, agora é a vez do AVAX 👀 compra 34,20 - 35,10, alvo 37,5 / 40, stop 32,9")
    assert isinstance(parsed, ParsedSignal)
    assert (parsed.symbol, parsed.side) == ("AVAX/USDT", "long")
    assert parsed.entry == [Decimal("34.20"), Decimal("35.10")]
    assert parsed.stop_loss == Decimal("32.9")
    assert parsed.take_profits == [Decimal("37.5"), Decimal("40")]


@pytest.mark.parametrize("text", [
    "BTC already pumped, now it's ETH's turn, long 3200 sl 3100 tp 3400",
    "BTC уже улетел, теперь очередь ETH, лонг 3200 стоп 3100 тейк 3400",
    "BTC ya se fue, ahora le toca a ETH, compra 3200 stop 3100 objetivo 3400",
    "BTC zaten uçtu, şimdi sıra ETH'de, long 3200 stop 3100 hedef 3400",
    "大饼已经涨了，现在轮到 ETH 了，做多 3200 止损 3100 止盈 3400",
    "BTC đã bay, giờ đến lượt ETH, long 3200 sl 3100 tp 3400",
    "BTC sudah terbang, sekarang giliran ETH, long 3200 sl 3100 tp 3400",
    "BTC ud gaya, ab ETH ki baari, long 3200 sl 3100 tp 3400",
    "بیت کوین پرید، حالا نوبت ETH، لانگ 3200 استاپ 3100 تارگت 3400",
])
def test_it_calls_the_next_coin_in_every_language(text):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedSignal)
    assert parsed.symbol == "ETH/USDT"


def test_a_coin_with_a_price_before_the_next_is_not_passed_over():
    # A priced stretch after BTC is said of BTC's trade, not a move that is over: the turn rule stays out.
    parsed = parse_message("BTC already hit TP1 at 66000, now it's ETH's turn, long 3200 sl 3100 tp 3400")
    assert not (isinstance(parsed, ParsedSignal) and parsed.symbol == "BTC/USDT" and parsed.certainty == "high")


def test_a_plain_two_coin_call_keeps_its_reading():
    parsed = parse_message("ETH long 3200 sl 3100 tp 3400")
    assert isinstance(parsed, ParsedSignal) and parsed.symbol == "ETH/USDT"


@pytest.mark.parametrize("text", [
    "alguém acha que o XRP segura os 2,10? pensei em comprar ali com alvo 2,40 e stop 1,95 mas tô com medo kkk",
    "was thinking of buying SOL at 140, target 150, stop 135, but idk",
    "думал взять TON от 5,4, цель 6,2, стоп 5,1, но страшно",
    "pensaba comprar XRP en 2,10 con objetivo 2,40 y stop 1,95 pero me da miedo",
    "XRP 2.10 almayı düşündüm, hedef 2.40, stop 1.95 ama korkuyorum",
    "本来想买 XRP 2.10，止盈 2.40，止损 1.95，但是不敢",
    "tadinya mau beli XRP 2.10 tp 2.40 sl 1.95 tapi takut",
])
def test_a_trade_the_writer_thought_of_is_no_call(text):
    assert parse_message(text) is None


def test_a_call_that_says_buy_stays_a_call():
    parsed = parse_message("XRP compra 2,10 alvo 2,40 stop 1,95")
    assert isinstance(parsed, ParsedSignal) and parsed.symbol == "XRP/USDT"


def test_a_hedged_call_with_stop_and_targets_stays_a_call():
    assert isinstance(parse_message("Maybe long ETH near 3100, SL 3000, TP 3300"), ParsedSignal)


@pytest.mark.parametrize("text", [
    "Ребят, кто что думает по TON на 5,40? Стоп 5,10 ставить или ниже? Цель вижу 6,2",
    "guys what do you think of TON at 5.40? stop 5.10 or lower? target 6.2",
])
def test_a_stop_offered_with_or_lower_asks(text):
    assert parse_message(text) is None


def test_a_stated_call_without_question_keeps_reading():
    parsed = parse_message("TON лонг 5,40, стоп 5,10, цель 6,2")
    assert isinstance(parsed, ParsedSignal) and parsed.stop_loss == Decimal("5.10")


@pytest.mark.parametrize("text, symbol", [
    ("سولانا رو ریسک فری کنید، استاپ رو بیارید نقطه ورود 👌", "SOL/USDT"),
    ("quem tá no ETH sobe o stop pro preço de entrada, não quero ninguém devolvendo lucro 🙅‍♂️", "ETH/USDT"),
    ("SOL suban el stop a entrada", "SOL/USDT"),
])
def test_bring_or_raise_the_stop_to_entry_moves_it_to_entry(text, symbol):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedUpdate)
    assert (parsed.kind, parsed.symbol, parsed.to_entry) == ("move_stop", symbol, True)


@pytest.mark.parametrize("text", ["ETH sobe forte hoje, bom dia pessoal", "سولانا امروز خیلی پرید 🚀"])
def test_a_coin_that_rises_moves_no_stop(text):
    assert parse_message(text) is None
