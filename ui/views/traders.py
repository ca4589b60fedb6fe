"""The Traders page of an account: one card per followed trader, its follow switch and its settings.

The follow switch is the account's own (members who may act); everything else is about the trader
itself, which every account shares: its ON/OFF, sliders, token chips, paper trading and promotion,
duplicate, delete and the Add-trader modal are for staff who may act on this account. Every
control saves through traders/services.py, the same code as the API, and answers with the card
redrawn (a new card out of band, nothing for a deleted one) and a toast; bad input answers 400
with the message next to its field and nothing saved.
"""
from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_POST, require_safe

from accounts.models import Account
from accounts.selectors import account_get_for_user, account_list_for_user
from analytics.paper import trader_paper_record, trader_promote_to_live
from analytics.trader_metrics import trader_basic_metrics
from echotrade.exceptions import (
    Conflict,
    EchoTradeError,
    InvalidInput,
    PermissionDenied,
)
from echotrade.limits import MIN_LEVERAGE, TRADER_MULTIPLIER_MAX, TRADER_MULTIPLIER_MIN
from echotrade.symbols import normalize_token_filter
from execution.selectors import account_summary
from signals.rules import token_filter_reason
from traders.models import Trader, TraderFollow
from traders.selectors import trader_get, trader_list
from traders.services import (
    follow_set,
    trader_create,
    trader_delete,
    trader_duplicate,
    trader_set_multiplier,
    trader_set_tokens,
    trader_toggle,
    trader_update,
)
from ui.forms import TraderAddForm, tokens_split
from ui.helpers import (
    range_step,
    ui_account,
    ui_error,
    ui_login_required,
    ui_page_context,
    with_toast,
)
from ui.trade_preview import management_context

# The position-size slider spans what the service accepts (echotrade/limits.py), so the card
# shows any trader's setting as it is and saving it unchanged keeps it.
MULTIPLIER_SLIDER_STEP = Decimal("0.1")
LEVERAGE_WARNING = 10
# The leverage slider runs 1× to 20× (the design's range); a trader set higher through the API
# keeps its value: the slider then reaches that far, so saving the card never lowers it unasked.
LEVERAGE_SLIDER_MAX = 20
TOKEN_LISTS = ("whitelist", "blacklist")
FILTERS = (("all", "All"), ("active", "Active"))


# --- Cards --------------------------------------------------------------------------------------
def card_context(request, *, account: Account, trader: Trader, can_act: bool,
                 errors: dict | None = None, values: dict | None = None, management: dict | None = None) -> dict:
    """One card: the trader, this account's follow, both metric blocks, the form's values and the
    trade-management block (``management``: its typed values, errors and whether it shows open)."""
    follow = TraderFollow.objects.filter(account=account, trader=trader).first()
    following = bool(follow and follow.enabled)
    overall = trader_basic_metrics(trader=trader, accounts=account_list_for_user(user=request.user))
    mine = trader_basic_metrics(trader=trader, accounts=Account.objects.filter(pk=account.pk))
    copied = mine["signals_copied"].get(account.name, {"decided": 0, "executed": 0})
    summary = account_summary(account=account)
    # Base size for this account before the trader's multiplier (execution/sizing.py, without the caps).
    base = account.base_position_pct * summary.equity * account.risk_multiplier
    values = values or {}
    return {
        "account": account,
        "trader": trader,
        "following": following,
        "live": trader.active and following,
        "can_act": can_act,
        "can_configure": can_act and request.user.is_staff,
        "overall": overall,
        "mine": mine,
        "copied": copied,
        "won": round(mine["win_rate"] * mine["closed_trades"]) if mine["win_rate"] is not None else 0,
        "base_amount": base,
        "position_amount": base * trader.position_multiplier,
        "slider_min": TRADER_MULTIPLIER_MIN,
        "slider_max": TRADER_MULTIPLIER_MAX,
        "slider_step": range_step(value=trader.position_multiplier, low=TRADER_MULTIPLIER_MIN, step=MULTIPLIER_SLIDER_STEP),
        "leverage_min": MIN_LEVERAGE,
        "leverage_warning": LEVERAGE_WARNING,
        "token_lists": [
            ("whitelist", trader.token_whitelist, "any token"),
            ("blacklist", trader.token_blacklist, "none"),
        ],
        "leverage_max": max(LEVERAGE_SLIDER_MAX, trader.max_leverage),
        # The promotion judges the record in every account, so only staff (who promote) see it.
        "paper_record": (
            trader_paper_record(trader=trader) if can_act and request.user.is_staff and trader.paper_trade_only else None
        ),
        "values": {
            "multiplier": values.get("multiplier", trader.position_multiplier.normalize()),
            "min_confidence": values.get("min_confidence", (trader.min_confidence * 100).normalize()),
            "max_leverage": values.get("max_leverage", trader.max_leverage),
            "whitelist": values.get("whitelist", ""),
            "blacklist": values.get("blacklist", ""),
        },
        "errors": errors or {},
        "management": management_context(
            account=account, trader=trader, equity=summary.equity, free_cash=summary.cash, **(management or {}),
        ),
    }


