"""Opening a position: its rows are built in memory first, then written.

A copied signal opens a position in every account of a chunk. On a venue that needs none of our
row ids (paper), each opening is built in memory (``position_opening``) and the chunk's rows are
written together (``openings_write``): each kind of row in one INSERT, whatever the number of
accounts, so an extra account costs no extra queries. A live venue knows an order by our row's
id (its client order id), so there the position and each order are written before they are sent,
inside a savepoint that an exchange error rolls back.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal

from django.db import transaction
from django.db.models.functions import Now
from django.utils import timezone

from accounts.models import Account
from echotrade.audit import AuditEntry, audit_write
from echotrade.prepared import PreparedUpdate
from execution import trade_management as management
from execution.exchanges import exchange_for
from execution.exchanges.base import ExchangeAdapter
from execution.models import Fill, Order, Position, Quote
from execution.services.accounting import (
    entry_reserve,
    fill_book,
    open_side,
    order_transition,
    position_snapshot,
    targets_build,
    targets_store,
)
from execution.services.protection import protection_sync, protection_wanted
from execution.sizing import MIN_NOTIONAL


@dataclass
class Opening:
    """One position being opened and the rows it writes (those without an id are not written yet)."""

    account: Account
    position: Position
    exchange: ExchangeAdapter
    orders: list[Order] = field(default_factory=list)
    fills: list[Fill] = field(default_factory=list)
    audit: list[AuditEntry] = field(default_factory=list)
    filled: bool = False


def position_open(**arguments) -> Position:
    """Send the entry and book what fills, then write it: ``position_opening`` (the same keyword
    arguments) for one position. ``account`` must be locked by the caller."""
    opening = position_opening(**arguments)
    audit_write(openings_write([opening]))
    return opening.position


def position_opening(
    *,
    account: Account,
    symbol: str,
    side: str,
    quantity: Decimal,
    leverage: int,
    quote: Quote,
    plan: management.TradePlan,
    trader=None,
    signal=None,
    actor=None,
) -> Opening:
    """Send the entry and book what fills, in memory (``openings_write`` writes it).

    A market entry (no entry levels in ``plan``) fills at once. Entry levels are resting limit
    parts, each its fraction of ``quantity`` (``management.split_quantity``), the nearest first:
    a part the market is already at fills at once, the others rest with their margin reserved
    until price crosses. The stop and targets are laid over the quantity filled.

    An exchange error raises with the account's cash as it was and nothing of the opening written.
    """
    exchange = exchange_for(account=account, trader=trader)
    cash_before = account.cash
    try:
        if exchange.knows_orders_by_our_id:
            with transaction.atomic():  # a savepoint: the rows written before sending go if the exchange refuses
                return _opening_build(exchange, account, symbol, side, quantity, leverage, quote, plan, trader, signal, actor)
        return _opening_build(exchange, account, symbol, side, quantity, leverage, quote, plan, trader, signal, actor)
    except BaseException:
        account.cash = cash_before  # the account row is the caller's; it must not keep a half-booked opening
        raise


def _opening_build(
    exchange: ExchangeAdapter, account: Account, symbol: str, side: str, quantity: Decimal, leverage: int,
    quote: Quote, plan: management.TradePlan, trader, signal, actor,
) -> Opening:
    now = timezone.now()
    position = Position(
        account=account, trader=trader, signal=signal, symbol=symbol, side=side, leverage=leverage, venue=exchange.name,
        stop_loss=plan.stop_loss, mark_price=quote.price, breakeven_after=plan.breakeven_after,
        trailing=plan.trailing.as_dict() if plan.trailing else None,
        cancel_if_target_before_entry=plan.cancel_if_target_before_entry and bool(plan.entries),
        entry_deadline=(
            now + timedelta(hours=plan.cancel_unfilled_after_hours)
            if plan.entries and plan.cancel_unfilled_after_hours else None
        ),
    )
    targets_store(position, targets_build([t.price for t in plan.targets], [t.fraction for t in plan.targets]))
    opening = Opening(account=account, position=position, exchange=exchange)
    if exchange.knows_orders_by_our_id:
        position.save()
    if plan.entries:
        prices = [entry.price for entry in plan.entries]
        parts = management.split_quantity(
            quantity, [entry.fraction for entry in plan.entries], prices=prices, min_notional=MIN_NOTIONAL
        )
    else:
        prices, parts = [None], [quantity]
    for price, part in zip(prices, parts, strict=True):
        if part > 0:
            _entry_send(opening, price, part, quote)
    if opening.filled and not exchange.supports_held_protection:
        # Our own table holds the stop and targets of a new position (the monitor fills them).
        opening.orders += protection_wanted(position, held=False)
    opening.audit.append(AuditEntry(
        action="position.opened" if opening.filled else "position.entry_placed", account=account, actor=actor,
        actor_label="copy_pipeline", obj=position, message=f"{side} {quantity} {symbol} x{leverage}",
        after=position_snapshot(position),
    ))
    return opening


def _entry_send(opening: Opening, price: Decimal | None, quantity: Decimal, quote: Quote) -> None:
    """One entry order: sent, and what fills at once booked; a limit that does not fill rests with its reservation."""
    account, position = opening.account, opening.position
    order = Order(
        account=account, position=position, symbol=position.symbol, side=open_side(position),
        type=Order.Type.LIMIT if price is not None else Order.Type.MARKET,
        purpose=Order.Purpose.ENTRY, quantity=quantity, price=price,
    )
    opening.orders.append(order)
    if opening.exchange.knows_orders_by_our_id:
        order.save()
    executed_fills = opening.exchange.submit(order, quote)
    for executed in executed_fills:
        fill, entry = fill_book(account=account, position=position, order=order, executed=executed)
        opening.fills.append(fill)
        opening.audit.append(entry)
    if executed_fills:
        opening.filled = True
        if order.type == Order.Type.MARKET and order.is_working:
            # A market order the exchange filled in part (its lot size rounded the quantity
            # down) is over: the rest never fills, so it is not left working.
            order_transition(order, Order.Status.CANCELLED, "unfilled remainder of a market order")
    else:
        order_transition(order, Order.Status.OPEN)
        entry_reserve(account, position, order)


def openings_write(openings: list[Opening]) -> list[AuditEntry]:
    """Write what ``openings`` built: positions, orders and fills each in one INSERT, the accounts'
    cash in one UPDATE; then a venue that holds stops itself is sent them. Returns the openings'
    audit entries for the caller to record (``audit_write``) in the same transaction, with its own
    rows' entries once those are written too: a copy's chunk records all its events in one INSERT."""
    if not openings:
        return []
    _rows_write(Position, [opening.position for opening in openings])
    _rows_write(Order, [order for opening in openings for order in opening.orders])
    Fill.objects.bulk_create([fill for opening in openings for fill in opening.fills])
    _CASH_WRITE.run_many([{"account_id": opening.account.pk, "cash": opening.account.cash} for opening in openings])
    for opening in openings:
        if opening.filled and opening.exchange.supports_held_protection:
            protection_sync(opening.position, exchange=opening.exchange, retry_later=True)
    return [entry for opening in openings for entry in opening.audit]


# Each account's new cash (its row is locked), one pipelined UPDATE per account: Django's
# bulk_update sends one statement with a CASE over every account, rebuilt for each chunk (1.2 ms).
_CASH_WRITE = PreparedUpdate(
    lambda account_id, cash: (Account.objects.filter(pk=account_id), {"cash": cash, "updated_at": Now()}),
    account_id=-7_340_033, cash=Decimal("-7340033.00000001"),
)


def _rows_write(model, rows: list) -> None:
    """New rows in one INSERT; rows written before they were sent (a live venue's) saved as they are now."""
    written = [row for row in rows if row.pk is not None]
    model.objects.bulk_create([row for row in rows if row.pk is None])
    for row in written:
        row.save()
