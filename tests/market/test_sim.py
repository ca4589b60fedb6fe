from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest

from echotrade.exceptions import MarketDataUnavailable
from execution.market import SimPriceSource
from execution.market.sim import KNOWN_MARKETS, start_price_for

NOW = datetime(2024, 6, 10, 7, 42, 13, tzinfo=timezone.utc)


def fixed_clock():
    return NOW


def quotes(source, calls):
    return [source.quote(symbol) for symbol in calls]


def test_sim_is_deterministic_for_a_seed():
    calls = ["BTC/USDT", "ETH/USDT", "BTC/USDT", "PEPE/USDT", "BTC/USDT"] * 20
    first = quotes(SimPriceSource(7, clock=fixed_clock), calls)
    second = quotes(SimPriceSource(7, clock=fixed_clock), calls)
    assert first == second


def test_sim_differs_between_seeds():
    assert SimPriceSource(1).quote("BTC/USDT").price != SimPriceSource(2).quote("BTC/USDT").price


def test_sim_symbols_walk_independently():
    alone = SimPriceSource(7)
    mixed = SimPriceSource(7)
    btc_alone = [alone.quote("BTC/USDT").price for _ in range(5)]
    btc_mixed = []
    for _ in range(5):
        mixed.quote("ETH/USDT")
        btc_mixed.append(mixed.quote("BTC/USDT").price)
    assert btc_alone == btc_mixed


def test_each_sim_quote_advances_the_walk():
    source = SimPriceSource(3)
    prices = [source.quote("ETH/USDT").price for _ in range(10)]
    assert len(set(prices)) > 1


@pytest.mark.parametrize(
    "symbol, low, high",
    [
        ("BTC/USDT", 60000, 74000),
        ("ETH/USDT", 2800, 3600),
        ("BNB/USDT", 500, 660),
        ("ADA/USDT", Decimal("0.38"), Decimal("0.52")),
        ("SOL/USDT", 125, 175),
        ("XRP/USDT", Decimal("0.46"), Decimal("0.64")),
        ("DOGE/USDT", Decimal("0.12"), Decimal("0.18")),
    ],
)
def test_sim_starts_near_realistic_prices(symbol, low, high):
    source = SimPriceSource(42)
    prices = [source.quote(symbol).price for _ in range(50)]
    assert all(low < price < high for price in prices), (symbol, min(prices), max(prices))


def test_sim_quote_has_a_sane_spread_volume_and_24h_change():
    source = SimPriceSource(42, clock=fixed_clock)
    quote = source.quote("BTC/USDT")
    assert isinstance(quote.price, Decimal)
    assert quote.bid < quote.price < quote.ask
    # About 1 bp for BTC; alts are wider.
    assert (quote.ask - quote.bid) / quote.price < Decimal("0.00011")
    alt = source.quote("DOGE/USDT")
    assert (alt.ask - alt.bid) / alt.price > (quote.ask - quote.bid) / quote.price
    assert quote.volume > 0
    start = Decimal(KNOWN_MARKETS["BTC/USDT"][0])
    assert quote.change_24h == ((quote.price / start - 1) * 100).quantize(Decimal("0.01"))
    assert quote.ts == NOW
    assert quote.source == "sim"


def test_sim_quotes_any_usdt_pair_from_a_stable_start_price():
    price = start_price_for("FOO/USDT")
    assert price == start_price_for("FOO/USDT")
    assert Decimal("0.01") <= price <= Decimal("100")
    quote = SimPriceSource(1).quote("FOO/USDT")
    assert abs(quote.price / price - 1) < Decimal("0.05")


def test_sim_prices_stay_positive_over_a_long_run():
    source = SimPriceSource(5)
    assert all(source.quote("DOGE/USDT").bid > 0 for _ in range(5000))


@pytest.mark.parametrize("symbol", ["BTC/EUR", "btc/usdt", "BTCUSDT", ""])
def test_sim_refuses_symbols_it_cannot_price(symbol):
    with pytest.raises(MarketDataUnavailable):
        SimPriceSource(1).quote(symbol)


def test_sim_candles_are_valid_ohlc_ending_now_at_the_current_price():
    source = SimPriceSource(42, clock=fixed_clock)
    last_quote = source.quote("ETH/USDT")
    candles = source.candles("ETH/USDT", "1h", limit=50)
    assert len(candles) == 50
    assert candles[-1].ts == datetime(2024, 6, 10, 7, tzinfo=timezone.utc)
    assert all(b.ts - a.ts == timedelta(hours=1) for a, b in zip(candles, candles[1:]))
    assert candles[-1].close == last_quote.price
    for candle in candles:
        assert candle.high >= max(candle.open, candle.close)
        assert 0 < candle.low <= min(candle.open, candle.close)
        assert candle.volume > 0


def test_sim_candles_are_deterministic_and_leave_the_quotes_alone():
    drawn = SimPriceSource(9, clock=fixed_clock)
    plain = SimPriceSource(9, clock=fixed_clock)
    assert drawn.candles("BTC/USDT", "5m", 20) == plain.candles("BTC/USDT", "5m", 20)
    drawn.candles("BTC/USDT", "1d", 100)
    assert drawn.quote("BTC/USDT") == plain.quote("BTC/USDT")


def test_sim_candles_refuse_an_unknown_timeframe():
    with pytest.raises(MarketDataUnavailable, match="timeframe"):
        SimPriceSource(1).candles("BTC/USDT", "3m")
