"""Applying fills to orders, positions and cash: the one accounting path for paper and live.

Cash is the free wallet balance. An entry fill moves margin + fee out of cash into the position;
a reducing fill gives back the margin of the closed part plus its P&L minus its fee. So at all
times: equity = cash + margin + unrealised = starting balance + realised - fees - funding + unrealised.
Callers hold the account and position rows locked (select_for_update) inside one transaction.
"""
from __future__ import annotations

import logging
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from accounts.models import Account
from echotrade.audit import AuditEntry, audit_write
from echotrade.exceptions import ExchangeError, PermanentExchangeError, TemporaryExchangeError
from echotrade.fields import ZERO, decimal_text
from echotrade.limits import MONEY_STEP
from execution import fills
from execution import trade_management as management
from execution.exchanges import exchange_for
from execution.exchanges.base import ExchangeAdapter, ExecutedFill
from execution.liquidation import liquidation_price
from execution.models import Fill, Order, Position, StopKind
from execution.sizing import MIN_NOTIONAL

logger = logging.getLogger(__name__)
PROTECTION = (Order.Purpose.STOP_LOSS, Order.Purpose.TAKE_PROFIT)
# A trailing stop moves on many price updates, and where the exchange holds it each move costs two
# requests (the new stop, then the old one withdrawn). So the held stop follows once the stop has
# moved by 0.1 % of its price (about 65 USDT on BTC): between two replacements the exchange's stop
# lags the trail by less than that. A stop resting in our table (paper) moves on every update.
HELD_STOP_STEP = Decimal("0.001")


def q8(value: Decimal) -> Decimal:
    return value.quantize(MONEY_STEP)


def order_transition(order: Order, status: str, reason: str = "") -> None:
    if status != order.status and status not in Order.TRANSITIONS[order.status]:
        raise ValueError(f"Order #{order.pk} cannot go from {order.status} to {status}.")
    order.status = status
    if reason:
        order.status_reason = reason[:200]


def close_side(position: Position) -> str:
    return Order.Side.SELL if position.side == "long" else Order.Side.BUY


def open_side(position: Position) -> str:
    return Order.Side.BUY if position.side == "long" else Order.Side.SELL


def fill_apply(*, account: Account, position: Position, order: Order, executed: ExecutedFill) -> Fill:
    """Book one fill (``fill_book``) and write it: the order, the fill, the cash, the position, the audit log."""
    fill, entry = fill_book(account=account, position=position, order=order, executed=executed)
    order.save(update_fields=["filled_quantity", "average_price", "status", "status_reason", "reserved", "updated_at"])
    fill.save()
    account.save(update_fields=["cash", "updated_at"])
    position.save()
    audit_write([entry])
    return fill


def fill_book(
    *, account: Account, position: Position, order: Order, executed: ExecutedFill
) -> tuple[Fill, AuditEntry]:
    """Book one fill in memory: the order's progress, the position, the account's cash. Returns the
    unsaved fill and its audit entry, so a chunk of copies can write its rows together."""
    if order.purpose == Order.Purpose.ENTRY:
        realised = _apply_entry(account, position, order, executed)
        fee = executed.fee
    else:
        realised, fee = _apply_reduce(account, position, order, executed)
    filled_before = order.filled_quantity
    order.filled_quantity = filled_before + executed.quantity
    order.average_price = q8(
        ((order.average_price or ZERO) * filled_before + executed.price * executed.quantity) / order.filled_quantity
    )
    order_transition(
        order, Order.Status.FILLED if order.filled_quantity >= order.quantity else Order.Status.PARTIALLY_FILLED
    )
    fill = Fill(
        order=order, account=account, position=position, price=executed.price, quantity=executed.quantity,
        fee=fee, liquidity=executed.liquidity, reference_price=executed.reference_price, realised_pnl=realised,
    )
    entry = AuditEntry(
        action="order.filled", account=account, actor_label="exchange", obj=fill,
        message=f"{order.purpose} {order.side} {executed.quantity} {order.symbol} @ {executed.price}",
        # Built when written: the order and position may get their ids only then.
        after=lambda: {
            "order": order.pk, "purpose": order.purpose, "position": position.pk, "price": executed.price,
            "quantity": executed.quantity,
            "fee": fee, "liquidity": executed.liquidity, "reference_price": executed.reference_price,
            "realised_pnl": realised,
        },
    )
    return fill, entry


def position_snapshot(position: Position) -> dict:
    return {
        "status": position.status, "quantity": position.quantity, "entry_price": position.entry_price,
        "margin": position.margin, "stop_loss": position.stop_loss, "stop_kind": position.stop_kind,
        "take_profits": list(position.take_profits), "targets": [dict(t) for t in position.targets],
        "liquidation_price": position.liquidation_price, "realised_pnl": position.realised_pnl,
        "fees": position.fees,
    }


