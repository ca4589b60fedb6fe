"""The beat task and ``manage.py sync_leaderboard``: they build their own client, so the recorded
answers are served from requests' own HTTPS transport (no socket is ever opened)."""
from decimal import Decimal

import pytest
import requests
from django.core.management import CommandError, call_command

from signals.models import Signal
from signals.sources.binance.client import reset_process_limiter
from signals.sources.binance.tasks import sync_leaderboard_traders
from traders.models import LeaderboardSnapshot
from traders.services import trader_create, trader_update

from .conftest import BASE_INFO, POSITIONS, UID

pytestmark = pytest.mark.django_db
OTHER_UID = "0B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5E"


@pytest.fixture(autouse=True)
def binance_transport(leaderboard_http, monkeypatch, settings):
    """Every requests session's HTTPS transport answers from the recordings, with no rate-limit wait."""
    monkeypatch.setattr(requests.adapters.HTTPAdapter, "send", lambda adapter, request, **kw: leaderboard_http.send(request, **kw))
    settings.LEADERBOARD_MIN_INTERVAL_SECONDS = 0
    reset_process_limiter()
    yield
    reset_process_limiter()


def test_the_task_syncs_every_active_leaderboard_trader_with_a_uid(whale, leaderboard_http, market):
    other = trader_create(id="other_whale", name="Other Whale", source="binance", handle=OTHER_UID)
    off = trader_create(id="off_whale", name="Off Whale", source="binance", handle="FFFF0000FFFF0000FFFF0000FFFF0000")
    trader_update(trader=off, active=False)
    trader_create(id="no_uid", name="No UID", source="binance")
    trader_create(id="tv", name="TV", source="tradingview", handle="someone")
    leaderboard_http.answer(POSITIONS, "positions_btc_long.json")
    results = sync_leaderboard_traders()
    assert set(results) == {"whale", "other_whale"}
    assert {call["json"]["encryptedUid"] for call in leaderboard_http.requests} == {UID, OTHER_UID}
    assert LeaderboardSnapshot.objects.filter(trader__in=[whale, other]).count() == 2


def test_one_traders_failure_does_not_stop_the_others(whale, leaderboard_http, market):
    trader_create(id="bad_uid", name="Bad UID", source="binance", handle="NOT-A-REAL-UID", priority=1)
    leaderboard_http.answer(POSITIONS, "positions_error.json", uid="NOT-A-REAL-UID")
    leaderboard_http.answer(POSITIONS, "positions_btc_long.json")
    results = sync_leaderboard_traders()
    assert results["bad_uid"].startswith("failed:") and "illegal parameter" in results["bad_uid"]
    assert "baseline" in results["whale"]


def test_the_task_copies_a_new_position_on_its_second_run(whale, leaderboard_http, market, django_capture_on_commit_callbacks):
    leaderboard_http.answer(BASE_INFO, "base_info_shared.json")
    leaderboard_http.answer(POSITIONS, "positions_none.json")
    sync_leaderboard_traders()
    leaderboard_http.answer(POSITIONS, "positions_btc_long.json")
    with django_capture_on_commit_callbacks(execute=True):
        sync_leaderboard_traders()
    assert Signal.objects.get().external_id.endswith(":open")
    assert whale.positions.count() == 3


def test_the_command_syncs_one_trader_and_prints_what_happened(whale, leaderboard_http, market, capsys):
    leaderboard_http.answer(POSITIONS, "positions_btc_long.json")
    call_command("sync_leaderboard", "whale")
    assert "whale: open long BTC/USDT (open positions recorded as a baseline, not copied)" in capsys.readouterr().out


def test_the_command_refuses_an_unknown_or_non_leaderboard_trader(whale):
    trader_create(id="tv", name="TV", source="tradingview", handle="someone", default_confidence=Decimal("0.8"))
    with pytest.raises(CommandError, match="No trader 'nobody'"):
        call_command("sync_leaderboard", "nobody")
    with pytest.raises(CommandError, match="not a Binance leaderboard"):
        call_command("sync_leaderboard", "tv")
