"""Recorded Binance copy-trading answers, served through the client's real requests session (see
``tests/leaderboard/recorded.py``); the network is off for every test here."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import requests

from signals.sources.binance import CopyTradingClient, RateLimiter
from signals.sources.binance.client import reset_process_limiter
from tests.leaderboard.recorded import FakeTime, RecordedLeaderboardHttp, network_off
from traders.services import trader_create

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PORTFOLIO = "3934251094384726784"
POSITIONS, DETAIL, HISTORY = "positions", "detail", "position-history"
HISTORY_PAGES = ("history_page_1.json", "history_page_2.json", "history_page_3.json")


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    network_off(monkeypatch)


@pytest.fixture
def binance_http() -> RecordedLeaderboardHttp:
    return RecordedLeaderboardHttp(FIXTURES)


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def session(binance_http) -> requests.Session:
    session = requests.Session()
    session.mount("https://", binance_http)
    session.mount("http://", binance_http)
    return session


@pytest.fixture
def copy_client(session, fake_time) -> CopyTradingClient:
    limiter = RateLimiter(2, clock=fake_time.clock, sleep=fake_time.sleep)
    client = CopyTradingClient(session=session, limiter=limiter, sleep=fake_time.sleep)
    client.history_page_size = 2  # the recorded history comes in pages of two
    return client


@pytest.fixture
def binance_transport(binance_http, monkeypatch, settings):
    """For code that builds its own client (tasks, commands, the API): every requests session's
    HTTPS transport answers from the recordings, with no rate-limit wait."""
    monkeypatch.setattr(requests.adapters.HTTPAdapter, "send", lambda adapter, request, **kw: binance_http.send(request, **kw))
    settings.LEADERBOARD_MIN_INTERVAL_SECONDS = 0
    reset_process_limiter()
    yield binance_http
    reset_process_limiter()


@pytest.fixture
def lead(accounts):
    """A copy-trading lead every account follows; its 0.9 default confidence passes every profile."""
    return trader_create(
        id="steady_lead", name="Steady Lead", source="binance_copy", portfolio_id=PORTFOLIO, max_leverage=10,
        default_confidence=Decimal("0.9"), min_confidence=Decimal("0.7"),
    )


def record_history(binance_http) -> None:
    binance_http.answer(DETAIL, "detail_shown.json")
    binance_http.answer(HISTORY, *HISTORY_PAGES)
