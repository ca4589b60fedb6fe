"""``seed_demo``'s history: days of the simulated traders and bots trading through the real services."""
from __future__ import annotations

from datetime import datetime, timedelta
from datetime import timezone as dt_timezone
from io import StringIO

import pytest
import time_machine
from django.core.management import call_command
from django.db import transaction

from accounts.models import Account, PerformanceSnapshot
from bots.models import BotVote
from echotrade.models import AuditEvent
from execution.models import Fill, Order, Position
from operations.demo import history
from signals.models import Signal, SignalDecision
from traders.models import TraderScore, TraderSnapshot

pytestmark = pytest.mark.django_db
# A fixed "now" for the runs that compare rows: the history's days and prices follow the clock.
NOW = datetime(2026, 3, 10, 15, 30, tzinfo=dt_timezone.utc)


def seed(*args) -> str:
    out = StringIO()
    call_command("seed_demo", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def counts() -> dict[str, int]:
    models = (Signal, SignalDecision, Position, Order, Fill, PerformanceSnapshot, TraderSnapshot, TraderScore, BotVote, AuditEvent)
    return {model.__name__: model.objects.count() for model in models}


HISTORY_DAYS = 6


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """One seeded history for the module (seeding takes seconds); each test's changes roll back.

    The seed runs in a transaction held open for the module, which is rolled back at its end;
    each test's own transaction is a savepoint inside it (Django's ``setUpTestData`` pattern).
    """
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            with time_machine.travel(NOW, tick=False):
                output = seed("--history-days", str(HISTORY_DAYS))
            yield output
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture
def history_days():
    return HISTORY_DAYS


def test_it_copies_the_simulated_signals_into_all_three_accounts(seeded):
    signals = Signal.objects.exclude(trader__source="bot")
    assert signals.count() >= history.SIGNALS_PER_DAY * HISTORY_DAYS * 0.8
    assert all(signal.raw["simulated"] for signal in signals)
    for account in Account.objects.all():
        decided = SignalDecision.objects.filter(account=account, signal__in=signals)
        assert decided.count() == signals.count(), account.name
        assert decided.filter(outcome="executed").exists(), account.name
    # The conservative profile filters more of them than the aggressive one.
    executed = {a.name: SignalDecision.objects.filter(account=a, outcome="executed", signal__in=signals).count() for a in Account.objects.all()}
    assert executed["woods1"] < executed["handjob"] < executed["angry"]


def test_positions_open_and_close_through_the_monitor_with_fees_and_funding(seeded):
    closed = Position.objects.filter(status__in=Position.CLOSED_STATUSES)
    assert closed.count() >= 5
    assert {"stop_loss", "take_profit"} & set(closed.values_list("close_reason", flat=True))
    for position in closed[:10]:
        fills = position.fills.all()
        assert fills.count() >= 2 and all(fill.fee > 0 for fill in fills)
        assert position.opened_at < position.closed_at < NOW
    assert Position.objects.exclude(funding=0).exists()
    assert AuditEvent.objects.filter(action="position.funding").exists()


def test_every_day_has_its_snapshots_and_the_ranking_is_recorded(seeded, history_days):
    end = NOW.date()
    days = [end - timedelta(days=n) for n in range(history_days, 0, -1)]
    for account in Account.objects.all():
        assert list(account.snapshots.filter(kind="daily").order_by("day").values_list("day", flat=True)) == days
    assert TraderSnapshot.objects.filter(day__in=days).exists()
    assert TraderScore.objects.exclude(score=None).exists()


def test_the_bots_vote_and_send_signals_in_the_past(seeded):
    assert BotVote.objects.filter(created_at__lt=NOW.replace(hour=0, minute=0)).exists()
    bot_signals = Signal.objects.filter(trader__source="bot")
    assert bot_signals.exists()
    assert not bot_signals.filter(decided_at=None).exists()


def test_the_audit_log_holds_the_pipeline_at_the_times_it_ran(seeded):
    decisions = AuditEvent.objects.filter(action__startswith="decision.")
    assert decisions.exists()
    assert decisions.filter(created_at__lt=NOW - timedelta(days=2)).exists()


def test_it_says_what_it_added(seeded, history_days):
    assert f"History: {history_days} days added" in seeded


def test_running_it_again_adds_nothing_and_says_so(seeded, history_days):
    before = counts()
    with time_machine.travel(NOW + timedelta(minutes=5), tick=False):
        output = seed("--history-days", str(history_days))
    assert counts() == before
    assert f"History: {history_days} days already there" in output
