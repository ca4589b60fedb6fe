"""The per-account web UI: login, the dashboard page and its live partials, the emergency switch,
the Settings (risk) page and the Audit page with its exports.

Views parse, call one selector or service, and render a page or an htmx partial. Errors a service
raises (echotrade/exceptions.py) come back as a toast, and as text next to the field they name.
"""
from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation
from urllib.parse import urlencode

from asgiref.sync import sync_to_async
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import LoginView
from django.core.handlers.asgi import ASGIRequest
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST, require_safe

from accounts.exports import EXPORT_FORMATS, audit_pdf, audit_rows, csv_chunks, export_filename, json_chunks
from accounts.models import Account, Membership
from accounts.selectors import (
    AUDIT_FILTER_PARAMS,
    account_check_can_act,
    account_get_for_user,
    account_list_for_user,
    account_role_for_user,
    account_summary,
    audit_facets,
    audit_filters_parse,
    audit_search,
    system_state,
)
from accounts.services import (
    GLOBAL_MULTIPLIER_MAX,
    GLOBAL_MULTIPLIER_MIN,
    account_pause,
    account_resume,
    account_update_risk,
    system_start,
    system_stop,
)
from echotrade.exceptions import EchoTradeError, InvalidInput, NotFound, PermissionDenied
from echotrade.fields import decimal_text
from echotrade.static_assets import plotly_js_url

TICKER_SYMBOLS = ("BTC/USDT", "ETH/USDT", "BNB/USDT", "ADA/USDT", "SOL/USDT", "XRP/USDT")
EQUITY_POINTS = 1000
AUDIT_PAGE_SIZE = 50

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
    from signals.services.decide import (
        _loss_today,  # the very rule the pipeline enforces
    )

    summary = account_summary(account=account)
    notional = sum(
        (p.quantity * (p.mark_price or p.entry_price or 0) for p in position_list(account=account, status="open")),
        Decimal(0),
    )
    equity = summary.equity
    loss_today = max(_loss_today(account, timezone.now()), Decimal(0))
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


# --- Settings / risk ----------------------------------------------------------------------------
# Pause and resume are for members who may act (as POST /api/accounts/{name}/pause); the risk
# form is for owners (Membership.Role.OWNER "may act and change risk settings"); the whole
# system's switch is for staff (as /api/system/*, IsAdminUser) who may act on this account.
RISK_FORM_FIELDS = ("global_position_multiplier", "max_positions_override", "confidence_threshold_override",
                    "daily_loss_limit_pct")


@ui_login_required
@require_safe
def settings_page(request, name: str):
    account = ui_account(request, name)
    page = ui_page_context(request, account)
    return render(request, "ui/settings.html", {**page, **settings_context(request, account)})


def settings_context(request, account: Account, *, errors: dict | None = None, values: dict | None = None) -> dict:
    role = account_role_for_user(user=request.user, account=account)
    can_act = role in (Membership.Role.TRADER, Membership.Role.OWNER)
    equity = account_summary(account=account).equity
    base = account.base_position_pct * equity  # execution/sizing.py's base, before any multiplier
    values = values or {}
    return {
        "account": account,
        "can_act": can_act,
        "can_change_risk": role == Membership.Role.OWNER,
        "can_run_system": can_act and request.user.is_staff,
        "system": system_state(),
        "equity": equity,
        "base_amount": base,
        "base_pct": _percent(account.base_position_pct),
        "profile_confidence": _percent(account.min_confidence),
        "position_amount": base * account.global_position_multiplier,
        "loss_limit_amount": account.daily_loss_limit_pct * account.starting_balance,
        "multiplier_min": GLOBAL_MULTIPLIER_MIN,
        "multiplier_max": GLOBAL_MULTIPLIER_MAX,
        "values": {
            "global_position_multiplier": values.get(
                "global_position_multiplier", decimal_text(account.global_position_multiplier)),
            "max_positions_override": values.get("max_positions_override", account.max_positions_override or ""),
            "confidence_threshold_override": values.get(
                "confidence_threshold_override", _percent(account.confidence_threshold_override)),
            "daily_loss_limit_pct": values.get("daily_loss_limit_pct", _percent(account.daily_loss_limit_pct)),
            "approval_required": values.get("approval_required", account.approval_required),
            "reason": values.get("reason", ""),
        },
        "errors": errors or {},
    }


