"""Public tickers and OHLCV from a real exchange through ccxt (no API key needed).

ccxt's Python client returns floats; every number crosses into our code through
``Decimal(str(x))``, which keeps the digits the exchange sent (67034.56, not 67034.55999...).
ccxt errors are translated here, so nothing above this module ever imports ccxt.
"""
from __future__ import annotations

import decimal
import threading
from collections.abc import Callable
from datetime import datetime, timezone
from decimal import Decimal

import ccxt

from echotrade.exceptions import MarketDataUnavailable, MarketNotListed

from .base import (
    Candle,
    MarketQuote,
    PriceSource,
    SourceUnreachable,
    check_limit,
    check_symbol,
    timeframe_seconds,
)

# Every public call is a quote an order may be waiting for: fail over to the fallback source
# after 5 s rather than ccxt's default 10 s.
TIMEOUT_MS = 5000
MAX_ERROR_CHARS = 200  # ccxt puts whole HTML error pages into messages


def exchange_config(exchange_id: str) -> dict:
    """The constructor arguments we give ccxt; tests reuse them so they run the same options."""
    options: dict = {"defaultType": "spot"}
    if exchange_id == "binance":
        # ccxt 4.5 loads spot, USD-M and COIN-M markets by default (three exchangeInfo calls,
        # megabytes of JSON). We quote spot only, so one /api/v3/exchangeInfo is enough.
        options["fetchMarkets"] = {"types": ["spot"]}
    return {"enableRateLimit": True, "timeout": TIMEOUT_MS, "options": options}


def make_exchange(exchange_id: str) -> ccxt.Exchange:
    if exchange_id not in ccxt.exchanges:
        raise ValueError(f"ccxt has no exchange {exchange_id!r}; see ccxt.exchanges for the valid ids.")
    return getattr(ccxt, exchange_id)(exchange_config(exchange_id))


def to_decimal(value) -> Decimal | None:
    return None if value is None else Decimal(str(value))


class CcxtPriceSource(PriceSource):
    def __init__(
        self,
        exchange_id: str,
        exchange: ccxt.Exchange | None = None,
        *,
        clock: Callable[[], datetime] | None = None,
    ):
        self.exchange = exchange if exchange is not None else make_exchange(exchange_id)
        self.name = f"ccxt:{exchange_id}"
        self._clock = clock or (lambda: datetime.now(timezone.utc))
        # A ccxt instance (its requests session, its lazily loaded markets) is not thread-safe.
        self._lock = threading.Lock()

    def quote(self, symbol: str) -> MarketQuote:
        check_symbol(symbol)
        ticker = self._call(symbol, self.exchange.fetch_ticker, symbol)
        price = to_decimal(ticker.get("last"))
        if price is None or price <= 0:
            raise MarketDataUnavailable(f"{self.name} has no last price for {symbol}.")
        # An empty side of the book comes back as None (or 0 on some exchanges): use the last price.
        bid = to_decimal(ticker.get("bid")) or price
        ask = to_decimal(ticker.get("ask")) or price
        if bid > ask:
            raise MarketDataUnavailable(f"{self.name} sent a crossed book for {symbol}: bid {bid} > ask {ask}.")
        return MarketQuote(
            symbol=symbol,
            price=price,
            bid=bid,
            ask=ask,
            volume=to_decimal(ticker.get("baseVolume")) or Decimal("0"),
            change_24h=to_decimal(ticker.get("percentage")) or Decimal("0"),
            # When we observed it: the ticker's own timestamp is the end of its 24h statistics
            # window on some exchanges and missing on others, so it cannot measure freshness.
            ts=self._clock(),
            source=self.name,
        )

    def candles(self, symbol: str, timeframe: str, limit: int = 200) -> list[Candle]:
        check_symbol(symbol)
        timeframe_seconds(timeframe)
        check_limit(limit)
        rows = self._call(symbol, self.exchange.fetch_ohlcv, symbol, timeframe, limit=limit)
        candles = []
        for timestamp, open_, high, low, close, volume in (row[:6] for row in rows):
            if None in (timestamp, open_, high, low, close):
                continue  # some exchanges send placeholder rows for minutes without trades
            candles.append(
                Candle(
                    ts=datetime.fromtimestamp(timestamp / 1000, tz=timezone.utc),
                    open=to_decimal(open_),
                    high=to_decimal(high),
                    low=to_decimal(low),
                    close=to_decimal(close),
                    volume=to_decimal(volume) or Decimal("0"),
                )
            )
        return candles

    def _call(self, symbol: str, method, *args, **kwargs):
        """Run one ccxt call, translating its errors into ours.

        ccxt's tree: NetworkError (RequestTimeout, RateLimitExceeded, DDoSProtection,
        ExchangeNotAvailable, OnMaintenance) and BadResponse sit under OperationFailed, not under
        ExchangeError. Only BadSymbol/BadRequest are about the question; everything else means
        the exchange cannot answer now (including a geo-block, which is an ExchangeError).
        """
        try:
            # A local decimal context: ccxt changes the thread's rounding and traps and leaves them so.
            with self._lock, decimal.localcontext():
                return method(*args, **kwargs)
        except ccxt.BadSymbol:
            # Not listed at all: asking again cannot help (the signal guard's market_not_listed).
            raise MarketNotListed(f"{self.name} does not list {symbol}.") from None
        except ccxt.BadRequest as exc:
            raise MarketDataUnavailable(f"{self.name} refused the request for {symbol}: {_short(exc)}") from exc
        except ccxt.BaseError as exc:
            raise SourceUnreachable(
                f"{self.name} is unreachable ({type(exc).__name__}: {_short(exc)})"
            ) from exc


def _short(exc: Exception) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) <= MAX_ERROR_CHARS else text[:MAX_ERROR_CHARS] + "..."
