"""The per-account web UI: login, the dashboard page and its live partials, the emergency switch,
and the helpers every app's UI views share. The Settings page is in settings_views.py, the Audit
page in audit_views.py.

Views parse, call one selector or service, and render a page or an htmx partial. Errors a service
raises (echotrade/exceptions.py) come back as a toast, and as text next to the field they name.
"""
from __future__ import annotations

import json
from decimal import Decimal

from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import LoginView
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST, require_safe

from accounts.models import Account
from accounts.selectors import (
    account_check_can_act,
    account_get_for_user,
    account_list_for_user,
    account_summary,
)
from accounts.services import (
    account_pause,
    account_resume,
)
from echotrade.exceptions import (
    EchoTradeError,
    NotFound,
    PermissionDenied,
)
from echotrade.static_assets import plotly_js_url

TICKER_SYMBOLS = ("BTC/USDT", "ETH/USDT", "BNB/USDT", "ADA/USDT", "SOL/USDT", "XRP/USDT")
EQUITY_POINTS = 1000

ui_login_required = login_required(login_url="login")


# --- Shared by the UI views of every app --------------------------------------------------------
def ui_account(request, name: str) -> Account:
    """The account in the URL for a page or partial; a non-member gets the same 404 as a bad name."""
    try:
        return account_get_for_user(user=request.user, name=name)
    except NotFound as error:
        raise Http404(error.message) from error


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


# --- Login --------------------------------------------------------------------------------------
class UiLoginView(LoginView):
    """The login form, with failed attempts limited per client IP and per username (LOGIN_RATE)."""

    template_name = "registration/login.html"
    redirect_authenticated_user = True

    def post(self, request, *args, **kwargs):
        from echotrade.throttles import client_ip, login_retry_after

        wait = login_retry_after(ip=client_ip(request), username=request.POST.get("username", ""))
        if wait:
            # Refused before the password is even checked (the form is given none, so it
            # authenticates nothing), so guessing on cannot find it.
            form = self.get_form_class()(request=request, data={"username": request.POST.get("username", "")})
            form.errors.clear()  # not "password required": this attempt was not judged at all
            form.add_error(None, f"Too many attempts — try again in {wait} seconds.")
            response = self.render_to_response(self.get_context_data(form=form), status=429)
            response["Retry-After"] = str(wait)
            return response
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form):
        from echotrade.throttles import client_ip, login_failure_record

        login_failure_record(ip=client_ip(self.request), username=self.request.POST.get("username", ""))
        return super().form_invalid(form)

    def get_default_redirect_url(self):
        """Without ``?next``, land on the first account's dashboard (the home page when there is none)."""
        first = account_list_for_user(user=self.request.user).first()
        return reverse("ui-dashboard", kwargs={"name": first.name}) if first else reverse("home")


# --- Dashboard ----------------------------------------------------------------------------------
@ui_login_required
@require_safe
def dashboard(request, name: str):
    from execution.selectors import quotes_list
    from execution.views import positions_context

    account = ui_account(request, name)
    page = ui_page_context(request, account)
    quotes = {q.symbol: q for q in quotes_list(symbols=list(TICKER_SYMBOLS))}
    return render(request, "ui/dashboard.html", {
        **page,
        **metrics_context(account),
        **positions_context(account=account, can_act=page["can_act"]),
        "ticker": [(symbol, quotes.get(symbol)) for symbol in TICKER_SYMBOLS],
        "equity_curve": equity_curve(account),
        "plotly_js_url": plotly_js_url(),
    })


@ui_login_required
@require_safe
def metrics_partial(request, name: str):
    account = ui_account(request, name)
    return render(request, "ui/partials/metrics.html", {"account": account, **metrics_context(account)})


@ui_login_required
@require_safe
def status_partial(request, name: str):
    account = ui_account(request, name)
    return render(request, "ui/partials/status.html", {"account": account, "can_act": ui_can_act(request, account)})


def metrics_context(account: Account) -> dict:
    from execution.selectors import position_list
    from signals.selectors import loss_today as pipeline_loss_today  # the very rule the pipeline enforces

    summary = account_summary(account=account)
    notional = sum(
        (p.quantity * (p.mark_price or p.entry_price or 0) for p in position_list(account=account, status="open")),
        Decimal(0),
    )
    equity = summary.equity
    loss_today = max(pipeline_loss_today(account, timezone.now()), Decimal(0))
    loss_limit = account.daily_loss_limit_pct * account.starting_balance
    exposure = summary.margin_used / equity if equity > 0 else Decimal(0)
    leverage = notional / equity if equity > 0 else Decimal(0)
    return {
        "summary": summary,
        "gauges": [
            _gauge("Exposure", f"{exposure * 100:.1f} %", exposure, Decimal(1),
                   "Margin in use ÷ equity."),
            _gauge("Leverage", f"{leverage:.2f}×", leverage, Decimal(account.max_leverage),
                   f"Open notional ÷ equity; this account allows up to {account.max_leverage}× per trade."),
            _gauge("Loss today", f"{loss_today:,.2f} of {loss_limit:,.2f}", loss_today, loss_limit,
                   "Realised loss since 00:00 UTC, fees in. At the limit, new signals are filtered."),
        ],
    }


def _gauge(label: str, text: str, value: Decimal, limit: Decimal, help_text: str) -> dict:
    ratio = float(min(value / limit, Decimal(1))) if limit > 0 else 0.0
    level = "danger" if ratio >= 0.8 else "warn" if ratio >= 0.5 else "ok"
    return {"label": label, "text": text, "percent": round(ratio * 100, 1), "level": level, "help": help_text}


def equity_curve(account: Account) -> dict:
    """The snapshots' equity, oldest first, plus the equity now (floats: this is only for drawing)."""
    rows = list(account.snapshots.order_by("-taken_at").values_list("taken_at", "equity")[:EQUITY_POINTS])[::-1]
    if not rows:
        return {}
    now = account_summary(account=account).equity
    return {
        "x": [taken_at.isoformat() for taken_at, _ in rows] + [timezone.now().isoformat()],
        "y": [float(equity) for _, equity in rows] + [float(now)],
        "starting_balance": float(account.starting_balance),
    }


# --- Emergency pause ----------------------------------------------------------------------------
@ui_login_required
@require_POST
def account_pause_view(request, name: str):
    try:
        account = account_get_for_user(user=request.user, name=name, act=True)
        account = account_pause(account=account, actor=request.user, reason=request.POST.get("reason", ""))
    except EchoTradeError as error:
        return ui_error(error)
    response = render(request, "ui/partials/status.html", {"account": account, "can_act": True})
    return with_toast(response, f"{account.name} is paused: no new signals are taken. Open positions stay.", "warn")


@ui_login_required
@require_POST
def account_resume_view(request, name: str):
    try:
        account = account_get_for_user(user=request.user, name=name, act=True)
        account = account_resume(account=account, actor=request.user)
    except EchoTradeError as error:
        return ui_error(error)
    response = render(request, "ui/partials/status.html", {"account": account, "can_act": True})
    return with_toast(response, f"{account.name} takes signals again.")
