"""Round 59's update misses, fixed by general rules:
- a direction between a stop move and its new price ("move your stop up to 3,455", Vietnamese "kéo SL … lên 7,42")
  is read past as "to" is (``stop_directions``);
- the imperative "lower the stop" is a move word in pt, es, tr and ru ("desçam o stop pra 100.900");
- profit taken on a share now is a partial close ("%50'sini kâr al", "take profit on 50%", "зафиксируйте 50%
  прибыли"), while a target's allocation ("TP1 50%") stays a signal's hint (``profit_shares``);
- a question holding the first price goes on asking in a following sentence that ends in "?" though no question word
  opens it ("… is a buy?? stop 0.29 maybe, tp 0.36?") (``questions``).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, ParsedUpdate, parse_message
from tests.helpers import prices, signal_read


@pytest.mark.parametrize(
    ("text", "symbol", "price"),
    [
        ("ETH longs: move your stop up to 3,455 now, protecting the trade", "ETH/USDT", "3455"),
        ("Kéo SL của lệnh DOT lên 7,42 nhé anh em, khóa lời an toàn 🔒", "DOT/USDT", "7.42"),
        ("SOL shorts: drag the stop down to 142.80 now", "SOL/USDT", "142.80"),
        ("BTC: pessoal, desçam o stop pra 100.900 que já tá bem encaminhado", "BTC/USDT", "100900"),
        ("BTC: bajen el stop a 100.900 ya", "BTC/USDT", "100900"),
        ("BTC stopu 100.900'e düşürün", "BTC/USDT", "100900"),
        ("BTC: опустите стоп до 100900", "BTC/USDT", "100900"),
    ],
)
def test_it_reads_a_stop_moved_up_or_down_to_a_price(text, symbol, price):
    update = parse_message(text)
    assert isinstance(update, ParsedUpdate)
    assert (update.kind, update.symbol, update.price, update.to_entry) == ("move_stop", symbol, Decimal(price), False)


def test_it_leaves_a_stop_moved_up_after_a_target_without_a_price():
    assert parse_message("move SL up after TP1") is None


def test_it_keeps_a_falling_price_beside_a_stop_from_being_a_stop_move():
    assert not isinstance(parse_message("BTC desce pra 95.000, stop 94.000?"), ParsedUpdate)


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("SOL işleminde pozisyonun %50'sini kâr al, gerisi devam 💪", "SOL/USDT"),
        ("ETH pozisyonun yarısını kâr al", "ETH/USDT"),
        ("SOL: take profit on 50% of the position now", "SOL/USDT"),
        ("BTC: toma ganancias del 50% de la posición", "BTC/USDT"),
        ("ETH: зафиксируйте 50% прибыли, остальное держим", "ETH/USDT"),
    ],
)
def test_it_reads_profit_taken_on_a_share_as_a_partial_close(text, symbol):
    update = parse_message(text)
    assert isinstance(update, ParsedUpdate)
    assert (update.kind, update.symbol, update.fraction) == ("close", symbol, Decimal("0.5"))


def test_it_keeps_a_targets_share_as_the_signals_allocation():
    signal = signal_read("BTC LONG 65000 SL 64000 TP1 66000 50% TP2 67000 50%")
    assert signal.take_profits == prices("66000", "67000")
    assert signal.take_profit_allocations == [Decimal("0.5"), Decimal("0.5")]


def test_it_keeps_a_share_taken_at_a_target_as_a_rule_of_the_signal():
    signal = signal_read("BTC long 65000, stop 64000, take profit 50% at TP1")
    assert (signal.side, signal.entry, signal.stop_loss) == ("long", prices("65000"), Decimal("64000"))


def test_it_reads_a_profit_figure_after_close_as_a_whole_close():
    update = parse_message("close LINK now, profit 8%")
    assert isinstance(update, ParsedUpdate)
    assert update.fraction == Decimal(1)


def test_it_reads_a_hedged_question_about_a_coins_prices_as_no_call():
    assert parse_message("anyone think DOGE at 0.318 is a buy?? stop 0.29 maybe, tp 0.36? or am I late") is None


def test_it_still_reads_a_call_that_only_invites_readers_after_its_prices():
    signal = parse_message("Ready? LONG BTC 65000 SL 64000 TP 68000. Who's with me?")
    assert isinstance(signal, ParsedSignal)
    assert signal.take_profits == prices("68000")
