"""``python manage.py market_loop``: keep prices fresh and the position monitor running.

The embedded mode's price process. (With Celery, beat runs the same ``market_tick`` service.)
"""
import logging
import time

from django.core.management.base import BaseCommand

from execution.market.sources import get_price_source
from execution.services import market_tick

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Refresh quotes and check every active position against them, every few seconds."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=2.0, help="Seconds between ticks (default 2).")
        parser.add_argument("--once", action="store_true", help="Run one tick and exit.")

    def handle(self, *args, interval: float, once: bool, **options):
        self.stdout.write(f"Market loop: prices from {get_price_source().name}, every {interval:g}s.")
        while True:
            started = time.monotonic()
            try:
                result = market_tick()
            except Exception:  # noqa: BLE001  (a bad tick must not stop prices for good; the next one retries)
                logger.exception("Market tick failed")
            else:
                if once:
                    self.stdout.write(f"{result['quotes']} quotes, {result['positions_checked']} positions checked.")
                    return
            time.sleep(max(0.0, interval - (time.monotonic() - started)))
