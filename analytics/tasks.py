"""Celery tasks of the analytics layer: the trader backtest job, daily snapshots, trader alerts,
the ranking and the accounts' daily summaries. Thin and safe to run twice.
"""
from __future__ import annotations

import logging
from datetime import date, timedelta
from decimal import Decimal

from celery import shared_task
from django.db import transaction
from django.utils import timezone

from accounts.models import Account, NotificationSetting
from accounts.notifications import notification_queue, notification_settings_wanting, notification_summary_claim
from analytics import alerts, ranking, snapshots
from analytics.backtests.trader_replay import trader_backtest_run
from analytics.summary import account_daily_summary
from echotrade.audit import audit_record
from echotrade.fields import decimal_text
from traders.models import BacktestJob, Trader

logger = logging.getLogger(__name__)
Status = BacktestJob.Status


@transaction.atomic
def backtest_job_create(*, trader: Trader, account: Account, days: int, initial_capital: Decimal, actor) -> BacktestJob:
    """Queue a backtest; the task is sent once the job row is committed."""
    job = BacktestJob.objects.create(
        trader=trader, account=account, created_by=actor,
        parameters={"days": days, "initial_capital": decimal_text(initial_capital)},
    )
    audit_record(
        action="backtest.started", account=account, actor=actor, obj=job,
        message=f"{trader.name}: last {days} days from {decimal_text(initial_capital)}", after=job.parameters,
    )
    transaction.on_commit(lambda: run_trader_backtest.delay(str(job.pk)))
    return job


@shared_task(ignore_result=True)
def run_trader_backtest(job_id: str) -> str:
    """Run one queued job; returns its final status. Safe to run twice: only a queued job starts."""
    # The conditional UPDATE is the claim: of two workers handed the same job, one sees 0 rows.
    claimed = BacktestJob.objects.filter(pk=job_id, status=Status.QUEUED).update(status=Status.RUNNING, progress=0)
    if claimed != 1:
        return BacktestJob.objects.filter(pk=job_id).values_list("status", flat=True).first() or "missing"
    job = BacktestJob.objects.select_related("trader", "account").get(pk=job_id)
    try:
        result = trader_backtest_run(
            trader=job.trader, account=job.account, days=int(job.parameters["days"]),
            initial_capital=Decimal(str(job.parameters["initial_capital"])),
            progress=lambda pct: _progress(job_id, pct),
        )
    except Exception as error:  # any failure must end the job, not leave it running
        logger.exception("Backtest %s failed", job_id)
        BacktestJob.objects.filter(pk=job_id, status=Status.RUNNING).update(
            status=Status.FAILED, error=_readable(error), finished_at=timezone.now()
        )
        return Status.FAILED
    BacktestJob.objects.filter(pk=job_id, status=Status.RUNNING).update(
        status=Status.DONE, progress=100, result=result, finished_at=timezone.now()
    )
    return Status.DONE


def _progress(job_id: str, pct: int) -> None:
    # Only forward, and only while running: a late or repeated report never moves the bar back.
    BacktestJob.objects.filter(pk=job_id, status=Status.RUNNING, progress__lt=pct).update(progress=min(pct, 99))


def _readable(error: Exception) -> str:
    message = getattr(error, "message", None) or str(error) or error.__class__.__name__
    return f"{error.__class__.__name__}: {message}"[:1000]


@shared_task
def daily_snapshots() -> int:
    """One performance snapshot per account and per trader for today (safe to run twice)."""
    for account in Account.objects.all():
        snapshots.snapshot_take(account=account)
    for trader in Trader.objects.filter(deleted_at__isnull=True):
        snapshots.trader_snapshot_take(trader=trader)
    return Account.objects.count()


@shared_task(ignore_result=True)
def evaluate_trader_alerts() -> int:
    """Check every active trader's alert rules (beat); returns how many alerts triggered."""
    fired = 0
    for trader in Trader.objects.filter(active=True, deleted_at__isnull=True):
        fired += len(alerts.alerts_evaluate(trader=trader))
    return fired


@shared_task(ignore_result=True)
def recompute_trader_ranking() -> int:
    """Store a fresh leaderboard (beat); returns how many traders were scored."""
    return len(ranking.trader_ranking_record())


@shared_task(ignore_result=True)
def send_daily_summaries(day: str | None = None) -> int:
    """Send the day's summary (yesterday, UTC, by default) to every account that asked for one (beat).

    Each account's day is claimed with a conditional UPDATE before it is queued, so a second run,
    or two beats at once, send nothing twice. Returns how many summaries were queued.
    """
    the_day = date.fromisoformat(day) if day else timezone.now().date() - timedelta(days=1)
    queued = 0
    for setting in notification_settings_wanting(event=NotificationSetting.Event.DAILY_SUMMARY):
        subject, text = account_daily_summary(account=setting.account, day=the_day)
        if not notification_summary_claim(setting=setting, day=the_day):
            continue
        notification_queue(
            account_id=setting.account_id, events={NotificationSetting.Event.DAILY_SUMMARY}, subject=subject, text=text,
        )
        queued += 1
    return queued
