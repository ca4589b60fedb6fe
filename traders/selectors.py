"""Reads about traders: lists, lookups and the basic performance figures."""
from __future__ import annotations

from django.db.models import QuerySet

from echotrade.exceptions import NotFound
from echotrade.prepared import PreparedQuery
from traders.models import Trader


def trader_list(*, active: bool | None = None, source: str | None = None) -> QuerySet[Trader]:
    """Followed traders. A bot's own signal source is listed only when asked for (``source="bot"``):
    bots have their own page, and the trader list is about the people and channels followed."""
    traders = Trader.objects.filter(deleted_at__isnull=True)
    if active is not None:
        traders = traders.filter(active=active)
    if source:
        traders = traders.filter(source=source)
    else:
        traders = traders.exclude(source=Trader.Source.BOT)
    return traders


# Read on every trader endpoint and every signal received: compiled once (echotrade/prepared.py).
_TRADER_BY_ID = PreparedQuery(lambda trader_id: Trader.objects.filter(pk=trader_id, deleted_at__isnull=True), probe="probe")


def trader_find(*, trader_id: str) -> Trader | None:
    """The trader with this id (not deleted), or None."""
    return _TRADER_BY_ID.first(trader_id)


def trader_get(*, trader_id: str) -> Trader:
    trader = trader_find(trader_id=trader_id)
    if trader is None:
        raise NotFound(f"No trader with id '{trader_id}'.")
    return trader


