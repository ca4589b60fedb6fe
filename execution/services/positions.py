"""Opening, closing, protecting and funding positions. API, admin, UI and Telegram call these."""
from __future__ import annotations

from decimal import ROUND_DOWN, Decimal

from django.db import transaction

from echotrade.audit import audit_record
from echotrade.exceptions import Conflict, InvalidInput
from echotrade.fields import decimal_text
from echotrade.limits import MONEY_STEP
from execution import fills
from execution import trade_management as management
from execution.exchanges import exchange_for
from execution.market.services import quote_get
from execution.models import Order, Position, Quote, StopKind
from execution.services.accounting import (
    PROTECTION,
    close_side,
    entries_withdraw,
    fill_apply,
    lock_account_and_position,
    orders_cancel_working,
    position_finish,
    position_refresh_risk,
    position_snapshot,
    q8,
    targets_build,
    targets_store,
)
from execution.services.protection import protection_stop_move, protection_sync

UNSET = object()


@transaction.atomic
def position_cancel(*, position: Position, actor=None, reason: str = "cancelled") -> Position:
    """Withdraw a pending entry and give its reserved margin back."""
    account, position = lock_account_and_position(position.pk)
    if position.status != Position.Status.PENDING:
        raise Conflict(f"Position #{position.pk} is {position.status}; only a pending entry can be cancelled.")
    before = position_snapshot(position)
    entries_withdraw(account, position, exchange=exchange_for(account=account, position=position), reason=reason)
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
    exchange = exchange_for(account=account, position=position)
    if quantity == position.quantity:
        # The stop and targets go first: where the exchange holds them, a close that went through
        # must not be undone by a withdrawal failing after it (that raises, rolling back).
        orders_cancel_working(position, purposes=PROTECTION, reason="position closed", exchange=exchange)
    order = Order.objects.create(
        account=account, position=position, symbol=position.symbol, side=close_side(position),
        type=Order.Type.MARKET, purpose=Order.Purpose.CLOSE, reduce_only=True, quantity=quantity,
    )
    for executed in exchange.submit(order, quote):
        fill_apply(account=account, position=position, order=order, executed=executed)
    if position.status == Position.Status.OPEN:
        protection_sync(position, exchange=exchange, retry_later=True)
    else:
        position_finish(account, position, exchange=exchange, reason="position closed")
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


def _target_levels(position: Position, take_profits) -> tuple[list[Decimal], list[Decimal]]:
    """New open targets: prices, or ``{"price", "fraction"}`` objects. Bare prices keep the open
    targets' fractions when there are as many, else share evenly."""
    values = list(take_profits or [])
    if len(values) > management.MAX_LEVELS:
        raise InvalidInput(f"At most {management.MAX_LEVELS} targets.", fields={"take_profits": ["Too many targets."]})
    given = [value for value in values if isinstance(value, dict)]
    if given and len(given) != len(values):
        raise InvalidInput("Give every target as a price, or every one as {price, fraction}.",
                           fields={"take_profits": ["Mixed prices and objects."]})
    if given:
        prices = _price_list([value.get("price") for value in given], "take_profits")
        try:
            fractions = management.fractions_check([value.get("fraction") for value in given])
        except ValueError as error:
            raise InvalidInput(str(error), fields={"take_profits": [str(error)]}) from None
        return prices, fractions
    prices = _price_list(values, "take_profits")
    still_open = [target["fraction"] for target in position.targets if target["status"] == "open"]
    if len(still_open) == len(prices) and prices:
        return prices, management.fractions_check(still_open)
    return prices, management.strategy_fractions("even", len(prices))


def position_update_protection(
    *, position: Position, stop_loss=UNSET, take_profits=UNSET, breakeven_after=UNSET, trailing=UNSET, actor=None,
) -> Position:
    """Move the stop loss, replace the open targets, or change the stop rules of an open (or pending) position.

    A stop or target on the wrong side of the current price is refused: it would fill at once.
    ``stop_loss=None`` removes the stop; a stop set here is ``fixed`` (the rules may tighten it
    later). ``take_profits`` is a list of prices or of ``{"price", "fraction"}``; the targets
    already filled stay in the ladder. ``breakeven_after`` and ``trailing`` (None: off) set the
    stop rules (execution/trade_management.py).
    """
    quote = _market_quote(position)
    return _position_update_protection(position.pk, stop_loss, take_profits, breakeven_after, trailing, quote, actor)