def _matches_token(trader: Trader, token: str) -> bool:
    """Whether the trader's token lists let ``token`` through (a base such as BTC, or a pair), as
    the pipeline's screening reads them."""
    symbol = token if "/" in token else f"{token}/USDT"
    refused = token_filter_reason(whitelist=trader.token_whitelist, blacklist=trader.token_blacklist, symbol=symbol)
    return refused is None


@ui_login_required
@require_safe
def traders_page(request, name: str):
    account = ui_account(request, name)
    page = ui_page_context(request, account)
    show = request.GET.get("show") if request.GET.get("show") in dict(FILTERS) else "all"
    token_text = request.GET.get("token", "").strip()
    try:
        token = normalize_token_filter(token_text) if token_text else ""
    except EchoTradeError:
        token = token_text.upper()
    following = set(
        TraderFollow.objects.filter(account=account, enabled=True).values_list("trader_id", flat=True)
    )
    active, paused = [], []
    for trader in trader_list():
        if token and not _matches_token(trader, token):
            continue
        if not trader.active:
            paused.append(trader)
        elif show == "all" or trader.pk in following:
            active.append(trader)
    if show != "all":
        paused = []  # "Active" means copying now: a paused trader is not
    return render(request, "ui/traders.html", {
        **page,
        "cards": [card_context(request, account=account, trader=t, can_act=page["can_act"]) for t in active],
        "paused_cards": [card_context(request, account=account, trader=t, can_act=page["can_act"]) for t in paused],
        "filters": FILTERS,
        "show": show,
        "token": token_text,
        "filtered": show != "all" or bool(token_text),
        "add_form": TraderAddForm() if page["can_act"] and request.user.is_staff else None,
    })


# --- Actions ------------------------------------------------------------------------------------
def account_and_trader(request, name: str, trader_id: str, *, staff: bool = False) -> tuple[Account, Trader]:
    """The account (the user may act on it) and the trader of an action; ``staff``: a trader's own setting."""
    account = account_get_for_user(user=request.user, name=name, act=True)
    if staff and not request.user.is_staff:
        raise PermissionDenied("Only staff change a trader's settings; they apply to every account.")
    trader = trader_get(trader_id=trader_id)
    if trader.source == Trader.Source.BOT:
        raise PermissionDenied("A bot is managed on the bots page.")
    return account, trader


def card_response(request, account: Account, trader: Trader, *, status: int = 200, **extra) -> HttpResponse:
    """The card redrawn after an action (``extra``: card_context's errors, values and management)."""
    card = card_context(request, account=account, trader=trader, can_act=True, **extra)
    return render(request, "ui/partials/trader_card.html", {"account": account, "card": card}, status=status)


@ui_login_required
@require_POST
def follow_view(request, name: str, trader_id: str):
    enabled = request.POST.get("enabled") == "on"
    try:
        account, trader = account_and_trader(request, name, trader_id)
        follow_set(account=account, trader=trader, enabled=enabled, actor=request.user)
    except EchoTradeError as error:
        return ui_error(error)
    verb = "copies" if enabled else "no longer copies"
    return with_toast(card_response(request, account, trader), f"{account.name} {verb} {trader.name}.")


