import pytest
from hypothesis import settings, HealthCheck
from hypothesis.stateful import run_state_machine_as_test
from tests.properties.test_accounting_state_machine import AccountingMachine

@pytest.mark.django_db
def test_long_run():
    run_state_machine_as_test(AccountingMachine, settings=settings(max_examples=150, stateful_step_count=40, deadline=None, suppress_health_check=list(HealthCheck)))
