"""Manual actions on positions (close, partial close, SL/TP edits), funding, and the accounting identity."""
from decimal import ROUND_DOWN, Decimal

import pytest

from echotrade.models import AuditEvent
from execution.selectors import account_summary
from echotrade.exceptions import Conflict, InvalidInput
from execution.models import Fill, Position
from execution.services import (
    position_apply_funding,
    position_cancel,
    position_close,
    position_update_protection,
)
from tests.helpers import decision_of, move_market, send_signal

D = Decimal
pytestmark = pytest.mark.usefixtures("market")


@pytest.fixture
def position(yun_qiang, handjob) -> Position:
    return decision_of(send_signal(leverage=4, stop_loss="60000", take_profits=["70000", "72000"]), handjob).position


@pytest.mark.parametrize("fraction", ["0.25", "0.5", "0.75"])
def test_a_partial_close_sells_that_share_and_keeps_the_rest_protected(position, fraction):
    initial = position.quantity
    position_close(position=position, fraction=D(fraction))
    position.refresh_from_db()
    closed = Fill.objects.get(position=position, order__purpose="close").quantity
    assert closed == (initial * D(fraction)).quantize(D("0.00000001"), rounding=ROUND_DOWN)  # never sell more than asked
    assert position.quantity == initial - closed
    assert position.status == "open"
    open_orders = position.orders.filter(status="open")
    assert open_orders.get(purpose="stop_loss").quantity == position.quantity
    assert sum(o.quantity for o in open_orders.filter(purpose="take_profit")) == position.quantity


def test_a_full_close_ends_the_position_and_cancels_its_orders(position, handjob):
    position_close(position=position, fraction=D("1"))
    position.refresh_from_db()
    assert (position.status, position.quantity, position.margin) == ("closed", D("0"), D("0"))
    assert position.close_reason == "close"
    assert not position.orders.filter(status="open").exists()
    assert AuditEvent.objects.filter(account=handjob, action="position.closed", object_id=str(position.pk)).exists()


def test_closing_a_closed_position_is_refused(position):
    position_close(position=position)
    with pytest.raises(Conflict):
        position_close(position=position)


@pytest.mark.parametrize("fraction", ["0", "-0.5", "1.5", "abc", "NaN"])
def test_a_fraction_outside_0_to_1_is_refused(position, fraction):
    with pytest.raises(InvalidInput):
        position_close(position=position, fraction=fraction)


def test_closing_in_profit_books_the_gain_into_cash(position, handjob):
    move_market("BTC/USDT", "68000")
    position_close(position=position)
    position.refresh_from_db()
    handjob.refresh_from_db()
    assert position.realised_pnl > 0
    assert handjob.cash == D("100000") + position.realised_pnl - position.fees


def test_moving_the_stop_replaces_the_stop_order(position):
    old_stop = position.orders.get(purpose="stop_loss", status="open")
    position_update_protection(position=position, stop_loss=D("65000"))
    position.refresh_from_db()
    old_stop.refresh_from_db()
    assert position.stop_loss == D("65000")
    assert old_stop.status == "cancelled"
    assert position.orders.get(purpose="stop_loss", status="open").trigger_price == D("65000")


def test_a_stop_above_the_price_of_a_long_is_refused(position):
    with pytest.raises(InvalidInput) as error:
        position_update_protection(position=position, stop_loss=D("68000"))
    assert "stop_loss" in error.value.fields
    position.refresh_from_db()
    assert position.stop_loss == D("60000")


def test_targets_below_the_price_of_a_long_are_refused(position):
    with pytest.raises(InvalidInput) as error:
        position_update_protection(position=position, take_profits=[D("66000")])
    assert "take_profits" in error.value.fields


def test_new_targets_replace_the_ladder(position):
    position_update_protection(position=position, take_profits=[D("69000"), D("71000"), D("75000")])
    position.refresh_from_db()
    assert position.take_profits == ["69000", "71000", "75000"]
    prices = sorted(position.orders.filter(purpose="take_profit", status="open").values_list("price", flat=True))
    assert prices == [D("69000"), D("71000"), D("75000")]


def test_removing_the_stop_leaves_no_stop_order(position):
    position_update_protection(position=position, stop_loss=None)
    assert not position.orders.filter(purpose="stop_loss", status="open").exists()


def test_cancelling_a_pending_entry_returns_its_reserved_margin(yun_qiang, handjob):
    pending = decision_of(send_signal(entry="60000"), handjob).position
    handjob.refresh_from_db()
    assert handjob.cash < D("100000")
    position_cancel(position=pending)
    handjob.refresh_from_db()
    pending.refresh_from_db()
    assert (pending.status, handjob.cash) == ("cancelled", D("100000"))


def test_a_positive_funding_rate_charges_longs_from_their_margin(position):
    margin, liquidation = position.margin, position.liquidation_price
    position_apply_funding(position=position, rate=D("0.0001"), mark_price=D("67000"))
    position.refresh_from_db()
    payment = (D("67000") * position.quantity * D("0.0001")).quantize(D("0.00000001"))
    assert position.funding == payment
    assert position.margin == margin - payment
    assert position.liquidation_price > liquidation  # less margin: liquidated sooner


def test_a_short_receives_positive_funding(yun_qiang, handjob):
    short = decision_of(send_signal(side="short", leverage=3), handjob).position
    margin = short.margin
    position_apply_funding(position=short, rate=D("0.0001"), mark_price=D("67000"))
    short.refresh_from_db()
    assert short.funding < 0
    assert short.margin > margin


def test_equity_always_equals_start_plus_realised_minus_fees_minus_funding_plus_unrealised(yun_qiang, handjob, crypto_loby):
    send_signal(leverage=3, take_profits=["68000", "69000"], external_id="1")
    send_signal(side="short", symbol="ETH/USDT", leverage=2, stop_loss="3300", external_id="2")
    send_signal(trader="crypto_loby", leverage=2, confidence="0.95", external_id="3")
    move_market("BTC/USDT", "68200")
    move_market("ETH/USDT", "3350")
    for position in Position.objects.filter(account=handjob, status="open"):
        position_apply_funding(position=position, rate=D("0.0003"), mark_price=position.mark_price)
    position_close(position=Position.objects.filter(account=handjob, status="open", symbol="BTC/USDT").first(), fraction=D("0.5"))
    move_market("BTC/USDT", "66000")
    handjob.refresh_from_db()
    summary = account_summary(account=handjob)
    expected = handjob.starting_balance + summary.realised_pnl - summary.fees - summary.funding + summary.unrealised_pnl
    assert summary.equity == expected
    assert Position.objects.filter(account=handjob, status="closed").exists()
