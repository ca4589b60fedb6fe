"""GET /api/v1/quotes?symbols=...: fresh quotes in the stream's frame shape, per-symbol errors."""
import pytest
from rest_framework.test import APIClient

pytestmark = pytest.mark.usefixtures("market")


def test_it_answers_each_asked_symbol_in_the_frame_shape(api):
    body = api.get("/api/v1/quotes", {"symbols": "BTC/USDT,ETH/USDT"}).json()
    assert [q["symbol"] for q in body["quotes"]] == ["BTC/USDT", "ETH/USDT"]
    btc = body["quotes"][0]
    assert set(btc) == {"type", "symbol", "price", "bid", "ask", "volume", "change_24h", "ts", "source"}
    assert (btc["price"], btc["bid"], btc["ask"], btc["type"]) == ("67000", "66999", "67001", "quote")
    assert body["errors"] == {}


def test_it_reads_joined_spellings_and_fetches_a_symbol_not_stored_yet(api):
    body = api.get("/api/v1/quotes", {"symbols": "btcusdt,SOL/USDT"}).json()
    assert [q["symbol"] for q in body["quotes"]] == ["BTC/USDT", "SOL/USDT"]
    assert body["quotes"][1]["source"] == "sim"


def test_a_symbol_without_a_quote_is_reported_beside_the_others(api):
    body = api.get("/api/v1/quotes", {"symbols": "BTC/USDT,BTC/EUR,???"}).json()
    assert [q["symbol"] for q in body["quotes"]] == ["BTC/USDT"]
    assert set(body["errors"]) == {"BTC/EUR", "???"}


@pytest.mark.parametrize("symbols", ["", ",", ",".join(["BTC/USDT"] * 51)])
def test_no_symbols_or_too_many_is_400(api, symbols):
    response = api.get("/api/v1/quotes", {"symbols": symbols})
    assert response.status_code == 400
    assert "symbols" in response.json()["errors"]


def test_it_answers_without_a_login_unless_market_data_is_private(db, settings):
    """The document's curl call works as it is; PUBLIC_MARKET_DATA=0 closes it (test_public_market_data.py)."""
    assert APIClient().get("/api/v1/quotes", {"symbols": "BTC/USDT"}).status_code == 200
    settings.PUBLIC_MARKET_DATA = False
    assert APIClient().get("/api/v1/quotes", {"symbols": "BTC/USDT"}).status_code == 401
