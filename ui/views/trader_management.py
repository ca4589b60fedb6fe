"""The trader card's trade management: how a copy of the trader's signals is split over its targets
and entries, how its stop moves, how it is sized, and its limits.

Saving checks the whole form with ``signals.services.trader_settings.trader_management_check`` (the rules
the API uses) and writes through ``traders.services.trader_update`` in one update; a refused
form comes back with status 400, each message next to its field, what was typed kept and nothing
saved. The preview answers every change of a field with the consequence by the real rules
(ui/trade_preview.py), so the card shows "TP1 50 % · TP2 25 % · TP3 25 %" or "risks $1,000 (1 %
of $100,000 equity) at the stop" before anything is saved.
"""
from __future__ import annotations

from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_POST, require_safe

from echotrade.exceptions import EchoTradeError, InvalidInput, NotFound
from execution.selectors import account_summary
from signals.services.trader_settings import trader_management_check
from traders.models import Trader
from traders.selectors import trader_get
from traders.services import trader_update
from ui.forms import trader_management_changes, trader_management_typed
from ui.helpers import errors_summary, ui_account, ui_error, ui_login_required, with_toast
from ui.trade_preview import management_preview
from ui.views.traders import account_and_trader, card_response


@ui_login_required
@require_POST
def trader_management_view(request, name: str, trader_id: str):
    typed = trader_management_typed(request.POST)
    try:
        account, trader = account_and_trader(request, name, trader_id, staff=True)
    except EchoTradeError as error:
        return ui_error(error)
    try:
        trader = _management_save(trader, typed, actor=request.user)
    except InvalidInput as error:
        trader.refresh_from_db()
        errors = error.fields or {"management": [error.message]}
        response = card_response(request, account, trader, status=400,
                                 management={"typed": typed, "errors": errors})
        return with_toast(response, error.message, "error")
    except EchoTradeError as error:
        return ui_error(error)
    response = card_response(request, account, trader, management={"opened": True})
    return with_toast(response, f"{trader.name}'s trade management saved.")


def _management_save(trader: Trader, typed: dict, *, actor) -> Trader:
    """Every field checked at once (what the typing got wrong and what the rules refuse), then one update."""
    changes, errors = trader_management_changes(typed)
    try:
        checked = trader_management_check({k: v for k, v in changes.items() if k not in errors}, trader=trader)
    except InvalidInput as error:
        errors = {**error.fields, **errors}
    if errors:
        raise InvalidInput(errors_summary(errors), fields=errors)
    try:
        return trader_update(trader=trader, actor=actor, **checked)
    except DjangoValidationError as error:  # the model's own checks (decimal places, a constraint)
        fields = {
            ("management" if name == "__all__" else name): list(messages) for name, messages in error.message_dict.items()
        }
        raise InvalidInput("Not saved. " + "; ".join(error.messages), fields=fields) from error


@ui_login_required
@require_safe
def trader_management_preview_view(request, name: str, trader_id: str):
    """What the form says now, by the real rules; nothing is saved. Any member may look."""
    account = ui_account(request, name)
    try:
        trader = trader_get(trader_id=trader_id)
    except NotFound as error:
        raise Http404(error.message) from error
    summary = account_summary(account=account)
    preview = management_preview(
        account=account, trader=trader, typed=trader_management_typed(request.GET),
        equity=summary.equity, free_cash=summary.cash,
    )
    return render(request, "ui/partials/trade_preview.html", {
        "account": account, "trader": trader, "preview": preview,
    })
