"""Applying fills to orders, positions and cash: the one accounting path for paper and live.

Cash is the free wallet balance. An entry fill moves margin + fee out of cash into the position;
a reducing fill gives back the margin of the closed part plus its P&L minus its fee. So at all
times: equity = cash + margin + unrealised = starting balance + realised - fees - funding + unrealised.
Callers hold the account and position rows locked (select_for_update) inside one transaction.
"""
from __future__ import annotations

from decimal import ROUND_DOWN, Decimal

from django.utils import timezone

from accounts.models import Account
from echotrade.audit import audit_record
from echotrade.fields import ZERO
from echotrade.limits import MONEY_STEP
from execution.exchanges.base import ExecutedFill
from execution.liquidation import liquidation_price
from execution.models import Fill, Order, Position


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
    """Book one fill: the order's progress, the position, the account's cash, the audit log."""
    if order.purpose == Order.Purpose.ENTRY:
        realised = _apply_entry(account, position, executed)
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
    order.save(update_fields=["filled_quantity", "average_price", "status", "status_reason", "updated_at"])
    fill = Fill.objects.create(
        order=order, account=account, position=position, price=executed.price, quantity=executed.quantity,
        fee=fee, liquidity=executed.liquidity, reference_price=executed.reference_price, realised_pnl=realised,
    )
    account.save(update_fields=["cash", "updated_at"])
    position.save()
    audit_record(
        action="order.filled", account=account, actor_label="exchange", obj=fill,
        message=f"{order.purpose} {order.side} {executed.quantity} {order.symbol} @ {executed.price}",
        after={
            "order": order.pk, "purpose": order.purpose, "position": position.pk, "price": executed.price,
            "quantity": executed.quantity,
            "fee": fee, "liquidity": executed.liquidity, "reference_price": executed.reference_price,
            "realised_pnl": realised,
        },
    )
    return fill


def _apply_entry(account: Account, position: Position, executed: ExecutedFill) -> Decimal:
    quantity_before = position.quantity
    entry_before = position.entry_price or ZERO
    new_quantity = quantity_before + executed.quantity
    reserved = position.margin if position.status == Position.Status.PENDING else ZERO
    margin_needed = q8(executed.price * executed.quantity / position.leverage)
    account.cash = account.cash - executed.fee - (margin_needed - reserved)
    position.entry_price = q8((entry_before * quantity_before + executed.price * executed.quantity) / new_quantity)
    position.quantity = new_quantity
    position.initial_quantity = position.initial_quantity + executed.quantity
    position.margin = position.margin - reserved + margin_needed
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
    released = position.margin if quantity == position.quantity else q8(position.margin * quantity / position.quantity)
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
        position.take_profits = _without_first(position.take_profits, order.price)
    if position.quantity == 0:
        position.status = (
            Position.Status.LIQUIDATED if order.purpose == Order.Purpose.LIQUIDATION else Position.Status.CLOSED
        )
        position.closed_at = timezone.now()
        position.close_reason = order.purpose
        position.unrealised_pnl = ZERO
        position.liquidation_price = None
        position.margin = ZERO
    else:
        position_refresh_risk(position, mark_price=executed.reference_price)
    return pnl, fee


def _without_first(levels: list[str], price: Decimal) -> list[str]:
    """The ladder minus the level that just filled (duplicated levels fill one at a time)."""
    remaining = list(levels)
    for index, level in enumerate(remaining):
        if Decimal(level) == price:
            del remaining[index]
            break
    return remaining


def position_refresh_risk(position: Position, *, mark_price: Decimal | None) -> None:
    """Mark price, unrealised P&L and liquidation price from the current quantity and margin."""
    if mark_price is not None:
        position.mark_price = mark_price
    if position.quantity > 0 and position.entry_price is not None and position.mark_price is not None:
        position.unrealised_pnl = q8((position.mark_price - position.entry_price) * position.quantity * position.direction)
        position.liquidation_price = liquidation_price(
            symbol=position.symbol, side=position.side, quantity=position.quantity,
            entry_price=position.entry_price, margin=position.margin,
        )
    else:
        position.unrealised_pnl = ZERO


def orders_cancel_working(position: Position, *, purposes: tuple[str, ...], reason: str) -> int:
    cancelled = 0
    for order in position.orders.filter(status__in=Order.WORKING_STATUSES, purpose__in=purposes):
        order_transition(order, Order.Status.CANCELLED, reason)
        order.save(update_fields=["status", "status_reason", "updated_at"])
        cancelled += 1
    return cancelled


def protection_sync(position: Position) -> None:
    """Rest a reduce-only stop for the whole quantity and a take-profit ladder over what is left.

    Called after every change of quantity, so the orders on the book always add up to the
    position. The ladder splits the quantity evenly; the last level takes the rounding remainder.
    Protection orders rest and are checked against every price update by the position monitor.
    """
    orders_cancel_working(position, purposes=(Order.Purpose.STOP_LOSS, Order.Purpose.TAKE_PROFIT), reason="replaced")
    if position.status != Position.Status.OPEN or position.quantity <= 0:
        return
    common = {
        "account_id": position.account_id, "position": position, "symbol": position.symbol,
        "side": close_side(position), "reduce_only": True, "status": Order.Status.OPEN,
    }
    if position.stop_loss is not None:
        Order.objects.create(
            type=Order.Type.STOP, purpose=Order.Purpose.STOP_LOSS, quantity=position.quantity,
            trigger_price=position.stop_loss, **common,
        )
    levels = [Decimal(p) for p in position.take_profits]
    if not levels:
        return
    share = (position.quantity / len(levels)).quantize(MONEY_STEP, rounding=ROUND_DOWN)
    remaining = position.quantity
    for index, price in enumerate(levels):
        quantity = remaining if index == len(levels) - 1 else share
        if quantity <= 0:
            continue
        Order.objects.create(
            type=Order.Type.LIMIT, purpose=Order.Purpose.TAKE_PROFIT, quantity=quantity, price=price, **common
        )
        remaining -= quantity


def lock_account_and_position(position_id: int) -> tuple[Account, Position]:
    """Lock in a fixed order (account, then position) so two workers cannot deadlock."""
    account_id = Position.objects.values_list("account_id", flat=True).get(pk=position_id)
    account = Account.objects.select_for_update().get(pk=account_id)
    position = Position.objects.select_for_update(of=("self",)).select_related("trader").get(pk=position_id)
    return account, position
