"""Stops and targets: laid over a position after each change of quantity, held by the exchange
where it can (Binance USD-M), else resting in our table for the position monitor."""
from __future__ import annotations

import logging
from decimal import Decimal

from django.db import transaction

from echotrade.exceptions import ExchangeError, PermanentExchangeError, TemporaryExchangeError
from echotrade.fields import ZERO
from execution import trade_management as management
from execution.exchanges.base import ExchangeAdapter
from execution.models import Order, Position, StopKind
from execution.services.accounting import (
    PROTECTION,
    close_side,
    order_transition,
    orders_cancel_working,
    position_exchange,
)
from execution.sizing import MIN_NOTIONAL

logger = logging.getLogger(__name__)
# A trailing stop moves on many price updates, and where the exchange holds it each move costs two
# requests (the new stop, then the old one withdrawn). So the held stop follows once the stop has
# moved by 0.1 % of its price (about 65 USDT on BTC): between two replacements the exchange's stop
# lags the trail by less than that. A stop resting in our table (paper) moves on every update.
HELD_STOP_STEP = Decimal("0.001")


def protection_sync(position: Position, *, exchange: ExchangeAdapter | None = None, retry_later: bool = False) -> None:
    """Rest a reduce-only stop for the whole quantity and a take-profit ladder over what is left.

    Called after every change of quantity, so the orders on the book always add up to the
    position. The open targets share the quantity by their fractions, renormalised over what is
    still open (``management.split_quantity``: the last takes the rounding remainder, a slice
    below the minimum notional merges into the next). Protection orders rest and are checked
    against every price update by the position monitor.

    Where ``exchange`` holds stops and targets itself (``supports_held_protection``), they are
    sent there instead, and only what changed is replaced: the new stop first and then the old
    one withdrawn, so the position always has one; the old targets withdrawn before the new ones
    go (Binance refuses reduce-only orders beyond the position). If the exchange fails before
    anything changed there, nothing changes here either and its ExchangeError is raised; after
    that, the sync stops where it is and the monitor's next price finishes it. ``retry_later``:
    the caller already booked a fill in this transaction, which a raise would undo, so the error
    is logged instead and the position monitor sends the protection on its next price.
    """
    if exchange is None and position.venue != "paper":
        exchange = position_exchange(position)
    if exchange is None or not exchange.supports_held_protection:
        orders_cancel_working(position, purposes=PROTECTION, reason="replaced")
        Order.objects.bulk_create(protection_wanted(position, held=False))
        return
    try:
        with transaction.atomic():  # a savepoint: a sync that changed nothing on the exchange leaves no row
            _held_protection_sync(position, _HeldCalls(exchange))
    except ExchangeError as error:
        if not retry_later:
            raise
        logger.warning("Protection of position #%s not sent; the monitor tries again on the next price: %s",
                       position.pk, error.message)


def protection_stop_move(position: Position, *, exchange: ExchangeAdapter | None = None) -> None:
    """Move the stop to ``position.stop_loss``: in place when it rests in our table (a trailing stop
    moves on many ticks; re-laying the whole ladder each time would churn orders for nothing), by
    replacement where the exchange holds it (``protection_sync``; a trailing move smaller than
    ``HELD_STOP_STEP`` leaves the held stop where it is). Raises as ``protection_sync`` does."""
    if exchange is None and position.venue != "paper":
        exchange = position_exchange(position)
    stop = position.orders.filter(purpose=Order.Purpose.STOP_LOSS, status__in=Order.WORKING_STATUSES).first()
    if stop is None or (exchange is not None and exchange.supports_held_protection):
        protection_sync(position, exchange=exchange)  # none yet, or held by the exchange: replaced there
        return
    stop.trigger_price = position.stop_loss
    stop.save(update_fields=["trigger_price", "updated_at"])


