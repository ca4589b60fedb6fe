"""Small helpers for the tests: send a signal through the real pipeline, move the market."""
from __future__ import annotations

from contextlib import contextmanager
from decimal import Decimal

from django.db import transaction
from django.test import TestCase

from execution.market.services import quote_set
from execution.services import positions_on_price
from signals.models import SignalDecision
from signals.services import SignalInput, signal_receive


@contextmanager
def committed():
    """Run the ``transaction.on_commit`` callbacks the block registers, as its commit would.

    The test's own transaction is never committed, so without this the copy task, pushes and
    notifications a service queues after commit never run. Callbacks registered inside a savepoint
    that rolled back are gone and stay unsent, as in production. It is pytest-django's
    ``django_capture_on_commit_callbacks(execute=True)`` for helpers that have no fixtures, and
    like a real commit it leaves nothing pending: a block around it does not send them twice.
    """
    connection = transaction.get_connection()
    start = len(connection.run_on_commit)
    try:
        with TestCase.captureOnCommitCallbacks(execute=True) as callbacks:
            yield callbacks
    finally:
        del connection.run_on_commit[start:]


def send_signal(trader="yun_qiang", symbol="BTC/USDT", side="long", **fields):
    """A source delivers a signal and its request commits: the copy task runs (eagerly) after."""
    fields.setdefault("confidence", "0.9")
    with committed():
        signal, created = signal_receive(data=SignalInput(trader=trader, symbol=symbol, side=side, **fields))
    return signal


def decision_of(signal, account) -> SignalDecision:
    return SignalDecision.objects.get(signal=signal, account=account)


def move_market(symbol: str, price, spread=Decimal("1")):
    """Set the market to ``price`` (bid/ask half a spread either side) and run the position monitor."""
    price = Decimal(str(price))
    quote = quote_set(symbol=symbol, price=price, bid=price - spread / 2, ask=price + spread / 2)
    return positions_on_price(symbol=symbol, quote=quote)


def prices(*values: str) -> list[Decimal]:
    """Prices as the parser reads them: ``prices("0.62", "0.60")``."""
    return [Decimal(v) for v in values]


def signal_read(text: str):
    """The message's parse, which must be a signal (the parser tests' common first step)."""
    from signals.parsing import ParsedSignal, parse_message

    parsed = parse_message(text)
    assert isinstance(parsed, ParsedSignal), parsed
    return parsed


def update_read(text: str):
    """The message's parse, which must be an update (target hit, stop move, close or cancel)."""
    from signals.parsing import ParsedUpdate, parse_message

    parsed = parse_message(text)
    assert isinstance(parsed, ParsedUpdate), parsed
    return parsed


def plan_of(parsed) -> tuple:
    """A signal's trade as one tuple: symbol, side, entry, stop, targets, leverage."""
    return (parsed.symbol, parsed.side, parsed.entry, parsed.stop_loss, parsed.take_profits, parsed.leverage)
