"""Opening, closing, protecting and funding positions. API, admin, UI and Telegram call these."""
from __future__ import annotations

from decimal import ROUND_DOWN, Decimal

from django.db import transaction

from accounts.models import Account
from echotrade.audit import audit_record
from echotrade.exceptions import Conflict, InvalidInput
from echotrade.fields import ZERO, decimal_text
from echotrade.limits import MONEY_STEP
from execution import fills
from execution.exchanges import exchange_for
from execution.market.services import quote_get
from execution.models import Order, Position, Quote
from execution.services.accounting import (
    close_side,
    fill_apply,
    lock_account_and_position,
    open_side,
    order_transition,
    orders_cancel_working,
    position_refresh_risk,
    protection_sync,
    q8,
)

UNSET = object()


def position_snapshot(position: Position) -> dict:
    return {
        "status": position.status, "quantity": position.quantity, "entry_price": position.entry_price,
        "margin": position.margin, "stop_loss": position.stop_loss, "take_profits": list(position.take_profits),
        "liquidation_price": position.liquidation_price, "realised_pnl": position.realised_pnl,
        "fees": position.fees,
    }


def position_open(
    *,
    account: Account,
    symbol: str,
    side: str,
    quantity: Decimal,
    leverage: int,
    quote: Quote,
    limit_price: Decimal | None = None,
    stop_loss: Decimal | None = None,
    take_profits: list[Decimal] | None = None,
    trader=None,
    signal=None,
    actor=None,
) -> Position:
    """Send the entry order and book what fills. ``account`` must be locked by the caller.

    A market entry fills at once. A limit entry (a signal's price or zone) fills at once when the
    market is already there, otherwise it rests with its margin reserved until price crosses.
    """
    exchange = exchange_for(account=account, trader=trader)
    position = Position.objects.create(
        account=account, trader=trader, signal=signal, symbol=symbol, side=side, leverage=leverage, venue=exchange.name,
        stop_loss=stop_loss, take_profits=[decimal_text(p) for p in (take_profits or [])], mark_price=quote.price,
    )
    order = Order.objects.create(
        account=account, position=position, symbol=symbol, side=open_side(position),
        type=Order.Type.LIMIT if limit_price is not None else Order.Type.MARKET,
        purpose=Order.Purpose.ENTRY, quantity=quantity, price=limit_price,
    )
    executed_fills = exchange.submit(order, quote)
    for executed in executed_fills:
        fill_apply(account=account, position=position, order=order, executed=executed)
    if executed_fills:
        protection_sync(position)
        action = "position.opened"
    else:
        order_transition(order, Order.Status.OPEN)
        order.save(update_fields=["status", "updated_at"])
        # The maker fee the fill will charge is held with the margin, so later signals cannot
        # spend it and the fill never overdraws cash; the fill or a cancel settles both.
        maker_fee = fills.fee(price=limit_price, quantity=quantity, rate=account.maker_fee_rate)
        position.margin = q8(limit_price * quantity / leverage) + q8(maker_fee)
        account.cash -= position.margin
        account.save(update_fields=["cash", "updated_at"])
        position.save(update_fields=["margin", "updated_at"])
        action = "position.entry_placed"
    audit_record(
        action=action, account=account, actor=actor, actor_label="copy_pipeline", obj=position,
        message=f"{side} {quantity} {symbol} x{leverage}", after=position_snapshot(position),
    )
    return position


@transaction.atomic
def position_cancel(*, position: Position, actor=None, reason: str = "cancelled") -> Position:
    """Withdraw a pending entry and give its reserved margin back."""
    account, position = lock_account_and_position(position.pk)
    if position.status != Position.Status.PENDING:
        raise Conflict(f"Position #{position.pk} is {position.status}; only a pending entry can be cancelled.")
    before = position_snapshot(position)
    exchange = exchange_for(account=account, position=position)
    for entry in position.orders.filter(purpose=Order.Purpose.ENTRY, status__in=Order.WORKING_STATUSES):
        exchange.cancel(entry)  # withdrawn there first: if that fails, nothing here changes
    orders_cancel_working(position, purposes=(Order.Purpose.ENTRY,), reason=reason)
    account.cash += position.margin
    account.save(update_fields=["cash", "updated_at"])
    position.margin = ZERO
    position.status = Position.Status.CANCELLED
    position.close_reason = reason
    position.save()
    audit_record(
        action="position.cancelled", account=account, actor=actor, obj=position, message=reason,
        before=before, after=position_snapshot(position),
    )
    return position


def _fraction(value) -> Decimal:
    try:
        fraction = Decimal(str(value))
    except Exception:  # noqa: BLE001  (any unparsable input is the caller's mistake)
        raise InvalidInput("fraction must be a number such as 0.25, 0.5, 0.75 or 1.", fields={"fraction": ["Not a number."]})
    if not fraction.is_finite() or fraction <= 0 or fraction > 1:
        raise InvalidInput(
            "fraction must be above 0 and at most 1 (0.25, 0.5, 0.75 or 1 for a full close).",
            fields={"fraction": ["Must be above 0 and at most 1."]},
        )
    return fraction


def _market_quote(position: Position) -> Quote | None:
    """The price to act at, fetched before any lock is taken (it may take a network call)."""
    return quote_get(symbol=position.symbol) if position.status == Position.Status.OPEN else None


def position_close(*, position: Position, fraction=Decimal(1), actor=None) -> Position:
    """Close ``fraction`` of an open position at market (1 = all of it). A pending entry is cancelled."""
    fraction = _fraction(fraction)
    return _position_close(position.pk, fraction, _market_quote(position), actor)


