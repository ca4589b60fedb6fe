"""Celery tasks for bots: thin, loaded by id, safe to run twice (a repeat on the same bar is a duplicate)."""
from celery import shared_task
from django.conf import settings
from django.utils import timezone

from bots.models import Bot
from bots.runner import bot_run, bots_due


@shared_task(ignore_result=True)
def run_due_bots() -> list[int]:
    """Hand every enabled bot that is due to a worker (beat, every few seconds)."""
    due = bots_due(now=timezone.now(), every_seconds=settings.BOT_RUN_EVERY_SECONDS)
    for bot_id in due:
        run_bot.delay(bot_id)
    return due


@shared_task(acks_late=True)
def run_bot(bot_id: int) -> int:
    bot = Bot.objects.filter(pk=bot_id, enabled=True).select_related("account").first()
    if bot is None:
        return 0
    return len(bot_run(bot=bot))
