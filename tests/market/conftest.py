"""Shared fixtures for the market-data tests: recorded Binance answers, tiny candle files, no network.

ccxt is tested through its own code from the HTTP response up: a requests transport adapter
mounted on the exchange's session answers from ``tests/fixtures/binance/`` in Binance's exact
wire format, so ccxt's URL signing, JSON decoding, HTTP error mapping and market/ticker/OHLCV
parsing all run for real.
"""
from __future__ import annotations

import json
import socket
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import ccxt
import pytest
import requests
from requests.adapters import BaseAdapter

from execution.market import reset_price_source
from execution.market.ccxt_source import exchange_config
from tests.shared_data import shared_data

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "binance"
REAL_XRP_FILE = shared_data("market/XRP_USDT-5m.csv")


class RecordedBinanceHttp(BaseAdapter):
    """Serves recorded Binance REST responses by URL path; an unrecorded URL fails the test."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []  # every URL ccxt asked for, in order
        self.outage: Exception | None = None  # raised for every request while set
        self.errors: dict[str, tuple[int, dict]] = {}  # path -> (HTTP status, Binance error body)

    def send(self, request, **kwargs):
        self.urls.append(request.url)
        if self.outage is not None:
            raise self.outage
        url = urlsplit(request.url)
        query = {key: values[0] for key, values in parse_qs(url.query).items()}
        if url.path in self.errors:
            status, body = self.errors[url.path]
            return self._response(request, status, body)
        return self._response(request, 200, json.loads(self._fixture(url.path, query).read_text()))

    def close(self):
        pass

    @staticmethod
    def _fixture(path: str, query: dict) -> Path:
        if path == "/api/v3/exchangeInfo":
            name = "exchangeInfo.json"
        elif path == "/api/v3/ticker/24hr":
            name = f"ticker_24hr_{query['symbol']}.json"
        elif path == "/api/v3/klines":
            name = f"klines_{query['symbol']}_{query['interval']}.json"
        else:
            raise AssertionError(f"ccxt asked for an unrecorded URL: {path}?{query}")
        fixture = FIXTURES / name
        if not fixture.exists():
            raise AssertionError(f"no recorded response {name} for {path}?{query}")
        return fixture

    @staticmethod
    def _response(request, status: int, body) -> requests.Response:
        response = requests.Response()
        response.status_code = status
        response.reason = {200: "OK", 400: "Bad Request", 451: "Unavailable For Legal Reasons"}.get(status, "")
        response.headers["Content-Type"] = "application/json;charset=UTF-8"
        response._content = json.dumps(body).encode()
        response.url = request.url
        response.request = request
        return response


@pytest.fixture
def binance_http() -> RecordedBinanceHttp:
    return RecordedBinanceHttp()


@pytest.fixture
def recorded_binance(binance_http) -> ccxt.binance:
    """A real ccxt.binance built with our production options, answering from the recordings."""
    exchange = ccxt.binance(exchange_config("binance"))
    exchange.session.mount("https://", binance_http)
    exchange.session.mount("http://", binance_http)
    return exchange


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """A safety net: any socket that tries to leave the machine fails the call at once."""

    def refuse(*args, **kwargs):
        raise OSError("network access is disabled in the market-data tests")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture(autouse=True)
def fresh_price_source():
    """The process-wide source keeps state (the walk, the replay cursor) between calls."""
    reset_price_source()
    yield
    reset_price_source()


@pytest.fixture
def write_csv(tmp_path):
    """Writes a candle CSV into tmp_path: ``write_csv("XRP_USDT-5m.csv", rows)``."""

    def write(name: str, rows: list[str], header: str = "date,open,high,low,close,volume") -> Path:
        path = tmp_path / name
        path.write_text("\n".join([header, *rows]) + "\n")
        return path

    return write


@pytest.fixture
def real_xrp_file() -> Path:
    if not REAL_XRP_FILE.exists():
        pytest.skip(f"{REAL_XRP_FILE} is not available on this machine")
    return REAL_XRP_FILE
