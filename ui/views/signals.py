"""The Signals page of an account: its decision feed, the approval queue and its trading schedule.

Anyone who is a member reads the page; Approve / Reject and the schedule's add and delete are for
members who may act. Each action calls one service in signals/services/ (the same code as the API)
and answers with the redrawn row or schedule and a toast; a refused action answers 4xx, never 500.
"""
from __future__ import annotations

from datetime import UTC, datetime, time
from decimal import Decimal, InvalidOperation

from django.core.paginator import Paginator
from django.db.models import DecimalField, ExpressionWrapper, F
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_POST, require_safe

from accounts.models import Account
from accounts.selectors import account_get_for_user
from echotrade.exceptions import EchoTradeError, InvalidInput, NotFound
from echotrade.symbols import normalize_symbol
from signals import services
from signals.models import BlackoutPeriod, SignalDecision, TradingWindow
from signals.selectors import decision_get_for_user, decision_pending_list
from traders.models import Trader
from traders.selectors import trader_list
from ui.helpers import (
    ui_account,
    ui_error,
    ui_login_required,
    ui_page_context,
    with_toast,
)

FEED_PAGE_SIZE = 50
FILTER_KEYS = ("symbol", "trader", "source", "outcome", "min_confidence", "min_size", "max_size")
# "Size" is what the feed's Size column shows for an executed copy: its notional in the account's
# quote currency when it opened (initial quantity × entry price), whatever was closed since.
ENTRY_NOTIONAL = ExpressionWrapper(
    F("position__entry_price") * F("position__initial_quantity"), output_field=DecimalField(max_digits=40, decimal_places=2),
)
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


# --- Page ---------------------------------------------------------------------------------------
@ui_login_required
@require_safe
def signals_page(request, name: str):
    account = ui_account(request, name)
    page = ui_page_context(request, account)
    filters, filter_errors = _parse_filters(request.GET)
    decisions = _feed(account, filters)
    feed = Paginator(decisions, FEED_PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "ui/signals.html", {
        **page,
        "feed": feed,
        "feed_query": query.urlencode(),
        "filters": {key: request.GET.get(key, "").strip() for key in FILTER_KEYS},
        "filter_errors": filter_errors,
        "filtered": bool(filters),
        "traders": trader_list(),
        "sources": Trader.Source.choices,
        "outcomes": SignalDecision.Outcome.choices,
        "pending": decision_pending_list(account=account).select_related("decided_by").order_by("-created_at"),
        **schedule_context(account),
    })


def _parse_filters(params) -> tuple[dict, dict]:
    """The feed's GET filters; a value that cannot be a filter is reported next to its field and ignored."""
    filters, errors = {}, {}
    symbol = params.get("symbol", "").strip()
    if symbol:
        try:
            filters["symbol"] = normalize_symbol(symbol)
        except InvalidInput as error:
            errors["symbol"] = error.message
    if trader := params.get("trader", "").strip():
        filters["trader"] = trader
    if source := params.get("source", "").strip():
        if source in Trader.Source.values:
            filters["source"] = source
        else:
            errors["source"] = f"One of {', '.join(Trader.Source.values)}."
    if outcome := params.get("outcome", "").strip():
        if outcome in SignalDecision.Outcome.values:
            filters["outcome"] = outcome
        else:
            errors["outcome"] = f"One of {', '.join(SignalDecision.Outcome.values)}."
    if confidence := params.get("min_confidence", "").strip():
        try:
            value = Decimal(confidence)
        except InvalidOperation:
            value = None
        if value is None or not value.is_finite() or not 0 <= value <= 100:
            errors["min_confidence"] = "A percentage, 0 to 100."
        else:
            filters["min_confidence"] = value / 100
    for key in ("min_size", "max_size"):
        if text := params.get(key, "").strip():
            value = _amount(text)
            if value is None:
                errors[key] = "An amount of 0 or more."
            else:
                filters[key] = value
    if filters.get("min_size") is not None and filters.get("max_size") is not None and filters["min_size"] > filters["max_size"]:
        errors["max_size"] = "At least the 'from' size."
        del filters["max_size"]
    return filters, errors


def _amount(text: str) -> Decimal | None:
    try:
        value = Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None
    return value if value.is_finite() and value >= 0 else None


def _feed(account: Account, filters: dict):
    decisions = (
        SignalDecision.objects.filter(account=account)
        .select_related("signal__trader", "decided_by")
        .annotate(entry_notional=ENTRY_NOTIONAL)
        .order_by("-created_at", "-pk")
    )
    if "symbol" in filters:
        decisions = decisions.filter(signal__symbol=filters["symbol"])
    if "trader" in filters:
        decisions = decisions.filter(signal__trader_id=filters["trader"])
    if "source" in filters:
        decisions = decisions.filter(signal__trader__source=filters["source"])
    if "outcome" in filters:
        decisions = decisions.filter(outcome=filters["outcome"])
    if "min_confidence" in filters:
        decisions = decisions.filter(signal__confidence__gte=filters["min_confidence"])
    # A size filter keeps executed copies only: a filtered or rejected signal opened nothing.
    if "min_size" in filters:
        decisions = decisions.filter(entry_notional__gte=filters["min_size"])
    if "max_size" in filters:
        decisions = decisions.filter(entry_notional__lte=filters["max_size"])
    return decisions


def schedule_context(account: Account, *, errors: dict | None = None, values: dict | None = None) -> dict:
    return {
        "windows": TradingWindow.objects.filter(account=account).order_by("start_time"),
        "blackouts": BlackoutPeriod.objects.filter(account=account).order_by("starts_at"),
        "weekdays": list(enumerate(WEEKDAYS)),
        "schedule_errors": errors or {},
        "schedule_values": values or {},
    }


