"""The beat schedule, kept in the database (django-celery-beat) so the admin can edit it.

``schedules_ensure`` creates what is missing and leaves rows someone changed alone.
"""
from __future__ import annotations

from django.conf import settings
from django.db import transaction
from django_celery_beat.models import CrontabSchedule, IntervalSchedule, PeriodicTask

DEMO_SIGNAL_SECONDS = 15


def _every(seconds: float) -> IntervalSchedule:
    # IntervalSchedule counts whole units; a sub-second tick is not offered by beat anyway.
    schedule, _ = IntervalSchedule.objects.get_or_create(every=max(1, int(seconds)), period=IntervalSchedule.SECONDS)
    return schedule


def schedule_definitions() -> list[dict]:
    daily, _ = CrontabSchedule.objects.get_or_create(minute="5", hour="0", day_of_week="*", day_of_month="*", month_of_year="*", timezone="UTC")
    summaries, _ = CrontabSchedule.objects.get_or_create(minute="15", hour="0", day_of_week="*", day_of_month="*", month_of_year="*", timezone="UTC")
    return [
        {"name": "Market tick: prices, feed and position monitor", "task": "execution.tasks.market_tick",
         "interval": _every(settings.MARKET_TICK_SECONDS), "expire_seconds": 10},
        {"name": "Run due bots", "task": "bots.tasks.run_due_bots", "interval": _every(15), "expire_seconds": 30},
        # The demo's simulated traders: a few signals a minute (nothing without simulated traders).
        {"name": "Demo desk: a simulated trader posts a signal", "task": "operations.tasks.post_demo_signal",
         "interval": _every(DEMO_SIGNAL_SECONDS), "expire_seconds": DEMO_SIGNAL_SECONDS},
        {"name": "Re-enqueue undecided signals", "task": "signals.tasks.sweep_undecided_signals", "interval": _every(30)},
        {"name": "Daily performance snapshots", "task": "analytics.tasks.daily_snapshots", "crontab": daily},
        # Binance changes its maintenance tiers rarely; without a USDⓈ-M key this does nothing.
        {"name": "Refresh Binance maintenance-margin tiers", "task": "execution.tasks.refresh_leverage_tiers",
         "crontab": daily},
        # Each account that asked for it is told how the UTC day just ended went.
        {"name": "Daily summary notifications", "task": "analytics.tasks.send_daily_summaries", "crontab": summaries},
        {"name": "Evaluate trader alerts", "task": "analytics.tasks.evaluate_trader_alerts", "interval": _every(300)},
        {"name": "Recompute trader ranking", "task": "analytics.tasks.recompute_trader_ranking", "interval": _every(3600)},
        {"name": "Follow Binance leaderboard traders", "task": "signals.sources.binance.tasks.sync_leaderboard_traders",
         "interval": _every(60), "expire_seconds": 55},
        {"name": "Follow Binance copy-trading lead portfolios", "task": "signals.sources.binance.tasks.sync_copy_trading_traders",
         "interval": _every(60), "expire_seconds": 55},
    ]


@transaction.atomic
def schedules_ensure() -> tuple[int, int]:
    """Create the missing periodic tasks. Returns (created, already there)."""
    created = 0
    definitions = schedule_definitions()
    for definition in definitions:
        name = definition.pop("name")
        _, is_new = PeriodicTask.objects.get_or_create(name=name, defaults=definition)
        created += is_new
    return created, len(definitions) - created
