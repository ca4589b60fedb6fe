"""Creating the demo's accounts, traders, follows, bots and admin user: only what is missing.

A row that already exists is left exactly as it is (a user may have changed its settings since),
so running it twice creates nothing new. Each function appends what it did to ``lines``.
"""
from __future__ import annotations

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model

from accounts.models import Account, Membership
from accounts.services import membership_grant
from bots.models import Bot
from bots.services import bot_create
from echotrade.audit import audit_record
from operations.demo.catalog import ACCOUNTS, ACTOR_LABEL, BOTS, STARTING_BALANCE, TRADERS, D
from operations.services import account_open
from traders.models import Trader, TraderFollow
from traders.services import follow_set, trader_create


def demo_accounts_ensure(lines: list[str]) -> dict[str, Account]:
    accounts, created = {}, 0
    for name, profile in ACCOUNTS.items():
        account = Account.objects.filter(name=name).first()
        if account is None:
            # Traders are added after the accounts, and trader_create makes every account follow them.
            account = account_open(name=name, starting_balance=STARTING_BALANCE, actor_label=ACTOR_LABEL, **profile)
            created += 1
        accounts[name] = account
    lines.append(_count_line("Accounts", created, len(ACCOUNTS)))
    return accounts


def demo_traders_ensure(accounts: dict[str, Account], lines: list[str]) -> None:
    created = 0
    follows_before = TraderFollow.objects.filter(account__in=accounts.values()).count()
    for trader_id, name, source, multiplier, confidence, leverage, priority, extra in TRADERS:
        trader = Trader.objects.filter(pk=trader_id).first()
        if trader is None:
            trader = trader_create(
                id=trader_id, name=name, source=source, position_multiplier=D(multiplier),
                min_confidence=D(confidence), max_leverage=leverage, priority=priority, simulated=True,
                notes=f"Demo trader: the signal stream of {name} is simulated for the demo; "
                "no real signals from this source are received.",
                follow_all_accounts=True, actor_label=ACTOR_LABEL, **extra,
            )
            created += 1
        if trader.deleted_at is not None:
            continue  # someone deleted it: do not bring it back, not even as a follow
        for account in accounts.values():
            # Only a missing follow is added; a follow someone switched off stays off.
            if not TraderFollow.objects.filter(account=account, trader=trader).exists():
                follow_set(account=account, trader=trader, enabled=True)
    lines.append(_count_line("Traders", created, len(TRADERS)))
    follows_new = TraderFollow.objects.filter(account__in=accounts.values()).count() - follows_before
    lines.append(f"Follows: {follows_new} created")


def demo_bots_ensure(accounts: dict[str, Account], lines: list[str]) -> None:
    created = 0
    for name, account_name, strategy, parameters, symbols, timeframe in BOTS:
        if not Bot.objects.filter(name=name).exists():
            bot_create(
                name=name, account=accounts[account_name], strategy=strategy, parameters=parameters,
                symbols=symbols, timeframe=timeframe, actor_label=ACTOR_LABEL,
            )
            created += 1
    lines.append(_count_line("Bots", created, len(BOTS)))


def demo_admin_ensure(accounts: dict[str, Account], lines: list[str]) -> None:
    User = get_user_model()
    username = getattr(settings, "ECHOTRADE_ADMIN_USERNAME", "") or "admin"
    given_password = getattr(settings, "ECHOTRADE_ADMIN_PASSWORD", "")
    user = User._default_manager.filter(**{User.USERNAME_FIELD: username}).first()
    if user is None:
        password = given_password or secrets.token_urlsafe(12)
        user = User._default_manager.create_superuser(**{User.USERNAME_FIELD: username}, email="", password=password)
        audit_record(action="user.created", actor_label=ACTOR_LABEL, obj=user, message=f"Demo admin user {username}")
        if given_password:
            login = f"Log in at /admin/ as {username} with the password from ECHOTRADE_ADMIN_PASSWORD."
        else:
            # Shown this once only: it is stored hashed and never printed again.
            login = f"Log in at /admin/ as {username} with password: {password}  (shown only now)"
        lines.append(f"Admin user {username}: created")
    else:
        # An existing user's password and flags are theirs; the seeder never resets them.
        login = f"Log in at /admin/ as {username} (existing user, password unchanged)."
        lines.append(f"Admin user {username}: already there")
        if not (user.is_staff and user.is_superuser):
            lines.append(f"Note: {username} is not staff and superuser; the seeder leaves that as it is.")
    granted = 0
    for account in accounts.values():
        # A missing membership is added as owner; a role someone changed is kept.
        if not Membership.objects.filter(user=user, account=account).exists():
            membership_grant(user=user, account=account, role=Membership.Role.OWNER, actor_label=ACTOR_LABEL)
            granted += 1
    lines.append(f"Memberships for {username}: {granted} created")
    lines.append(login)


def _count_line(label: str, created: int, total: int) -> str:
    return f"{label}: {created} created, {total - created} already there"
