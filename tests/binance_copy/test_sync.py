"""The one Binance sync on a copy-trading lead: recorded answers → diff → signals and closes in every account."""
from decimal import ROUND_DOWN, Decimal

import pytest

from echotrade.exceptions import InvalidInput
from echotrade.models import AuditEvent
from execution.models import Position
from signals.models import Signal
from signals.sources.binance.sync import positions_sync
from traders.models import LeaderboardSnapshot, Trader
from traders.services import trader_create

from .conftest import DETAIL, PORTFOLIO, POSITIONS

pytestmark = pytest.mark.django_db


@pytest.fixture
def sync(copy_client, binance_http, lead, market, django_capture_on_commit_callbacks):
    """``sync("positions_btc_long.json")``: Binance answers that, and the lead is synced once, committed."""
    binance_http.answer(DETAIL, "detail_shown.json")

    def run(fixture):
        binance_http.answer(POSITIONS, fixture)
        with django_capture_on_commit_callbacks(execute=True):
            return positions_sync(trader=lead, client=copy_client)

    return run


def copies(lead, **filters):
    return Position.objects.filter(trader=lead, **filters).order_by("account__name", "pk")


def test_the_first_sync_records_a_baseline_and_opens_nothing(sync, lead):
    report = sync("positions_btc_long.json")
    assert report.baseline and report.sharing
    assert not Signal.objects.exists() and not Position.objects.exists()
    snapshot = LeaderboardSnapshot.objects.get(trader=lead)
    assert [(p["symbol"], p["side"], p["quantity"]) for p in snapshot.positions] == [("BTC/USDT", "long", "0.500")]
    lead.refresh_from_db()
    assert (lead.sharing_positions, lead.source_status) == (True, Trader.SourceStatus.OK)


def test_a_new_lead_position_opens_in_every_following_account(sync, lead, accounts):
    sync("positions_none.json")
    report = sync("positions_btc_long.json")
    signal = Signal.objects.get()
    assert report.signals == [signal.pk]
    assert signal.external_id.startswith(f"bc:{PORTFOLIO}:BTC/USDT:long:") and signal.external_id.endswith(":open")
    assert (signal.symbol, signal.side, signal.entry_kind, signal.leverage, signal.confidence) == (
        "BTC/USDT", "long", Signal.EntryKind.MARKET, 5, Decimal("0.9"),
    )
    assert (signal.raw["source"], signal.raw["change"], signal.raw["quantity"]) == ("binance_copy", "open", "0.500")
    opened = copies(lead, status=Position.Status.OPEN)
    assert sorted(p.account.name for p in opened) == sorted(accounts)
    assert all((p.symbol, p.side, p.signal_id) == ("BTC/USDT", "long", signal.pk) for p in opened)


def test_an_increase_sends_a_signal_for_the_added_size(sync, lead, accounts):
    sync("positions_none.json")
    sync("positions_btc_long.json")
    report = sync("positions_btc_increased.json")
    increase = Signal.objects.get(pk__in=report.signals)
    assert increase.external_id.endswith(":increase")
    assert (increase.raw["quantity"], increase.raw["leader_quantity"]) == ("0.300", "0.800")
    assert copies(lead, status=Position.Status.OPEN).count() == 2 * len(accounts)


def test_a_halved_lead_position_halves_every_copy(sync, lead, accounts):
    sync("positions_none.json")
    sync("positions_btc_long.json")
    before = {p.pk: p.quantity for p in copies(lead)}
    report = sync("positions_btc_reduced.json")
    assert [c.kind for c in report.changes] == ["reduce"] and report.changes[0].fraction == Decimal("0.5")
    assert sorted(report.closed_positions) == sorted(before)
    for position in copies(lead):
        closed = (before[position.pk] / 2).quantize(Decimal("0.00000001"), rounding=ROUND_DOWN)
        assert (position.status, position.quantity) == (Position.Status.OPEN, before[position.pk] - closed)
    assert Signal.objects.count() == 1  # a reduce sends no signal


def test_a_closed_lead_position_closes_every_copy_and_a_new_short_opens(sync, lead, accounts):
    sync("positions_none.json")
    sync("positions_btc_long.json")
    report = sync("positions_btc_closed_eth_short.json")
    assert [c.kind for c in report.changes] == ["close", "open"]
    assert set(copies(lead, symbol="BTC/USDT").values_list("status", flat=True)) == {Position.Status.CLOSED}
    shorts = copies(lead, symbol="ETH/USDT", status=Position.Status.OPEN)
    assert shorts.count() == len(accounts) and {p.side for p in shorts} == {"short"}


def test_a_lead_who_hides_positions_is_marked_and_nothing_is_closed(sync, lead, binance_http):
    sync("positions_none.json")
    sync("positions_btc_long.json")
    open_before = copies(lead, status=Position.Status.OPEN).count()
    binance_http.answer(DETAIL, "detail_hidden.json")
    report = sync("positions_none.json")  # all flat, and the lead no longer shows positions
    lead.refresh_from_db()
    assert report.sharing is False and lead.sharing_positions is False
    assert copies(lead, status=Position.Status.OPEN).count() == open_before
    assert AuditEvent.objects.filter(action="binance_copy.hidden", object_id=lead.pk).count() == 1


def test_syncing_the_same_answer_twice_changes_nothing(sync, lead):
    sync("positions_none.json")
    sync("positions_btc_long.json")
    state = list(copies(lead).values_list("pk", "status", "quantity"))
    counts = (Signal.objects.count(), LeaderboardSnapshot.objects.count(), AuditEvent.objects.count())
    updated = Trader.objects.get(pk=lead.pk).updated_at
    report = sync("positions_btc_long.json")
    assert report.skipped == "unchanged" and report.changes == []
    assert list(copies(lead).values_list("pk", "status", "quantity")) == state
    assert (Signal.objects.count(), LeaderboardSnapshot.objects.count(), AuditEvent.objects.count()) == counts
    assert Trader.objects.get(pk=lead.pk).updated_at == updated  # a steady source writes nothing


def test_a_lead_without_a_portfolio_id_cannot_sync(copy_client, accounts):
    blank = trader_create(id="blank_lead", name="Blank Lead", source="binance_copy")
    with pytest.raises(InvalidInput, match="has no lead portfolio id"):
        positions_sync(trader=blank, client=copy_client)


def test_a_trader_of_another_source_cannot_sync(copy_client, accounts):
    tv = trader_create(id="tv", name="TV", source="tradingview", handle="someone")
    with pytest.raises(InvalidInput, match="not a Binance one"):
        positions_sync(trader=tv, client=copy_client)
