"""The market data every process shares: one ``Quote`` row per symbol.

Orders price themselves from ``quote_get``, which serves the stored row while it is fresh and asks
the live source otherwise. It never falls back to a stale row: filling an order or checking a
stop against a price minutes old is worse than refusing the order with a clear message.
"""
from __future__ import annotations

import logging
from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.utils import timezone

from echotrade.exceptions import InvalidInput, MarketDataUnavailable, MarketNotListed
from echotrade.limits import MONEY_STEP
from echotrade.prepared import PreparedQuery
from execution.market.models import Quote

from .base import SYMBOL_RE, MarketQuote
from .sources import get_price_source

logger = logging.getLogger(__name__)

FOUR_PLACES = Decimal("0.0001")  # Quote.change_24h's scale


def quote_record(*, quote: MarketQuote) -> Quote:
    # Quantized here so the returned object holds what the database holds, on every backend.
    row, _ = Quote.objects.update_or_create(
        symbol=quote.symbol,
        defaults={
            "price": quote.price.quantize(MONEY_STEP),
            "bid": quote.bid.quantize(MONEY_STEP),
            "ask": quote.ask.quantize(MONEY_STEP),
            "volume": quote.volume.quantize(MONEY_STEP),
            "change_24h": quote.change_24h.quantize(FOUR_PLACES),
            "source": quote.source[: Quote._meta.get_field("source").max_length],
            "ts": quote.ts,
        },
    )
    return row


# Read for every signal received and every copy: compiled once (echotrade/prepared.py).
_STORED_QUOTE = PreparedQuery(lambda symbol: Quote.objects.filter(symbol=symbol), probe="BTC/USDT")


def quote_get(*, symbol: str, max_age_seconds: int | None = None) -> Quote:
    max_age = settings.QUOTE_MAX_AGE_SECONDS if max_age_seconds is None else max_age_seconds
    stored = _STORED_QUOTE.first(symbol)
    if stored is not None and timezone.now() - stored.ts <= timedelta(seconds=max_age):
        return stored
    try:
        fresh = get_price_source().quote(symbol)
    except MarketDataUnavailable as exc:
        if stored is None or isinstance(exc, MarketNotListed):  # a delisted market stays "not listed"
            raise
        age = int((timezone.now() - stored.ts).total_seconds())
        raise MarketDataUnavailable(
            f"No fresh price for {symbol}: the last one is {age}s old (limit {max_age}s) "
            f"and the price source failed: {exc.message}"
        ) from exc
    return quote_record(quote=fresh)


def quotes_refresh(*, symbols: list[str]) -> list[Quote]:
    """Fetch and store each symbol; one failing symbol must not stop the others (beat task)."""
    source = get_price_source()
    recorded = []
    for symbol in dict.fromkeys(symbols):
        try:
            fresh = source.quote(symbol)
        except MarketDataUnavailable as exc:
            logger.warning("Could not refresh the quote for %s: %s", symbol, exc.message)
            continue
        recorded.append(quote_record(quote=fresh))
    return recorded


def quote_set(
    *,
    symbol: str,
    price: Decimal,
    bid: Decimal | None = None,
    ask: Decimal | None = None,
    volume: Decimal = Decimal("0"),
    change_24h: Decimal = Decimal("0"),
    source: str = "manual",
) -> Quote:
    """Store a given price as the market: tests and the position monitor use it to move prices."""
    # str() first: an int or a string is fine, a float would bring its binary noise along.
    if not SYMBOL_RE.match(symbol):
        raise InvalidInput(f"Invalid symbol {symbol!r}; write it as BASE/QUOTE, e.g. BTC/USDT.")
    price = Decimal(str(price))
    bid = price if bid is None else Decimal(str(bid))
    ask = price if ask is None else Decimal(str(ask))
    if not (price > 0 and bid > 0 and ask >= bid):
        raise InvalidInput(f"Not a valid quote for {symbol}: price {price}, bid {bid}, ask {ask}.")
    quote = MarketQuote(
        symbol=symbol,
        price=price,
        bid=bid,
        ask=ask,
        volume=Decimal(str(volume)),
        change_24h=Decimal(str(change_24h)),
        ts=timezone.now(),
        source=source,
    )
    return quote_record(quote=quote)
