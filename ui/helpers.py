"""What every page of the web UI shares: the account in the URL, whether the user may act on it,
the context base.html needs, and how a refused action or a success is told (a toast).

Views parse, call one selector or service, and render a page or an htmx partial. Errors a service
raises (echotrade/exceptions.py) come back as a toast, and as text next to the field they name.
"""
from __future__ import annotations

import json
from decimal import Decimal

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.urls import reverse

from accounts.models import Account
from accounts.selectors import (
    account_check_can_act,
    account_get_for_user,
    account_list_for_user,
)
from echotrade.exceptions import EchoTradeError, NotFound, PermissionDenied
from ui.static_assets import plotly_js_url

ui_login_required = login_required(login_url="login")
# The session key of the account whose page the user opened last (/traders goes back to it).
LAST_ACCOUNT = "ui_last_account"


# --- Shared by the UI views of every app --------------------------------------------------------
def ui_account(request, name: str) -> Account:
    """The account in the URL for a page or partial; a non-member gets the same 404 as a bad name."""
    try:
        account = account_get_for_user(user=request.user, name=name)
    except NotFound as error:
        raise Http404(error.message) from error
    _remember_account(request, account)
    return account


def _remember_account(request, account: Account) -> None:
    """Whole pages only: a dashboard left polling in another tab must not change where /traders goes."""
    session = getattr(request, "session", None)
    if session is None or request.method != "GET" or request.headers.get("HX-Request"):
        return
    if session.get(LAST_ACCOUNT) != account.name:  # a session is saved only when it changed
        session[LAST_ACCOUNT] = account.name


def ui_last_account(request) -> Account | None:
    """The account whose page the user opened last, if they still may see it; else their first."""
    remembered = request.session.get(LAST_ACCOUNT)
    if remembered:
        try:
            return account_get_for_user(user=request.user, name=remembered)
        except NotFound:  # no longer a member, or the account is gone
            pass
    return account_list_for_user(user=request.user).first()


def ui_can_act(request, account: Account) -> bool:
    try:
        account_check_can_act(user=request.user, account=account)
    except (NotFound, PermissionDenied):
        return False
    return True


def ui_page_context(request, account: Account) -> dict:
    """What base.html needs on every account page: the switcher (same page, other account) and roles."""
    url_name = request.resolver_match.url_name if request.resolver_match else "ui-dashboard"
    return {
        "account": account,
        "can_act": ui_can_act(request, account),
        "switcher": [
            (other, reverse(url_name, kwargs={"name": other.name}))
            for other in account_list_for_user(user=request.user)
        ],
    }


def with_toast(response: HttpResponse, message: str, level: str = "ok") -> HttpResponse:
    """htmx fires a ``toast`` event from this header; static/ui/app.js shows it."""
    response["HX-Trigger"] = json.dumps({"toast": {"level": level, "message": message}})
    return response


def ui_error(error: EchoTradeError) -> HttpResponse:
    """A refused action with nothing to redraw: the status, the message, and a toast saying it."""
    response = HttpResponse(error.message, status=error.status_code, content_type="text/plain; charset=utf-8")
    response["HX-Reswap"] = "none"
    return with_toast(response, error.message, "error")


def ui_page_keeping(request, account: Account, url_for) -> dict:
    """base.html's context; the switcher keeps this page (and its trader or selection) for each account."""
    return {
        "account": account,
        "can_act": ui_can_act(request, account),
        "switcher": [(other, url_for(other.name)) for other in account_list_for_user(user=request.user)],
        "plotly_js_url": plotly_js_url(),
    }


def account_only(account: Account):
    """The one account as a queryset, for analytics that take a set of accounts."""
    return Account.objects.filter(pk=account.pk)


def range_step(*, value: Decimal, low: Decimal, step: Decimal) -> Decimal:
    """The ``step`` of an ``<input type="range">`` that can hold ``value``.

    A browser moves a range input's value onto its grid (low + k × step) before the form is sent,
    so a setting made through the API off that grid (1.25× on a 0.1 grid) would be rewritten by
    saving the card unchanged. Off the grid, the step shrinks to the finest decimal place of the
    value and the low end, which holds both.
    """
    if ((value - low) / step) == ((value - low) / step).to_integral_value():
        return step
    finest = min(value.normalize().as_tuple().exponent, low.normalize().as_tuple().exponent)
    return Decimal(1).scaleb(finest)


def errors_summary(errors: dict[str, list[str]]) -> str:
    """A refused form's toast: "Not saved. risk pct: Must be …; fixed amount: …" (as the services word it)."""
    return "Not saved. " + "; ".join(f"{name.replace('_', ' ')}: {messages[0]}" for name, messages in errors.items())
