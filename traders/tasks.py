"""Celery tasks for traders: thin wrappers over the services, safe to run twice."""
from celery import shared_task

from traders import services
from traders.models import Trader


@shared_task(ignore_result=True)
def evaluate_trader_alerts() -> int:
    """Check every active trader's alert rules (beat); returns how many alerts triggered."""
    fired = 0
    for trader in Trader.objects.filter(active=True, deleted_at__isnull=True):
        fired += len(services.alerts_evaluate(trader=trader))
    return fired


@shared_task(ignore_result=True)
def recompute_trader_ranking() -> int:
    """Store a fresh leaderboard (beat); returns how many traders were scored."""
    return len(services.trader_ranking_record())


# Celery discovers tasks in <app>/tasks.py only: import the leaderboard task so workers register it.
from traders.leaderboard.tasks import sync_leaderboard_traders  # noqa: E402,F401
from traders.backtest_tasks import run_trader_backtest  # noqa: E402,F401