@transaction.atomic
def _position_update_protection(
    position_id: int, stop_loss, take_profits, breakeven_after, trailing, quote: Quote | None, actor
) -> Position:
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
    new_targets = fractions = None
    if take_profits is not UNSET:
        new_targets, fractions = _target_levels(position, take_profits)
        wrong = [t for t in new_targets if reference is not None and (t - reference) * position.direction <= 0]
        if wrong:
            word = "above" if position.side == "long" else "below"
            errors["take_profits"] = [
                f"A {position.side} position's targets must be {word} the current price {decimal_text(reference)}."
            ]
    if breakeven_after is not UNSET and breakeven_after is not None and (
        isinstance(breakeven_after, bool) or not isinstance(breakeven_after, int)
        or not 1 <= breakeven_after <= management.MAX_LEVELS
    ):
        errors["breakeven_after"] = [f"A target number from 1 to {management.MAX_LEVELS}, or null for none."]
    if trailing is not UNSET:
        try:
            trailing = management.trailing_parse(trailing)
        except ValueError as error:
            errors["trailing"] = [str(error)]
    if errors:
        raise InvalidInput("Stop loss, targets or stop rules are not valid.", fields=errors)
    before = position_snapshot(position)
    if new_stop != position.stop_loss:
        position.stop_loss, position.stop_kind = new_stop, StopKind.FIXED
    if new_targets is not None:
        done = [target for target in position.targets if target["status"] != "open"]
        targets_store(position, done + targets_build(new_targets, fractions))
    if breakeven_after is not UNSET:
        position.breakeven_after = breakeven_after
    if trailing is not UNSET:
        position.trailing = trailing.as_dict() if trailing else None
        position.trail_best = None
    position.save()
    protection_sync(position, exchange=exchange_for(account=account, position=position))
    audit_record(
        action="position.protection_updated", account=account, actor=actor, obj=position,
        before=before, after=position_snapshot(position),
    )
    return position


def position_stop_to_breakeven(
    *, position: Position, actor=None, actor_label: str = "system", reason: str = ""
) -> Position:
    """Move an open position's stop to breakeven: the average entry plus the fees paid per unit
    still open (``management.breakeven_level``, the level the ``breakeven_after`` rule uses), kind
    ``breakeven``. "Move SL to entry" from a channel, an alert or a person all come here.

    The stop only tightens: when it is already at or past breakeven it stays where it is, and the
    audit log says so (``position.stop_kept``). As in ``position_update_protection``, a breakeven
    on the wrong side of the price is refused: the stop would fill at once. ``reason`` (the
    message or alert that asked) goes into the audit message.
    """
    quote = _market_quote(position)
    return _position_stop_to_breakeven(position.pk, quote, actor, actor_label, reason)


@transaction.atomic
def _position_stop_to_breakeven(
    position_id: int, quote: Quote | None, actor, actor_label: str, reason: str
) -> Position:
    account, position = lock_account_and_position(position_id)
    if position.status == Position.Status.PENDING:
        raise Conflict(
            f"Position #{position.pk}: entry not filled yet, so there is no breakeven to move the stop to."
        )
    if position.status != Position.Status.OPEN:
        raise Conflict(f"Position #{position.pk} is {position.status}; its stop cannot change.")
    if quote is None:  # it filled between our look and our lock
        raise Conflict("The position just changed; try again.")
    level = management.breakeven_level(
        side=position.side, entry_price=position.entry_price, fees_paid=position.fees, quantity=position.quantity
    )
    why = f" ({reason})" if reason else ""
    before = {"stop_loss": position.stop_loss, "stop_kind": position.stop_kind}
    if not management.tighter(position.side, position.stop_loss, level):
        audit_record(
            action="position.stop_kept", account=account, actor=actor, actor_label=actor_label, obj=position,
            message=f"stop stays at {decimal_text(position.stop_loss)}: already at or past breakeven "
                    f"{decimal_text(level)}{why}",
            before=before, after=before | {"breakeven": level},
        )
        return position
    if (level - quote.price) * position.direction >= 0:
        word = "below" if position.side == "long" else "above"
        message = (
            f"The price {decimal_text(quote.price)} is {word} breakeven {decimal_text(level)}: "
            "a stop there would fill at once."
        )
        raise InvalidInput(message, fields={"stop_loss": [message]})
    position.stop_loss, position.stop_kind = level, StopKind.BREAKEVEN
    position.save(update_fields=["stop_loss", "stop_kind", "updated_at"])
    # An exchange that will not take the new stop raises: the whole move rolls back, the old stop stays.
    protection_stop_move(position, exchange=exchange_for(account=account, position=position))
    audit_record(
        action="position.stop_moved", account=account, actor=actor, actor_label=actor_label, obj=position,
        message=f"stop {decimal_text(before['stop_loss']) if before['stop_loss'] else 'none'} → "
                f"{decimal_text(level)} (breakeven){why}",
        before=before, after={"stop_loss": level, "stop_kind": StopKind.BREAKEVEN, "price": quote.price},
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
    # Funding cannot take more than the isolated margin holds; what resting entry parts reserve is not part of it.
    payment = min(payment, position.margin - position.entry_reserve)
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
