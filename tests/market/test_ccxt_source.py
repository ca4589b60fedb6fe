"""CcxtPriceSource against recorded Binance responses, parsed by ccxt itself (see conftest)."""
from datetime import datetime, timezone
from decimal import Decimal

import pytest
import requests

from echotrade.exceptions import MarketDataUnavailable
from execution.market import CcxtPriceSource, SourceUnreachable
from execution.market.ccxt_source import make_exchange

NOW = datetime(2024, 6, 10, 7, 10, tzinfo=timezone.utc)


@pytest.fixture
def source(recorded_binance):
    return CcxtPriceSource("binance", recorded_binance, clock=lambda: NOW)


def test_ccxt_ticker_is_parsed_by_ccxt_from_recorded_binance_response(source):
    quote = source.quote("BTC/USDT")
    assert quote.symbol == "BTC/USDT"
    assert quote.price == Decimal("67034.56")  # lastPrice
    assert quote.bid == Decimal("67034.55")  # bidPrice
    assert quote.ask == Decimal("67034.56")  # askPrice
    assert quote.volume == Decimal("23456.78901")  # volume (base asset)
    assert quote.change_24h == Decimal("1.876")  # priceChangePercent
    assert quote.source == "ccxt:binance"
    assert quote.ts == NOW
    assert all(isinstance(value, Decimal) for value in (quote.price, quote.bid, quote.ask, quote.volume))


def test_ccxt_loads_only_spot_markets_from_one_exchange_info(source, recorded_binance, binance_http):
    source.quote("BTC/USDT")
    paths = [url.split("?")[0] for url in binance_http.urls]
    assert paths == ["https://api.binance.com/api/v3/exchangeInfo", "https://api.binance.com/api/v3/ticker/24hr"]
    market = recorded_binance.market("BTC/USDT")
    assert market["spot"] and market["id"] == "BTCUSDT"
    assert market["precision"]["price"] == 0.01  # from the PRICE_FILTER tickSize
    assert market["limits"]["amount"]["min"] == 0.00001  # from the LOT_SIZE filter
    assert market["limits"]["cost"]["min"] == 5.0  # from the NOTIONAL filter


def test_ccxt_markets_are_loaded_once(source, binance_http):
    source.quote("BTC/USDT")
    source.quote("BTC/USDT")
    assert sum("exchangeInfo" in url for url in binance_http.urls) == 1


def test_ccxt_candles_are_parsed_from_recorded_klines(source, binance_http):
    candles = source.candles("BTC/USDT", "1h", limit=3)
    assert "interval=1h" in binance_http.urls[-1] and "limit=3" in binance_http.urls[-1]
    assert [c.ts for c in candles] == [
        datetime(2024, 6, 10, 5, tzinfo=timezone.utc),
        datetime(2024, 6, 10, 6, tzinfo=timezone.utc),
        datetime(2024, 6, 10, 7, tzinfo=timezone.utc),
    ]
    last = candles[-1]
    assert (last.open, last.high, last.low, last.close, last.volume) == (
        Decimal("67012"),
        Decimal("67500"),
        Decimal("66990.1"),
        Decimal("67034.56"),
        Decimal("402.9187"),
    )


def test_ccxt_symbol_the_exchange_does_not_list_is_unavailable_not_unreachable(source):
    with pytest.raises(MarketDataUnavailable, match="does not list DOGE/USDT") as caught:
        source.quote("DOGE/USDT")
    assert not isinstance(caught.value, SourceUnreachable)


def test_ccxt_connection_failure_is_unreachable(source, binance_http):
    binance_http.outage = requests.ConnectionError("Failed to resolve 'api.binance.com'")
    with pytest.raises(SourceUnreachable, match="ccxt:binance is unreachable.*NetworkError"):
        source.quote("BTC/USDT")


def test_ccxt_timeout_is_unreachable(source, binance_http):
    binance_http.outage = requests.Timeout("read timed out")
    with pytest.raises(SourceUnreachable, match="RequestTimeout"):
        source.candles("BTC/USDT", "1h", 3)


def test_ccxt_binance_geo_block_is_unreachable(source, binance_http):
    # What Binance answers from a restricted country (HTTP 451), recorded verbatim.
    binance_http.errors["/api/v3/exchangeInfo"] = (
        451,
        {
            "code": 0,
            "msg": "Service unavailable from a restricted location according to 'b. Eligibility' in "
            "https://www.binance.com/en/terms. Please contact customer service if you believe you "
            "received this message in error.",
        },
    )
    with pytest.raises(SourceUnreachable, match="ExchangeNotAvailable"):
        source.quote("BTC/USDT")


def test_ccxt_rate_limit_is_unreachable(source, binance_http):
    source.quote("BTC/USDT")  # markets loaded
    binance_http.errors["/api/v3/ticker/24hr"] = (
        429,
        {"code": -1003, "msg": "Too many requests; current limit of IP is 6000 requests per minute."},
    )
    with pytest.raises(SourceUnreachable, match="DDoSProtection"):
        source.quote("BTC/USDT")


def test_ccxt_invalid_symbol_answer_is_unavailable_not_unreachable(source, binance_http):
    source.quote("BTC/USDT")  # markets loaded
    binance_http.errors["/api/v3/ticker/24hr"] = (400, {"code": -1121, "msg": "Invalid symbol."})
    with pytest.raises(MarketDataUnavailable) as caught:
        source.quote("BTC/USDT")
    assert not isinstance(caught.value, SourceUnreachable)


def test_ccxt_refuses_an_unknown_timeframe_before_calling_the_exchange(source, binance_http):
    with pytest.raises(MarketDataUnavailable, match="timeframe"):
        source.candles("BTC/USDT", "2h")
    assert binance_http.urls == []


def test_unknown_ccxt_exchange_id_is_a_value_error():
    with pytest.raises(ValueError, match="no exchange 'nosuchexchange'"):
        make_exchange("nosuchexchange")
