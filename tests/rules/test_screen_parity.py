"""The live pipeline and the trader backtest screen a signal alike: one table, both paths, one reason.

Each case arranges the same trader, account and signals once. The live side decides them with
``signal_decide`` at the real clock against the stored market; the replay runs them through
``trader_backtest_run`` on hourly candles of a fixed day (Monday 2 March 2026), so its UTC day
never moves. The reason the account ``angry`` gets for the last signal must be the same.
"""
from __future__ import annotations

import uuid
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal

import pytest
from django.test import override_settings
from django.utils import timezone

from analytics.backtests.trader_replay import trader_backtest_run
from execution.market.sources import reset_price_source
from signals.models import SignalDecision
from signals.rules import Reason
from signals.services.decide import signal_decide
from signals.services.schedule import blackout_create, trading_window_create
from tests.helpers import decision_of, move_market
from tests.trader_backtest.conftest import record_signal
from traders.services import trader_set_tokens, trader_toggle

pytestmark = pytest.mark.usefixtures("market")  # BTC at 67,000: the live side's price

MONDAY = datetime(2026, 3, 2, tzinfo=UTC)
FLAT = (67000, 67010, 66990, 67000)
# A long stopped at 66,000 on the replay's 02:00 bar, as ``move_market`` stops it live.
STOP_BAR = {2: (67000, 67010, 65900, 66000)}


def at(hours: float) -> datetime:
    return MONDAY + timedelta(hours=hours)


@dataclass(frozen=True)
class Case:
    reason: str | None  # None: executed live, traded in the replay
    arrange: Callable = lambda trader, account: None
    signal: dict = field(default_factory=dict)  # record_signal's arguments for the screened signal
    # Signals before it that must execute (live) and trade (replay) first.
    earlier: tuple[dict, ...] = ()
    stop_earlier: bool = False  # the market then falls through their 66,000 stop
    bars: dict = field(default_factory=dict)
    capital: Decimal = Decimal(10000)


def _setting(**changes):
    def arrange(trader, account):
        for name, value in changes.items():
            setattr(account, name, value)
        account.save(update_fields=list(changes))
    return arrange


def _window_on_another_day(trader, account):
    """Open one whole weekday that is neither the replay's Monday nor (live) today or its neighbours."""
    today = timezone.now().weekday()
    closed = {0, today, (today - 1) % 7, (today + 1) % 7}
    day = next(d for d in range(7) if d not in closed)
    trading_window_create(account=account, start_time=time(0), end_time=time(23, 59), weekdays=[day])


def _blackout_over_both_clocks(trader, account):
    blackout_create(account=account, starts_at=MONDAY, ends_at=timezone.now() + timedelta(hours=1), reason="CPI")


CASES = {
    "executed": Case(None),
    "whitelist": Case(Reason.TOKEN_NOT_WHITELISTED, lambda trader, account: trader_set_tokens(trader=trader, whitelist=["ETH"])),
    "blacklist": Case(Reason.TOKEN_BLACKLISTED, lambda trader, account: trader_set_tokens(trader=trader, blacklist=["BTC"])),
    "confidence": Case(Reason.CONFIDENCE_BELOW_THRESHOLD, signal={"confidence": "0.6"}),
    "account confidence": Case(
        Reason.CONFIDENCE_BELOW_THRESHOLD, _setting(confidence_threshold_override=Decimal("0.95")),
    ),
    "leverage": Case(Reason.LEVERAGE_ABOVE_MAX, signal={"leverage": 11}),  # yun_qiang allows 10x
    "window": Case(Reason.OUTSIDE_TRADING_WINDOW, _window_on_another_day),
    "blackout": Case(Reason.BLACKOUT, _blackout_over_both_clocks),
    "max positions": Case(
        Reason.MAX_POSITIONS_REACHED, _setting(max_open_positions=1),
        earlier=({"at": at(0.5), "take_profits": ("80000",)},),
    ),
    "daily loss limit": Case(
        # 0.01 % of the capital: 10 live (100,000), 1 in the replay (10,000); the stop loses more.
        Reason.DAILY_LOSS_LIMIT, _setting(daily_loss_limit_pct=Decimal("0.0001")),
        earlier=({"at": at(0.5)},), stop_earlier=True, bars=STOP_BAR,
    ),
    "insufficient funds": Case(
        # Live: 3 of free cash; the replay sizes on its capital, 2 % × 1.5 of 100 = 3 notional.
        Reason.INSUFFICIENT_FUNDS, _setting(cash=Decimal(3)), capital=Decimal(100),
    ),
}


@contextmanager
def replay_candles(tmp_path, changes: dict):
    """Ten hourly BTC bars from MONDAY 00:00 as the price source, flat unless ``changes`` says."""
    path = tmp_path / f"BTC_USDT-1h-{uuid.uuid4().hex}.csv"
    lines = ["date,open,high,low,close,volume"]
    for i in range(10):
        o, h, low, c = changes.get(i, FLAT)
        lines.append(f"{at(i).isoformat()},{o},{h},{low},{c},10")
    path.write_text("\n".join(lines) + "\n")
    with override_settings(MARKET_DATA=f"replay:{path}"):
        reset_price_source()
        try:
            yield
        finally:
            reset_price_source()


def _signal(trader, **overrides):
    return record_signal(trader, **{"at": at(5.5), "stop_loss": "66000", "take_profits": (), **overrides})


def replay_reason(trader, account, signal, case: Case, tmp_path) -> str | None:
    with replay_candles(tmp_path, case.bars):
        result = trader_backtest_run(trader=trader, account=account, days=3, initial_capital=case.capital, now=at(10))
    skipped = {row["signal"]: row["reason"] for row in result["skipped"]}
    traded = {trade["signal"] for trade in result["trades"]}
    assert (signal.pk in skipped) != (signal.pk in traded)
    return skipped.get(signal.pk)


def live_reason(account, earlier, signal, case: Case) -> str | None:
    for before in earlier:
        signal_decide(signal=before)
        assert decision_of(before, account).outcome == SignalDecision.Outcome.EXECUTED
    if case.stop_earlier:
        move_market("BTC/USDT", "65900")
    signal_decide(signal=signal)
    decision = decision_of(signal, account)
    if decision.reason is None:
        assert decision.outcome == SignalDecision.Outcome.EXECUTED
    return decision.reason


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_the_pipeline_and_the_backtest_give_the_same_reason(case, yun_qiang, angry, tmp_path):
    case.arrange(yun_qiang, angry)
    yun_qiang.refresh_from_db()
    angry.refresh_from_db()
    earlier = [_signal(yun_qiang, **spec) for spec in case.earlier]
    signal = _signal(yun_qiang, **case.signal)

    replayed = replay_reason(yun_qiang, angry, signal, case, tmp_path)
    live = live_reason(angry, earlier, signal, case)

    assert replayed == live == case.reason


def test_the_backtest_replays_a_switched_off_trader_as_if_it_were_on(yun_qiang, angry, tmp_path):
    """Live, an inactive trader's signals are filtered; the backtest asks what copying it would
    have done, so it does not replay the switches (trader, pause, follow)."""
    trader_toggle(trader=yun_qiang)
    yun_qiang.refresh_from_db()
    signal = _signal(yun_qiang)

    assert replay_reason(yun_qiang, angry, signal, Case(None), tmp_path) is None
    assert live_reason(angry, [], signal, Case(None)) == Reason.TRADER_INACTIVE
