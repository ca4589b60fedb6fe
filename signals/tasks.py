"""Celery tasks for signals: thin, loaded by id, safe to run twice."""
from __future__ import annotations

import logging
from datetime import timedelta

from celery import group, shared_task
from django.conf import settings
from django.db import OperationalError, connection
from django.utils import timezone

from echotrade.exceptions import MarketDataUnavailable, TemporaryExchangeError
from signals.models import Signal
from signals.services import follower_ids, signal_decide
# The Binance beat tasks live beside their source; importing them here registers them with the
# worker (Celery's autodiscovery imports <app>/tasks.py only).
from signals.sources.binance import tasks as binance_tasks  # noqa: F401

logger = logging.getLogger(__name__)
MAX_RETRIES = 5


# The copy tasks store no result: their decisions are the record, and a result row per chunk
# would be one more write per task for nothing that reads it.
@shared_task(bind=True, max_retries=MAX_RETRIES, acks_late=True, ignore_result=True)
def copy_signal(self, signal_id: int) -> int:
    """Decide (and execute) a signal for every following account. Returns how many decisions exist
    (0 when it fanned out: the chunks return theirs).

    A desk larger than one chunk (``COPY_CHUNK_SIZE`` accounts) fans out: a group of
    ``copy_signal_chunk`` tasks, one per chunk in ``copy_priority`` order, which the workers decide
    in parallel; each is idempotent and retried on its own. Running either again only decides the
    accounts not decided yet, so a redelivery or a sweep after a killed worker never copies a
    trade twice.
    """
    signal = _copied_signal(self, signal_id)
    if signal is None:
        return 0
    try:
        ids = follower_ids(signal)
    except OperationalError as error:  # a connection dropped here is retried too, like the first query
        _retry(self, signal_id, error)
    size = max(int(settings.COPY_CHUNK_SIZE), 1)
    if len(ids) <= size:
        return _decide(self, signal_id, signal, ids)
    group(copy_signal_chunk.s(signal_id, ids[start:start + size]) for start in range(0, len(ids), size)).apply_async()
    return 0


@shared_task(bind=True, max_retries=MAX_RETRIES, acks_late=True, ignore_result=True)
def copy_signal_chunk(self, signal_id: int, account_ids: list[int]) -> int:
    """Decide one chunk of a signal's accounts (see ``copy_signal``). Returns how many decisions it holds."""
    signal = _copied_signal(self, signal_id)
    return 0 if signal is None else _decide(self, signal_id, signal, account_ids)


def _copied_signal(task, signal_id: int) -> Signal | None:
    try:
        # Inside the try: a database connection dropped at this first query is retried too.
        signal = Signal.objects.select_related("trader").filter(pk=signal_id).first()
    except OperationalError as error:
        _retry(task, signal_id, error)
    return None if signal is None or signal.is_duplicate else signal


def _decide(task, signal_id: int, signal: Signal, account_ids: list[int]) -> int:
    # Run eagerly (no broker: a shell, the test suite) there is nobody to retry later: record now.
    last_try = task.request.is_eager or task.request.retries >= MAX_RETRIES
    try:
        return len(signal_decide(signal=signal, account_ids=account_ids, raise_temporary=not last_try))
    except (TemporaryExchangeError, MarketDataUnavailable, OperationalError) as error:
        _retry(task, signal_id, error)


def _retry(task, signal_id: int, error: Exception):
    if isinstance(error, OperationalError) and not connection.in_atomic_block:
        connection.close()  # possibly dropped: the retry's bookkeeping and the next try need a new one
    # Temporary trouble: try again later, 2 s, 4 s, 8 s … (capped), as long as retries remain.
    countdown = min(2 ** (task.request.retries + 1), 60)
    logger.warning("Copying signal %s failed (%s); retrying in %ss", signal_id, error, countdown)
    raise task.retry(exc=error, countdown=countdown)


@shared_task
def sweep_undecided_signals(older_than_seconds: int | None = None) -> list[int]:
    """Re-enqueue every signal still undecided after a while (its worker may have died)."""
    age = settings.SIGNAL_SWEEP_AFTER_SECONDS if older_than_seconds is None else older_than_seconds
    cutoff = timezone.now() - timedelta(seconds=age)
    stuck = list(
        Signal.objects.filter(decided_at__isnull=True, duplicate_of__isnull=True, received_at__lte=cutoff)
        .order_by("received_at")
        .values_list("pk", flat=True)[:500]
    )
    for signal_id in stuck:
        copy_signal.delay(signal_id)
    if stuck:
        logger.warning("Re-enqueued %d undecided signal(s): %s", len(stuck), stuck[:20])
    return stuck
