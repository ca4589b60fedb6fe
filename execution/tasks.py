"""Celery tasks for the market: thin wrappers over the services, safe to run twice."""
from celery import shared_task

from execution.services import market_tick as market_tick_service


@shared_task(ignore_result=True)
def market_tick() -> dict:
    """Refresh prices, record and push them, and run the position monitor (beat, every second)."""
    return market_tick_service()
