"""The beat task that follows every active leaderboard trader.

Registered with the worker through ``traders/tasks.py`` (Celery autodiscovery only imports
``<app>/tasks.py``); scheduled every 60 s in ``echotrade/schedules.py``.
"""
from __future__ import annotations

import logging

from celery import shared_task

from echotrade.exceptions import EchoTradeError
from signals.sources.binance.client import LeaderboardClient
from signals.sources.binance.sync import leaderboard_sync
from traders.models import Trader

logger = logging.getLogger(__name__)


def leaderboard_traders():
    return Trader.objects.filter(
        source=Trader.Source.BINANCE, active=True, deleted_at__isnull=True
    ).exclude(handle="").order_by("priority", "pk")


@shared_task(acks_late=True)
def sync_leaderboard_traders() -> dict[str, str]:
    """Sync each trader in turn through one client, so the process-wide rate limit holds.

    Safe to run twice, even at once: each sync locks its trader and an unchanged answer does
    nothing. One trader's failure (Binance down, a wrong UID) is logged and the others go on.
    """
    client = LeaderboardClient()
    results: dict[str, str] = {}
    for trader in leaderboard_traders():
        try:
            results[trader.pk] = leaderboard_sync(trader=trader, client=client).summary()
        except EchoTradeError as error:
            logger.warning("Leaderboard sync of %s failed: %s", trader.pk, error.message)
            results[trader.pk] = f"failed: {error.message}"
    return results
