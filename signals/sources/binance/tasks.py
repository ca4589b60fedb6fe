"""The beat tasks that follow every active Binance trader: leaderboard UIDs and copy-trading lead portfolios.

Registered with the worker through ``signals/tasks.py`` (Celery autodiscovery only imports
``<app>/tasks.py``); scheduled every 60 s in ``operations/schedules.py``.
"""
from __future__ import annotations

import logging

from celery import shared_task

from echotrade.exceptions import EchoTradeError
from signals.sources.binance.client import BinanceWebClient, LeaderboardClient
from signals.sources.binance.copy_trading import CopyTradingClient
from signals.sources.binance.sync import FEEDS, positions_sync
from traders.models import Trader

logger = logging.getLogger(__name__)

CLIENTS: dict[str, type[BinanceWebClient]] = {
    Trader.Source.BINANCE: LeaderboardClient,
    Trader.Source.BINANCE_COPY: CopyTradingClient,
}


def binance_traders(source: str):
    """The active traders of one Binance source that name their leader (a UID, a portfolio id)."""
    return Trader.objects.filter(source=source, active=True, deleted_at__isnull=True).exclude(
        **{FEEDS[source].key_field: ""}
    ).order_by("priority", "pk")


def leaderboard_traders():
    return binance_traders(Trader.Source.BINANCE)


def copy_trading_traders():
    return binance_traders(Trader.Source.BINANCE_COPY)


def binance_sync_all(source: str) -> dict[str, str]:
    """Sync each trader of ``source`` in turn through one client, so the process-wide rate limit holds.

    Safe to run twice, even at once: each sync locks its trader and an unchanged answer does
    nothing. One trader's failure (Binance down, a wrong id) is logged and the others go on.
    """
    client = CLIENTS[source]()
    results: dict[str, str] = {}
    for trader in binance_traders(source):
        try:
            results[trader.pk] = positions_sync(trader=trader, client=client).summary()
        except EchoTradeError as error:
            logger.warning("%s sync of %s failed: %s", client.label, trader.pk, error.message)
            results[trader.pk] = f"failed: {error.message}"
    return results


@shared_task(acks_late=True)
def sync_leaderboard_traders() -> dict[str, str]:
    return binance_sync_all(Trader.Source.BINANCE)


@shared_task(acks_late=True)
def sync_copy_trading_traders() -> dict[str, str]:
    return binance_sync_all(Trader.Source.BINANCE_COPY)
