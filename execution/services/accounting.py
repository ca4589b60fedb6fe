"""Applying fills to orders, positions and cash: the one accounting path for paper and live.

Cash is the free wallet balance. An entry fill moves margin + fee out of cash into the position;
a reducing fill gives back the margin of the closed part plus its P&L minus its fee. So at all
times: equity = cash + margin + unrealised = starting balance + realised - fees - funding + unrealised.
Callers hold the account and position rows locked (select_for_update) inside one transaction.
"""
from __future__ import annotations

import logging
from decimal import Decimal

from django.utils import timezone

from accounts.models import Account
from echotrade.audit import AuditEntry, audit_write
from echotrade.exceptions import PermanentExchangeError
from echotrade.fields import ZERO, decimal_text
from echotrade.limits import MONEY_STEP
from execution import fills
from execution import trade_management as management
from execution.exchanges import exchange_for
from execution.exchanges.base import ExchangeAdapter, ExecutedFill
from execution.liquidation import liquidation_price
from execution.models import Fill, Order, Position

logger = logging.getLogger(__name__)
PROTECTION = (Order.Purpose.STOP_LOSS, Order.Purpose.TAKE_PROFIT)


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
            exchange = exchange or position_exchange(position)
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


def position_exchange(position: Position) -> ExchangeAdapter:
    """For a caller that passed none: the position's orders go where its entry went."""
    return exchange_for(account=position.account, position=position)


def lock_account_and_position(position_id: int) -> tuple[Account, Position]:
    """Lock in a fixed order (account, then position) so two workers cannot deadlock."""
    account_id = Position.objects.values_list("account_id", flat=True).get(pk=position_id)
    account = Account.objects.select_for_update().get(pk=account_id)
    position = Position.objects.select_for_update(of=("self",)).select_related("trader").get(pk=position_id)
    return account, position
