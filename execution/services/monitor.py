"""The position monitor: every price update is checked against entries, liquidation, SL and TPs."""
from __future__ import annotations

import logging
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from echotrade.audit import audit_record
from echotrade.exceptions import ExchangeError, TemporaryExchangeError
from execution import fills
from execution import trade_management as management
from execution.alerts import price_alerts_check
from execution.exchanges import ExecutedFill, exchange_for
from execution.market.feed import feed_record
from execution.market.services import quotes_refresh
from execution.models import Order, Position, Quote
from execution.services.accounting import (
    close_side,
    entries_withdraw,
    fill_apply,
    lock_account_and_position,
    order_transition,
    position_finish,
    position_refresh_risk,
    targets_filled_count,
)
from execution.services.protection import protection_stop_move, protection_sync

logger = logging.getLogger(__name__)

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
    checked = []
    for pk in ids:
        try:
            checked.append(position_on_price(position_id=pk, quote=quote))
        except TemporaryExchangeError as error:  # its transaction rolled back: the next price tries again
            logger.warning("Position #%s not checked, the exchange is unavailable: %s", pk, error.message)
    return checked


@transaction.atomic
def position_on_price(*, position_id: int, quote: Quote) -> Position:
    """One price update for one position: entry parts, liquidation, the stop and the targets, then
    the stop rules (breakeven, trailing), and the entry's deadlines."""
    account, position = lock_account_and_position(position_id)
    exchange = exchange_for(account=account, position=position)
    if not position.is_active:
        return position
    if _entry_withdrawn(account, position, exchange, quote):
        return position
    was_pending = position.status == Position.Status.PENDING
    entry_filled = False
    for entry in position.orders.filter(purpose=Order.Purpose.ENTRY, status__in=Order.WORKING_STATUSES):
        for executed in exchange.poll(entry, quote):
            fill_apply(account=account, position=position, order=entry, executed=executed)
            entry_filled = True
    if entry_filled:
        protection_sync(position, exchange=exchange, retry_later=True)
        if was_pending:
            audit_record(
                action="position.opened", account=account, actor_label="position_monitor", obj=position,
                message=f"limit entry filled at {position.entry_price}",
            )
    if position.status != Position.Status.OPEN or was_pending:
        return position

    position_refresh_risk(position, mark_price=quote.price)
    liquidation = position.liquidation_price
    if fills.liquidation_reached(side=position.side, liquidation_price=liquidation, mark_price=quote.price):
        _liquidate(account, position, quote, exchange)
        return position
    filled = _poll_protection(account, position, exchange, quote)
    if position.status == Position.Status.OPEN:
        if filled or exchange.supports_held_protection:
            # Where the exchange holds them, this also finishes a sync an outage cut short
            # (without a request when nothing changed).
            protection_sync(position, exchange=exchange, retry_later=True)
        if _stop_follow(account, position, quote, exchange):
            # A stop moved past the price fills now (one the exchange holds fills there: polled next price).
            _poll_protection(account, position, exchange, quote, watched_only=True)
    if position.status != Position.Status.OPEN:
        position_finish(account, position, exchange=exchange, reason="position closed")
    position.save()
    return position


def _poll_protection(account, position: Position, exchange, quote: Quote, *, watched_only: bool = False) -> bool:
    """Fill the stop and targets the price reached; where the exchange holds them, book what it reports."""
    filled = False
    for order in _protection_in_trigger_order(position):
        if position.status != Position.Status.OPEN:
            break
        if watched_only and order.exchange_held:
            continue
        order.account = account  # the exchange reads fee rates from the locked row
        held = exchange.poll_held(order, quote) if order.exchange_held else None
        for executed in held.fills if held else exchange.poll(order, quote):
            fill_apply(account=account, position=position, order=order, executed=executed)
            filled = True
        if held and not held.working and order.is_working:
            # Cancelled or expired there without filling (all of it): the next protection_sync lays a new one.
            order_transition(order, Order.Status.CANCELLED, "ended on the exchange without filling")
            order.save(update_fields=["status", "status_reason", "updated_at"])
    return filled


def _stop_follow(account, position: Position, quote: Quote, exchange) -> bool:
    """Apply the stop rules (execution/trade_management.py) after this price: True when the stop moved."""
    trailing = management.trailing_parse(position.trailing)
    done = targets_filled_count(position)
    if trailing is not None and trailing.kind == "percent_below_highest" and management.trailing_active(
        trailing, targets_filled=done
    ):
        position.trail_best = management.best_price(position.side, position.trail_best, quote.price)
    move = management.stop_move(
        side=position.side, stop=position.stop_loss, entry_price=position.entry_price, fees_paid=position.fees,
        quantity=position.quantity, target_prices=[Decimal(t["price"]) for t in position.targets],
        targets_filled=done, breakeven_after=position.breakeven_after, trailing=trailing, best=position.trail_best,
    )
    if move is None:
        return False
    before = {"stop_loss": position.stop_loss, "stop_kind": position.stop_kind}
    try:
        with transaction.atomic():  # a savepoint: a stop the exchange could not replace stays where it was
            position.stop_loss, position.stop_kind = move.price, move.kind
            position.save()
            protection_stop_move(position, exchange=exchange)
    except ExchangeError as error:
        position.stop_loss, position.stop_kind = before["stop_loss"], before["stop_kind"]
        logger.warning("Position #%s: stop kept at %s, the exchange did not take the move to %s: %s",
                       position.pk, position.stop_loss, move.price, error.message)
        return False
    audit_record(
        action="position.stop_moved", account=account, actor_label="position_monitor", obj=position,
        message=f"stop {before['stop_loss']} → {move.price} ({move.why})",
        before=before, after={"stop_loss": move.price, "stop_kind": move.kind, "price": quote.price},
    )
    return True


def _entry_withdrawn(account, position: Position, exchange, quote: Quote) -> bool:
    """Withdraw resting entry parts past their deadline, or all of the entry when the first target
    traded before any part filled. True when that ended the position."""
    why = management.entry_withdrawal(
        side=position.side, now=timezone.now(), deadline=position.entry_deadline,
        nothing_filled=position.status == Position.Status.PENDING,
        cancel_if_target_before_entry=position.cancel_if_target_before_entry,
        first_target=next((Decimal(t["price"]) for t in position.targets), None), best=quote.price,
    )
    if why is None:
        return False
    # Each reason is also the position's close_reason, a 30-character column.
    reason = "target 1 traded before entry" if why == management.TARGET_BEFORE_ENTRY else "entry parts unfilled in time"
    if not entries_withdraw(account, position, exchange=exchange, reason=reason):
        return False
    position.entry_deadline = None
    if position.status == Position.Status.PENDING:
        position.status, position.close_reason = Position.Status.CANCELLED, reason
    position.save()
    audit_record(
        action="position.entry_withdrawn", account=account, actor_label="position_monitor", obj=position,
        message=reason,
    )
    return position.status == Position.Status.CANCELLED


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


def _liquidate(account, position: Position, quote: Quote, exchange) -> None:
    position_finish(account, position, exchange=exchange, reason="liquidated")
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