# --- Approval queue -----------------------------------------------------------------------------
def _decision(request, name: str, decision_id: int) -> SignalDecision:
    account = account_get_for_user(user=request.user, name=name, act=True)
    decision = decision_get_for_user(user=request.user, decision_id=decision_id, act=True)
    if decision.account_id != account.pk:
        raise NotFound(f"No decision #{decision_id} in {account.name}.")
    return decision


def _row(request, decision: SignalDecision) -> HttpResponse:
    decision = (
        SignalDecision.objects.select_related("signal__trader", "account", "decided_by")
        .annotate(entry_notional=ENTRY_NOTIONAL).get(pk=decision.pk)
    )
    return render(request, "ui/partials/signal_row.html", {
        "account": decision.account, "d": decision, "queue": True, "can_act": True,
    })


@ui_login_required
@require_POST
def decision_approve_view(request, name: str, decision_id: int):
    try:
        decision = services.decision_approve(decision=_decision(request, name, decision_id), actor=request.user)
    except EchoTradeError as error:
        return ui_error(error)
    if decision.outcome == SignalDecision.Outcome.EXECUTED:
        return with_toast(_row(request, decision), f"Signal #{decision.signal_id} approved and executed.")
    why = decision.get_reason_display() or decision.get_outcome_display()
    return with_toast(_row(request, decision), f"Signal #{decision.signal_id} approved but {decision.outcome}: {why}.", "warn")


@ui_login_required
@require_POST
def decision_reject_view(request, name: str, decision_id: int):
    try:
        decision = services.decision_reject(decision=_decision(request, name, decision_id), actor=request.user)
    except EchoTradeError as error:
        return ui_error(error)
    return with_toast(_row(request, decision), f"Signal #{decision.signal_id} rejected.")


# --- Trading windows and blackouts --------------------------------------------------------------
def _schedule(request, account: Account, *, status: int = 200, **extra) -> HttpResponse:
    context = {"account": account, "can_act": True, **schedule_context(account, **extra)}
    return render(request, "ui/partials/signal_schedule.html", context, status=status)


def _refused(request, account: Account, error: InvalidInput, values: dict) -> HttpResponse:
    errors = error.fields or {"schedule": [error.message]}
    return with_toast(_schedule(request, account, status=400, errors=errors, values=values), error.message, "error")


@ui_login_required
@require_POST
def window_add_view(request, name: str):
    values = {key: request.POST.get(key, "").strip() for key in ("start_time", "end_time")}
    values["weekdays"] = request.POST.getlist("weekdays")
    try:
        account = account_get_for_user(user=request.user, name=name, act=True)
    except EchoTradeError as error:
        return ui_error(error)
    try:
        window = services.trading_window_create(
            account=account, start_time=_time(values["start_time"], "start_time"),
            end_time=_time(values["end_time"], "end_time"), weekdays=_weekdays(values["weekdays"]), actor=request.user,
        )
    except InvalidInput as error:
        return _refused(request, account, error, values)
    except EchoTradeError as error:
        return ui_error(error)
    return with_toast(_schedule(request, account), f"Trading window {window.start_time:%H:%M}–{window.end_time:%H:%M} UTC added.")


@ui_login_required
@require_POST
def window_delete_view(request, name: str, window_id: int):
    return _schedule_delete(
        request, name, TradingWindow, window_id, "Trading window",
        lambda window: services.trading_window_delete(window=window, actor=request.user),
    )


@ui_login_required
@require_POST
def blackout_add_view(request, name: str):
    values = {key: request.POST.get(key, "").strip() for key in ("starts_at", "ends_at", "reason")}
    try:
        account = account_get_for_user(user=request.user, name=name, act=True)
    except EchoTradeError as error:
        return ui_error(error)
    try:
        services.blackout_create(
            account=account, starts_at=_datetime(values["starts_at"], "starts_at"),
            ends_at=_datetime(values["ends_at"], "ends_at"), reason=values["reason"], actor=request.user,
        )
    except InvalidInput as error:
        return _refused(request, account, error, values)
    except EchoTradeError as error:
        return ui_error(error)
    return with_toast(_schedule(request, account), "Blackout period added.")


@ui_login_required
@require_POST
def blackout_delete_view(request, name: str, blackout_id: int):
    return _schedule_delete(
        request, name, BlackoutPeriod, blackout_id, "Blackout period",
        lambda blackout: services.blackout_delete(blackout=blackout, actor=request.user),
    )


def _schedule_delete(request, name: str, model, pk: int, label: str, delete):
    """Delete one of the account's time rules through its service; another account's is a 404."""
    try:
        account = account_get_for_user(user=request.user, name=name, act=True)
        rule = model.objects.filter(account=account, pk=pk).first()
        if rule is None:
            raise NotFound(f"No {label.lower()} #{pk} in {account.name}.")
        delete(rule)
    except EchoTradeError as error:
        return ui_error(error)
    return with_toast(_schedule(request, account), f"{label} deleted.")


def _time(text: str, field: str) -> time:
    try:
        return time.fromisoformat(text)
    except ValueError:
        raise InvalidInput("Times are HH:MM (UTC).", fields={field: ["Enter a time as HH:MM."]}) from None


def _weekdays(texts: list[str]) -> list[int]:
    if not all(text.isdigit() and 0 <= int(text) <= 6 for text in texts):
        raise InvalidInput("Weekdays are Monday to Sunday.", fields={"weekdays": ["Pick days of the week."]})
    return [int(text) for text in texts]


def _datetime(text: str, field: str) -> datetime:
    """A datetime-local value, read as UTC (the page says so)."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise InvalidInput("Dates are YYYY-MM-DD HH:MM (UTC).", fields={field: ["Enter a date and time."]}) from None
    return value if timezone.is_aware(value) else value.replace(tzinfo=UTC)
