"""Recorded Binance leaderboard answers, served through the client's real requests session.

``RecordedLeaderboardHttp`` (``recorded.py``) is a requests transport adapter mounted on the
session the client uses, so the client's URL building, JSON body, headers, timeout, status handling
and JSON decoding all run for real; only the bytes come from ``fixtures/`` instead of www.binance.com.
"""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import requests

from signals.sources.binance import LeaderboardClient, RateLimiter
from tests.leaderboard.recorded import FakeTime, RecordedLeaderboardHttp, network_off
from traders.services import trader_create

FIXTURES = Path(__file__).resolve().parent / "fixtures"
UID = "4F8A2C1D9E7B6A5F3C0D8E2B1A9F7C6E"
POSITIONS, BASE_INFO = "getOtherPosition", "getOtherLeaderboardBaseInfo"


@pytest.fixture
def leaderboard_http() -> RecordedLeaderboardHttp:
    return RecordedLeaderboardHttp(FIXTURES)


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
    network_off(monkeypatch)
