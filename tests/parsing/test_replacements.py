"""A cancel of the earlier order followed by the call that replaces it (``signals/parsing/replacements.py``)."""
from decimal import Decimal

import pytest

from signals.parsing import ParsedUpdate, parse_message
from tests.helpers import plan_of, prices, signal_read


@pytest.mark.parametrize(
    "text, plan",
    [
        ("Cancel the old ETH order.\nETH long\nEntry 3400 - 3450\nSL 3320\nTP 3520 / 3600",
         ("ETH/USDT", "long", prices("3400", "3450"), Decimal("3320"), prices("3520", "3600"), None)),
        ("Cancel previous SOL signal. New one:\nSOL short 152 sl 156 tp 148 144",
         ("SOL/USDT", "short", prices("152"), Decimal("156"), prices("148", "144"), None)),
        ("Отменяем старый ордер по SOL. Новый вход: SOL шорт 152, стоп 156, цели 148 144",
         ("SOL/USDT", "short", prices("152"), Decimal("156"), prices("148", "144"), None)),
    ],
)
def test_the_new_call_is_read_and_carries_the_cancel_of_the_old_order(text, plan):
    parsed = signal_read(text)
    assert plan_of(parsed) == plan
    assert (parsed.replaces.kind, parsed.replaces.symbol) == ("cancel", plan[0])


def test_the_cancel_keeps_the_pair_it_names():
    parsed = signal_read("Cancel the old ETH order.\nBTC long 64000 sl 63000 tp 65000")
    assert (parsed.symbol, parsed.replaces.symbol) == ("BTC/USDT", "ETH/USDT")


@pytest.mark.parametrize(
    "text",
    [
        "❌ Signal cancelled ❌\n#OP/USDT short 2.45-2.50 SL 2.58 TP 2.36/2.28",  # the notice repeats what it cancels
        "❌ Señal cancelada ❌\n#GALA/USDT largo 0,0412-0,0405, stop 0,0391, tp 0,0430/0,0448 — no llegó a la entrada.",
        "Cancel the old ETH order. BTC looks weak here",  # no call follows
        "Cancel the old ETH order.\nNew SOL idea soon, watching 150",  # no whole plan follows
    ],
)
def test_a_cancel_without_a_replacing_call_stays_a_cancel(text):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedUpdate) and parsed.kind == "cancel"


def test_a_plain_call_replaces_nothing():
    assert signal_read("ETH long 3400 sl 3320 tp 3520").replaces is None
