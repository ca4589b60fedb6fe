"""Celery tasks for the market: thin wrappers over the services, safe to run twice."""
from celery import shared_task

from execution.leverage_tiers import leverage_tiers_refresh
from execution.services import market_tick as market_tick_service


@shared_task(ignore_result=True)
def market_tick() -> dict:
    """Refresh prices, record and push them, and run the position monitor (beat, every second)."""
    return market_tick_service()


@shared_task(ignore_result=True)
def refresh_leverage_tiers() -> dict:
    """Cache Binance's maintenance-margin tiers for the liquidation price (beat, daily)."""
    return leverage_tiers_refresh()
