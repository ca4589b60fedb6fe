"""The demo history's market: the simulator's own hourly candles, walked in five-minute steps.

The hourly closes are exactly the candles the ``sim`` source draws for the Charts page (same seed,
same end), so the fills the history makes sit on the candles the page shows right after seeding.
Between two hourly closes the price takes a seeded Brownian bridge, clipped to that hour's drawn
high and low, which gives the position monitor and the bots a path finer than an hour to act on.
Everything is a function of (seed, anchor): the same seed at the same anchor gives the same prices.

During the backfill this object *is* the process's price source (``execution.market.sources.price_source_used``), so
the bot runner's candles, ``quote_get`` and every fill read the history's prices at the time the
history is at.
"""
from __future__ import annotations

import hashlib
import math
from datetime import datetime, timedelta
from datetime import timezone as dt_timezone
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

import numpy as np
from django.utils import timezone

from echotrade.exceptions import MarketDataUnavailable
from execution.market.base import Candle, MarketQuote, PriceSource, check_limit, floor_time, timeframe_seconds
from execution.market.sim import KNOWN_MARKETS, UNKNOWN_SPREAD_BPS, UNKNOWN_VOLATILITY, SimPriceSource, quantize_price
from ui.views.charts import CHART_CANDLES

STEP = 300  # seconds: the path's resolution
STEPS_PER_HOUR = 3600 // STEP
HOUR = 3600


def _floats(candles: list[Candle], name: str) -> np.ndarray:
    return np.array([float(getattr(c, name)) for c in candles], dtype=np.float64)


