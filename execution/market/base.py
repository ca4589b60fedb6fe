"""What every market-data source returns, and the one interface they share.

A source answers two questions: "what is the price of BTC/USDT now?" (``quote``) and "what did
the last N candles look like?" (``candles``). Sim, replay and ccxt sources all speak this shape,
so the services above them never know which one is live.
"""
from __future__ import annotations

import re
from abc import ABC, abstractmethod
from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal

from echotrade.exceptions import MarketDataUnavailable

TIMEFRAMES = ("1m", "5m", "15m", "1h", "4h", "1d")
TIMEFRAME_SECONDS = {"1m": 60, "5m": 300, "15m": 900, "1h": 3600, "4h": 14400, "1d": 86400}

# "BTC/USDT": upper-case base and quote, as ccxt spells unified spot symbols and as
# echotrade.symbols.normalize_symbol writes them.
SYMBOL_RE = re.compile(r"^[A-Z0-9]{1,20}/[A-Z0-9]{1,20}$")


class SourceUnreachable(MarketDataUnavailable):
    """The whole source is down (network, rate limit, maintenance, geo-block), not one symbol.

    AutoPriceSource falls back only on this: an exchange that does not list a symbol is
    reachable, and quoting that symbol from the simulator instead would mix fake and real prices.
    """


@dataclass(frozen=True)
class MarketQuote:
    symbol: str
    price: Decimal
    bid: Decimal
    ask: Decimal
    volume: Decimal
    change_24h: Decimal  # percent, e.g. Decimal("-1.25")
    ts: datetime  # aware UTC: when the quote was observed
    source: str

    def __post_init__(self):
        # The Quote table has the same check; failing here names the source that produced it.
        if not (self.price > 0 and self.bid > 0 and self.ask >= self.bid):
            raise ValueError(
                f"{self.source} produced an insane quote for {self.symbol}: "
                f"price={self.price} bid={self.bid} ask={self.ask}"
            )
        if self.ts.tzinfo is None:
            raise ValueError(f"{self.source} quote for {self.symbol} has a naive timestamp")


@dataclass(frozen=True)
class Candle:
    ts: datetime  # aware UTC open time of the candle
    open: Decimal
    high: Decimal
    low: Decimal
    close: Decimal
    volume: Decimal


class PriceSource(ABC):
    name: str  # shown in the UI and stored on each Quote, e.g. "sim" or "ccxt:binance"

    @abstractmethod
    def quote(self, symbol: str) -> MarketQuote:
        """The latest quote for ``symbol``; raises MarketDataUnavailable when there is none."""

    @abstractmethod
    def candles(self, symbol: str, timeframe: str, limit: int = 200) -> list[Candle]:
        """Up to ``limit`` candles, oldest first, ending with the latest (for a live source, still open)."""

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name}>"


def timeframe_seconds(timeframe: str) -> int:
    try:
        return TIMEFRAME_SECONDS[timeframe]
    except KeyError:
        raise MarketDataUnavailable(
            f"Unknown timeframe {timeframe!r}; use one of {', '.join(TIMEFRAMES)}."
        ) from None


def check_symbol(symbol: str) -> None:
    if not isinstance(symbol, str) or not SYMBOL_RE.match(symbol):
        raise MarketDataUnavailable(f"Invalid symbol {symbol!r}; write it as BASE/QUOTE, e.g. BTC/USDT.")


def check_limit(limit: int) -> None:
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}")


def floor_time(ts: datetime, seconds: int) -> datetime:
    """The start of the ``seconds``-long bucket holding the aware ``ts``, aligned to the Unix
    epoch as exchanges align their candles (a 4h candle opens at 00:00, 04:00, ... UTC)."""
    epoch = int(ts.timestamp())
    return datetime.fromtimestamp(epoch - epoch % seconds, tz=timezone.utc)


__all__ = [
    "TIMEFRAMES",
    "TIMEFRAME_SECONDS",
    "Candle",
    "MarketQuote",
    "PriceSource",
    "SourceUnreachable",
    "check_limit",
    "check_symbol",
    "floor_time",
    "timeframe_seconds",
]
