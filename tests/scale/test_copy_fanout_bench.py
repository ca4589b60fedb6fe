"""bench/copy_fanout.py's reference is honest: its floor writes the very rows the copy wrote.

The floor sends each table's rows in one pipelined ``executemany`` and links them by the ids that
come back; a mistake there would make the reference cheaper than the work it stands for.
"""
from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest
from django.db import connection
from psycopg.conninfo import make_conninfo

from execution.market.services import quote_set
from execution.models import Position
from signals.models import Signal, SignalDecision

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("postgres_db")]

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture
def copy_fanout():
    sys.path.insert(0, str(BENCH))
    try:
        import copy_fanout

        yield copy_fanout
    finally:
        sys.path.remove(str(BENCH))


def test_the_floor_writes_the_rows_the_counted_copy_wrote_and_links_them(copy_fanout, settings):
    settings.COPY_CHUNK_SIZE = 2  # a desk of 5 in 3 chunks: the count runs every chunk in-process
    quote_set(symbol="BTC/USDT", price=Decimal("67000"), bid=Decimal("66999"), ask=Decimal("67001"))
    trader_id = copy_fanout.desk_open(5)
    queries, executed, rows, cash_updates = copy_fanout.counted_copy(trader_id, 5)
    assert executed == 5 and queries > 0
    assert {m._meta.model_name for m in rows} >= {"signal", "signaldecision", "order", "fill", "position", "auditevent"}

    db = connection.settings_dict
    floor = copy_fanout.BatchedFloor(rows, cash_updates, make_conninfo(
        dbname=db["NAME"], user=db["USER"], password=db["PASSWORD"], host=db["HOST"], port=db["PORT"]))
    before = {model: model.objects.count() for model in rows}
    floor.write(1)
    floor.conn.close()

    assert {m: m.objects.count() - before[m] for m in rows} == {m: len(r) for m, r in rows.items()}
    written = Signal.objects.get(trader_id=trader_id, external_id="floor-1")
    assert SignalDecision.objects.filter(signal=written).count() == 5
    assert Position.objects.filter(signal=written).count() == 5
