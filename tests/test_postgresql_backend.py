"""The ``echotrade.postgresql`` engine: a bulk insert of a few rows goes out as VALUES, a larger one
as Django's UNNEST, and both store exactly the rows given (echotrade/postgresql)."""
from decimal import Decimal

import pytest
from django.db import connection

from echotrade.models import AuditEvent
from echotrade.postgresql.compiler import UNNEST_FROM_ROWS


def events(n: int, tag: str) -> list[AuditEvent]:
    return [
        AuditEvent(action="test.bulk", object_type="probe", object_id=f"{tag}-{i}", message=f"row {i}",
                   before=None, after={"i": i, "price": str(Decimal("1.5") * i)})
        for i in range(n)
    ]


@pytest.mark.parametrize(("rows", "form"), [(3, "VALUES"), (UNNEST_FROM_ROWS, "UNNEST")])
def test_a_bulk_insert_takes_the_cheaper_form_for_its_size_and_stores_every_row(db, postgres_db, rows, form):
    sent = []
    with connection.execute_wrapper(lambda execute, sql, *args: sent.append(sql) or execute(sql, *args)):
        created = AuditEvent.objects.bulk_create(events(rows, form))
    inserts = [sql for sql in sent if sql.startswith('INSERT INTO "accounts_auditevent"')]
    assert len(inserts) == 1 and (" UNNEST(" in inserts[0]) == (form == "UNNEST")
    assert all(event.pk is not None for event in created)
    stored = AuditEvent.objects.filter(object_id__startswith=f"{form}-").order_by("pk")
    assert [(e.object_id, e.after) for e in stored] == [(f"{form}-{i}", {"i": i, "price": str(Decimal("1.5") * i)}) for i in range(rows)]
