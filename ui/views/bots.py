"""The Bots page of an account: its strategy bots, their ranking, start/stop, and the ensemble's votes.

Start and stop run ``bots.services.bot_set_enabled`` (audited), the same service the admin and
API use, and answer with the bot's card redrawn and a toast; the votes board then refreshes
itself. Viewers see no controls, and their POSTs are refused by ``account_get_for_user(act=True)``.
"""
from __future__ import annotations

import json

from django.conf import settings
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_POST, require_safe

from accounts.models import Account
from accounts.selectors import account_get_for_user
from analytics.bot_ranking import bot_ranking
from bots.models import Bot
from bots.selectors import (
    bot_get,
    bot_last_signal,
    bot_list,
    bot_status,
    ensemble_board,
)
from bots.services import bot_set_enabled
from echotrade.exceptions import EchoTradeError, InvalidInput
from ui.helpers import (
    ui_account,
    ui_error,
    ui_login_required,
    ui_page_context,
    with_toast,
)

ENABLED_VALUES = {"on": True, "off": False}


def bot_card(bot: Bot, *, can_act: bool, error: str = "") -> dict:
    signal, decision = bot_last_signal(bot)
    return {
        "bot": bot,
        "status": bot_status(bot, now=timezone.now(), every_seconds=settings.BOT_RUN_EVERY_SECONDS),
        "signal": signal,
        "decision": decision,
        "can_act": can_act,
        "error": error,
    }


def votes_context(account: Account) -> dict:
    return {"account": account, "board": ensemble_board(account=account, now=timezone.now()),
            "every_seconds": settings.BOT_RUN_EVERY_SECONDS}


@ui_login_required
@require_safe
def bots_page(request, name: str):
    account = ui_account(request, name)
    page = ui_page_context(request, account)
    bots = list(bot_list(account=account))
    ranking = bot_ranking(bots)
    return render(request, "ui/bots.html", {
        **page,
        **votes_context(account),
        "cards": [bot_card(bot, can_act=page["can_act"]) for bot in bots],
        "ranking": ranking,
        "ranked": any(row["closed_trades"] for row in ranking),
    })


@ui_login_required
@require_safe
def bot_votes_partial(request, name: str):
    account = ui_account(request, name)
    return render(request, "ui/partials/bot_votes.html", votes_context(account))


@ui_login_required
@require_POST
def bot_enabled_view(request, name: str, bot_id: int):
    """``enabled=on`` starts the bot, ``enabled=off`` stops it (the page asks before a stop)."""
    try:
        account = account_get_for_user(user=request.user, name=name, act=True)
        bot = bot_get(account=account, bot_id=bot_id)
    except EchoTradeError as error:
        return ui_error(error)
    typed = request.POST.get("enabled", "")
    if typed not in ENABLED_VALUES:
        error = InvalidInput(f"'enabled' must be 'on' or 'off', not '{typed[:20]}'.")
        response = render(request, "ui/partials/bot_card.html", {
            "account": account, "card": bot_card(bot, can_act=True, error=error.message),
        }, status=400)
        return with_toast(response, error.message, "error")
    try:
        bot = bot_set_enabled(bot=bot, enabled=ENABLED_VALUES[typed], actor=request.user)
    except EchoTradeError as error:
        return ui_error(error)
    response = render(request, "ui/partials/bot_card.html", {"account": account, "card": bot_card(bot, can_act=True)})
    if bot.enabled:
        response = with_toast(response, f"{bot.name} started: it runs with the next beat.")
    else:
        response = with_toast(response, f"{bot.name} stopped: no new votes or signals. Its open positions stay open.", "warn")
    # The ensemble counts enabled bots only: the votes board redraws itself on this event.
    triggers = json.loads(response["HX-Trigger"])
    response["HX-Trigger"] = json.dumps({**triggers, "bots-changed": {}})
    return response
