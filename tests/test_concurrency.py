"""Races that only a real multi-writer database shows: PostgreSQL, with real threads and connections."""
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from threading import Barrier

import pytest
from django.db import connection

from execution.models import Fill, Position
from signals.models import Signal, SignalDecision
from tests.helpers import send_signal

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("postgres_db", "market")]


def _in_thread(function, barrier: Barrier):
    def run(*args):
        barrier.wait()
        try:
            return function(*args)
        except Exception as error:  # noqa: BLE001  (the test inspects what each racer got)
            return error
        finally:
            connection.close()
    return run


def test_racing_deliveries_of_one_signal_execute_it_once(yun_qiang, accounts):
    racers = 6
    barrier = Barrier(racers)
    deliver = _in_thread(lambda _: send_signal(external_id="race-1"), barrier)
    with ThreadPoolExecutor(racers) as pool:
        results = list(pool.map(deliver, range(racers)))
    assert not [r for r in results if isinstance(r, Exception)]
    originals = Signal.objects.filter(external_id="race-1", duplicate_of__isnull=True)
    assert originals.count() == 1
    assert Signal.objects.filter(external_id="race-1", duplicate_of__isnull=False).count() == racers - 1
    assert SignalDecision.objects.filter(signal=originals.get()).count() == 3
    assert Position.objects.count() == 3  # one per account: 0.9 confidence passes all three profiles
    assert Position.objects.values("account").distinct().count() == 3


def test_racing_closes_of_one_position_close_it_once(yun_qiang, handjob):
    position = SignalDecision.objects.get(signal=send_signal(), account=handjob).position
    racers = 4
    barrier = Barrier(racers)
    close = _in_thread(lambda _: __import__("execution.services", fromlist=["x"]).position_close(position=position), barrier)
    with ThreadPoolExecutor(racers) as pool:
        results = list(pool.map(close, range(racers)))
    assert sum(1 for r in results if not isinstance(r, Exception)) == 1, results
    assert Fill.objects.filter(position=position, order__purpose="close").count() == 1
    handjob.refresh_from_db()
    position.refresh_from_db()
    assert handjob.cash == Decimal("100000") + position.realised_pnl - position.fees