class _Path:
    """One symbol: prices at t0, t0 + 5 min, ... and the volume traded in each step."""

    def __init__(self, symbol: str, hourly: list[Candle], seed: int):
        spec = KNOWN_MARKETS.get(symbol)
        volatility = spec[1] if spec else UNKNOWN_VOLATILITY
        self.half_spread = Decimal(spec[2] if spec else UNKNOWN_SPREAD_BPS) / 2 / 10000
        self.t0 = int(hourly[0].ts.timestamp())
        rng = np.random.default_rng(int.from_bytes(hashlib.sha256(f"{seed}:{symbol}:history".encode()).digest()[:8], "big"))
        opens, closes = np.log(_floats(hourly, "open")), np.log(_floats(hourly, "close"))
        highs, lows = _floats(hourly, "high"), _floats(hourly, "low")
        hours = len(hourly)
        # A bridge per hour: a random walk pulled so it ends on the hour's close.
        steps = rng.normal(0.0, volatility * math.sqrt(STEP / 60), size=(hours, STEPS_PER_HOUR))
        walk = np.cumsum(steps, axis=1)
        fraction = np.arange(1, STEPS_PER_HOUR + 1) / STEPS_PER_HOUR
        bridge = opens[:, None] + walk - fraction[None, :] * (walk[:, -1:] - (closes - opens)[:, None])
        prices = np.clip(np.exp(bridge), lows[:, None], highs[:, None])
        prices[:, -1] = np.exp(closes)  # exactly the drawn close, whatever the float rounding
        self.prices = np.concatenate([np.exp(opens[:1]), prices.reshape(-1)])
        volume = float(hourly[0].volume) / STEPS_PER_HOUR if hourly else 0.0
        self.volumes = np.concatenate([[0.0], volume * rng.lognormal(0.0, 0.5, size=hours * STEPS_PER_HOUR)])

    def index_at(self, epoch: float) -> int:
        """The last step at or before ``epoch`` (clamped to the path)."""
        return min(max(int((epoch - self.t0) // STEP), 0), len(self.prices) - 1)

    def time_of(self, index: int) -> datetime:
        return datetime.fromtimestamp(self.t0 + index * STEP, tz=dt_timezone.utc)


class HistoryMarket(PriceSource):
    """Prices for any time between ``start`` and ``anchor``: the sim source's hourly candles ending
    at ``anchor``, in five-minute steps. ``quote`` and ``candles`` answer for ``timezone.now()``."""

    name = "sim-history"

    def __init__(self, *, seed: int, anchor: datetime, start: datetime):
        self.seed = seed
        self.anchor = anchor
        self.hours = int((floor_time(anchor, HOUR) - floor_time(start, HOUR)).total_seconds() // HOUR) + 1
        self._sim = SimPriceSource(seed, clock=lambda: anchor)
        self._paths: dict[str, _Path] = {}
        self._built: dict[tuple[str, int], dict[int, Candle]] = {}

    def path(self, symbol: str) -> _Path:
        path = self._paths.get(symbol)
        if path is None:
            hourly = self._sim.candles(symbol, "1h", self.hours)
            # The simulator draws the wicks after the closes, so they depend on how many candles are
            # asked for: the last ones take the wicks of the Charts page's own request, and the
            # path keeps inside the candles the page draws.
            shown = self._sim.candles(symbol, "1h", min(CHART_CANDLES, self.hours))
            hourly[-len(shown):] = shown
            path = self._paths[symbol] = _Path(symbol, hourly, self.seed)
        return path

    def price_at(self, symbol: str, when: datetime) -> Decimal:
        path = self.path(symbol)
        return quantize_price(Decimal(repr(float(path.prices[path.index_at(when.timestamp())]))))

    def first_step_beyond(
        self, symbol: str, after: datetime, until: datetime, *, below: float, above: float
    ) -> tuple[datetime, float] | None:
        """The first step in (after, until] at or under ``below`` or at or over ``above``, and its price."""
        path = self.path(symbol)
        first, last = path.index_at(after.timestamp()) + 1, path.index_at(until.timestamp())
        if last < first:
            return None
        segment = path.prices[first:last + 1]
        hits = np.flatnonzero((segment <= below) | (segment >= above))
        if not hits.size:
            return None
        index = first + int(hits[0])
        return path.time_of(index), float(path.prices[index])

    def change(self, symbol: str, when: datetime, hours: float) -> float:
        """The relative move from ``when`` to ``hours`` later (what a simulated trader 'knew')."""
        path = self.path(symbol)
        now, later = path.index_at(when.timestamp()), path.index_at(when.timestamp() + hours * HOUR)
        return float(path.prices[later] / path.prices[now] - 1)

    def quote(self, symbol: str) -> MarketQuote:
        now = timezone.now()
        price = self.price_at(symbol, now)
        half_spread = self.path(symbol).half_spread
        before = self.price_at(symbol, now - timedelta(days=1))
        return MarketQuote(
            symbol=symbol, price=price,
            bid=quantize_price(price * (1 - half_spread), ROUND_FLOOR),
            ask=quantize_price(price * (1 + half_spread), ROUND_CEILING),
            volume=Decimal(KNOWN_MARKETS[symbol][3]) if symbol in KNOWN_MARKETS else Decimal("0"),
            change_24h=((price / before - 1) * 100).quantize(Decimal("0.01")),
            ts=now, source="sim",
        )

    def candles(self, symbol: str, timeframe: str, limit: int = 200) -> list[Candle]:
        seconds = timeframe_seconds(timeframe)
        check_limit(limit)
        if seconds < STEP:
            raise MarketDataUnavailable(f"The demo history walks in {STEP // 60}-minute steps; no {timeframe} candles.")
        path = self.path(symbol)
        now = timezone.now().timestamp()
        end = int(now // seconds) * seconds
        first = max(end - (limit - 1) * seconds, (path.t0 // seconds) * seconds)
        built = self._built.setdefault((symbol, seconds), {})
        result = []
        for bucket in range(first, end + 1, seconds):
            if bucket + seconds <= now and bucket in built:
                candle = built[bucket]  # a closed bucket never changes: built once
            else:
                candle = _bucket(path, bucket, seconds, now)
                if candle is not None and bucket + seconds <= now:
                    built[bucket] = candle
            if candle is not None:
                result.append(candle)
        return result

    def bars(self, symbol: str, timeframe: str) -> list[Candle]:
        """Every bar of ``timeframe`` that closes by the anchor, oldest first: the very candles
        ``candles`` answers with once each bar has closed (built once, like those)."""
        seconds = timeframe_seconds(timeframe)
        path = self.path(symbol)
        last = int(self.anchor.timestamp()) // seconds * seconds - seconds
        built = self._built.setdefault((symbol, seconds), {})
        result = []
        for bucket in range((path.t0 // seconds) * seconds, last + 1, seconds):
            candle = built.get(bucket) or _bucket(path, bucket, seconds, bucket + seconds)
            if candle is not None:
                built[bucket] = candle
                result.append(candle)
        return result


def _bucket(path: _Path, bucket: int, seconds: int, now: float) -> Candle | None:
    """The candle of the steps ending in (bucket, bucket + seconds], up to ``now``; it opens at the step before."""
    a, b = path.index_at(bucket), min(path.index_at(bucket + seconds), path.index_at(now))
    if b <= a:
        return None
    window = path.prices[a:b + 1]
    return Candle(
        ts=datetime.fromtimestamp(bucket, tz=dt_timezone.utc),
        open=_price(window[0]), high=_price(window.max()), low=_price(window.min()), close=_price(window[-1]),
        volume=Decimal(repr(round(float(path.volumes[a + 1:b + 1].sum()), 2))),
    )


def _price(value: float) -> Decimal:
    return quantize_price(Decimal(repr(float(value))))


