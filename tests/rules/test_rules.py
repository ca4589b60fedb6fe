"""signals.rules.screen on plain facts: no database, no models, every check and its reason."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal

import subprocess
import sys
from pathlib import Path

import pytest

from echotrade.exceptions import MarketDataUnavailable
from signals.rules import (
    AccountState,
    Outcome,
    Reason,
    blackout_covering,
    in_trading_windows,
    loss_day_start,
    loss_from,
    screen,
    size_for,
    token_filter_reason,
)

D = Decimal
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)  # a Friday


@dataclass(frozen=True)
class SignalRow:
    symbol: str = "BTC/USDT"
    side: str = "long"
    leverage: int = 5
    confidence: Decimal = D("0.9")
    stop_loss: Decimal | None = None


@dataclass(frozen=True)
class TraderRow:
    name: str = "Yun Qiang"
    active: bool = True
    token_whitelist: list[str] = field(default_factory=list)
    token_blacklist: list[str] = field(default_factory=list)
    min_confidence: Decimal = D("0.7")
    max_leverage: int = 10
    position_multiplier: Decimal = D("1")
    max_open_trades: int | None = None
    sizing_mode: str = ""
    fixed_amount: Decimal | None = None
    risk_pct: Decimal | None = None


@dataclass(frozen=True)
class AccountRow:
    """The demo's angry profile."""

    name: str = "angry"
    paused: bool = False
    paused_reason: str = ""
    max_leverage: int = 20
    daily_loss_limit_pct: Decimal = D("0.10")
    base_position_pct: Decimal = D("0.02")
    risk_multiplier: Decimal = D("1.5")
    global_position_multiplier: Decimal = D("1")
    max_position_pct: Decimal = D("0.10")
    taker_fee_rate: Decimal = D("0.0005")
    effective_min_confidence: Decimal = D("0.65")
    effective_max_positions: int = 20
    sizing_mode: str = "percent_equity"
    fixed_amount: Decimal | None = None
    risk_pct: Decimal | None = None
    default_stop_pct: Decimal | None = None
    require_stop_loss: bool = False


@dataclass(frozen=True)
class WindowRow:
    start_time: time
    end_time: time
    weekdays: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class BlackoutRow:
    starts_at: datetime
    ends_at: datetime
    reason: str = ""


STATE = AccountState(
    at=NOW, following=True, in_trading_window=True, blackout=None, open_positions=0, trader_open_trades=0,
    loss_today=D(0),
    capital=D(100000), equity=D(100000), free_cash=D(100000),
)
PRICE = D("100")


def run(*, signal=None, trader=None, account=None, state=STATE, price=PRICE):
    return screen(
        signal=signal or SignalRow(), trader=trader or TraderRow(), account=account or AccountRow(),
        state=state, price=price,
    )