def entry_reservation(*, price: Decimal, quantity: Decimal, leverage: int, maker_fee_rate: Decimal) -> Decimal:
    """What a resting entry holds back from cash: its margin and the maker fee its fill will charge,
    so later signals cannot spend them and the fill never overdraws cash."""
    return q8(price * quantity / leverage) + q8(fills.fee(price=price, quantity=quantity, rate=maker_fee_rate))


def entry_reserve(account: Account, position: Position, order: Order) -> None:
    """Hold a resting entry's reservation: out of cash, into the position's margin."""
    order.reserved = entry_reservation(
        price=order.price, quantity=order.remaining_quantity, leverage=position.leverage,
        maker_fee_rate=account.maker_fee_rate,
    )
    account.cash -= order.reserved
    position.margin += order.reserved
    position.entry_reserve += order.reserved


def _entry_release(account: Account, position: Position, order: Order, quantity: Decimal) -> None:
    """Give back the reservation of ``quantity`` of a resting entry (all of what is left at the end)."""
    if not order.reserved:
        return
    remaining = order.remaining_quantity
    released = order.reserved if quantity >= remaining else q8(order.reserved * quantity / remaining)
    order.reserved -= released
    account.cash += released
    position.margin -= released
    position.entry_reserve -= released


def _apply_entry(account: Account, position: Position, order: Order, executed: ExecutedFill) -> Decimal:
    _entry_release(account, position, order, executed.quantity)
    quantity_before = position.quantity
    entry_before = position.entry_price or ZERO
    new_quantity = quantity_before + executed.quantity
    margin_needed = q8(executed.price * executed.quantity / position.leverage)
    account.cash = account.cash - executed.fee - margin_needed
    position.entry_price = q8((entry_before * quantity_before + executed.price * executed.quantity) / new_quantity)
    position.quantity = new_quantity
    position.initial_quantity = position.initial_quantity + executed.quantity
    position.margin += margin_needed
    position.fees += executed.fee
    if position.status == Position.Status.PENDING:
        position.status = Position.Status.OPEN
        position.opened_at = timezone.now()
    position_refresh_risk(position, mark_price=executed.reference_price)
    return ZERO


def _apply_reduce(
    account: Account, position: Position, order: Order, executed: ExecutedFill
) -> tuple[Decimal, Decimal]:
    quantity = min(executed.quantity, position.quantity)
    pnl = q8((executed.price - position.entry_price) * quantity * position.direction)
    isolated = position.margin - position.entry_reserve  # resting entry parts keep their reservation
    released = isolated if quantity == position.quantity else q8(isolated * quantity / position.quantity)
    fee = executed.fee
    if order.purpose == Order.Purpose.LIQUIDATION:
        # Binance keeps what is left of a liquidated isolated margin (insurance fund): the whole margin is lost.
        fee = max(released + pnl, ZERO)
    elif released + pnl - fee < 0:
        # Isolated margin: a loss stops at the margin; the exchange absorbs a gap beyond it.
        pnl = fee - released
    account.cash += released + pnl - fee
    position.quantity -= quantity
    position.margin -= released
    position.realised_pnl += pnl
    position.fees += fee
    if order.purpose == Order.Purpose.TAKE_PROFIT and order.price is not None:
        _target_filled(position, order.price)
    if position.quantity == 0:
        position.status = (
            Position.Status.LIQUIDATED if order.purpose == Order.Purpose.LIQUIDATION else Position.Status.CLOSED
        )
        position.closed_at = timezone.now()
        position.close_reason = order.purpose
        position.unrealised_pnl = ZERO
        position.liquidation_price = None
        # What is left is the reservation of entry parts still resting: entries_cancel gives it back.
        position.margin = position.entry_reserve
    else:
        position_refresh_risk(position, mark_price=executed.reference_price)
    return pnl, fee


def targets_store(position: Position, targets: list[dict]) -> None:
    """Set the target ladder, and take_profits to its open prices."""
    position.targets = targets
    position.take_profits = [target["price"] for target in targets if target["status"] == "open"]


def targets_build(prices: list[Decimal], fractions: list[Decimal]) -> list[dict]:
    return [
        {"price": decimal_text(price), "fraction": decimal_text(fraction), "status": "open"}
        for price, fraction in zip(prices, fractions, strict=True)
    ]


