import collections
import pytest
from hypothesis import settings, HealthCheck
from hypothesis.stateful import run_state_machine_as_test
from echotrade.models import AuditEvent
from execution.models import Position, Order
from tests.properties.test_accounting_state_machine import AccountingMachine

COUNTS = collections.Counter()

class Counting(AccountingMachine):
    def teardown(self):
        for a in ("position.stop_moved", "position.entry_withdrawn", "position.liquidated", "position.cancelled"):
            COUNTS[a] += AuditEvent.objects.filter(action=a).count()
        for k in ("breakeven", "trailing"):
            COUNTS["kind_" + k] += Position.objects.filter(stop_kind=k).count()
        COUNTS["tp_filled"] += Order.objects.filter(purpose="take_profit", status="filled").count()
        COUNTS["entry_parts_filled"] += Order.objects.filter(purpose="entry", type="limit", status="filled").count()
        COUNTS["positions"] += Position.objects.count()
        COUNTS["ladders"] += sum(1 for p in Position.objects.all() if p.orders.filter(purpose="entry").count() > 1)
        super().teardown()

@pytest.mark.django_db
def test_cov():
    run_state_machine_as_test(Counting, settings=settings(max_examples=25, stateful_step_count=25, deadline=None, suppress_health_check=list(HealthCheck)))
    print(dict(COUNTS))
