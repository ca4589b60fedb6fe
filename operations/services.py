"""Operations that drive several layers at once: opening an account that follows every trader,
and the whole system's start and emergency stop."""
from __future__ import annotations

from django.db import transaction

from accounts.models import Account, Membership
from accounts.services import account_create, account_pause, account_resume, membership_grant
from bots.models import Bot
from bots.services import bot_set_enabled
from echotrade.audit import audit_record
from traders.models import TraderFollow
from traders.services import account_follow_all


@transaction.atomic
def system_start(*, actor=None):
    """"Start complete system": every account takes signals, every bot runs, every follow is on."""
    for account in Account.objects.filter(paused=True):
        account_resume(account=account, actor=actor)
    for bot in Bot.objects.filter(enabled=False).select_related("account"):
        bot_set_enabled(bot=bot, enabled=True, actor=actor)
    follows = TraderFollow.objects.filter(enabled=False, trader__deleted_at__isnull=True).update(enabled=True)
    audit_record(action="system.started", actor=actor, message=f"all accounts resumed, bots started, {follows} follow(s) switched on")


@transaction.atomic
def system_stop(*, actor=None, reason: str = "Emergency stop"):
    """"Emergency stop": no new entries anywhere (accounts paused, bots stopped); open positions stay."""

    for account in Account.objects.filter(paused=False):
        account_pause(account=account, actor=actor, reason=reason)
    for bot in Bot.objects.filter(enabled=True).select_related("account"):
        bot_set_enabled(bot=bot, enabled=False, actor=actor)
    audit_record(action="system.stopped", actor=actor, message=reason)


@transaction.atomic
def account_open(*, actor=None, actor_label: str = "system", owner=None, **fields) -> Account:
    """A new account (``account_create``'s fields, checked there) that follows every trader, as the
    demo's do. ``owner``, a user, gets an owner membership (whoever opened it from the API)."""
    account = account_create(actor=actor, actor_label=actor_label, **fields)
    account_follow_all(account=account)
    if owner is not None:
        membership_grant(user=owner, account=account, role=Membership.Role.OWNER, actor=actor, actor_label=actor_label)
    return account
