"""The TradingView UDF feed the chart page reads: config, symbols, search, history, time."""
import time

import pytest
from rest_framework.test import APIClient

pytestmark = pytest.mark.usefixtures("market")

HOUR = 3600


def test_every_udf_route_needs_a_login_when_market_data_is_private(db, settings):
    settings.PUBLIC_MARKET_DATA = False
    for path in ("/udf/config", "/udf/symbols?symbol=BTC/USDT", "/udf/search?query=BTC", "/udf/history", "/udf/time"):
        assert APIClient().get(path).status_code == 401, path


def test_config_lists_the_resolutions_and_features(api):
    body = api.get("/udf/config").json()
    assert body["supported_resolutions"] == ["1", "5", "15", "60", "240", "1D"]
    assert {"supports_search", "supports_group_request", "supports_marks", "supports_timescale_marks", "supports_time"} <= set(body)
    assert body["supports_search"] is True and body["supports_group_request"] is False


@pytest.mark.parametrize("asked", ["BTC/USDT", "BTCUSDT", "BINANCE:BTCUSDT"])
def test_symbols_resolves_any_spelling_to_the_pair(api, asked):
    body = api.get("/udf/symbols", {"symbol": asked}).json()
    assert (body["name"], body["ticker"], body["type"], body["session"], body["timezone"]) == (
        "BTC/USDT", "BTC/USDT", "crypto", "24x7", "Etc/UTC",
    )
    assert body["pricescale"] == 100  # BTC at 67,000 is quoted to the cent
    assert body["has_intraday"] is True
    assert body["supported_resolutions"] == ["1", "5", "15", "60", "240", "1D"]


def test_symbols_gives_a_small_price_more_decimals(api):
    from execution.market.services import quote_set

    quote_set(symbol="ADA/USDT", price="0.451234")
    assert api.get("/udf/symbols", {"symbol": "ADA/USDT"}).json()["pricescale"] == 1_000_000


@pytest.mark.parametrize("asked", ["", "not a pair!"])
def test_symbols_answers_an_error_for_a_bad_symbol(api, asked):
    response = api.get("/udf/symbols", {"symbol": asked})
    assert response.status_code == 400
    assert response.json()["s"] == "error" and response.json()["errmsg"]


def test_search_finds_symbols_by_any_part(api):
    found = api.get("/udf/search", {"query": "eth", "limit": 10}).json()
    assert [r["symbol"] for r in found] == ["ETH/USDT"]
    assert set(found[0]) == {"symbol", "full_name", "description", "exchange", "ticker", "type"}
    assert [r["symbol"] for r in api.get("/udf/search", {"query": "BTCUSDT"}).json()] == ["BTC/USDT"]


def test_search_honours_the_limit(api):
    assert len(api.get("/udf/search", {"query": "USDT", "limit": 3}).json()) == 3


@pytest.mark.parametrize("limit", ["zero", "0", "1000"])
def test_search_refuses_a_bad_limit(api, limit):
    response = api.get("/udf/search", {"query": "BTC", "limit": limit})
    assert response.status_code == 400 and response.json()["s"] == "error"


def test_history_answers_ok_with_bars_inside_the_range(api):
    now = int(time.time())
    start, end = now - 10 * HOUR, now
    body = api.get("/udf/history", {"symbol": "BTC/USDT", "resolution": "60", "from": start, "to": end}).json()
    assert body["s"] == "ok"
    assert set(body) == {"s", "t", "o", "h", "l", "c", "v"}
    assert len({len(body[k]) for k in "tohlcv"}) == 1
    assert 9 <= len(body["t"]) <= 11
    assert all(start <= t < end for t in body["t"])
    assert body["t"] == sorted(body["t"]) and all(t % HOUR == 0 for t in body["t"])
    assert all(low <= high for low, high in zip(body["l"], body["h"]))
    assert all(isinstance(x, float) for x in body["c"])


@pytest.mark.parametrize("resolution, seconds", [("1", 60), ("5", 300), ("15", 900), ("240", 14400), ("1D", 86400)])
def test_history_maps_each_resolution_to_its_timeframe(api, resolution, seconds):
    now = int(time.time())
    body = api.get("/udf/history", {"symbol": "ETH/USDT", "resolution": resolution, "from": now - 5 * seconds, "to": now}).json()
    assert body["s"] == "ok"
    assert all(b - a == seconds for a, b in zip(body["t"], body["t"][1:]))


def test_history_takes_countback_bars_before_to(api):
    now = int(time.time())
    body = api.get("/udf/history", {"symbol": "BTC/USDT", "resolution": "60", "from": now - HOUR, "to": now, "countback": 24}).json()
    assert body["s"] == "ok" and len(body["t"]) == 24


def test_history_before_the_data_answers_no_data(api):
    body = api.get("/udf/history", {"symbol": "BTC/USDT", "resolution": "1", "from": 1_000_000, "to": 1_000_600}).json()
    assert body == {"s": "no_data"}


@pytest.mark.parametrize(
    "params, word",
    [
        ({"resolution": "60", "from": 1, "to": 2}, "symbol"),
        ({"symbol": "BTC/USDT", "resolution": "7", "from": 1, "to": 2}, "resolution"),
        ({"symbol": "BTC/USDT", "resolution": "60", "to": 2}, "from"),
        ({"symbol": "BTC/USDT", "resolution": "60", "from": "soon", "to": 2}, "from"),
        ({"symbol": "BTC/USDT", "resolution": "60", "from": 5, "to": 5}, "after"),
        ({"symbol": "BTC/USDT", "resolution": "60", "from": 1, "to": 5, "countback": 0}, "countback"),
    ],
)
def test_history_refuses_bad_parameters_with_an_error(api, params, word):
    response = api.get("/udf/history", params)
    assert response.status_code == 400
    body = response.json()
    assert body["s"] == "error" and word in body["errmsg"]


def test_time_is_plain_epoch_seconds(api):
    response = api.get("/udf/time")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert abs(int(response.content) - time.time()) < 5
