"""The Settings page's sizing block: how the account sizes a copy (percent of equity, a fixed amount,
or the risk taken at the stop), the default stop of a signal that has none, and whether such a
signal is copied at all.

Saved by ``accounts.services.account_update_risk``, the service behind ``PATCH /api/accounts/{name}``,
with its range checks, and open to the same people: members who may act on the account. The
preview says what the form means in money (ui/trade_preview.py) before anything is saved.
"""
from __future__ import annotations

from decimal import Decimal

from django.shortcuts import render
from django.views.decorators.http import require_POST, require_safe

from accounts.models import Account, SizingMode
from accounts.selectors import account_get_for_user
from accounts.services import account_risk_errors, account_update_risk
from echotrade.exceptions import EchoTradeError, InvalidInput
from execution.selectors import account_summary
from ui.forms import account_sizing_changes, account_sizing_typed, account_sizing_values
from ui.helpers import errors_summary, ui_account, ui_can_act, ui_error, ui_login_required, with_toast
from ui.trade_preview import account_sizing_preview


def sizing_context(account: Account, *, can_act: bool, typed: dict | None = None, errors: dict | None = None) -> dict:
    summary = account_summary(account=account)
    values = typed if typed is not None else account_sizing_values(account)
    return {
        "account": account,
        "sizing": {
            "can_act": can_act,
            "values": values,
            "errors": errors or {},
            "choices": SizingMode.choices,
            "preview": _preview(account, values, summary.equity, summary.cash),
        },
    }


def _preview(account: Account, values: dict, equity: Decimal, free_cash: Decimal) -> dict:
    return account_sizing_preview(account=account, typed=values, equity=equity, free_cash=free_cash)


@ui_login_required
@require_POST
def settings_sizing_view(request, name: str):
    typed = account_sizing_typed(request.POST)
    try:
        account = account_get_for_user(user=request.user, name=name, act=True)
    except EchoTradeError as error:
        return ui_error(error)
    try:
        changes, errors = account_sizing_changes(typed)
        # Every field's problem at once: what the typing got wrong, and what the service's ranges refuse.
        errors = {**account_risk_errors({k: v for k, v in changes.items() if k not in errors}, account=account), **errors}
        if errors:
            raise InvalidInput(errors_summary(errors), fields=errors)
        account = account_update_risk(account=account, actor=request.user, **changes)
    except InvalidInput as error:
        fields = {("form" if k == "__all__" else k): v for k, v in (error.fields or {"form": [error.message]}).items()}
        context = sizing_context(account, can_act=True, typed=typed, errors=fields)
        response = render(request, "ui/partials/settings_sizing.html", context, status=400)
        return with_toast(response, error.message, "error")
    except EchoTradeError as error:
        return ui_error(error)
    response = render(request, "ui/partials/settings_sizing.html", sizing_context(account, can_act=True))
    return with_toast(response, f"{account.name}'s sizing saved.")


@ui_login_required
@require_safe
def settings_sizing_preview(request, name: str):
    """What the form says now, in money; nothing is saved."""
    account = ui_account(request, name)
    summary = account_summary(account=account)
    preview = _preview(account, account_sizing_typed(request.GET), summary.equity, summary.cash)
    return render(request, "ui/partials/sizing_preview.html", {"account": account, "preview": preview})


def settings_sizing_page_context(request, account: Account) -> dict:
    """The block's part of the whole Settings page."""
    return sizing_context(account, can_act=ui_can_act(request, account))
