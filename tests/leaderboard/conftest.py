"""Recorded Binance leaderboard answers, served through the client's real requests session.

``RecordedLeaderboardHttp`` is a requests transport adapter mounted on the session the client
uses, so the client's URL building, JSON body, headers, timeout, status handling and JSON decoding
all run for real; only the bytes come from ``fixtures/`` instead of www.binance.com.
"""
from __future__ import annotations

import json
import socket
from decimal import Decimal
from pathlib import Path

import pytest
import requests
from requests.adapters import BaseAdapter

from signals.sources.binance import LeaderboardClient, RateLimiter
from traders.services import trader_create

FIXTURES = Path(__file__).resolve().parent / "fixtures"
UID = "4F8A2C1D9E7B6A5F3C0D8E2B1A9F7C6E"
POSITIONS, BASE_INFO = "getOtherPosition", "getOtherLeaderboardBaseInfo"


class RecordedLeaderboardHttp(BaseAdapter):
    """Answers each endpoint from its queue of recorded answers; the last one answers repeats.

    An answer is a fixture file name (HTTP 200), ``(status, fixture name or dict or bytes)``, or an
    exception to raise (a timeout, a refused connection).
    """

    def __init__(self):
        super().__init__()
        self.requests: list[dict] = []
        self.answers: dict[tuple[str, str | None], list] = {}

    def answer(self, endpoint: str, *answers, uid: str | None = None) -> None:
        """Queue answers for an endpoint, for one trader's ``encryptedUid`` or (no uid) for all."""
        self.answers[(endpoint, uid)] = list(answers)

    def calls(self, endpoint: str) -> list[dict]:
        return [r for r in self.requests if r["endpoint"] == endpoint]

    def send(self, request, **kwargs):
        endpoint = request.url.rsplit("/", 1)[-1]
        self.requests.append({
            "endpoint": endpoint, "url": request.url, "method": request.method, "headers": dict(request.headers),
            "json": json.loads(request.body), "timeout": kwargs.get("timeout"),
        })
        uid = json.loads(request.body).get("encryptedUid")
        queue = self.answers.get((endpoint, uid)) or self.answers.get((endpoint, None))
        if not queue:
            raise AssertionError(f"the client asked for an unrecorded endpoint: {request.url}")
        answer = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(answer, Exception):
            raise answer
        status, body = answer if isinstance(answer, tuple) else (200, answer)
        return self._response(request, status, body)

    def close(self):
        pass

    @staticmethod
    def _response(request, status: int, body) -> requests.Response:
        if isinstance(body, str):
            content = (FIXTURES / body).read_bytes()
        elif isinstance(body, bytes):
            content = body
        else:
            content = json.dumps(body).encode()
        response = requests.Response()
        response.status_code = status
        response.headers["Content-Type"] = "application/json"
        response._content = content
        response.url = request.url
        response.request = request
        return response


class FakeTime:
    """A clock that only moves when someone sleeps: waits are recorded, never slept."""

    def __init__(self, start: float = 1000.0):
        self.now = start
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture
def leaderboard_http() -> RecordedLeaderboardHttp:
    return RecordedLeaderboardHttp()


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def client(leaderboard_http, fake_time) -> LeaderboardClient:
    session = requests.Session()
    session.mount("https://", leaderboard_http)
    session.mount("http://", leaderboard_http)
    limiter = RateLimiter(2, clock=fake_time.clock, sleep=fake_time.sleep)
    return LeaderboardClient(session=session, limiter=limiter, sleep=fake_time.sleep)


@pytest.fixture
def whale(accounts):
    """A leaderboard trader every account follows; its 0.9 default confidence passes every profile."""
    return trader_create(
        id="whale", name="Whale Watcher", source="binance", handle=UID, max_leverage=10,
        default_confidence=Decimal("0.9"), min_confidence=Decimal("0.7"),
    )


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """A safety net: any socket that tries to leave the machine fails the call at once."""

    def refuse(*args, **kwargs):
        raise OSError("network access is disabled in the leaderboard tests")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
