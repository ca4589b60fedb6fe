"""leaderboard_sync end to end: recorded answers → diff → signals and closes in every following account."""
from decimal import ROUND_DOWN, Decimal

import pytest
import requests

from echotrade.models import AuditEvent
from echotrade.exceptions import TemporaryExchangeError
from execution.models import Position
from signals.models import Signal
from signals.sources.binance.sync import positions_sync
from traders.models import LeaderboardSnapshot

from .conftest import BASE_INFO, POSITIONS, UID

pytestmark = pytest.mark.django_db


@pytest.fixture
def sync(client, leaderboard_http, whale, market, django_capture_on_commit_callbacks):
    """``sync("positions_btc_long.json")``: Binance answers that, and the whale is synced once.

    Each sync is one committed run, as the beat task's: the copy tasks its signals queue run after it.
    """
    leaderboard_http.answer(BASE_INFO, "base_info_shared.json")

    def run(fixture):
        leaderboard_http.answer(POSITIONS, fixture)
        with django_capture_on_commit_callbacks(execute=True):
            return positions_sync(trader=whale, client=client)

    return run


def copies(whale, **filters):
    return Position.objects.filter(trader=whale, **filters).order_by("account__name", "pk")


def test_the_first_sync_records_a_baseline_and_opens_nothing(sync, whale):
    report = sync("positions_btc_long.json")
    assert report.baseline and report.sharing
    assert not Signal.objects.exists() and not Position.objects.exists()
    snapshot = LeaderboardSnapshot.objects.get(trader=whale)
    assert snapshot.sharing and snapshot.positions[0]["symbol"] == "BTC/USDT"
    whale.refresh_from_db()
    assert whale.sharing_positions is True


def test_a_new_leader_position_opens_in_every_following_account(sync, whale, accounts):
    sync("positions_none.json")
    report = sync("positions_btc_long.json")
    signal = Signal.objects.get()
    assert report.signals == [signal.pk]
    assert signal.external_id == f"lb:{UID}:BTC/USDT:long:1718003112345:open"
    assert (signal.symbol, signal.side, signal.entry_kind, signal.leverage, signal.confidence) == (
        "BTC/USDT", "long", Signal.EntryKind.MARKET, 5, Decimal("0.9"),
    )
    assert signal.raw["change"] == "open" and signal.raw["quantity"] == "0.5"
    opened = copies(whale, status=Position.Status.OPEN)
    assert sorted(p.account.name for p in opened) == sorted(accounts)
    assert all((p.symbol, p.side, p.leverage, p.signal_id) == ("BTC/USDT", "long", 5, signal.pk) for p in opened)


def test_an_increase_sends_a_signal_for_the_added_size(sync, whale, accounts):
    sync("positions_none.json")
    sync("positions_btc_long.json")
    report = sync("positions_btc_increased.json")
    increase = Signal.objects.get(pk__in=report.signals)
    assert increase.external_id.endswith(":increase")
    assert (increase.raw["quantity"], increase.raw["leader_quantity"]) == ("0.3", "0.8")
    # Sized by each account's own rules: one more position per account.
    assert copies(whale, status=Position.Status.OPEN).count() == 2 * len(accounts)


def test_a_halved_leader_position_halves_every_copy(sync, whale, accounts):
    sync("positions_none.json")
    sync("positions_btc_long.json")
    before = {p.pk: p.quantity for p in copies(whale)}
    report = sync("positions_btc_reduced.json")
    assert sorted(report.closed_positions) == sorted(before)
    for position in copies(whale):
        assert position.status == Position.Status.OPEN
        closed = (before[position.pk] / 2).quantize(Decimal("0.00000001"), rounding=ROUND_DOWN)
        assert position.quantity == before[position.pk] - closed  # the closed half rounds down to the step
    assert Signal.objects.count() == 1  # a reduce sends no signal


def test_a_closed_leader_position_closes_every_copy_and_a_new_short_opens(sync, whale, accounts):
    sync("positions_none.json")
    sync("positions_btc_long.json")
    sync("positions_btc_closed_eth_short.json")
    assert set(copies(whale, symbol="BTC/USDT").values_list("status", flat=True)) == {Position.Status.CLOSED}
    shorts = copies(whale, symbol="ETH/USDT", status=Position.Status.OPEN)
    assert shorts.count() == len(accounts) and {p.side for p in shorts} == {"short"}


def test_hidden_positions_mark_the_trader_and_execute_nothing(sync, whale, leaderboard_http):
    sync("positions_none.json")
    sync("positions_btc_long.json")
    open_before = copies(whale, status=Position.Status.OPEN).count()
    signals_before = Signal.objects.count()
    report = sync("positions_not_shared.json")
    sync("positions_not_shared.json")
    whale.refresh_from_db()
    assert report.sharing is False and whale.sharing_positions is False
    assert AuditEvent.objects.filter(action="leaderboard.hidden", object_id=whale.pk).count() == 1
    assert copies(whale, status=Position.Status.OPEN).count() == open_before  # nothing guessed closed
    assert Signal.objects.count() == signals_before
    assert LeaderboardSnapshot.objects.filter(trader=whale, sharing=False).count() == 1


def test_an_empty_list_with_sharing_switched_off_is_hidden_not_a_close(sync, whale, leaderboard_http):
    sync("positions_none.json")
    sync("positions_btc_long.json")
    leaderboard_http.answer(BASE_INFO, "base_info_not_shared.json")
    report = sync("positions_none.json")
    assert report.sharing is False
    assert not copies(whale, status=Position.Status.CLOSED).exists()


def test_after_sharing_resumes_closes_apply_but_trades_opened_while_hidden_are_not_copied(sync, whale):
    sync("positions_none.json")
    sync("positions_btc_long.json")
    sync("positions_not_shared.json")
    report = sync("positions_btc_closed_eth_short.json")
    whale.refresh_from_db()
    assert whale.sharing_positions is True
    assert set(copies(whale, symbol="BTC/USDT").values_list("status", flat=True)) == {Position.Status.CLOSED}
    assert not copies(whale, symbol="ETH/USDT").exists() and report.signals == []
    assert AuditEvent.objects.filter(action="leaderboard.shared", object_id=whale.pk).count() == 1


def test_syncing_the_same_answer_twice_changes_nothing(sync, whale):
    sync("positions_none.json")
    sync("positions_btc_long.json")
    sync("positions_btc_reduced.json")
    state = list(copies(whale).values_list("pk", "status", "quantity"))
    counts = (Signal.objects.count(), LeaderboardSnapshot.objects.count(), AuditEvent.objects.count())
    report = sync("positions_btc_reduced.json")
    assert report.skipped == "unchanged" and report.changes == []
    assert list(copies(whale).values_list("pk", "status", "quantity")) == state
    assert (Signal.objects.count(), LeaderboardSnapshot.objects.count(), AuditEvent.objects.count()) == counts


def test_a_binance_outage_raises_and_records_nothing(sync, whale, client, leaderboard_http):
    sync("positions_none.json")
    leaderboard_http.answer(POSITIONS, requests.ConnectionError("Failed to resolve 'www.binance.com'"))
    with pytest.raises(TemporaryExchangeError):
        positions_sync(trader=whale, client=client)
    assert LeaderboardSnapshot.objects.filter(trader=whale).count() == 1
