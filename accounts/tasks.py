"""Celery tasks of the accounts app: delivering an account's notifications, one channel per task.

A temporary failure (timeout, the service's 5xx or rate limit) is sent again with exponential
backoff and jitter, up to NOTIFY_MAX_RETRIES times; a permanent one (a deleted webhook, an unknown
chat) is logged once and dropped, since sending it again cannot help. Either way the trade it
announces was committed long before: a notification never fails it.

Safe to run twice in the sense that matters: it only sends a message, and a duplicate ping is
better than a lost one (acks_late hands it to another worker if this one dies mid-send).
"""
from __future__ import annotations

import logging

from celery import shared_task
from celery.utils.time import get_exponential_backoff_interval
from django.conf import settings

from accounts.notifications import notification_deliver_now
from echotrade.exceptions import NotifyPermanentError, NotifyTemporaryError

logger = logging.getLogger(__name__)

RETRY_BACKOFF_MAX_SECONDS = 600


@shared_task(ignore_result=True)
def notification_deliver(*, account_id: int, channel: str, subject: str, text: str, attempt: int = 0) -> None:
    try:
        notification_deliver_now(account_id=account_id, channel=channel, subject=subject, text=text)
    except NotifyPermanentError as error:
        logger.error("Notification to account %s on %s dropped (permanent failure): %s", account_id, channel, error.message)
    except NotifyTemporaryError as error:
        if attempt >= settings.NOTIFY_MAX_RETRIES:
            logger.error(
                "Notification to account %s on %s dropped after %s retries: %s", account_id, channel, attempt, error.message,
            )
            return
        countdown = get_exponential_backoff_interval(
            factor=settings.NOTIFY_RETRY_BACKOFF_SECONDS, retries=attempt, maximum=RETRY_BACKOFF_MAX_SECONDS,
            full_jitter=True,
        )
        logger.warning(
            "Notification to account %s on %s failed (temporary, retry %s of %s in %ss): %s",
            account_id, channel, attempt + 1, settings.NOTIFY_MAX_RETRIES, countdown, error.message,
        )
        # The retry is a new message with the attempt counted in it, rather than ``self.retry``:
        # the same code path on a worker and in an eager run (where Celery raises Retry instead).
        notification_deliver.apply_async(
            kwargs={"account_id": account_id, "channel": channel, "subject": subject, "text": text, "attempt": attempt + 1},
            countdown=countdown,
        )
