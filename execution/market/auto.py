"""A real exchange when it answers, the simulator when it does not.

The default ``MARKET_DATA=auto`` must work on a laptop without network and on a host that Binance
geo-blocks: there the first failed call switches to the fallback, and the primary is only tried
again after ``retry_after_seconds``, so every quote does not wait for a timeout first.
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import replace

from .base import Candle, MarketQuote, PriceSource, SourceUnreachable

logger = logging.getLogger(__name__)


class AutoPriceSource(PriceSource):
    def __init__(
        self,
        primary: PriceSource,
        fallback: PriceSource,
        retry_after_seconds: float = 300,
        *,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.primary = primary
        self.fallback = fallback
        self.retry_after_seconds = retry_after_seconds
        self._clock = clock
        self._down_since: float | None = None  # when the primary last failed; None while it works
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        # Until the primary has answered again, the last answer came from the fallback.
        if self._down_since is not None:
            return f"{self.fallback.name} ({self.primary.name} unreachable)"
        return self.primary.name

    @property
    def primary_is_live(self) -> bool:
        return self._down_since is None

    def quote(self, symbol: str) -> MarketQuote:
        quote = self._ask(lambda source: source.quote(symbol))
        # A fallback quote says so ("sim (ccxt:binance unreachable)"): every page shows where prices come from.
        return quote if self.primary_is_live else replace(quote, source=self.name)

    def candles(self, symbol: str, timeframe: str, limit: int = 200) -> list[Candle]:
        return self._ask(lambda source: source.candles(symbol, timeframe, limit))

    def _ask(self, call):
        if self._should_try_primary():
            try:
                result = call(self.primary)
            except SourceUnreachable as exc:
                # Only an unreachable source switches: a symbol the exchange does not list is
                # reachable, and pricing it from the simulator would mix fake and real prices.
                self._mark_down(exc)
            else:
                self._mark_up()
                return result
        return call(self.fallback)

    def _should_try_primary(self) -> bool:
        with self._lock:
            return self._down_since is None or self._clock() - self._down_since >= self.retry_after_seconds

    def _mark_down(self, exc: Exception) -> None:
        with self._lock:
            self._down_since = self._clock()
        logger.warning(
            "%s failed, using %s for %ss: %s", self.primary.name, self.fallback.name, self.retry_after_seconds, exc
        )

    def _mark_up(self) -> None:
        with self._lock:
            was_down, self._down_since = self._down_since is not None, None
        if was_down:
            logger.info("%s answers again; it is the live source once more", self.primary.name)
