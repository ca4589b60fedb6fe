"""Market data: where prices come from (sim, replay, ccxt, auto) and the shared Quote table.

    from execution.market import quote_get, get_price_source
    quote_get(symbol="BTC/USDT")                      # a fresh Quote row, or MarketDataUnavailable
    get_price_source().candles("BTC/USDT", "1h", 100)  # list[Candle]
"""
from .auto import AutoPriceSource
from .base import (
    TIMEFRAME_SECONDS,
    TIMEFRAMES,
    Candle,
    MarketQuote,
    PriceSource,
    SourceUnreachable,
)
from .ccxt_source import CcxtPriceSource
from .replay import ReplayPriceSource
from .services import quote_get, quote_record, quote_set, quotes_refresh
from .sim import SimPriceSource
from .sources import get_price_source, price_source_from_setting, reset_price_source

__all__ = [
    "TIMEFRAMES",
    "TIMEFRAME_SECONDS",
    "AutoPriceSource",
    "Candle",
    "CcxtPriceSource",
    "MarketQuote",
    "PriceSource",
    "ReplayPriceSource",
    "SimPriceSource",
    "SourceUnreachable",
    "get_price_source",
    "price_source_from_setting",
    "quote_get",
    "quote_record",
    "quote_set",
    "quotes_refresh",
    "reset_price_source",
]