def _target_filled(position: Position, price: Decimal) -> None:
    """The first open target at ``price`` filled, and with it every open one before it (merged slices)."""
    statuses = [target["status"] for target in position.targets]
    index = next(
        (i for i, target in enumerate(position.targets) if target["status"] == "open" and Decimal(target["price"]) == price),
        None,
    )
    if index is None:
        return
    statuses = management.targets_hit(statuses, index)
    targets_store(position, [{**target, "status": status} for target, status in zip(position.targets, statuses, strict=True)])


def targets_filled_count(position: Position) -> int:
    return sum(1 for target in position.targets if target["status"] == "filled")


def position_refresh_risk(position: Position, *, mark_price: Decimal | None) -> None:
    """Mark price, unrealised P&L and liquidation price from the current quantity and margin."""
    if mark_price is not None:
        position.mark_price = mark_price
    if position.quantity > 0 and position.entry_price is not None and position.mark_price is not None:
        position.unrealised_pnl = q8((position.mark_price - position.entry_price) * position.quantity * position.direction)
        position.liquidation_price = liquidation_price(
            symbol=position.symbol, side=position.side, quantity=position.quantity,
            entry_price=position.entry_price, margin=position.margin - position.entry_reserve,
        )
    else:
        position.unrealised_pnl = ZERO


def orders_cancel_working(
    position: Position, *, purposes: tuple[str, ...], reason: str, exchange: ExchangeAdapter | None = None
) -> int:
    """Cancel the position's working orders of ``purposes``.

    One the exchange holds is withdrawn there first, the stop last (it protects longest). When the
    exchange cannot be reached this raises TemporaryExchangeError, and the caller's transaction
    undoes what changed here (one already withdrawn there is found so by the monitor's next poll).
    A refusal to withdraw is logged and the order cancelled here all the same: this runs when the
    position is done with it, and the position monitor no longer looks after a finished position.
    """
    orders = position.orders.filter(status__in=Order.WORKING_STATUSES, purpose__in=purposes)
    cancelled = 0
    for order in sorted(orders, key=lambda order: order.purpose == Order.Purpose.STOP_LOSS):
        why = reason
        if order.exchange_held:
            exchange = exchange or _exchange_of(position)
            try:
                exchange.cancel(order)
            except PermanentExchangeError as error:
                logger.error("Order #%s of position #%s: the exchange refused to withdraw it: %s",
                             order.pk, position.pk, error.message)
                why = f"{reason}; the exchange refused to withdraw it: {error.message}"
        order_transition(order, Order.Status.CANCELLED, why)
        order.save(update_fields=["status", "status_reason", "updated_at"])
        cancelled += 1
    return cancelled


def entries_withdraw(account: Account, position: Position, *, exchange, reason: str) -> int:
    """Withdraw the entry parts still resting (on the exchange first) and give their reservation back."""
    withdrawn = 0
    for order in position.orders.filter(purpose=Order.Purpose.ENTRY, status__in=Order.WORKING_STATUSES):
        exchange.cancel(order)  # withdrawn there first: if that fails, nothing here changes
        _entry_release(account, position, order, order.remaining_quantity)
        order_transition(order, Order.Status.CANCELLED, reason)
        order.save(update_fields=["status", "status_reason", "reserved", "updated_at"])
        withdrawn += 1
    if withdrawn:
        account.save(update_fields=["cash", "updated_at"])
        position.save(update_fields=["margin", "entry_reserve", "updated_at"])
    return withdrawn


def position_finish(account: Account, position: Position, *, exchange, reason: str) -> None:
    """After a position's last unit left: its stop and targets are cancelled, its resting entry parts withdrawn."""
    orders_cancel_working(position, purposes=PROTECTION, reason=reason, exchange=exchange)
    entries_withdraw(account, position, exchange=exchange, reason=reason)


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
        exchange = _exchange_of(position)
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
        exchange = _exchange_of(position)
    stop = position.orders.filter(purpose=Order.Purpose.STOP_LOSS, status__in=Order.WORKING_STATUSES).first()
    if stop is None or (exchange is not None and exchange.supports_held_protection):
        protection_sync(position, exchange=exchange)  # none yet, or held by the exchange: replaced there
        return
    stop.trigger_price = position.stop_loss
    stop.save(update_fields=["trigger_price", "updated_at"])


def _exchange_of(position: Position) -> ExchangeAdapter:
    """For a caller that passed none: the position's orders go where its entry went."""
    return exchange_for(account=position.account, position=position)


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


def lock_account_and_position(position_id: int) -> tuple[Account, Position]:
    """Lock in a fixed order (account, then position) so two workers cannot deadlock."""
    account_id = Position.objects.values_list("account_id", flat=True).get(pk=position_id)
    account = Account.objects.select_for_update().get(pk=account_id)
    position = Position.objects.select_for_update(of=("self",)).select_related("trader").get(pk=position_id)
    return account, position
