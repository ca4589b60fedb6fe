import pytest
from django.test import override_settings

from execution.market import (
    AutoPriceSource,
    CcxtPriceSource,
    ReplayPriceSource,
    SimPriceSource,
    get_price_source,
    price_source_from_setting,
    reset_price_source,
)


def test_sim_setting_builds_a_seeded_simulator():
    source = price_source_from_setting("sim", 5)
    assert isinstance(source, SimPriceSource)
    assert source.seed == 5


def test_replay_setting_reads_the_named_file(write_csv):
    path = write_csv("XRP_USDT-5m.csv", ["2021-11-15T00:00:00Z,1,1,1,1,1", "2021-11-15T00:05:00Z,1,1,1,1,1"])
    source = price_source_from_setting(f"replay:{path}", 5)
    assert isinstance(source, ReplayPriceSource)
    assert source.name == "replay:XRP_USDT-5m.csv"


def test_ccxt_setting_builds_the_named_exchange_without_calling_it():
    source = price_source_from_setting("ccxt:kraken", 5)
    assert isinstance(source, CcxtPriceSource)
    assert source.name == "ccxt:kraken"
    assert source.exchange.id == "kraken"


def test_auto_setting_is_binance_with_sim_fallback():
    source = price_source_from_setting("auto", 5)
    assert isinstance(source, AutoPriceSource)
    assert source.primary.name == "ccxt:binance"
    assert isinstance(source.fallback, SimPriceSource) and source.fallback.seed == 5
    # Spot only, so one exchangeInfo download is enough.
    assert source.primary.exchange.options["fetchMarkets"]["types"] == ["spot"]


@pytest.mark.parametrize("value", ["", "random", "replay:", "ccxt:", "SIM"])
def test_invalid_setting_names_the_valid_forms(value):
    with pytest.raises(ValueError, match=r'"auto", "sim", "replay:<path.*"ccxt:<exchange id>"'):
        price_source_from_setting(value, 1)


def test_get_price_source_is_cached_per_process():
    assert get_price_source() is get_price_source()


def test_reset_price_source_starts_a_fresh_walk():
    first = get_price_source()
    reset_price_source()
    assert get_price_source() is not first


def test_get_price_source_follows_changed_settings():
    with override_settings(MARKET_DATA="sim", MARKET_DATA_SEED=1):
        first = get_price_source()
    with override_settings(MARKET_DATA="sim", MARKET_DATA_SEED=2):
        second = get_price_source()
    assert (first.seed, second.seed) == (1, 2)
