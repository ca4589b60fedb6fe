"""The open-positions table of an account's dashboard, and its actions: close, partial close, SL/TP.

Each row shows the trade's management as it stands: every target with its price, fraction and
state ("TP1 68,000 · 50 % ✓"), the stop with what set it last (fixed, breakeven, trailing), and a
ladder's entry parts with their fill state.

Every action runs the same service as the API and Telegram (execution/services/positions.py) and
answers with the redrawn table: on success with a toast, on bad input with status 400 and the
message next to the field it is about.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from django.db.models import Prefetch
from django.shortcuts import render
from django.views.decorators.http import require_POST, require_safe

from accounts.selectors import account_get_for_user
from echotrade.exceptions import EchoTradeError, InvalidInput, NotFound
from echotrade.fields import decimal_text
from execution.models import Order, Position
from execution.selectors import position_get_for_user, position_list
from execution.services import position_close, position_update_protection
from ui.helpers import ui_account, ui_can_act, ui_error, ui_login_required, with_toast
from ui.wording import price, share

FRACTIONS = (("0.25", "25 %"), ("0.5", "50 %"), ("0.75", "75 %"))

# Each position's entry parts in one query, in the order they were placed (nearest the market first).
ENTRY_PARTS = Prefetch(
    "orders", queryset=Order.objects.filter(purpose=Order.Purpose.ENTRY).order_by("created_at", "id"),
    to_attr="entry_parts",
)
TARGET_MARKS = {"open": "", "filled": "✓", "cancelled": "✗"}


def positions_context(*, account, can_act: bool, errors: dict | None = None, values: dict | None = None) -> dict:
    """Rows of the table; ``errors``/``values`` are one position's field errors and what was typed."""
    errors, values = errors or {}, values or {}
    rows = []
    for position in position_list(account=account).prefetch_related(ENTRY_PARTS).order_by("-opened_at", "-id"):
        rows.append({
            "position": position,
            "stop_loss": values.get(position.pk, {}).get(
                "stop_loss", "" if position.stop_loss is None else position.stop_loss.normalize()
            ),
            "take_profits": values.get(position.pk, {}).get("take_profits", ", ".join(position.take_profits)),
            "errors": errors.get(position.pk, {}),
            "targets": position_targets(position),
            "stop": position_stop(position),
            "entries": position_entries(position),
        })
    return {"account": account, "can_act": can_act, "rows": rows, "fractions": FRACTIONS}


def position_targets(position: Position) -> list[dict]:
    """Each target as the row shows it: "TP1 68,000 · 50 % ✓" (filled), "✗" cancelled, nothing while open."""
    return [
        {"label": f"TP{index}", "price": price(target["price"]), "share": share(target["fraction"]),
         "status": target["status"], "mark": TARGET_MARKS.get(target["status"], "")}
        for index, target in enumerate(position.targets, 1)
    ]


def position_stop(position: Position) -> dict | None:
    """The stop and what set it last (fixed, breakeven, trailing), with the trailing rule it follows."""
    if position.stop_loss is None:
        return None
    rule = ""
    if position.trailing:
        if position.trailing.get("kind") == "moving_target":
            rule = "moving target"
        else:
            rule = f"{decimal_text(Decimal(str(position.trailing.get('callback_pct'))))} % behind the best price"
            if position.trail_best is not None:
                rule += f" ({price(position.trail_best)})"
    return {"price": price(position.stop_loss), "kind": position.stop_kind, "kind_label": position.get_stop_kind_display().lower(),
            "rule": rule, "breakeven_after": position.breakeven_after}


def position_entries(position: Position) -> list[dict]:
    """A ladder's parts with their fill state ("E2 66,000 · 30 % resting"); none for a single entry."""
    parts = getattr(position, "entry_parts", None)
    if parts is None:
        parts = list(position.orders.filter(purpose=Order.Purpose.ENTRY).order_by("created_at", "id"))
    if len(parts) < 2:
        return []
    total = sum((part.quantity for part in parts), Decimal(0))
    return [
        {"label": f"E{index}", "price": price(part.price) if part.price is not None else "market",
         "share": share(part.quantity / total), "status": part.status, "state": _entry_state(part)}
        for index, part in enumerate(parts, 1)
    ]


