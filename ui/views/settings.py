"""The Settings (risk) page: emergency pause, the account's global overrides, the whole system's switch."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_POST, require_safe

from accounts.models import Account, Membership, NotificationSetting
from accounts.notifications import notification_setting_get, notification_setting_public, notification_setting_update
from accounts.selectors import account_get_for_user, account_role_for_user
from accounts.services import (
    RISK_OVERRIDE_FIELDS,
    account_pause,
    account_resume,
    account_update_risk,
)
from echotrade.exceptions import (
    EchoTradeError,
    InvalidInput,
    PermissionDenied,
)
from echotrade.fields import decimal_text
from echotrade.limits import GLOBAL_MULTIPLIER_MAX, GLOBAL_MULTIPLIER_MIN
from execution.selectors import account_summary
from operations.selectors import system_state
from operations.services import system_start, system_stop
from ui.helpers import (
    range_step,
    ui_account,
    ui_error,
    ui_login_required,
    ui_page_context,
    with_toast,
)
from ui.views.settings_sizing import settings_sizing_page_context

# --- Settings / risk ----------------------------------------------------------------------------
# Pause and resume are for members who may act (as POST /api/accounts/{name}/pause); the risk
# form is for owners (Membership.Role.OWNER "may act and change risk settings"); the whole
# system's switch is for staff (as /api/system/*, IsAdminUser) who may act on this account.
RISK_FORM_FIELDS = RISK_OVERRIDE_FIELDS
GLOBAL_MULTIPLIER_SLIDER_STEP = Decimal("0.05")


@ui_login_required
@require_safe
def settings_page(request, name: str):
    account = ui_account(request, name)
    page = ui_page_context(request, account)
    context = {
        **page, **settings_context(request, account), **notifications_context(account),
        **settings_sizing_page_context(request, account),
    }
    return render(request, "ui/settings.html", context)


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
        # The service's bounds; the step keeps a value set elsewhere (1.33×) as it is when saved.
        "multiplier_step": range_step(
            value=account.global_position_multiplier, low=GLOBAL_MULTIPLIER_MIN, step=GLOBAL_MULTIPLIER_SLIDER_STEP,
        ),
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




# --- Notifications: what the account is told, and where ------------------------------------------
# For members who may act (as PUT /api/accounts/{name}/notifications), through the same service.
# A webhook URL is a secret: the form never shows it back, only its hint; an empty webhook field
# keeps the saved one and "remove" clears it.
NOTIFICATION_WEBHOOKS = ("discord_webhook_url", "slack_webhook_url")


def notifications_context(account: Account, *, errors: dict | None = None, values: dict | None = None) -> dict:
    public = notification_setting_public(notification_setting_get(account=account))
    shown = {**public, **(values or {})}
    return {
        "notifications": public,
        "notification_events": [
            (value, label, value in shown["events"]) for value, label in NotificationSetting.Event.choices
        ],
        "notification_channels": [
            (value, label, value in shown["channels"], public["server_destinations"][value])
            for value, label in NotificationSetting.Channel.choices
        ],
        "chosen_events": [label for value, label in NotificationSetting.Event.choices if value in public["events"]],
        "chosen_channels": [label for value, label in NotificationSetting.Channel.choices if value in public["channels"]],
        "notification_values": shown,
        "notification_errors": errors or {},
    }


@ui_login_required
@require_POST
def settings_notifications_view(request, name: str):
    try:
        account = account_get_for_user(user=request.user, name=name, act=True)
    except EchoTradeError as error:
        return ui_error(error)
    changes: dict = {
        "events": request.POST.getlist("events"), "channels": request.POST.getlist("channels"),
        "telegram_chat_id": request.POST.get("telegram_chat_id", ""), "email": request.POST.get("email", ""),
    }
    for field in NOTIFICATION_WEBHOOKS:
        typed = request.POST.get(field, "").strip()
        if request.POST.get(f"{field}_remove") == "on":
            changes[field] = ""
        elif typed:
            changes[field] = typed
    try:
        notification_setting_update(account=account, actor=request.user, changes=changes)
    except InvalidInput as error:
        # What was typed comes back, except a webhook URL (a secret is never written into a page).
        values = {k: v for k, v in changes.items() if k not in NOTIFICATION_WEBHOOKS}
        context = {"account": account, "can_act": True,
                   **notifications_context(account, errors=error.fields or {"form": [error.message]}, values=values)}
        response = render(request, "ui/partials/settings_notifications.html", context, status=400)
        return with_toast(response, error.message, "error")
    except EchoTradeError as error:
        return ui_error(error)
    context = {"account": account, "can_act": True, **notifications_context(account)}
    response = render(request, "ui/partials/settings_notifications.html", context)
    return with_toast(response, f"{account.name}'s notifications saved.")
