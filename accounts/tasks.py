"""Celery tasks for accounts."""
from celery import shared_task

from accounts.models import Account
from accounts.services import snapshot_take
from traders.services import trader_snapshot_take


@shared_task
def daily_snapshots() -> int:
    """One performance snapshot per account and per trader for today (safe to run twice)."""
    for account in Account.objects.all():
        snapshot_take(account=account)
    from traders.models import Trader

    for trader in Trader.objects.filter(deleted_at__isnull=True):
        trader_snapshot_take(trader=trader)
    return Account.objects.count()
