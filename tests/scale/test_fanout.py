"""A signal for a large desk fans out in chunks, decided in copy_priority order (issue 14)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from accounts.models import Account
from execution.market.services import quote_set
from execution.models import Fill
from signals.models import Signal, SignalDecision
from signals.tasks import copy_signal, copy_signal_chunk
from tests.helpers import send_signal
from traders.services import trader_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def desk(settings):
    settings.COPY_CHUNK_SIZE = 4
    quote_set(symbol="BTC/USDT", price=Decimal("67000"), bid=Decimal("66999"), ask=Decimal("67001"))
    # Created with priorities the reverse of their ids: the last created is decided first.
    accounts = [
        Account.objects.create(name=f"desk-{i}", copy_priority=100 - i, min_confidence=Decimal("0.5"), max_leverage=20)
        for i in range(10)
    ]
    trader_create(id="lead", name="Lead", min_confidence=Decimal("0.5"), max_leverage=10)
    return accounts


def test_a_desk_larger_than_a_chunk_is_decided_by_chunk_tasks_in_priority_order(desk, monkeypatch):
    chunks: list[list[int]] = []
    real = copy_signal_chunk.run

    def recorded(signal_id, account_ids):
        chunks.append(list(account_ids))
        return real(signal_id, account_ids)

    monkeypatch.setattr(copy_signal_chunk, "run", recorded)
    signal = send_signal(trader="lead", leverage=2)

    by_priority = [a.pk for a in sorted(desk, key=lambda a: a.copy_priority)]
    assert chunks == [by_priority[0:4], by_priority[4:8], by_priority[8:10]]
    assert SignalDecision.objects.filter(signal=signal, outcome="executed").count() == 10
    signal.refresh_from_db()
    fills = Fill.objects.filter(position__signal=signal).order_by("created_at")
    assert signal.decided_at is not None
    assert (signal.first_fill_at, signal.last_fill_at) == (fills.first().created_at, fills.last().created_at)
    # The highest priority account (the lowest number) filled first.
    assert fills.first().account_id == by_priority[0]


def test_a_chunk_run_twice_decides_nothing_twice(desk):
    signal = send_signal(trader="lead", leverage=2)
    before = SignalDecision.objects.filter(signal=signal).count()
    ids = [a.pk for a in desk[:4]]
    assert copy_signal_chunk.apply(args=(signal.pk, ids)).get() == 4  # the existing decisions, none new
    assert copy_signal.apply(args=(signal.pk,)).get() == 0  # fanned out again: every chunk finds its decisions
    assert SignalDecision.objects.filter(signal=signal).count() == before == 10
    assert Fill.objects.filter(position__signal=signal).count() == 10


def test_decided_at_waits_for_the_last_chunk(desk):
    from signals.services import SignalInput, signal_decide, signal_ingest

    signal, _ = signal_ingest(data=SignalInput(trader="lead", symbol="BTC/USDT", side="long", confidence="0.9", external_id="x"))
    signal_decide(signal=signal, account_ids=[desk[0].pk, desk[1].pk])
    assert Signal.objects.get(pk=signal.pk).decided_at is None
    signal_decide(signal=signal, account_ids=[a.pk for a in desk[2:]])
    assert Signal.objects.get(pk=signal.pk).decided_at is not None