@ui_login_required
@require_POST
def trader_toggle_view(request, name: str, trader_id: str):
    try:
        account, trader = account_and_trader(request, name, trader_id, staff=True)
        trader = trader_toggle(trader=trader, actor=request.user)
    except EchoTradeError as error:
        return ui_error(error)
    state = "on for every account that follows it" if trader.active else "off: its signals are filtered everywhere"
    return with_toast(card_response(request, account, trader), f"{trader.name} is {state}.", "ok" if trader.active else "warn")


@ui_login_required
@require_POST
def trader_settings_view(request, name: str, trader_id: str):
    typed = {key: request.POST.get(key, "").strip() for key in ("multiplier", "min_confidence", "max_leverage")}
    try:
        account, trader = account_and_trader(request, name, trader_id, staff=True)
    except EchoTradeError as error:
        return ui_error(error)
    try:
        # One save: a refused field leaves the others as they were too.
        with transaction.atomic():
            trader = _save_settings(trader, typed, actor=request.user)
    except InvalidInput as error:
        return _refused(request, account, trader, error, typed)
    except EchoTradeError as error:
        return ui_error(error)
    return with_toast(card_response(request, account, trader), f"{trader.name}'s settings saved.")


def _refused(request, account: Account, trader: Trader, error: InvalidInput, typed: dict) -> HttpResponse:
    """The card again with status 400, the message next to its field and what was typed kept."""
    trader.refresh_from_db()
    response = card_response(request, account, trader, status=400, errors=error.fields or {"card": [error.message]}, values=typed)
    return with_toast(response, error.message, "error")


def _save_settings(trader: Trader, typed: dict, *, actor) -> Trader:
    """Each setting through its service, and only when it changed (so the audit says what moved).
    The services check the multiplier's and the leverage's bounds."""
    multiplier = _number(typed["multiplier"], "multiplier")
    if multiplier != trader.position_multiplier:
        trader = trader_set_multiplier(trader=trader, multiplier=multiplier, actor=actor)
    confidence = _number(typed["min_confidence"], "min_confidence")
    if not 0 <= confidence <= 100:
        raise InvalidInput("Min confidence is a percentage, 0 to 100.", fields={"min_confidence": ["Must be 0 to 100 %."]})
    leverage = _number(typed["max_leverage"], "max_leverage")
    changes = {}
    if confidence / 100 != trader.min_confidence:
        changes["min_confidence"] = confidence / 100
    if leverage != trader.max_leverage:
        changes["max_leverage"] = leverage
    if changes:
        trader = trader_update(trader=trader, actor=actor, **changes)
    return trader


