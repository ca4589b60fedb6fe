"""Reads about the whole system (the settings page's system switch)."""
from __future__ import annotations

from accounts.models import Account
from bots.models import Bot


def system_state() -> dict[str, int]:
    """The whole system's switch at a glance: how many accounts are paused, how many bots run."""
    return {
        "accounts_paused": Account.objects.filter(paused=True).count(), "accounts": Account.objects.count(),
        "bots_enabled": Bot.objects.filter(enabled=True).count(), "bots": Bot.objects.count(),
    }
