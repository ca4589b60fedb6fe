"""binance_copy_history_import: a lead's closed positions become the trader's signal history, for the
backtest: counted, idempotent on the position's id, never executed, and seen by the replay."""
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from django.test import override_settings

from analytics.backtests.trader_replay import trader_backtest_run
from echotrade.exceptions import InvalidInput
from echotrade.models import AuditEvent
from execution.market.sources import reset_price_source
from execution.models import Position
from signals.models import Signal, SignalDecision
from signals.sources.binance.history import binance_copy_history_import
from signals.tasks import sweep_undecided_signals
from traders.models import LeaderboardSnapshot
from traders.services import trader_create

from .conftest import DETAIL, HISTORY, PORTFOLIO, record_history

pytestmark = pytest.mark.django_db
OPENED = {  # the recorded positions' ids and opening times (ms), newest first as Binance sends them
    "118230045": 1717900000000, "118229871": 1717800000000, "118229502": 1717700000000,
    "118229133": 1717600000000, "118228790": 1717500000000,
}


def at(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000, tz=UTC)


@pytest.fixture
def imported(lead, copy_client, binance_http):
    record_history(binance_http)
    return binance_copy_history_import(trader=lead, client=copy_client)


def test_every_closed_position_becomes_a_signal_at_the_time_it_was_opened(imported, lead):
    assert (imported.positions, imported.signals_imported, imported.invalid, imported.duplicates_skipped) == (5, 5, 0, 0)
    assert (imported.nickname, imported.portfolio_id) == ("SteadyLead", PORTFOLIO)
    assert (imported.first_opened_at, imported.last_opened_at) == (at(1717500000000), at(1717900000000))
    signals = Signal.objects.filter(trader=lead).order_by("source_time")
    assert [s.external_id for s in signals] == [f"bch:{PORTFOLIO}:{pid}" for pid in sorted(OPENED, key=OPENED.get)]
    assert [s.source_time for s in signals] == sorted(at(ms) for ms in OPENED.values())
    eth = signals.get(external_id=f"bch:{PORTFOLIO}:118229871")
    assert (eth.symbol, eth.side, eth.entry_kind, eth.stop_loss, eth.take_profits, eth.leverage) == (
        "ETH/USDT", "short", Signal.EntryKind.MARKET, None, [], 1,
    )
    assert eth.confidence == lead.default_confidence
    assert eth.raw.items() >= {
        "source": "binance_copy", "imported": True, "portfolio_id": PORTFOLIO, "position_id": "118229871",
        "status": "All Closed", "avg_cost": "3712.25", "avg_close_price": "3650", "closing_pnl": "622.5",
    }.items()
    assert AuditEvent.objects.filter(action="trader.binance_history_imported", object_id=lead.pk).count() == 1


def test_importing_again_records_nothing_twice(imported, lead, copy_client, binance_http):
    record_history(binance_http)
    again = binance_copy_history_import(trader=lead, client=copy_client)
    assert (again.signals_imported, again.duplicates_skipped, again.positions) == (0, 5, 5)
    assert Signal.objects.filter(trader=lead).count() == 5  # no duplicate rows either
    assert not SignalDecision.objects.exists()


def test_history_is_never_executed_not_even_by_the_undecided_signal_sweep(
    lead, copy_client, binance_http, market, django_capture_on_commit_callbacks,
):
    record_history(binance_http)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        binance_copy_history_import(trader=lead, client=copy_client)
    assert callbacks == []  # no copy task queued
    assert sweep_undecided_signals(older_than_seconds=0) == []  # recorded as settled: nothing to re-queue
    assert not SignalDecision.objects.exists() and not Position.objects.exists()


