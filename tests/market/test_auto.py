import warnings
from decimal import Decimal

import pytest
import requests
from django.core.cache import CacheKeyWarning

from echotrade.exceptions import MarketDataUnavailable
from execution.market import AutoPriceSource, CcxtPriceSource, SimPriceSource
from execution.market.feed import candles_get
from execution.market.sources import price_source_used


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def auto(recorded_binance, clock):
    return AutoPriceSource(CcxtPriceSource("binance", recorded_binance), SimPriceSource(42), 300, clock=clock)


def test_auto_uses_the_exchange_while_it_answers(auto):
    quote = auto.quote("BTC/USDT")
    assert quote.source == "ccxt:binance"
    assert quote.price == Decimal("67034.56")
    assert auto.name == "ccxt:binance"


def test_auto_falls_back_to_sim_when_exchange_unreachable(auto, binance_http):
    binance_http.outage = requests.ConnectionError("Failed to resolve 'api.binance.com'")
    quote = auto.quote("BTC/USDT")
    assert quote.source == "sim (ccxt:binance unreachable)"  # each stored quote says it is a fallback
    assert auto.name == "sim (ccxt:binance unreachable)"
    assert not auto.primary_is_live


def test_auto_does_not_retry_the_exchange_until_the_retry_delay_passes(auto, binance_http, clock):
    binance_http.outage = requests.ConnectionError("down")
    auto.quote("BTC/USDT")
    asked = len(binance_http.urls)
    clock.now += 299
    auto.quote("BTC/USDT")
    auto.candles("BTC/USDT", "1h", 3)
    assert len(binance_http.urls) == asked


def test_auto_returns_to_the_exchange_once_it_answers_again(auto, binance_http, clock):
    binance_http.outage = requests.ConnectionError("down")
    auto.quote("BTC/USDT")
    binance_http.outage = None
    clock.now += 300
    assert auto.name == "sim (ccxt:binance unreachable)"  # not proven back until it answers
    assert auto.quote("BTC/USDT").source == "ccxt:binance"
    assert auto.name == "ccxt:binance"


def test_auto_stays_on_sim_when_the_retry_fails_again(auto, binance_http, clock):
    binance_http.outage = requests.ConnectionError("down")
    auto.quote("BTC/USDT")
    clock.now += 300
    assert auto.quote("BTC/USDT").source == "sim (ccxt:binance unreachable)"
    clock.now += 299
    asked = len(binance_http.urls)
    auto.quote("BTC/USDT")
    assert len(binance_http.urls) == asked


def test_auto_does_not_price_a_symbol_the_exchange_does_not_list_from_sim(auto):
    with pytest.raises(MarketDataUnavailable, match="does not list DOGE/USDT"):
        auto.quote("DOGE/USDT")
    assert auto.name == "ccxt:binance"


def test_auto_candles_fall_back_too(auto, binance_http):
    binance_http.outage = requests.Timeout("timed out")
    candles = auto.candles("BTC/USDT", "1h", 10)
    assert len(candles) == 10
    assert auto.name.startswith("sim")


def test_candles_from_a_fallen_back_source_are_cached_under_a_key_memcached_accepts(auto, binance_http):
    binance_http.outage = requests.ConnectionError("down")
    auto.quote("BTC/USDT")
    assert " " in auto.name  # "sim (ccxt:binance unreachable)"
    with price_source_used(auto), warnings.catch_warnings():
        warnings.simplefilter("error", CacheKeyWarning)
        first = candles_get(symbol="BTC/USDT", timeframe="4h", limit=5)
        asked = len(binance_http.urls)
        assert candles_get(symbol="BTC/USDT", timeframe="4h", limit=5) == first  # served from the cache
    assert len(first) == 5 and len(binance_http.urls) == asked