def _number(text: str, field: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite():
        raise InvalidInput(f"{field.replace('_', ' ')} must be a number.", fields={field: ["Must be a number."]})
    return value


@ui_login_required
@require_POST
def trader_tokens_view(request, name: str, trader_id: str):
    """One chip added to or removed from the whitelist or the blacklist."""
    which, action = request.POST.get("list", ""), request.POST.get("action", "add")
    typed = request.POST.get("token", "").strip()
    try:
        account, trader = account_and_trader(request, name, trader_id, staff=True)
    except EchoTradeError as error:
        return ui_error(error)
    try:
        if which not in TOKEN_LISTS or action not in ("add", "remove"):
            raise InvalidInput("Add to or remove from the whitelist or the blacklist.", fields={"card": ["Unknown token action."]})
        current = list(getattr(trader, f"token_{which}"))
        if action == "remove":
            wanted = [token for token in current if token != typed]
        else:
            if not tokens_split(typed):
                raise InvalidInput(f"Type a token to add to the {which}.", fields={which: ["Type a token such as BTC or ETH/USDT."]})
            wanted = current + tokens_split(typed)
        trader = trader_set_tokens(trader=trader, actor=request.user, **{which: wanted})
    except InvalidInput as error:
        return _refused(request, account, trader, error, {which: typed} if action == "add" else {})
    except EchoTradeError as error:
        return ui_error(error)
    done = f"{typed.upper()} {'added to' if action == 'add' else 'removed from'} {trader.name}'s {which}."
    return with_toast(card_response(request, account, trader), done)


@ui_login_required
@require_POST
def trader_paper_view(request, name: str, trader_id: str):
    """Back to paper trading. Leaving it is a promotion (below): that one checks the paper record."""
    try:
        account, trader = account_and_trader(request, name, trader_id, staff=True)
        trader = trader_update(trader=trader, actor=request.user, paper_trade_only=True)
    except EchoTradeError as error:
        return ui_error(error)
    return with_toast(card_response(request, account, trader), f"{trader.name} trades on paper only now: no live order anywhere.", "warn")


@ui_login_required
@require_POST
def trader_promote_view(request, name: str, trader_id: str):
    force = request.POST.get("force") == "on"
    try:
        account, trader = account_and_trader(request, name, trader_id, staff=True)
        trader = trader_promote_to_live(trader=trader, actor=request.user, force=force)
    except Conflict as error:
        # The service speaks to API callers ("send force"); here the override is a button on the card.
        return ui_error(Conflict(error.message.replace(
            "Send force to promote anyway.", "“Promote to live anyway” on the card overrides the criteria.",
        )))
    except EchoTradeError as error:
        return ui_error(error)
    return with_toast(card_response(request, account, trader), f"{trader.name} is promoted to live trading.")


@ui_login_required
@require_POST
def trader_delete_view(request, name: str, trader_id: str):
    """The card goes; the trader's signals, decisions and positions stay on record."""
    try:
        _, trader = account_and_trader(request, name, trader_id, staff=True)
        trader_delete(trader=trader, actor=request.user)
    except EchoTradeError as error:
        return ui_error(error)
    return with_toast(HttpResponse(""), f"{trader.name} deleted: no account copies it any more; its history stays on record.")


@ui_login_required
@require_POST
def trader_duplicate_view(request, name: str, trader_id: str):
    try:
        account, trader = account_and_trader(request, name, trader_id, staff=True)
        copy = trader_duplicate(trader=trader, actor=request.user)
    except EchoTradeError as error:
        return ui_error(error)
    response = _newcard_response(request, account, copy)
    return _with_events(response, f"{copy.name} added ({copy.pk}), switched off: give it a source, then switch it on.", copy)


@ui_login_required
@require_POST
def trader_add_view(request, name: str):
    """The Add-trader modal: the new card without a reload, or the form again with its errors."""
    try:
        account = account_get_for_user(user=request.user, name=name, act=True)
        if not request.user.is_staff:
            raise PermissionDenied("Only staff add traders; a trader applies to every account.")
    except EchoTradeError as error:
        return ui_error(error)
    form = TraderAddForm(request.POST)
    if form.is_valid():
        try:
            trader = trader_create(actor=request.user, **form.service_arguments())
        except EchoTradeError as error:
            form.add_service_errors(error.fields, error.message)
        except ValidationError as error:  # the model's own checks, should the form let something through
            form.add_service_errors(getattr(error, "message_dict", {}), "; ".join(error.messages))
        else:
            response = _newcard_response(request, account, trader, form=TraderAddForm())
            return _with_events(response, f"{trader.name} added; every account follows it.", trader)
    response = render(request, "ui/partials/trader_add_form.html", {"account": account, "form": form}, status=400)
    return with_toast(response, "The trader was not added: see the fields marked in the form.", "error")


def _newcard_response(request, account: Account, trader: Trader, *, form: TraderAddForm | None = None) -> HttpResponse:
    """The new card as an out-of-band insert at the top of its list (with the blank form when there is one)."""
    card = card_context(request, account=account, trader=trader, can_act=True)
    return render(request, "ui/partials/trader_new.html", {
        "account": account, "card": card, "form": form,
        "target": "trader-list" if trader.active else "paused-list",
    })


def _with_events(response: HttpResponse, message: str, trader: Trader) -> HttpResponse:
    """A toast, and ``trader-added`` (once the card is in the page) so traders.js closes the modal and shows it."""
    response = with_toast(response, message)
    response["HX-Trigger-After-Settle"] = json.dumps({"trader-added": {"id": trader.pk, "active": trader.active}})
    return response
