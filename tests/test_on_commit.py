"""Tasks and pushes leave only once the data they announce is committed, never from a rollback.

The test's own transaction never commits: ``django_capture_on_commit_callbacks(execute=True)``
stands for the commit at the end of its block. Anything sent before the block ends was sent
before commit.
"""
import pytest
from celery.signals import task_prerun
from django.db import DatabaseError, transaction

from echotrade import audit
from echotrade.events import account_group, publish_after_commit
from echotrade.models import AuditEvent
from execution.models import Position
from signals.models import Signal, SignalDecision
from signals.services import SignalInput, decision_make, signal_ingest
from signals.tasks import copy_signal

SIGNAL = {"trader": "yun_qiang", "symbol": "BTC/USDT", "side": "long", "confidence": 0.9, "external_id": "oc-1"}


@pytest.fixture
def copies_started(db) -> list[tuple[int, bool]]:
    """Each copy task that started: its signal, and whether a service's transaction was still open."""
    connection = transaction.get_connection()
    tests_own_blocks = len(connection.atomic_blocks)
    started = []

    def record(sender=None, task=None, args=(), **kwargs):
        if task.name == copy_signal.name:
            started.append((args[0], len(connection.atomic_blocks) > tests_own_blocks))

    task_prerun.connect(record, weak=False)
    yield started
    task_prerun.disconnect(record)


def test_a_push_registered_in_a_rolled_back_savepoint_is_never_sent(db, pushed, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        with transaction.atomic():
            publish_after_commit("account.1", {"type": "account.event", "event": "kept"})
            with pytest.raises(RuntimeError), transaction.atomic():
                publish_after_commit("account.1", {"type": "account.event", "event": "rolled back"})
                raise RuntimeError("the savepoint fails")
        assert pushed == []  # not before the commit

    assert pushed == [("account.1", {"type": "account.event", "event": "kept"})]


def test_the_copy_task_is_queued_only_after_the_signal_is_committed(
    api, yun_qiang, market, copies_started, django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        response = api.post("/api/signals", SIGNAL, format="json")
        assert response.status_code == 201
        assert copies_started == []  # the request is over, but nothing has committed yet

    signal_id = response.json()["id"]
    assert copies_started == [(signal_id, False)]
    assert Signal.objects.get(pk=signal_id).decisions.count() == 3


def test_an_audit_push_is_not_sent_when_the_decision_around_it_fails(
    yun_qiang, angry, market, pushed, monkeypatch, django_capture_on_commit_callbacks,
):
    signal, _ = signal_ingest(data=SignalInput(trader="yun_qiang", symbol="BTC/USDT", side="long", confidence="0.9"))
    registered: list[str] = []
    register = audit.publish_many_after_commit

    def register_then_fail(messages):
        # The chunk's audit events are written and their pushes registered for after the commit;
        # then the transaction fails.
        register(messages)
        registered.extend(group for group, _ in messages)
        raise DatabaseError("the write failed after its pushes were registered")

    monkeypatch.setattr(audit, "publish_many_after_commit", register_then_fail)

    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(DatabaseError):
            decision_make(signal=signal, account_id=angry.pk)

    assert account_group(angry.pk) in registered
    assert not [group for group, _ in pushed if group == account_group(angry.pk)]
    assert not AuditEvent.objects.filter(account=angry).exists()
    assert not Position.objects.filter(account=angry).exists()
    assert not SignalDecision.objects.filter(account=angry).exists()


def test_outermost_atomic_commits_sends_after_a_services_block_commits_and_never_after_it_fails(
    db, pushed, outermost_atomic_commits,
):
    with transaction.atomic():
        publish_after_commit("account.1", {"type": "account.event", "event": "kept"})
        assert pushed == []
    assert pushed == [("account.1", {"type": "account.event", "event": "kept"})]

    with pytest.raises(RuntimeError), transaction.atomic():
        publish_after_commit("account.1", {"type": "account.event", "event": "failed"})
        raise RuntimeError("the service fails")
    assert len(pushed) == 1
