"""Live-exchange tests: real ccxt, recorded exchange answers, never the network.

The recorder replaces the HTTP transport under ccxt (requests' ``HTTPAdapter.send``), so ccxt's
own request signing, URL building, sandbox switching, HTTP error mapping and order/balance/position
parsing all run for real; only the bytes on the wire come from ``recorded/``, in Binance's wire
format (spot REST v3 and USDⓈ-M futures REST), one queued answer per expected request.
"""
from __future__ import annotations

import json
import socket
from collections import defaultdict, deque
from decimal import Decimal
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from cryptography.fernet import Fernet
from requests.adapters import HTTPAdapter

from accounts.models import Membership
from execution.exchanges.live import reset_markets_cache
from tests.conftest import make_user

RECORDED = Path(__file__).resolve().parent / "recorded"
SPOT_MARKETS = Path(__file__).resolve().parent.parent / "fixtures" / "binance" / "exchangeInfo.json"

# Plain-text key material every secrecy test greps for.
API_KEY = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A"
SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j"
PASSWORD = "okx-passphrase-Tr0ub4dor"


def recorded(name: str):
    return json.loads((RECORDED / name).read_text())


class RecordedExchangeHttp:
    """Answers ccxt's HTTP requests from queued recordings; an unexpected request fails the test."""

    def __init__(self):
        self.queues: dict[tuple[str, str], deque] = defaultdict(deque)
        self.requests: list[requests.PreparedRequest] = []
        # Market lists are answered every time they are asked for (a fresh client loads them).
        self.always = {
            ("GET", "/api/v3/exchangeInfo"): (200, json.loads(SPOT_MARKETS.read_text())),
            ("GET", "/fapi/v1/exchangeInfo"): (200, recorded("fapi_v1_exchangeInfo.json")),
            ("GET", "/fapi/v1/leverageBracket"): (200, recorded("fapi_leverageBracket.json")),
        }

    def answer(self, method: str, path: str, body, status: int = 200) -> None:
        """Queue one answer. ``body``: a recording's file name, a JSON-able object, an exception
        to raise (a network failure), or a function of the request's parameters (which may return
        ``(status, body)``, or raise a network failure itself)."""
        if isinstance(body, str) and body.endswith(".json"):
            body = recorded(body)
        self.queues[(method, path)].append((status, body))

    def calls(self, method: str | None = None, path: str | None = None) -> list[requests.PreparedRequest]:
        return [
            r for r in self.requests
            if (method is None or r.method == method) and (path is None or urlsplit(r.url).path == path)
        ]

    def params(self, request) -> dict:
        """The request's parameters, from its query string and its form body."""
        body = request.body.decode() if isinstance(request.body, bytes) else (request.body or "")
        query = parse_qs(urlsplit(request.url).query)
        query.update(parse_qs(body))
        return {key: values[0] for key, values in query.items()}

    def send(self, request, **kwargs):
        self.requests.append(request)
        key = (request.method, urlsplit(request.url).path)
        if self.queues.get(key):
            status, body = self.queues[key].popleft()
        elif key in self.always:
            status, body = self.always[key]
        else:
            raise AssertionError(f"ccxt sent an unexpected request: {request.method} {request.url}")
        if isinstance(body, Exception):
            raise body
        if callable(body):
            body = body(self.params(request))
            if isinstance(body, tuple):  # a function may answer with its own status: (400, {...})
                status, body = body
        response = requests.Response()
        response.status_code = status
        response.reason = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 429: "Too Many Requests",
                           503: "Service Unavailable"}.get(status, "")
        response.headers["Content-Type"] = "application/json;charset=UTF-8"
        response._content = json.dumps(body).encode()
        response.url = request.url
        response.request = request
        return response


@pytest.fixture
def exchange_http(monkeypatch) -> RecordedExchangeHttp:
    recorder = RecordedExchangeHttp()
    monkeypatch.setattr(HTTPAdapter, "send", lambda adapter, request, **kwargs: recorder.send(request, **kwargs))
    return recorder


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """A safety net under the recorder: any socket that tries to leave the machine fails at once."""

    def refuse(*args, **kwargs):
        raise OSError("network access is disabled in the live-exchange tests")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture(autouse=True)
def fresh_markets_cache():
    reset_markets_cache()
    yield
    reset_markets_cache()


@pytest.fixture
def fernet_key(settings) -> str:
    key = Fernet.generate_key().decode()
    settings.ECHOTRADE_CREDENTIALS_KEYS = [key]
    return key


@pytest.fixture
def no_fernet_key(settings):
    settings.ECHOTRADE_CREDENTIALS_KEYS = []


@pytest.fixture
def owner(angry):
    return make_user("olive", accounts=[angry], role=Membership.Role.OWNER)


@pytest.fixture
def trader_member(angry):
    return make_user("trudy", accounts=[angry], role=Membership.Role.TRADER)


@pytest.fixture
def viewer(angry):
    return make_user("vera", accounts=[angry], role=Membership.Role.VIEWER)


@pytest.fixture
def store_key(fernet_key, owner, angry):
    """Stores a Binance key for ``angry`` through the service; returns a function for other venues."""
    from execution.services.live import exchange_credential_store

    def store(exchange="binance", market_type="spot", sandbox=True, password="", account=None):
        return exchange_credential_store(
            account=account or angry, actor=owner, exchange=exchange, market_type=market_type, sandbox=sandbox,
            api_key=API_KEY, secret=SECRET, password=password,
        )

    return store


def quote_like(price="67000", bid="66999", ask="67001"):
    """The shape of a Quote row the adapters read (price, bid, ask)."""
    from types import SimpleNamespace

    return SimpleNamespace(symbol="BTC/USDT", price=Decimal(price), bid=Decimal(bid), ask=Decimal(ask))
