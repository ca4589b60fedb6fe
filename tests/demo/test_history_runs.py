"""``seed_demo``'s history over several runs: resumed, repeated, reseeded, skipped."""
from __future__ import annotations

from datetime import datetime, timedelta
from datetime import timezone as dt_timezone
from io import StringIO

import pytest
import time_machine
from django.core.management import call_command
from django.db import transaction

from accounts.models import PerformanceSnapshot
from echotrade.models import AuditEvent
from execution.models import Position
from operations.demo import history
from signals.models import Signal

pytestmark = pytest.mark.django_db
NOW = datetime(2026, 3, 10, 15, 30, tzinfo=dt_timezone.utc)


def seed(*args) -> str:
    out = StringIO()
    call_command("seed_demo", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def snapshot_days() -> list:
    return sorted(set(PerformanceSnapshot.objects.values_list("day", flat=True)))


def test_an_interrupted_run_resumes_at_the_first_missing_day(monkeypatch):
    real_run, calls = history.HistoryDay.run, []

    def run_then_stop(day):
        calls.append(day.day)
        real_run(day)
        if len(calls) == 2:
            raise KeyboardInterrupt  # after the work, before the day's transaction commits

    monkeypatch.setattr(history.HistoryDay, "run", run_then_stop)
    with time_machine.travel(NOW, tick=False), pytest.raises(KeyboardInterrupt):
        seed("--history-days", "3")
    assert snapshot_days() == [(NOW - timedelta(days=3)).date()]
    monkeypatch.setattr(history.HistoryDay, "run", real_run)
    with time_machine.travel(NOW + timedelta(minutes=1), tick=False):
        output = seed("--history-days", "3")
    assert "History: 2 days added" in output
    assert snapshot_days() == [(NOW - timedelta(days=n)).date() for n in (3, 2, 1)]
    assert AuditEvent.objects.filter(action=history.PLAN_ACTION).count() == 1


def signals_of_a_run(*args) -> list[tuple]:
    """The signals one run writes, rolled back afterwards so the next run starts from nothing."""
    with transaction.atomic(), time_machine.travel(NOW, tick=False):
        seed("--history-days", "1", *args)
        # By trader name: a bot's trader id carries the bot's primary key, and PostgreSQL does not
        # roll sequences back, so the same run gets other ids there.
        rows = list(
            Signal.objects.order_by("received_at", "trader__name", "symbol").values_list(
                "trader__name", "symbol", "side", "confidence", "leverage", "entry_low", "stop_loss", "take_profits", "received_at"
            )
        )
        transaction.set_rollback(True)
    return rows


def test_the_same_seed_gives_the_same_signals_and_another_seed_others():
    first, again, other = signals_of_a_run("--seed", "7"), signals_of_a_run("--seed", "7"), signals_of_a_run("--seed", "8")
    assert first and first == again
    assert other != first


def test_no_history_writes_no_history():
    output = seed("--no-history")
    assert "History: not written" in output
    assert not Signal.objects.exists()
    assert not PerformanceSnapshot.objects.exists()
    assert not AuditEvent.objects.filter(action=history.PLAN_ACTION).exists()


def test_the_history_is_not_written_after_the_desk_has_run():
    seed("--no-history")
    from tests.helpers import send_signal

    send_signal(trader="yun_qiang", external_id="live-1")
    output = seed("--history-days", "2")
    assert "History: nothing added: the desk has had signals since" in output
    assert not PerformanceSnapshot.objects.exists()


def test_with_real_market_data_the_history_ends_without_open_positions(settings):
    # Its simulated prices would meet the exchange's: nothing it opened may stay open.
    settings.MARKET_DATA = "auto"
    with time_machine.travel(NOW, tick=False):
        output = seed("--history-days", "2")
    assert Position.objects.filter(status="closed").exists()
    assert not Position.objects.filter(status__in=Position.ACTIVE_STATUSES).exists()
    assert "open positions were closed as it ended" in output
