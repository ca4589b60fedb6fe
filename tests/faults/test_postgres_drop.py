"""PostgreSQL drops the worker's connections (pg_terminate_backend) again and again mid-run.

A task whose connection dies raises a database OperationalError: the copy task retries it, and
Django opens a new connection for the next task (CONN_MAX_AGE=0: one per task; Celery's Django
fix-up closes an unusable one). No sweep is sent: retries alone must finish the job, exactly once.
"""
from __future__ import annotations

import time
from decimal import Decimal

import pytest
from django.db import connection

from execution.market.services import quote_set
from signals.models import Signal
from signals.services import SignalInput, signal_ingest
from tests.conftest import make_account
from tests.faults.conftest import copy_invariant_violations
from tests.live.conftest import wait_for
from traders.services import trader_create

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.postgres, pytest.mark.usefixtures("postgres_db")]

SIGNALS = 90
DROPS = 5


def terminate_other_backends() -> list[str]:
    """Cut every connection to the test database but this one; returns the states they were in."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT state, pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        return [state for state, terminated in cursor.fetchall() if terminated]


def test_dropped_database_connections_mid_run_are_retried_and_copy_each_signal_once(live_env, broker, start_prefork_worker):
    env = {**live_env, "QUOTE_MAX_AGE_SECONDS": "100000"}
    accounts = [make_account(name, max_open_positions=100000) for name in ("woods1", "angry", "handjob")]
    trader_create(id="yun_qiang", name="Yun Qiang", min_confidence=Decimal("0.7"), max_leverage=10)
    quote_set(symbol="BTC/USDT", price=Decimal("67000"), bid=Decimal("66999"), ask=Decimal("67001"))
    signal_ids = [
        signal_ingest(data=SignalInput(
            trader="yun_qiang", symbol="BTC/USDT", side="long" if i % 2 else "short", leverage=10,
            confidence="0.9", external_id=f"pg-drop-{i}",
        ))[0].pk
        for i in range(SIGNALS)
    ]
    start_prefork_worker(env)
    for signal_id in signal_ids:  # what signal_receive sends on commit
        broker.send_task("signals.tasks.copy_signal", args=[signal_id])

    undecided = Signal.objects.filter(pk__in=signal_ids, decided_at__isnull=True)
    cut: list[str] = []
    for drop in range(DROPS):
        # Spread the drops over the run: each waits for some progress since the last.
        target = SIGNALS - (drop + 1) * SIGNALS // (DROPS + 2)
        wait_for(lambda target=target: undecided.count() <= target, timeout=120, every=0.1, what=f"drop {drop + 1}'s point")
        cut += terminate_other_backends()
        time.sleep(0.3)
    assert undecided.exists(), "the run finished before the drops; add signals"
    assert any(state in ("active", "idle in transaction") for state in cut), f"no drop hit a running task: {cut}"

    wait_for(lambda: not undecided.exists(), timeout=180, every=0.5, what="every signal decided through retries alone")
    assert copy_invariant_violations(signal_ids, [a.pk for a in accounts]) == []