def _percent(ratio: Decimal | None) -> str:
    return "" if ratio is None else decimal_text(ratio * 100)


def _settings_partial(request, template: str, account: Account, *, status: int = 200, **extra) -> HttpResponse:
    return render(request, f"ui/partials/settings_{template}.html",
                  settings_context(request, account, **extra), status=status)


@ui_login_required
@require_POST
def settings_risk_view(request, name: str):
    typed = {key: request.POST.get(key, "").strip() for key in RISK_FORM_FIELDS}
    typed["approval_required"] = request.POST.get("approval_required") == "on"
    try:
        account = account_get_for_user(user=request.user, name=name, change_risk=True)
    except EchoTradeError as error:
        return ui_error(error)
    try:
        account = account_update_risk(account=account, actor=request.user, **_risk_changes(typed))
    except InvalidInput as error:
        # A model-wide message ("__all__") shows above the form: templates cannot read that key.
        errors = {("form" if k == "__all__" else k): v for k, v in (error.fields or {"form": [error.message]}).items()}
        response = _settings_partial(request, "risk", account, status=400, errors=errors, values=typed)
        return with_toast(response, error.message, "error")
    except EchoTradeError as error:
        return ui_error(error)
    return with_toast(_settings_partial(request, "risk", account), f"{account.name}'s risk settings saved.")


def _risk_changes(typed: dict) -> dict:
    """The form's text as the service's types; the ranges are checked by account_update_risk."""
    errors: dict[str, list[str]] = {}
    changes: dict = {"approval_required": typed["approval_required"]}
    for field in RISK_FORM_FIELDS:
        text = typed[field]
        if not text:
            if field in ("max_positions_override", "confidence_threshold_override"):
                changes[field] = None  # empty: no override, the profile's value applies
            else:
                errors[field] = ["Required."]
            continue
        try:
            number = Decimal(text)
        except InvalidOperation:
            number = None
        if number is None or not number.is_finite():
            errors[field] = ["Must be a number."]
        elif not -12 <= number.adjusted() <= 12:
            # "1e999999999" is a valid Decimal, but int() or arithmetic on it overflows or never ends.
            errors[field] = ["Out of range."]
        elif field == "max_positions_override":
            if number != number.to_integral_value():
                errors[field] = ["Must be a whole number."]
            else:
                changes[field] = int(number)
        elif field == "global_position_multiplier":
            changes[field] = number
        else:
            changes[field] = number / 100  # the form speaks percent, the account stores a ratio
    if errors:
        raise InvalidInput("Not saved: " + "; ".join(f"{k.replace('_', ' ')}: {v[0]}" for k, v in errors.items()),
                           fields=errors)
    return changes


@ui_login_required
@require_POST
def settings_pause_view(request, name: str):
    reason = request.POST.get("reason", "")
    try:
        account = account_get_for_user(user=request.user, name=name, act=True)
    except EchoTradeError as error:
        return ui_error(error)
    try:
        account = account_pause(account=account, actor=request.user, reason=reason)
    except InvalidInput as error:
        response = _settings_partial(request, "pause", account, status=400, errors=error.fields,
                                     values={"reason": reason})
        return with_toast(response, error.message, "error")
    except EchoTradeError as error:
        return ui_error(error)
    response = _settings_partial(request, "pause", account)
    return with_toast(response, f"{account.name} is paused: no new signals are taken. Open positions stay.", "warn")


@ui_login_required
@require_POST
def settings_resume_view(request, name: str):
    try:
        account = account_get_for_user(user=request.user, name=name, act=True)
        account = account_resume(account=account, actor=request.user)
    except EchoTradeError as error:
        return ui_error(error)
    return with_toast(_settings_partial(request, "pause", account), f"{account.name} takes signals again.")