def test_positions_opened_while_the_live_sync_was_watching_are_not_imported_twice(lead, copy_client, binance_http):
    snapshot = LeaderboardSnapshot.objects.create(trader=lead, sharing=True, positions=[])
    LeaderboardSnapshot.objects.filter(pk=snapshot.pk).update(taken_at=at(1717750000000))
    record_history(binance_http)
    report = binance_copy_history_import(trader=lead, client=copy_client)
    assert (report.signals_imported, report.seen_live) == (3, 2)
    assert set(Signal.objects.values_list("external_id", flat=True)) == {
        f"bch:{PORTFOLIO}:{pid}" for pid in ("118229502", "118229133", "118228790")
    }


def test_an_entry_binance_sends_that_cannot_be_read_is_counted_and_listed(lead, copy_client, binance_http):
    binance_http.answer(DETAIL, "detail_shown.json")
    binance_http.answer(HISTORY, (200, {"code": "000000", "success": True, "data": {"total": 2, "list": [
        {"id": 7, "symbol": "BTCUSDT", "side": "Long", "status": "All Closed"},
        {"id": 8, "symbol": "BTCUSDT", "side": "Long", "status": "All Closed", "opened": 1717500000000},
    ]}}))
    report = binance_copy_history_import(trader=lead, client=copy_client)
    assert (report.signals_imported, report.invalid) == (1, 1)
    assert report.errors == [{"position": "7", "error": "Binance's entry cannot be read: it has no opening time."}]


def test_a_portfolio_binance_does_not_know_records_nothing(lead, copy_client, binance_http):
    binance_http.answer(DETAIL, "detail_unknown.json")
    with pytest.raises(InvalidInput, match=f"no copy-trading lead portfolio {PORTFOLIO}"):
        binance_copy_history_import(trader=lead, client=copy_client)
    assert not Signal.objects.exists() and not binance_http.calls(HISTORY)


def test_only_a_copy_trading_trader_with_a_portfolio_has_a_history(accounts, copy_client, binance_http):
    whale = trader_create(id="whale", name="Whale", source="binance", handle="4F8A2C1D9E7B6A5F3C0D8E2B1A9F7C6E")
    with pytest.raises(InvalidInput, match="only Binance copy-trading traders"):
        binance_copy_history_import(trader=whale, client=copy_client)
    blank = trader_create(id="blank_lead", name="Blank Lead", source="binance_copy")
    with pytest.raises(InvalidInput, match="has no lead portfolio id"):
        binance_copy_history_import(trader=blank, client=copy_client)
    assert not binance_http.requests


@pytest.fixture
def btc_hours(tmp_path):
    """Hourly BTC candles around the recorded history (4 to 10 June 2024), as the replay's price source."""
    path = tmp_path / "BTC_USDT-1h-history.csv"
    start = datetime(2024, 6, 4, tzinfo=UTC)
    lines = ["date,open,high,low,close,volume"]
    for hour in range(24 * 7):
        price = 70000 - 10 * hour
        lines.append(f"{(start + timedelta(hours=hour)).isoformat()},{price},{price + 50},{price - 50},{price - 10},10")
    path.write_text("\n".join(lines) + "\n")
    with override_settings(MARKET_DATA=f"replay:{path}"):
        reset_price_source()
        yield start
    reset_price_source()


def test_the_trader_backtest_replays_the_imported_history(imported, lead, accounts, request):
    request.getfixturevalue("btc_hours")  # the candles only once the history is recorded
    result = trader_backtest_run(
        trader=lead, account=accounts["handjob"], days=30, initial_capital=Decimal(10000), now=datetime(2024, 6, 11, tzinfo=UTC),
    )
    assert result["signal_count"] == 5
    # The three BTC positions are traded at the open of the hour after the lead opened them; the
    # two ETH ones have no candles in this BTC-only replay and say so.
    assert sorted(t["entry_time"] for t in result["trades"]) == sorted(
        (at(ms).replace(minute=0, second=0) + timedelta(hours=1)).isoformat()
        for pid, ms in OPENED.items() if pid in ("118230045", "118229502", "118228790")
    )
    assert sorted((s["symbol"], s["reason"]) for s in result["skipped"]) == [("ETH/USDT", "no_price")] * 2
