"""The price feed: recorded ticks, pushed quotes, cached candles.

Every refreshed quote is stored as a tick (the last ``TICKS_KEPT`` per symbol are kept) and pushed
to the websocket group of its symbol once committed. Candles come from the price source and are
cached for a fraction of their timeframe, so a chart full of viewers costs one fetch.
"""
from __future__ import annotations

from django.core.cache import cache

from echotrade.events import publish_after_commit, quote_group
from echotrade.exceptions import InvalidInput
from echotrade.fields import decimal_text
from execution.market.base import TIMEFRAME_SECONDS, TIMEFRAMES, Candle
from execution.market.sources import get_price_source
from execution.market.models import Quote, Tick

TICKS_KEPT = 1000


def quote_message(quote: Quote) -> dict:
    """The ``/stream`` frame for a quote (the source documents' shape; amounts as strings)."""
    return {
        "type": "quote", "symbol": quote.symbol, "price": _text(quote.price), "bid": _text(quote.bid),
        "ask": _text(quote.ask), "volume": _text(quote.volume), "change_24h": _text(quote.change_24h),
        "ts": quote.ts.isoformat(), "source": quote.source,
    }


def _text(value) -> str:
    return decimal_text(value)


def feed_record(*, quote: Quote) -> Tick:
    """Keep the quote as a tick, trim the symbol's history, and push it to subscribers after commit."""
    tick = Tick.objects.create(
        symbol=quote.symbol, price=quote.price, bid=quote.bid, ask=quote.ask, volume=quote.volume, ts=quote.ts
    )
    oldest_kept = (
        Tick.objects.filter(symbol=quote.symbol).order_by("-id").values_list("id", flat=True)[TICKS_KEPT - 1:TICKS_KEPT]
    )
    if oldest_kept:
        Tick.objects.filter(symbol=quote.symbol, id__lt=oldest_kept[0]).delete()
    publish_after_commit(quote_group(quote.symbol), {"type": "quote.update", "quote": quote_message(quote)})
    return tick


def ticks_recent(*, symbol: str, limit: int = TICKS_KEPT) -> list[Tick]:
    return list(reversed(Tick.objects.filter(symbol=symbol).order_by("-id")[: min(limit, TICKS_KEPT)]))


def candles_get(*, symbol: str, timeframe: str, limit: int = 200) -> list[dict]:
    """OHLCV candles, oldest first, cached for a sixth of the timeframe (10 s to 5 min)."""
    if timeframe not in TIMEFRAMES:
        raise InvalidInput(f"Timeframe must be one of {', '.join(TIMEFRAMES)}.", fields={"timeframe": ["Unknown timeframe."]})
    limit = max(1, min(int(limit), 1000))
    key = _cache_key(f"candles:{get_price_source().name}:{symbol}:{timeframe}:{limit}")
    candles = cache.get(key)
    if candles is None:
        candles = [_candle_dict(c) for c in get_price_source().candles(symbol, timeframe, limit)]
        cache.set(key, candles, timeout=min(max(TIMEFRAME_SECONDS[timeframe] // 6, 10), 300))
    return candles


def _cache_key(key: str) -> str:
    """The key with blanks and control characters as "_": a fallen-back source is named
    "sim (ccxt:binance unreachable)", and memcached refuses a key with a space in it."""
    return "".join(c if c.isprintable() and not c.isspace() else "_" for c in key)


def _candle_dict(candle: Candle) -> dict:
    # By hand, not dataclasses.asdict: that deep-copies every Decimal, seconds on a chart's history.
    return {
        "ts": candle.ts.isoformat(), "open": _text(candle.open), "high": _text(candle.high),
        "low": _text(candle.low), "close": _text(candle.close), "volume": _text(candle.volume),
    }