def _entry_state(order: Order) -> str:
    if order.status == Order.Status.FILLED:
        return "filled ✓"
    if order.status == Order.Status.PARTIALLY_FILLED:
        return f"{share(order.filled_quantity / order.quantity)} filled"
    if order.status in Order.WORKING_STATUSES:
        return "resting"
    return f"{order.get_status_display().lower()} ✗"


@ui_login_required
@require_safe
def positions_partial(request, name: str):
    account = ui_account(request, name)
    return render(request, "ui/partials/positions.html", positions_context(account=account, can_act=ui_can_act(request, account)))


def _position_of(request, name: str, position_id: int) -> Position:
    """The position, if it is in the account named in the URL and the user may act on that account."""
    account = account_get_for_user(user=request.user, name=name, act=True)
    position = position_get_for_user(user=request.user, position_id=position_id)
    if position.account_id != account.pk:
        raise NotFound(f"No position #{position_id} in {name}.")
    return position


def _refused(request, position: Position, error: InvalidInput, values: dict | None = None):
    """400 with the table redrawn, the message under the field it names (or under the row)."""
    fields = error.fields or {"row": [error.message]}
    context = positions_context(
        account=position.account, can_act=True, errors={position.pk: fields}, values={position.pk: values or {}}
    )
    response = render(request, "ui/partials/positions.html", context, status=400)
    return with_toast(response, error.message, "error")


@ui_login_required
@require_POST
def position_close_view(request, name: str, position_id: int):
    fraction = request.POST.get("fraction", "1")
    try:
        position = _position_of(request, name, position_id)
    except EchoTradeError as error:
        return ui_error(error)
    try:
        position = position_close(position=position, fraction=fraction, actor=request.user)
    except InvalidInput as error:
        return _refused(request, position, error)
    except EchoTradeError as error:
        return ui_error(error)
    done = "Closed" if position.status != Position.Status.OPEN else f"Closed {Decimal(fraction) * 100:.0f} % of"
    response = render(request, "ui/partials/positions.html", positions_context(account=position.account, can_act=True))
    return with_toast(response, f"{done} {position.symbol} {position.side} #{position.pk}.")


@ui_login_required
@require_POST
def position_protection_view(request, name: str, position_id: int):
    # A field left out of the post stays as it is: the Charts page's dragged stop sends only the stop.
    typed = {field: request.POST[field].strip() for field in ("stop_loss", "take_profits") if field in request.POST}
    try:
        position = _position_of(request, name, position_id)
    except EchoTradeError as error:
        return ui_error(error)
    changes = _protection_changes(position, typed)
    if not changes:
        response = render(request, "ui/partials/positions.html", positions_context(account=position.account, can_act=True))
        return with_toast(response, "Nothing to change.", "info")
    try:
        position = position_update_protection(position=position, actor=request.user, **changes)
    except InvalidInput as error:
        return _refused(request, position, error, typed)
    except EchoTradeError as error:
        return ui_error(error)
    response = render(request, "ui/partials/positions.html", positions_context(account=position.account, can_act=True))
    return with_toast(response, f"Stop loss and targets of {position.symbol} #{position.pk} saved.")


def _protection_changes(position: Position, typed: dict) -> dict:
    """Only the fields the user changed, so an untouched target is not re-checked against a moved price.

    An empty stop-loss field removes the stop, a field not sent at all leaves it alone; targets are
    separated by commas or spaces. Text that is not a number goes to the service as typed: it says
    what is wrong with it.
    """
    changes: dict = {}
    if "stop_loss" in typed:
        stop_loss = typed["stop_loss"] or None
        if _as_decimal(stop_loss) != position.stop_loss or (stop_loss is not None and _as_decimal(stop_loss) is None):
            changes["stop_loss"] = stop_loss
    if "take_profits" in typed:
        targets = [t for t in re.split(r"[,\s]+", typed["take_profits"]) if t]
        parsed = [_as_decimal(t) for t in targets]
        if None in parsed or parsed != [Decimal(t) for t in position.take_profits]:
            changes["take_profits"] = targets
    return changes


def _as_decimal(text: str | None) -> Decimal | None:
    if text is None:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None
