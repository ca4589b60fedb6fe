"""The ingest service queues the copy task by name (importing it would close a cycle); the name must
stay the registered task's."""
from celery import current_app

from signals.services.ingest import COPY_TASK
from signals.tasks import copy_signal


def test_it_queues_the_copy_task_under_its_registered_name():
    assert COPY_TASK == copy_signal.name
    assert current_app.tasks[COPY_TASK] is copy_signal._get_current_object()
