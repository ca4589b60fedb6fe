"""A seeded random walk around realistic crypto prices, for demos and tests without a network.

Each symbol walks on its own ``random.Random`` seeded from (seed, symbol), so quoting BTC never
changes the path ETH takes, and the same seed with the same calls gives the same quotes in every
process. The walk is geometric with a weak pull back to the start price: per-step moves look like
one minute of a real market, yet a demo left running for a week does not drift to zero or 10x.
"""
from __future__ import annotations

import hashlib
import math
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from echotrade.exceptions import MarketNotListed
from echotrade.limits import MONEY_PLACES, MONEY_STEP

from .base import (
    Candle,
    MarketQuote,
    PriceSource,
    check_limit,
    check_symbol,
    floor_time,
    timeframe_seconds,
)

# symbol: (start price, per-step volatility, spread in basis points, 24h volume in base units).
# A step stands for about a minute: BTC's 0.10% a minute is roughly 60% a year, as in 2024.
KNOWN_MARKETS = {
    "BTC/USDT": ("67000", 0.0010, "1", "25000"),
    "ETH/USDT": ("3200", 0.0013, "1.5", "350000"),
    "BNB/USDT": ("580", 0.0013, "2", "600000"),
    "SOL/USDT": ("150", 0.0018, "2", "3000000"),
    "XRP/USDT": ("0.55", 0.0016, "3", "900000000"),
    "ADA/USDT": ("0.45", 0.0018, "3", "400000000"),
    "DOGE/USDT": ("0.15", 0.0020, "3", "2000000000"),
    "AVAX/USDT": ("35", 0.0020, "3", "4000000"),
    "LINK/USDT": ("15", 0.0018, "3", "6000000"),
    "DOT/USDT": ("7", 0.0018, "3", "8000000"),
    "LTC/USDT": ("80", 0.0015, "3", "700000"),
}
UNKNOWN_VOLATILITY = 0.0022
UNKNOWN_SPREAD_BPS = "5"
UNKNOWN_QUOTE_VOLUME = Decimal("20000000")  # USDT traded a day: a mid-cap alt
MEAN_REVERSION = 0.0001  # per step; keeps the walk within tens of percent of its start
STEP_SECONDS = 60


def quantize_price(value: Decimal, rounding: str | None = None) -> Decimal:
    """Six significant digits, ticks no coarser than 0.01 and no finer than 1e-8: close to the
    tick sizes exchanges use (BTC 0.01, ADA 0.000001) and storable in a MoneyField."""
    exponent = max(-MONEY_PLACES, min(-2, value.adjusted() - 5))
    quantized = value.quantize(Decimal(1).scaleb(exponent), rounding=rounding)
    return quantized if quantized > 0 else MONEY_STEP


def start_price_for(symbol: str) -> Decimal:
    """A stable price between 0.01 and 100 for a symbol we know nothing about.

    hashlib, not hash(): Python salts str hashes per process, and every process must agree.
    """
    digest = int.from_bytes(hashlib.sha256(symbol.encode()).digest()[:8], "big")
    fraction = digest / 2**64
    return quantize_price(Decimal(10 ** (-2 + 4 * fraction)))


@dataclass
class _Walk:
    start: Decimal
    volatility: float
    half_spread: Decimal
    volume: Decimal
    rng: random.Random
    log_offset: float = 0.0  # ln(price / start)

    def price(self) -> Decimal:
        return quantize_price(self.start * Decimal(math.exp(self.log_offset)))

    def step(self) -> None:
        self.log_offset = self.log_offset * (1 - MEAN_REVERSION) + self.rng.gauss(0, self.volatility)