def test_the_rules_load_without_django_settings_or_any_model():
    """Pure: importing them needs no configured project and pulls in no app's models."""
    root = Path(__file__).resolve().parents[2]
    probe = (  # run in the project's root: our packages are its directories
        "import os, sys, signals.rules; "
        "models = [n for n in sys.modules if n.endswith('.models') and os.path.isdir(n.split('.')[0])]; "
        "assert not models, models"
    )
    env = {"PATH": "/usr/bin:/bin"}  # no DJANGO_SETTINGS_MODULE
    done = subprocess.run([sys.executable, "-c", probe], cwd=root, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_a_signal_that_passes_every_check_is_executed_with_its_sizing():
    verdict = run()

    # 2 % of 100,000 × 1.5 risk multiplier = 3,000 notional → 30 at 100.
    assert (verdict.outcome, verdict.reason, verdict.detail) == (Outcome.EXECUTED, None, "")
    assert (verdict.sizing.notional, verdict.sizing.quantity, verdict.sizing.margin) == (D(3000), D(30), D(600))


@pytest.mark.parametrize(("case", "reason", "detail"), [
    ({"trader": TraderRow(active=False)}, Reason.TRADER_INACTIVE, "Yun Qiang is switched off."),
    ({"account": AccountRow(paused=True, paused_reason="news")}, Reason.ACCOUNT_PAUSED, "news"),
    ({"account": AccountRow(paused=True)}, Reason.ACCOUNT_PAUSED, "Account is paused."),
    ({"state": replace(STATE, following=False)}, Reason.NOT_FOLLOWING, "angry has Yun Qiang switched off."),
    ({"trader": TraderRow(token_whitelist=["ETH/USDT", "SOL"])}, Reason.TOKEN_NOT_WHITELISTED,
     "BTC/USDT is not in ETH/USDT, SOL."),
    ({"trader": TraderRow(token_blacklist=["BTC"])}, Reason.TOKEN_BLACKLISTED, "BTC/USDT is blacklisted for Yun Qiang."),
    ({"signal": SignalRow(confidence=D("0.69"))}, Reason.CONFIDENCE_BELOW_THRESHOLD, "confidence 0.69 < 0.7"),
    ({"account": AccountRow(effective_min_confidence=D("0.95"))}, Reason.CONFIDENCE_BELOW_THRESHOLD,
     "confidence 0.9 < 0.95"),
    ({"signal": SignalRow(leverage=11)}, Reason.LEVERAGE_ABOVE_MAX, "leverage 11x > 10x"),
    ({"account": AccountRow(max_leverage=4)}, Reason.LEVERAGE_ABOVE_MAX, "leverage 5x > 4x"),
    ({"state": replace(STATE, in_trading_window=False)}, Reason.OUTSIDE_TRADING_WINDOW,
     "Fri 12:00 UTC is outside angry's trading windows."),
    ({"state": replace(STATE, blackout=BlackoutRow(NOW, NOW + timedelta(hours=1), "FOMC"))}, Reason.BLACKOUT,
     "blackout until 2026-11-20 13:00 UTC FOMC"),
    ({"state": replace(STATE, blackout=BlackoutRow(NOW, NOW + timedelta(hours=1)))}, Reason.BLACKOUT,
     "blackout until 2026-11-20 13:00 UTC"),
    ({"state": replace(STATE, open_positions=20)}, Reason.MAX_POSITIONS_REACHED, "20 open of 20 allowed"),
    ({"state": replace(STATE, loss_today=D("10000"))}, Reason.DAILY_LOSS_LIMIT,
     "lost 10000.00 today; the limit is 10000.00"),
])
def test_each_check_filters_with_its_reason_and_detail(case, reason, detail):
    verdict = run(**case)

    assert (verdict.outcome, verdict.reason, verdict.detail, verdict.sizing) == (Outcome.FILTERED, reason, detail, None)


def test_the_first_failing_check_names_the_reason():
    everything_wrong = run(
        trader=TraderRow(active=False, token_blacklist=["BTC"]), account=AccountRow(paused=True),
        signal=SignalRow(leverage=50, confidence=D("0.1")),
        state=replace(STATE, following=False, in_trading_window=False, open_positions=99, loss_today=D(10**6)),
        price=MarketDataUnavailable("no feed"),
    )
    assert everything_wrong.reason == Reason.TRADER_INACTIVE

    assert run(account=AccountRow(paused=True), state=replace(STATE, following=False)).reason == Reason.ACCOUNT_PAUSED
    assert run(trader=TraderRow(token_whitelist=["ETH"], token_blacklist=["BTC"])).reason == Reason.TOKEN_NOT_WHITELISTED
    assert run(signal=SignalRow(confidence=D("0.1"), leverage=50)).reason == Reason.CONFIDENCE_BELOW_THRESHOLD
    outside_and_blacked_out = replace(STATE, in_trading_window=False, blackout=BlackoutRow(NOW, NOW + timedelta(hours=1)))
    assert run(signal=SignalRow(leverage=50), state=outside_and_blacked_out).reason == Reason.LEVERAGE_ABOVE_MAX
    assert run(state=outside_and_blacked_out).reason == Reason.OUTSIDE_TRADING_WINDOW
    at_every_limit = replace(STATE, blackout=BlackoutRow(NOW, NOW + timedelta(hours=1)), open_positions=20, loss_today=D(10**6))
    assert run(state=at_every_limit).reason == Reason.BLACKOUT
    assert run(state=replace(at_every_limit, blackout=None), price=MarketDataUnavailable("x")).reason == Reason.MAX_POSITIONS_REACHED
    assert run(state=replace(STATE, loss_today=D(10**6)), price=MarketDataUnavailable("x")).reason == Reason.DAILY_LOSS_LIMIT


def test_the_confidence_threshold_and_the_leverage_maximum_are_inclusive():
    assert run(signal=SignalRow(confidence=D("0.7"), leverage=10)).outcome == Outcome.EXECUTED


def test_the_daily_loss_limit_is_a_share_of_the_capital_it_is_given():
    below = replace(STATE, loss_today=D("999.99"), capital=D(10000))

    assert run(state=below).outcome == Outcome.EXECUTED
    assert run(state=replace(below, loss_today=D(1000))).detail == "lost 1000.00 today; the limit is 1000.00"


def test_it_fails_without_a_price_after_every_filter_passed():
    verdict = run(price=MarketDataUnavailable("No fresh price for BTC/USDT"))

    assert (verdict.outcome, verdict.reason, verdict.detail) == (Outcome.FAILED, Reason.NO_PRICE, "No fresh price for BTC/USDT")


def test_it_filters_a_position_too_small_to_be_worth_a_fee_and_keeps_the_sizing():
    verdict = run(state=replace(STATE, free_cash=D(1)))

    # At 5x, 1 of free cash pays the margin and fee of 4.98 notional: under the 5 worth a fee.
    assert (verdict.outcome, verdict.reason) == (Outcome.FILTERED, Reason.INSUFFICIENT_FUNDS)
    assert verdict.detail == "free cash 1.00 allows only 4.98753100 notional"
    assert verdict.sizing.capped_by == "free_margin"


def test_size_for_applies_the_trader_multiplier_and_the_accounts_profile():
    sizing = size_for(
        trader=TraderRow(position_multiplier=D("2")), account=AccountRow(global_position_multiplier=D("0.5")),
        equity=D(100000), free_cash=D(100000), price=D(100), leverage=5,
    )

    # 2 % × 100,000 × 2 (trader) × 1.5 (risk) × 0.5 (global) = 3,000.
    assert (sizing.requested_notional, sizing.trader_multiplier, sizing.global_multiplier) == (D(3000), D(2), D("0.5"))
    assert sizing.capped_by is None


def test_the_token_rule_matches_a_base_or_a_pair_and_the_whitelist_speaks_first():
    assert token_filter_reason(whitelist=["BTC"], blacklist=[], symbol="BTC/USDC") is None
    assert token_filter_reason(whitelist=["ETH/USDT"], blacklist=[], symbol="ETH/USDC") == Reason.TOKEN_NOT_WHITELISTED
    assert token_filter_reason(whitelist=[], blacklist=["BTC/USDT"], symbol="BTC/USDT") == Reason.TOKEN_BLACKLISTED
    assert token_filter_reason(whitelist=["SOL"], blacklist=["BTC"], symbol="BTC/USDT") == Reason.TOKEN_NOT_WHITELISTED
    assert token_filter_reason(whitelist=[], blacklist=[], symbol="DOGE/USDT") is None


def test_no_trading_window_means_always():
    assert in_trading_windows(windows=[], at=NOW)


def test_a_window_includes_its_start_and_excludes_its_end_on_its_weekdays():
    friday_mornings = [WindowRow(time(8), time(12), weekdays=[4])]

    assert in_trading_windows(windows=friday_mornings, at=NOW.replace(hour=8))
    assert not in_trading_windows(windows=friday_mornings, at=NOW)  # 12:00, the end
    assert not in_trading_windows(windows=friday_mornings, at=NOW.replace(hour=8) + timedelta(days=1))


def test_a_window_past_midnight_belongs_to_the_day_it_starts():
    friday_night = [WindowRow(time(22), time(2), weekdays=[4])]

    assert in_trading_windows(windows=friday_night, at=NOW.replace(hour=23, minute=30))
    assert in_trading_windows(windows=friday_night, at=NOW.replace(hour=1, minute=30) + timedelta(days=1))
    assert not in_trading_windows(windows=friday_night, at=NOW.replace(hour=1, minute=30))  # Friday's early hours


def test_windows_are_read_in_utc():
    from zoneinfo import ZoneInfo

    friday_noon_utc = [WindowRow(time(12), time(13))]
    assert in_trading_windows(windows=friday_noon_utc, at=NOW.astimezone(ZoneInfo("Asia/Tokyo")))


def test_a_blackout_covers_its_start_but_not_its_end():
    cpi = BlackoutRow(NOW, NOW + timedelta(hours=2), "CPI")
    later = BlackoutRow(NOW + timedelta(hours=1), NOW + timedelta(hours=3), "FOMC")

    assert blackout_covering(blackouts=[cpi, later], at=NOW) is cpi
    assert blackout_covering(blackouts=[cpi, later], at=NOW + timedelta(hours=1)) is cpi  # the first given
    assert blackout_covering(blackouts=[cpi, later], at=NOW + timedelta(hours=2)) is later
    assert blackout_covering(blackouts=[cpi, later], at=NOW + timedelta(hours=3)) is None
    assert blackout_covering(blackouts=[cpi], at=NOW - timedelta(seconds=1)) is None


def test_the_loss_day_starts_at_midnight_utc():
    from zoneinfo import ZoneInfo

    assert loss_day_start(at=NOW) == datetime(2026, 11, 20, tzinfo=UTC)
    # 01:00 in Berlin is still the previous UTC day.
    assert loss_day_start(at=datetime(2026, 11, 21, 0, 30, tzinfo=ZoneInfo("Europe/Berlin"))) == datetime(2026, 11, 20, tzinfo=UTC)


def test_the_days_loss_counts_fees_as_lost_and_realised_pnl_as_won_back():
    assert loss_from(realised_pnl=D("-15"), fees=D("0.2925")) == D("15.2925")
    assert loss_from(realised_pnl=D("12"), fees=D("0.306")) == D("-11.694")
    assert loss_from(realised_pnl=D(0), fees=D(0)) == D(0)