def _system_account(request, name: str) -> Account:
    account = account_get_for_user(user=request.user, name=name, act=True)
    if not request.user.is_staff:
        raise PermissionDenied("Only staff start or stop the whole system.")
    return account


def _system_answer(request, account: Account) -> HttpResponse:
    """The system block, and this account's emergency block out of band: both just changed."""
    account.refresh_from_db()
    context = settings_context(request, account)
    system = render(request, "ui/partials/settings_system.html", context).content.decode()
    pause = render(request, "ui/partials/settings_pause.html", {**context, "oob": True}).content.decode()
    return HttpResponse(system + pause)


@ui_login_required
@require_POST
def system_start_view(request, name: str):
    try:
        account = _system_account(request, name)
        system_start(actor=request.user)
    except EchoTradeError as error:
        return ui_error(error)
    return with_toast(_system_answer(request, account), "System started: every account takes signals, every bot runs.")


@ui_login_required
@require_POST
def system_stop_view(request, name: str):
    reason = request.POST.get("reason", "").strip() or "Emergency stop"
    try:
        account = _system_account(request, name)
        system_stop(actor=request.user, reason=reason)
    except EchoTradeError as error:
        return ui_error(error)
    return with_toast(_system_answer(request, account),
                      "Emergency stop: every account is paused and every bot stopped. Open positions stay.", "warn")


# --- Audit --------------------------------------------------------------------------------------
@ui_login_required
@require_safe
def audit_page(request, name: str):
    account = ui_account(request, name)
    filters, filter_errors = audit_filters_parse(request.GET)
    events = Paginator(audit_search(account=account, filters=filters), AUDIT_PAGE_SIZE).get_page(request.GET.get("page"))
    for event in events:
        event.changes = _changes(event)
    query = urlencode(filters.as_params())
    return render(request, "ui/audit.html", {
        **ui_page_context(request, account),
        "events": events,
        "filters": {key: request.GET.get(key, "").strip() for key in AUDIT_FILTER_PARAMS},
        "filter_errors": filter_errors,
        "filtered": bool(filters),
        "query": query,
        "facets": audit_facets(account=account),
        "export_formats": list(EXPORT_FORMATS),
    })


def _changes(event) -> list[tuple[str, object, object]]:
    """(field, before, after) for the table; values as stored, with nested ones as compact JSON."""
    before = event.before if isinstance(event.before, dict) else {}
    after = event.after if isinstance(event.after, dict) else {}

    def shown(value):
        return json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list)) else value

    return [(key, shown(before.get(key)), shown(after.get(key))) for key in {**before, **after}]


@ui_login_required
@require_safe
def audit_export(request, name: str, fmt: str):
    """The filtered log as a download; a filter that cannot be used refuses the export (400), never widens it."""
    account = ui_account(request, name)
    if fmt not in EXPORT_FORMATS:
        raise Http404("No such export format.")
    filters, filter_errors = audit_filters_parse(request.GET)
    if filter_errors:
        text = "Not exported. " + "; ".join(f"{k}: {v}" for k, v in filter_errors.items())
        return HttpResponse(text, status=400, content_type="text/plain; charset=utf-8")
    events = audit_search(account=account, filters=filters)
    rows = audit_rows(events)
    if fmt == "pdf":
        response = HttpResponse(audit_pdf(rows, account=account, filters=filters, total=events.count()),
                                content_type=EXPORT_FORMATS[fmt])
    else:
        chunks = csv_chunks(rows) if fmt == "csv" else json_chunks(rows, account=account, filters=filters)
        response = StreamingHttpResponse(_for_server(request, chunks), content_type=EXPORT_FORMATS[fmt])
    response["Content-Disposition"] = f"attachment; filename={export_filename(account, fmt)}"
    return response


def _for_server(request, chunks):
    """Under ASGI (daphne) Django would read a plain iterator whole before sending it; an async one
    that reads each chunk in the request's thread streams it in bounded memory instead."""
    if not isinstance(request, ASGIRequest):
        return chunks

    async def stream():
        while (chunk := await sync_to_async(next)(chunks, None)) is not None:
            yield chunk

    return stream()
