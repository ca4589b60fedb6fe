"""diff_positions: what changed between two fetches, by (symbol, side)."""
from decimal import Decimal

from signals.sources.binance import LeaderPosition, diff_positions


def lp(symbol="BTC/USDT", side="long", quantity="1", leverage=5):
    return LeaderPosition(symbol=symbol, side=side, quantity=Decimal(quantity), leverage=leverage)


def kinds(changes):
    return [(c.kind, c.symbol, c.side, c.quantity) for c in changes]


def test_a_new_position_is_an_open_of_its_size():
    (change,) = diff_positions([], [lp(quantity="0.5")])
    assert (change.kind, change.quantity, change.previous_quantity, change.current_quantity) == (
        "open", Decimal("0.5"), Decimal(0), Decimal("0.5"),
    )
    assert change.position == lp(quantity="0.5")


def test_a_bigger_position_is_an_increase_of_the_added_size():
    (change,) = diff_positions([lp(quantity="0.5")], [lp(quantity="0.8")])
    assert (change.kind, change.quantity, change.fraction) == ("increase", Decimal("0.3"), None)


def test_a_smaller_position_is_a_reduce_by_the_fraction_taken_off():
    (change,) = diff_positions([lp(quantity="0.8")], [lp(quantity="0.2")])
    assert (change.kind, change.quantity, change.fraction) == ("reduce", Decimal("0.6"), Decimal("0.75"))


def test_a_halved_position_reduces_by_half():
    (change,) = diff_positions([lp(quantity="0.5")], [lp(quantity="0.25")])
    assert change.fraction == Decimal("0.5")


def test_a_vanished_position_is_a_full_close():
    (change,) = diff_positions([lp(quantity="0.5")], [])
    assert (change.kind, change.quantity, change.fraction, change.current_quantity) == (
        "close", Decimal("0.5"), Decimal(1), Decimal(0),
    )
    assert change.position == lp(quantity="0.5")  # the last one seen


def test_a_side_flip_is_a_close_then_an_open():
    changes = diff_positions([lp(side="long", quantity="1")], [lp(side="short", quantity="2")])
    assert kinds(changes) == [("close", "BTC/USDT", "long", Decimal("1")), ("open", "BTC/USDT", "short", Decimal("2"))]


def test_an_unchanged_list_has_no_changes():
    assert diff_positions([lp(), lp("ETH/USDT", "short", "3")], [lp("ETH/USDT", "short", "3"), lp()]) == []


def test_closes_and_reduces_come_before_opens_and_increases():
    previous = [lp("BTC/USDT", quantity="1"), lp("ETH/USDT", quantity="4"), lp("SOL/USDT", quantity="10")]
    current = [lp("ADA/USDT", quantity="100"), lp("ETH/USDT", quantity="2"), lp("SOL/USDT", quantity="12")]
    assert [c.kind for c in diff_positions(previous, current)] == ["close", "reduce", "open", "increase"]


def test_hidden_positions_would_read_as_closing_everything():
    # Why the sync never diffs a "not sharing" answer: an empty list closes every position.
    assert [c.kind for c in diff_positions([lp(), lp("ETH/USDT")], [])] == ["close", "close"]
