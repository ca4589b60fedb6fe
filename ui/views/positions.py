"""The open-positions table of an account's dashboard, and its actions: close, partial close, SL/TP.

Every action runs the same service as the API and Telegram (execution/services/positions.py) and
answers with the redrawn table: on success with a toast, on bad input with status 400 and the
message next to the field it is about.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from django.shortcuts import render
from django.views.decorators.http import require_POST, require_safe

from accounts.selectors import account_get_for_user
from echotrade.exceptions import EchoTradeError, InvalidInput, NotFound
from execution.models import Position
from execution.selectors import position_get_for_user, position_list
from execution.services import position_close, position_update_protection
from ui.helpers import ui_account, ui_can_act, ui_error, ui_login_required, with_toast

FRACTIONS = (("0.25", "25 %"), ("0.5", "50 %"), ("0.75", "75 %"))

def positions_context(*, account, can_act: bool, errors: dict | None = None, values: dict | None = None) -> dict:
    """Rows of the table; ``errors``/``values`` are one position's field errors and what was typed."""
    errors, values = errors or {}, values or {}
    rows = []
    for position in position_list(account=account).order_by("-opened_at", "-id"):
        rows.append({
            "position": position,
            "stop_loss": values.get(position.pk, {}).get(
                "stop_loss", "" if position.stop_loss is None else position.stop_loss.normalize()
            ),
            "take_profits": values.get(position.pk, {}).get("take_profits", ", ".join(position.take_profits)),
            "errors": errors.get(position.pk, {}),
        })
    return {"account": account, "can_act": can_act, "rows": rows, "fractions": FRACTIONS}


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
