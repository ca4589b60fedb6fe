"""The trader backtest replays the account's trading windows, blackouts and limits like the pipeline.

Candles sit on fixed days (Monday 2 March 2026 from 00:00 UTC, hourly) and the backtest's ``now``
is pinned after them, so the UTC day boundaries the daily loss limit depends on never move.
"""
from __future__ import annotations

import uuid
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal

import pytest
from django.test import override_settings
from django.utils import timezone

from execution.market.sources import reset_price_source
from signals.models import SignalDecision
from signals.services.decide import signal_decide
from signals.services.schedule import blackout_create, trading_window_create
from tests.trader_backtest.conftest import record_signal
from analytics.backtests.trader_replay import trader_backtest_run

MONDAY = datetime(2026, 3, 2, tzinfo=UTC)
FLAT = (100, 101, 99, 100)


@pytest.fixture
def candles(tmp_path):
    """Writes hourly BTC bars from MONDAY 00:00; ``changes`` {bar index: (o, h, l, c)} replace flat ones."""
    path = tmp_path / f"BTC_USDT-1h-{uuid.uuid4().hex}.csv"

    def write(hours: int, changes: dict | None = None) -> None:
        lines = ["date,open,high,low,close,volume"]
        for i in range(hours):
            o, h, low, c = (changes or {}).get(i, FLAT)
            lines.append(f"{(MONDAY + timedelta(hours=i)).isoformat()},{o},{h},{low},{c},10")
        path.write_text("\n".join(lines) + "\n")

    with override_settings(MARKET_DATA=f"replay:{path}"):
        reset_price_source()
        yield write
    reset_price_source()


def at(hours: float) -> datetime:
    return MONDAY + timedelta(hours=hours)


def run(trader, account, *, now: datetime):
    return trader_backtest_run(trader=trader, account=account, days=3, initial_capital=Decimal(10000), now=now)


def reasons(result) -> dict[int, str]:
    return {row["signal"]: row["reason"] for row in result["skipped"]}


def traded(result) -> list[int]:
    return [trade["signal"] for trade in result["trades"]]


def test_it_skips_a_signal_inside_a_blackout_and_takes_one_at_its_end(yun_qiang, angry, candles):
    candles(12)
    blackout_create(account=angry, starts_at=at(2), ends_at=at(4), reason="CPI release")
    before = record_signal(yun_qiang, at=at(1.5), take_profits=())
    inside = record_signal(yun_qiang, at=at(2), take_profits=())  # the start is inside
    at_end = record_signal(yun_qiang, at=at(4), take_profits=())  # the end is not

    result = run(yun_qiang, angry, now=at(12))

    assert reasons(result) == {inside.pk: "blackout"}
    assert traded(result) == [before.pk, at_end.pk]
    assert result["signal_count"] == 3


def test_a_blackout_of_another_account_does_not_apply(yun_qiang, angry, handjob, candles):
    candles(12)
    blackout_create(account=handjob, starts_at=at(2), ends_at=at(4))
    signal = record_signal(yun_qiang, at=at(2.5), take_profits=())

    assert traded(run(yun_qiang, angry, now=at(12))) == [signal.pk]


def test_the_live_pipeline_filters_with_the_same_blackout_rule(yun_qiang, angry, handjob, market):
    now = timezone.now()
    blackout_create(account=angry, starts_at=now - timedelta(minutes=5), ends_at=now + timedelta(hours=1))
    signal = record_signal(yun_qiang, at=now, take_profits=(), stop_loss=None)

    decisions = {d.account.name: d for d in signal_decide(signal=signal)}

    assert decisions["angry"].reason == SignalDecision.Reason.BLACKOUT
    assert decisions["handjob"].outcome == SignalDecision.Outcome.EXECUTED


def test_it_skips_signals_outside_the_accounts_trading_windows(yun_qiang, angry, candles):
    candles(14)
    trading_window_create(account=angry, start_time=time(8), end_time=time(12), weekdays=[0])  # Mondays
    early = record_signal(yun_qiang, at=at(7.5), take_profits=())
    inside = record_signal(yun_qiang, at=at(9), take_profits=())
    at_close = record_signal(yun_qiang, at=at(12), take_profits=())

    result = run(yun_qiang, angry, now=at(14))

    assert reasons(result) == {early.pk: "outside_trading_window", at_close.pk: "outside_trading_window"}
    assert traded(result) == [inside.pk]


def test_it_refuses_a_trade_while_the_accounts_open_positions_are_at_the_maximum(yun_qiang, angry, candles):
    # The first trade enters at 01:00 and reaches its 104 target on the 03:00 bar.
    candles(10, {3: (100, 105, 99, 100)})
    angry.max_open_positions = 1
    angry.save(update_fields=["max_open_positions"])
    first = record_signal(yun_qiang, at=at(0.5))
    while_open = record_signal(yun_qiang, at=at(1.5))
    after_exit = record_signal(yun_qiang, at=at(3.5), take_profits=("110",))

    result = run(yun_qiang, angry, now=at(10))

    assert reasons(result) == {while_open.pk: "max_positions_reached"}
    assert traded(result) == [first.pk, after_exit.pk]


def test_it_stops_trading_for_the_utc_day_once_the_daily_loss_limit_is_reached(yun_qiang, angry, candles):
    # The first trade (3 BTC from 100) is stopped at 95 on the 02:00 bar: -15 - 0.2925 fees.
    candles(30, {2: (100, 101, 94, 96)})
    angry.daily_loss_limit_pct = Decimal("0.001")  # 10 of the backtest's 10,000
    angry.save(update_fields=["daily_loss_limit_pct"])
    loser = record_signal(yun_qiang, at=at(0.5), take_profits=())
    same_day = record_signal(yun_qiang, at=at(5.5), take_profits=())
    next_day = record_signal(yun_qiang, at=at(25.5), take_profits=())

    result = run(yun_qiang, angry, now=at(30))

    assert result["trades"][0]["pnl"] == "-15.2925"
    assert reasons(result) == {same_day.pk: "daily_loss_limit"}
    assert traded(result) == [loser.pk, next_day.pk]


def test_a_loss_below_the_daily_limit_does_not_stop_trading(yun_qiang, angry, candles):
    candles(10, {2: (100, 101, 94, 96)})
    angry.daily_loss_limit_pct = Decimal("0.002")  # 20 > the 15.29 lost
    angry.save(update_fields=["daily_loss_limit_pct"])
    record_signal(yun_qiang, at=at(0.5), take_profits=())
    record_signal(yun_qiang, at=at(5.5), take_profits=())

    result = run(yun_qiang, angry, now=at(10))

    assert result["trade_count"] == 2 and result["skipped"] == []
