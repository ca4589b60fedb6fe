"""Recorded Binance answers served through a client's real requests session, a clock that only moves
when slept, and the network switched off: shared by the leaderboard and copy-trading tests."""
from __future__ import annotations

import json
import socket
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import requests
from requests.adapters import BaseAdapter

# The keys Binance's endpoints name a leader by: the leaderboard's UID, a lead portfolio's id.
LEADER_KEYS = ("encryptedUid", "portfolioId")


class RecordedLeaderboardHttp(BaseAdapter):
    """Answers each endpoint from its queue of recorded answers; the last one answers repeats.

    An answer is a fixture file name (HTTP 200), ``(status, fixture name or dict or bytes)``, or an
    exception to raise (a timeout, a refused connection). POST bodies (JSON) and GET query strings
    are both recorded, and both name the leader an answer may be queued for.
    """

    def __init__(self, fixtures: Path):
        super().__init__()
        self.fixtures = fixtures
        self.requests: list[dict] = []
        self.answers: dict[tuple[str, str | None], list] = {}

    def answer(self, endpoint: str, *answers, uid: str | None = None) -> None:
        """Queue answers for an endpoint, for one leader (``encryptedUid`` or ``portfolioId``) or (no uid) for all."""
        self.answers[(endpoint, uid)] = list(answers)

    def calls(self, endpoint: str) -> list[dict]:
        return [r for r in self.requests if r["endpoint"] == endpoint]

    def send(self, request, **kwargs):
        url = urlsplit(request.url)
        endpoint = url.path.rsplit("/", 1)[-1]
        body = json.loads(request.body) if request.body else None
        params = dict(parse_qsl(url.query))
        self.requests.append({
            "endpoint": endpoint, "url": request.url, "path": url.path, "method": request.method,
            "headers": dict(request.headers), "json": body, "params": params, "timeout": kwargs.get("timeout"),
        })
        named = {**params, **(body or {})}
        leader = next((str(named[key]) for key in LEADER_KEYS if key in named), None)
        queue = self.answers.get((endpoint, leader)) or self.answers.get((endpoint, None))
        if not queue:
            raise AssertionError(f"the client asked for an unrecorded endpoint: {request.url}")
        answer = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(answer, Exception):
            raise answer
        status, content = answer if isinstance(answer, tuple) else (200, answer)
        return self._response(request, status, content)

    def close(self):
        pass

    def _response(self, request, status: int, body) -> requests.Response:
        if isinstance(body, str):
            content = (self.fixtures / body).read_bytes()
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


def network_off(monkeypatch) -> None:
    """Any socket that tries to leave the machine fails the call at once."""

    def refuse(*args, **kwargs):
        raise OSError("network access is disabled in the Binance tests")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
