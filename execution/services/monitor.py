"""The position monitor: every price update is checked against entries, liquidation, SL and TPs."""
from __future__ import annotations

from decimal import Decimal

from django.db import transaction

from echotrade.audit import audit_record
from execution import fills
from execution.alerts import price_alerts_check
from execution.exchanges import ExecutedFill, exchange_for
from execution.market.feed import feed_record
from execution.market.services import quotes_refresh
from execution.models import Order, Position, Quote
from execution.services.accounting import (
    close_side,
    fill_apply,
    lock_account_and_position,
    orders_cancel_working,
    position_refresh_risk,
    protection_sync,
)

# Always priced, so the dashboard ticker has something to show before any position exists.
WATCHED_SYMBOLS = ("BTC/USDT", "ETH/USDT", "BNB/USDT", "ADA/USDT", "SOL/USDT", "XRP/USDT")


def market_tick() -> dict[str, int]:
    """Refresh the quote of every watched symbol and every symbol with an active position, then
    run the position monitor on each. One failing symbol does not hold up the others."""

    active = Position.objects.filter(status__in=Position.ACTIVE_STATUSES).values_list("symbol", flat=True).distinct()
    quotes = quotes_refresh(symbols=[*WATCHED_SYMBOLS, *active])
    checked = 0
    for quote in quotes:
        feed_record(quote=quote)
        price_alerts_check(quote=quote)
        checked += len(positions_on_price(symbol=quote.symbol, quote=quote))
    return {"quotes": len(quotes), "positions_checked": checked}


def positions_on_price(*, symbol: str, quote: Quote | None = None) -> list[Position]:
    """Run the monitor for every active position in ``symbol`` against the latest stored quote.

    Each position is handled in its own transaction, so one failure does not hold up the rest.
    """
    quote = quote or Quote.objects.get(symbol=symbol)
    ids = list(
        Position.objects.filter(symbol=symbol, status__in=Position.ACTIVE_STATUSES).values_list("pk", flat=True)
    )
    return [position_on_price(position_id=pk, quote=quote) for pk in ids]


@transaction.atomic
def position_on_price(*, position_id: int, quote: Quote) -> Position:
    account, position = lock_account_and_position(position_id)
    exchange = exchange_for(account=account, position=position)
    if position.status == Position.Status.PENDING:
        entry = position.orders.filter(purpose=Order.Purpose.ENTRY, status__in=Order.WORKING_STATUSES).first()
        if entry is not None:
            for executed in exchange.poll(entry, quote):
                fill_apply(account=account, position=position, order=entry, executed=executed)
            if position.status == Position.Status.OPEN:
                protection_sync(position)
                audit_record(
                    action="position.opened", account=account, actor_label="position_monitor", obj=position,
                    message=f"limit entry filled at {position.entry_price}",
                )
        return position
    if position.status != Position.Status.OPEN:
        return position

    position_refresh_risk(position, mark_price=quote.price)
    liquidation = position.liquidation_price
    if fills.liquidation_reached(side=position.side, liquidation_price=liquidation, mark_price=quote.price):
        _liquidate(account, position, quote)
        return position
    filled = False
    for order in _protection_in_trigger_order(position):
        if position.status != Position.Status.OPEN:
            break
        order.account = account  # the exchange reads fee rates from the locked row
        for executed in exchange.poll(order, quote):
            fill_apply(account=account, position=position, order=order, executed=executed)
            filled = True
    if filled and position.status == Position.Status.OPEN:
        protection_sync(position)
    elif position.status != Position.Status.OPEN:
        orders_cancel_working(position, purposes=(Order.Purpose.STOP_LOSS, Order.Purpose.TAKE_PROFIT), reason="position closed")
    position.save()
    return position


def _protection_in_trigger_order(position: Position) -> list[Order]:
    """The stop first (losses are taken before profits on the same tick), then the nearest target."""
    orders = list(
        position.orders.filter(
            status__in=Order.WORKING_STATUSES, purpose__in=(Order.Purpose.STOP_LOSS, Order.Purpose.TAKE_PROFIT)
        )
    )
    return fills.worst_first(
        side=position.side,
        stops=[o for o in orders if o.purpose == Order.Purpose.STOP_LOSS],
        targets=[o for o in orders if o.purpose == Order.Purpose.TAKE_PROFIT],
        price=lambda order: order.price,
    )


def _liquidate(account, position: Position, quote: Quote) -> None:
    orders_cancel_working(
        position, purposes=(Order.Purpose.STOP_LOSS, Order.Purpose.TAKE_PROFIT), reason="liquidated"
    )
    price = position.liquidation_price
    order = Order.objects.create(
        account=account, position=position, symbol=position.symbol, side=close_side(position),
        type=Order.Type.MARKET, purpose=Order.Purpose.LIQUIDATION, reduce_only=True, quantity=position.quantity,
    )
    # The fee is set by fill_apply: what is left of the isolated margin goes to the insurance fund.
    executed = ExecutedFill(
        price=price, quantity=position.quantity, fee=Decimal(0), liquidity="taker", reference_price=quote.price
    )
    fill_apply(account=account, position=position, order=order, executed=executed)
    audit_record(
        action="position.liquidated", account=account, actor_label="position_monitor", obj=position,
        message=f"mark {quote.price} reached liquidation price {price}",
    )
