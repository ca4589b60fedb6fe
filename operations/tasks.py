"""Celery tasks of the operations layer: thin, safe to run twice."""
from celery import shared_task

from operations.demo.live import live_signal_post


@shared_task(ignore_result=True)
def post_demo_signal() -> int | None:
    """Beat, every few seconds: one simulated trader of the demo posts a signal (``operations.demo.live``)."""
    signal = live_signal_post()
    return signal.pk if signal is not None else None