@transaction.atomic
def _position_close(position_id: int, fraction: Decimal, quote: Quote | None, actor) -> Position:
    account, position = lock_account_and_position(position_id)
    if position.status == Position.Status.PENDING:
        if fraction != 1:
            raise Conflict("A pending entry has nothing to close partially; close it fully to cancel it.")
        return position_cancel(position=position, actor=actor, reason="closed before entry filled")
    if position.status != Position.Status.OPEN:
        raise Conflict(f"Position #{position.pk} is already {position.status}.")
    quantity = position.quantity if fraction == 1 else (position.quantity * fraction).quantize(MONEY_STEP, rounding=ROUND_DOWN)
    if quantity <= 0:
        raise InvalidInput("That fraction of this position rounds to nothing; close a larger part.")
    if quote is None:  # it opened between our look and our lock
        raise Conflict("The position just changed; try again.")
    before = position_snapshot(position)
    order = Order.objects.create(
        account=account, position=position, symbol=position.symbol, side=close_side(position),
        type=Order.Type.MARKET, purpose=Order.Purpose.CLOSE, reduce_only=True, quantity=quantity,
    )
    for executed in exchange_for(account=account, position=position).submit(order, quote):
        fill_apply(account=account, position=position, order=order, executed=executed)
    if position.status == Position.Status.OPEN:
        protection_sync(position)
    else:
        orders_cancel_working(position, purposes=(Order.Purpose.STOP_LOSS, Order.Purpose.TAKE_PROFIT), reason="position closed")
    audit_record(
        action="position.closed" if position.status != Position.Status.OPEN else "position.partially_closed",
        account=account, actor=actor, obj=position, message=f"closed {quantity} ({fraction * 100:.0f}%)",
        before=before, after=position_snapshot(position),
    )
    return position


def _price_list(values, field: str) -> list[Decimal]:
    prices = []
    for value in values:
        try:
            price = Decimal(str(value))
        except Exception:  # noqa: BLE001
            raise InvalidInput(f"{value!r} is not a price.", fields={field: [f"{value!r} is not a price."]})
        if not price.is_finite() or not 0 < price < Decimal("1e15") or q8(price) == 0:
            raise InvalidInput("Prices must be above zero.", fields={field: ["Must be a price from 0.00000001 up."]})
        prices.append(q8(price))
    return prices


def position_update_protection(*, position: Position, stop_loss=UNSET, take_profits=UNSET, actor=None) -> Position:
    """Move the stop loss and/or replace the take-profit ladder of an open (or pending) position.

    A stop or target on the wrong side of the current price is refused: it would fill at once.
    ``stop_loss=None`` removes the stop.
    """
    quote = _market_quote(position)
    return _position_update_protection(position.pk, stop_loss, take_profits, quote, actor)


@transaction.atomic
def _position_update_protection(position_id: int, stop_loss, take_profits, quote: Quote | None, actor) -> Position:
    account, position = lock_account_and_position(position_id)
    if not position.is_active:
        raise Conflict(f"Position #{position.pk} is {position.status}; its stop and targets cannot change.")
    price = quote.price if quote is not None and position.status == Position.Status.OPEN else None
    reference = price or (position.orders.filter(purpose=Order.Purpose.ENTRY).values_list("price", flat=True).first())
    errors: dict[str, list[str]] = {}
    new_stop = position.stop_loss
    if stop_loss is not UNSET:
        new_stop = None if stop_loss is None else _price_list([stop_loss], "stop_loss")[0]
        if new_stop is not None and reference is not None and (new_stop - reference) * position.direction >= 0:
            word = "below" if position.side == "long" else "above"
            errors["stop_loss"] = [
                f"A {position.side} position's stop loss must be {word} the current price {decimal_text(reference)}."
            ]
    new_targets = [Decimal(p) for p in position.take_profits]
    if take_profits is not UNSET:
        new_targets = _price_list(take_profits or [], "take_profits")
        wrong = [t for t in new_targets if reference is not None and (t - reference) * position.direction <= 0]
        if wrong:
            word = "above" if position.side == "long" else "below"
            errors["take_profits"] = [
                f"A {position.side} position's targets must be {word} the current price {decimal_text(reference)}."
            ]
    if errors:
        raise InvalidInput("Stop loss or take profits are on the wrong side of the price.", fields=errors)
    before = position_snapshot(position)
    position.stop_loss = new_stop
    position.take_profits = [decimal_text(t) for t in new_targets]
    position.save(update_fields=["stop_loss", "take_profits", "updated_at"])
    protection_sync(position)
    audit_record(
        action="position.protection_updated", account=account, actor=actor, obj=position,
        before=before, after=position_snapshot(position),
    )
    return position


@transaction.atomic
def position_apply_funding(*, position: Position, rate: Decimal, mark_price: Decimal) -> Position:
    """Pay or receive one funding payment: longs pay shorts when the rate is positive.

    The payment comes out of (or goes into) the position's isolated margin, which moves the
    liquidation price, as on Binance.
    """
    account, position = lock_account_and_position(position.pk)
    if position.status != Position.Status.OPEN:
        raise Conflict(f"Position #{position.pk} is {position.status}; only open positions pay funding.")
    payment = q8(fills.funding_payment(
        side=position.side, quantity=position.quantity, mark_price=mark_price, rate=Decimal(rate)
    ))
    payment = min(payment, position.margin)  # funding cannot take more than the isolated margin holds
    before = position_snapshot(position)
    position.margin -= payment
    position.funding += payment
    position_refresh_risk(position, mark_price=mark_price)
    position.save()
    audit_record(
        action="position.funding", account=account, actor_label="exchange", obj=position,
        message=f"funding rate {rate} at {mark_price}: {'paid' if payment >= 0 else 'received'} {abs(payment)}",
        before=before, after=position_snapshot(position),
    )
    return position
