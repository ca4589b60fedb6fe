"""The copy-trading beat task, its schedule, and the commands: they build their own client, so the
recorded answers are served from requests' own HTTPS transport (no socket is ever opened)."""
import pytest
from django.core.management import CommandError, call_command

from echotrade.celery import app
from operations.schedules import schedule_definitions
from signals.models import Signal
from signals.sources.binance.tasks import sync_copy_trading_traders
from traders.models import LeaderboardSnapshot
from traders.services import trader_create, trader_update

from .conftest import DETAIL, PORTFOLIO, POSITIONS, record_history

pytestmark = pytest.mark.django_db
OTHER = "4012345678901234567"


def test_the_task_syncs_every_active_lead_with_a_portfolio_id(lead, binance_transport, market):
    other = trader_create(id="other_lead", name="Other Lead", source="binance_copy", portfolio_id=OTHER)
    off = trader_create(id="off_lead", name="Off Lead", source="binance_copy", portfolio_id="5012345678901234567")
    trader_update(trader=off, active=False)
    trader_create(id="no_portfolio", name="No Portfolio", source="binance_copy")
    trader_create(id="whale", name="Whale", source="binance", handle="4F8A2C1D9E7B6A5F3C0D8E2B1A9F7C6E")
    binance_transport.answer(POSITIONS, "positions_btc_long.json")
    results = sync_copy_trading_traders()
    assert set(results) == {"steady_lead", "other_lead"}
    assert {call["params"]["portfolioId"] for call in binance_transport.requests} == {PORTFOLIO, OTHER}
    assert LeaderboardSnapshot.objects.filter(trader__in=[lead, other]).count() == 2


def test_one_leads_failure_does_not_stop_the_others(lead, binance_transport, market):
    trader_create(id="bad_lead", name="Bad Lead", source="binance_copy", portfolio_id=OTHER, priority=1)
    error = {"code": "000002", "message": "illegal parameter", "data": None, "success": False}
    binance_transport.answer(POSITIONS, (200, error), uid=OTHER)
    binance_transport.answer(POSITIONS, "positions_btc_long.json")
    results = sync_copy_trading_traders()
    assert results["bad_lead"].startswith("failed:") and "illegal parameter" in results["bad_lead"]
    assert "baseline" in results["steady_lead"]


def test_the_task_copies_a_new_position_on_its_second_run(lead, binance_transport, market, django_capture_on_commit_callbacks):
    binance_transport.answer(DETAIL, "detail_shown.json")
    binance_transport.answer(POSITIONS, "positions_none.json")
    sync_copy_trading_traders()
    binance_transport.answer(POSITIONS, "positions_btc_long.json")
    with django_capture_on_commit_callbacks(execute=True):
        sync_copy_trading_traders()
    assert Signal.objects.get().external_id.endswith(":open")
    assert lead.positions.count() == 3


def test_the_task_is_registered_with_the_worker_and_scheduled_beside_the_leaderboards():
    app.loader.import_default_modules()  # what a worker does at start: <app>/tasks.py only
    names = {"signals.sources.binance.tasks.sync_leaderboard_traders", "signals.sources.binance.tasks.sync_copy_trading_traders"}
    assert names <= set(app.tasks)
    scheduled = {d["task"]: d for d in schedule_definitions()}
    assert names <= set(scheduled)
    assert scheduled["signals.sources.binance.tasks.sync_copy_trading_traders"]["interval"].every == 60


def test_the_sync_command_syncs_one_lead_and_prints_what_happened(lead, binance_transport, market, capsys):
    binance_transport.answer(POSITIONS, "positions_btc_long.json")
    call_command("sync_binance_copy", "steady_lead")
    assert "steady_lead: open long BTC/USDT (open positions recorded as a baseline, not copied)" in capsys.readouterr().out


def test_the_sync_command_refuses_a_trader_of_another_source(lead):
    trader_create(id="whale", name="Whale", source="binance", handle="4F8A2C1D9E7B6A5F3C0D8E2B1A9F7C6E")
    with pytest.raises(CommandError, match="not a Binance copy trading one"):
        call_command("sync_binance_copy", "whale")


def test_the_import_command_records_the_history_and_prints_the_counts(lead, binance_transport, capsys):
    record_history(binance_transport)
    call_command("import_binance_history", "steady_lead")
    out = capsys.readouterr().out
    assert f"steady_lead: 5 signal(s) imported from 5 closed position(s) of lead portfolio {PORTFOLIO}" in out
    assert Signal.objects.filter(trader=lead).count() == 5


def test_the_import_command_says_why_it_cannot_import(lead, binance_transport):
    binance_transport.answer(DETAIL, "detail_unknown.json")
    with pytest.raises(CommandError, match=f"no copy-trading lead portfolio {PORTFOLIO}"):
        call_command("import_binance_history", "steady_lead")
    with pytest.raises(CommandError, match="No trader 'nobody'"):
        call_command("import_binance_history", "nobody")