def protection_wanted(position: Position, *, held: bool) -> list[Order]:
    """The stop and targets the position should have now, unsaved (held: ``new`` until the exchange takes them)."""
    if position.status != Position.Status.OPEN or position.quantity <= 0:
        return []
    common = {
        "account_id": position.account_id, "position": position, "symbol": position.symbol,
        "side": close_side(position), "reduce_only": True, "exchange_held": held,
        "status": Order.Status.NEW if held else Order.Status.OPEN,
    }
    wanted = []
    if position.stop_loss is not None:
        wanted.append(Order(
            type=Order.Type.STOP, purpose=Order.Purpose.STOP_LOSS, quantity=position.quantity,
            trigger_price=position.stop_loss, **common,
        ))
    open_targets = [target for target in position.targets if target["status"] == "open"]
    if not open_targets:
        return wanted
    prices = [Decimal(target["price"]) for target in open_targets]
    fractions = management.fractions_check([target["fraction"] for target in open_targets])
    quantities = management.split_quantity(position.quantity, fractions, prices=prices, min_notional=MIN_NOTIONAL)
    return wanted + [
        Order(type=Order.Type.LIMIT, purpose=Order.Purpose.TAKE_PROFIT, quantity=quantity, price=price, **common)
        for price, quantity in zip(prices, quantities, strict=True) if quantity > 0
    ]


def _held_protection_sync(position: Position, calls: _HeldCalls) -> None:
    """Keep what the exchange holds that still fits; replace the rest (see ``protection_sync``)."""
    working = list(position.orders.filter(status__in=Order.WORKING_STATUSES, purpose__in=PROTECTION))
    kept, missing = [], []
    for want in protection_wanted(position, held=True):
        match = next((o for o in working if o not in kept and _same_protection(position, o, want)), None)
        (kept if match else missing).append(match or want)
    stale = [order for order in working if order not in kept]
    # Sent: the missing ones, and kept ones whose sending never got an answer (still ``new``).
    to_send = [order for order in missing + kept if order.status == Order.Status.NEW]
    stop_held = all(calls.send(order) for order in to_send if order.purpose == Order.Purpose.STOP_LOSS)
    for order in sorted(stale, key=lambda order: order.purpose == Order.Purpose.STOP_LOSS):
        if order.purpose == Order.Purpose.STOP_LOSS and not stop_held:
            continue  # the old stop holds until its successor does
        if not calls.withdraw(order):
            return
    for order in to_send:
        if order.purpose == Order.Purpose.TAKE_PROFIT and not calls.send(order):
            return


def _same_protection(position: Position, order: Order, want: Order) -> bool:
    if (order.purpose, order.type, order.price, order.quantity, order.filled_quantity) != (
        want.purpose, want.type, want.price, want.quantity, ZERO
    ):
        return False
    if order.trigger_price == want.trigger_price:
        return True
    return (
        position.stop_kind == StopKind.TRAILING and order.exchange_held
        and abs(order.trigger_price - want.trigger_price) < want.trigger_price * HELD_STOP_STEP
    )


class _HeldCalls:
    """The exchange calls of one held sync, each row saved as the exchange answered.

    A failure before any call went through raises (the sync's savepoint then leaves nothing
    changed anywhere). After one did, the sync stops where it is, and the position monitor's next
    price finishes it: a stop or target whose sending got no answer stays ``new`` and is sent
    again (the exchange is asked first whether it arrived).
    """

    def __init__(self, exchange: ExchangeAdapter):
        self.exchange = exchange
        self.changed = False

    def send(self, order: Order) -> bool:
        again = order.pk is not None
        if not again:
            order.save()  # its id is the client order id the exchange knows it by
        try:
            self.exchange.place_protection(order, again=again)
        except TemporaryExchangeError as error:
            self._stop(error)
            return False
        except PermanentExchangeError as error:
            # Refused (say it would trigger at once): the monitor watches it, as on a venue without held orders.
            logger.warning("Position #%s: the exchange refused to hold order #%s; EchoTrade watches it: %s",
                           order.position_id, order.pk, error.message)
            order.exchange_held = False
            order.status_reason = f"The exchange refused to hold it, so EchoTrade watches it: {error.message}"[:200]
        else:
            self.changed = True
        order_transition(order, Order.Status.OPEN)
        order.save(update_fields=["status", "status_reason", "exchange_held", "updated_at"])
        return True

    def withdraw(self, order: Order) -> bool:
        if order.exchange_held:
            try:
                self.exchange.cancel(order)
            except ExchangeError as error:  # a stop that just triggered cannot be withdrawn: the monitor books it
                self._stop(error)
                return False
            self.changed = True
        order_transition(order, Order.Status.CANCELLED, "replaced")
        order.save(update_fields=["status", "status_reason", "updated_at"])
        return True

    def _stop(self, error: ExchangeError) -> None:
        if not self.changed:
            raise error
        logger.warning("Protection sync stopped part way; the monitor finishes it on the next price: %s", error.message)