class SimPriceSource(PriceSource):
    """``quote()`` advances the symbol one step; ``candles()`` draws a history ending at the
    current price, so a chart's last close matches the ticker next to it."""

    name = "sim"

    def __init__(self, seed: int, *, clock: Callable[[], datetime] | None = None):
        self.seed = seed
        self._clock = clock or (lambda: datetime.now(timezone.utc))
        self._walks: dict[str, _Walk] = {}
        # One instance serves every thread of a process; stepping must not interleave.
        self._lock = threading.Lock()

    def quote(self, symbol: str) -> MarketQuote:
        with self._lock:
            walk = self._walk(symbol)
            walk.step()
            price = walk.price()
            volume_noise = Decimal(str(round(1 + walk.rng.gauss(0, 0.05), 6)))
        return MarketQuote(
            symbol=symbol,
            price=price,
            bid=quantize_price(price * (1 - walk.half_spread), ROUND_FLOOR),
            ask=quantize_price(price * (1 + walk.half_spread), ROUND_CEILING),
            volume=(walk.volume * max(volume_noise, Decimal("0.5"))).quantize(Decimal("0.01")),
            change_24h=((price / walk.start - 1) * 100).quantize(Decimal("0.01")),
            ts=self._clock(),
            source=self.name,
        )

    def candles(self, symbol: str, timeframe: str, limit: int = 200) -> list[Candle]:
        seconds = timeframe_seconds(timeframe)
        check_limit(limit)
        with self._lock:
            walk = self._walk(symbol)
            last_close = walk.price()
        # Its own generator: drawing a chart must not change the quotes that follow.
        rng = random.Random(f"{self.seed}:{symbol}:{timeframe}:candles")
        volatility = walk.volatility * math.sqrt(seconds / STEP_SECONDS)
        volume = walk.volume * seconds / 86400

        # Walk backwards from the current price, then read the path forwards.
        log_closes = [0.0]
        for _ in range(limit):
            log_closes.append(log_closes[-1] - rng.gauss(0, volatility))
        log_closes.reverse()
        prices = [quantize_price(last_close * Decimal(math.exp(x))) for x in log_closes]

        end = floor_time(self._clock(), seconds)
        result = []
        for i in range(limit):
            open_, close = prices[i], prices[i + 1]
            wick_up = Decimal(str(round(min(abs(rng.gauss(0, volatility / 2)), 0.5), 8)))
            wick_down = Decimal(str(round(min(abs(rng.gauss(0, volatility / 2)), 0.5), 8)))
            result.append(
                Candle(
                    ts=end - timedelta(seconds=seconds * (limit - 1 - i)),
                    open=open_,
                    high=quantize_price(max(open_, close) * (1 + wick_up), ROUND_CEILING),
                    low=quantize_price(min(open_, close) * (1 - wick_down), ROUND_FLOOR),
                    close=close,
                    volume=(volume * Decimal(str(round(rng.lognormvariate(0, 0.3), 6)))).quantize(
                        Decimal("0.01")
                    ),
                )
            )
        return result

    def _walk(self, symbol: str) -> _Walk:
        walk = self._walks.get(symbol)
        if walk is None:
            walk = self._walks[symbol] = self._new_walk(symbol)
        return walk

    def _new_walk(self, symbol: str) -> _Walk:
        check_symbol(symbol)
        if symbol in KNOWN_MARKETS:
            start, volatility, spread_bps, volume = KNOWN_MARKETS[symbol]
            start, volume = Decimal(start), Decimal(volume)
        elif symbol.endswith("/USDT"):
            start, volatility, spread_bps = start_price_for(symbol), UNKNOWN_VOLATILITY, UNKNOWN_SPREAD_BPS
            volume = (UNKNOWN_QUOTE_VOLUME / start).quantize(Decimal("0.01"))
        else:
            raise MarketNotListed(f"The simulator only quotes USDT pairs, not {symbol}.")
        return _Walk(
            start=start,
            volatility=volatility,
            half_spread=Decimal(spread_bps) / 2 / 10000,
            volume=volume,
            # A str seed is hashed with SHA-512 by random, so it is stable across processes.
            rng=random.Random(f"{self.seed}:{symbol}"),
        )
