"""The replay and what the sources recorded: the guard's verdict, and a copy-trading lead's own close."""
from datetime import timedelta
from decimal import Decimal
from types import SimpleNamespace

import pytest

from analytics.backtests.trader_replay import trader_backtest_run
from signals.services import SignalInput, signal_ingest
from signals.sources.binance.copy_trading import ClosedPosition, HistoryPage
from signals.sources.binance.history import binance_copy_history_import
from tests.trader_backtest.conftest import record_signal
from traders.services import trader_create

# Bar 0 is the entry bar (open 100); the market drifts up to 104.5, never near a 5 % stop.
RISING = [(100, 101, 99, 100), (100, 102, 99.5, 101), (101, 103, 100.5, 102), (102, 104, 101, 103.8), (103.8, 105, 103, 104.5)]


def run(trader, account):
    return trader_backtest_run(trader=trader, account=account, days=30, initial_capital=Decimal(10000))


# --- the plausibility guard ----------------------------------------------------------------------
def test_it_skips_a_signal_that_failed_the_plausibility_guard_as_the_pipeline_filters_it(yun_qiang, angry, btc_candles):
    first = btc_candles(RISING)
    # A long whose only target lies under its stop: wrong at any price. Recorded, as a channel's is.
    implausible, _ = signal_ingest(data=SignalInput(
        trader="yun_qiang", symbol="BTC/USDT", side="long", stop_loss="95", take_profits=["90"], leverage=5,
        confidence="0.9", external_id="guarded", source_time=first - timedelta(minutes=30),
    ), refuse_implausible=False, record_only=True)
    plausible = record_signal(yun_qiang, at=first - timedelta(minutes=20), take_profits=("110",))
    assert implausible.implausible and not plausible.implausible

    result = run(yun_qiang, angry)

    assert result["signal_count"] == 2
    assert result["skipped"] == [{"signal": implausible.pk, "symbol": "BTC/USDT", "reason": "implausible_signal"}]
    assert [trade["signal"] for trade in result["trades"]] == [plausible.pk]


# --- a copy-trading lead's history -----------------------------------------------------------------
class LeadHistory:
    """A lead portfolio's client answering one page of closed positions (the importer's input)."""

    def __init__(self, *positions: ClosedPosition):
        self.positions = list(positions)

    def detail(self, portfolio_id):
        return SimpleNamespace(nickname="Lead")

    def history(self, portfolio_id, max_pages):
        return HistoryPage(total=len(self.positions), positions=self.positions, unreadable=[])


@pytest.fixture
def lead(accounts):
    return trader_create(id="lead", name="Lead", source="binance_copy", portfolio_id="3874512096", min_confidence=Decimal("0.5"))


def closed_position(opened, closed, avg_close_price: str, status: str = "All Closed", side: str = "long") -> ClosedPosition:
    return ClosedPosition(
        id=f"p{opened.timestamp():.0f}", symbol="BTC/USDT", side=side, status=status, opened=opened, closed=closed,
        avg_cost=Decimal(100), avg_close_price=Decimal(avg_close_price), closing_pnl=None, max_open_interest=None,
        closed_volume=None,
    )


def import_history(lead, *positions) -> None:
    report = binance_copy_history_import(trader=lead, client=LeadHistory(*positions))
    assert report.signals_imported == len(positions)


def test_imported_history_leaves_at_the_leads_close_on_the_bar_during_which_the_lead_closed(lead, angry, btc_candles):
    first = btc_candles(RISING)
    import_history(lead, closed_position(first - timedelta(minutes=30), first + timedelta(hours=3, minutes=20), "103.5"))

    trade = run(lead, angry)["trades"][0]

    # In at bar 0's open; out inside bar 3 at the lead's 103.5, not at the last close (104.5).
    assert (trade["entry_time"], trade["entry_price"]) == (first.isoformat(), "100")
    assert (trade["exit_time"], trade["exit_price"], trade["exit_reason"]) == (
        (first + timedelta(hours=3)).isoformat(), "103.5", "source_closed",
    )


def test_a_lead_that_closed_before_the_copy_could_enter_is_followed_out_on_the_entry_bar(lead, angry, btc_candles):
    first = btc_candles(RISING)
    # Opened and closed inside the hour before bar 0: the candles cannot place the copy any better.
    import_history(lead, closed_position(first - timedelta(minutes=50), first - timedelta(minutes=10), "99.8"))

    trade = run(lead, angry)["trades"][0]

    assert (trade["entry_time"], trade["exit_time"], trade["exit_price"], trade["exit_reason"]) == (
        first.isoformat(), first.isoformat(), "99.8", "source_closed",
    )


def test_the_copys_own_stop_still_comes_before_the_leads_close(lead, angry, btc_candles):
    angry.default_stop_pct = Decimal("0.02")
    angry.save(update_fields=["default_stop_pct"])
    # Bar 1 falls through the copy's default stop (98, 2 % under the 100 fill); the lead closed later.
    first = btc_candles([(100, 101, 99, 100), (100, 100.5, 97, 97.5), (97.5, 99, 97, 98), (98, 99, 97.5, 98.5)])
    import_history(lead, closed_position(first - timedelta(minutes=30), first + timedelta(hours=2, minutes=30), "98.7"))

    trade = run(lead, angry)["trades"][0]

    assert (trade["exit_time"], trade["exit_price"], trade["exit_reason"]) == (
        (first + timedelta(hours=1)).isoformat(), "98", "stop_loss",
    )


def test_a_position_the_lead_still_holds_in_part_has_no_close_to_follow(lead, angry, btc_candles):
    first = btc_candles(RISING)
    import_history(lead, closed_position(
        first - timedelta(minutes=30), first + timedelta(hours=1, minutes=5), "101", status="Partially Closed",
    ))

    trade = run(lead, angry)["trades"][0]

    assert (trade["exit_price"], trade["exit_reason"]) == ("104.5", "end_of_window")
