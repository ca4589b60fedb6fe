"""The strategy backtest: fills at the next open, whole equity per trade, a fee on every fill."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from io import StringIO
from itertools import pairwise
from pathlib import Path

import numpy as np
import pytest
from django.core.management import CommandError, call_command

from analytics.backtests.strategy import load_candles, run_backtest
from bots.strategies import REGISTRY, Strategy, Vote
from tests.shared_data import shared_data

START = datetime(2024, 1, 1, tzinfo=timezone.utc)
REPORT_KEYS = {"trades", "final_equity", "roi", "max_drawdown", "sharpe_ratio", "trade_count", "win_rate"}
TRADE_KEYS = {"entry_time", "entry_price", "exit_time", "exit_price", "side", "quantity", "pnl"}
REAL_FILES = [shared_data("market/ETH_BTC-5m.csv"), shared_data("market/XRP_USDT-5m.csv")]


def write_csv(path: Path, bars) -> Path:
    """``bars`` are (open, high, low, close[, volume]) rows, five minutes apart."""
    lines = ["date,open,high,low,close,volume"]
    for i, bar in enumerate(bars):
        open_, high, low, close, *volume = bar
        date = (START + timedelta(minutes=5 * i)).strftime("%Y-%m-%dT%H:%M:%SZ")
        lines.append(f"{date},{open_},{high},{low},{close},{volume[0] if volume else 100}")
    path.write_text("\n".join(lines) + "\n")
    return path


def bars_from_closes(closes, opens=None):
    opens = opens or [closes[0], *closes[:-1]]
    return [(o, max(o, c), min(o, c), c) for o, c in zip(opens, closes)]


def backtest(*args) -> dict:
    out = StringIO()
    call_command("backtest", *args, "--json", stdout=out)
    return json.loads(out.getvalue())


def at(bar: int) -> str:
    return (START + timedelta(minutes=5 * bar)).isoformat()


# --- A run worked by hand -------------------------------------------------------------------
# SMA2/SMA5 of these closes cross up at bar 10 (11 > the 10.1 before it lifts SMA2 to 10.55
# over SMA5 10.4) and down at bar 14 (12.5 -> 9: SMA2 10.75 under SMA5 11.2).
CROSSES = [11.0, 10.9, 10.8, 10.7, 10.6, 10.5, 10.4, 10.3, 10.2, 10.1, 11, 11.5, 12, 12.5, 9, 10, 9.5]
# Bar 15 opens at 12, far from bar 14's close of 9: the reversal must fill at that open.
CROSS_OPENS = [11.0, *CROSSES[:14], 12, 10]


@pytest.fixture
def crosses_csv(tmp_path):
    return write_csv(tmp_path / "BTC_USDT-5m.csv", bars_from_closes(CROSSES, CROSS_OPENS))


def test_it_fills_each_cross_at_the_next_open_and_closes_the_last_trade_at_the_last_close(crosses_csv):
    report = backtest("--strategy", "trend_following", "--param", "fast=2", "--param", "slow=5",
                      "--candles", str(crosses_csv), "--cash", "11011", "--fee", "0.001")

    long, short = report["trades"]
    # Long at bar 11's open of 11 with all 11011: 11011 / (11 × 1.001) = 1000 exactly.
    # Out at bar 15's open of 12: 1000 × (12 − 11) − fees 11 and 12 = 977; equity 11988.
    assert long == {
        "entry_time": at(11), "entry_price": "11.00000000", "exit_time": at(15), "exit_price": "12.00000000",
        "side": "long", "quantity": "1000.00000000", "pnl": "977.00000000",
    }
    # Short at the same open: 11988 / (12 × 1.001) = 998.001998001… -> 998.00199800 (rounded down).
    # Closed at the last close 9.5: 2.5 × 998.001998 = 2495.004995, less fees
    # 12 × 998.001998 × 0.001 = 11.976023976 and 9.5 × 998.001998 × 0.001 = 9.481018981.
    assert short == {
        "entry_time": at(15), "entry_price": "12.00000000", "exit_time": at(16), "exit_price": "9.50000000",
        "side": "short", "quantity": "998.00199800", "pnl": "2473.54795204",
    }
    assert report["final_equity"] == "14461.54795204"  # 11011 + 977 + 2473.54795204
    assert report["roi"] == pytest.approx(3450.54795204 / 11011)
    assert report["trade_count"] == 2 and report["win_rate"] == 1.0


def test_its_report_has_exactly_the_documented_keys(crosses_csv):
    report = backtest("--strategy", "trend_following", "--param", "fast=2", "--param", "slow=5", "--candles", str(crosses_csv))

    assert set(report) == REPORT_KEYS
    assert all(set(trade) == TRADE_KEYS for trade in report["trades"])
    assert report["max_drawdown"] <= 0 and isinstance(report["sharpe_ratio"], float)


def test_without_json_it_prints_a_readable_summary(crosses_csv):
    out = StringIO()
    call_command("backtest", "--strategy", "trend_following", "--param", "fast=2", "--param", "slow=5",
                 "--candles", str(crosses_csv), stdout=out)

    assert "trade_count: 2" in out.getvalue() and "on BTC/USDT" in out.getvalue()


# --- Exits from the levels of the vote that opened the trade -----------------------------------
class Scripted(Strategy):
    """Answers a fixed vote at given bars (by the bar's index), flat elsewhere."""

    key = "scripted"
    name = "Scripted"

    def __init__(self, script: dict[int, Vote]):
        super().__init__()
        self.script = script

    @property
    def min_candles(self) -> int:
        return 1

    def evaluate(self, candles, state, context):
        return self.script.get(len(candles) - 1, Vote("flat", 0.0))


def scripted_run(tmp_path, bars, script, fee="0"):
    path = write_csv(tmp_path / "candles.csv", bars)
    result = run_backtest(Scripted(script), load_candles(path), cash=Decimal("10000"), fee=Decimal(fee), symbol="BTC/USDT")
    return [(t.side, t.entry_price, t.exit_price, t.exit_time) for t in result.trades], result


LONG_9_12 = Vote("long", 1.0, act=True, stop_loss=Decimal("9"), take_profits=(Decimal("12"),))


def test_a_long_leaves_at_its_take_profit_on_a_later_bars_high(tmp_path):
    bars = [(10, 10, 10, 10), (10, 11, 9.5, 10.5), (10.5, 12.5, 10.4, 12.2), (12.2, 13, 12, 13)]
    trades, result = scripted_run(tmp_path, bars, {0: LONG_9_12})

    assert trades == [("long", Decimal("10"), Decimal("12"), START + timedelta(minutes=10))]
    assert result.final_equity == Decimal("12000")


def test_a_bar_that_opens_past_the_stop_fills_at_its_open(tmp_path):
    bars = [(10, 10, 10, 10), (10, 10.2, 9.8, 10), (8.5, 8.6, 8, 8.2), (8.2, 8.3, 8, 8)]
    trades, _ = scripted_run(tmp_path, bars, {0: LONG_9_12})

    assert trades[0][2] == Decimal("8.5")


def test_a_bar_that_touches_both_levels_takes_the_stop(tmp_path):
    bars = [(10, 10, 10, 10), (10, 12.5, 8.8, 11), (11, 11, 11, 11)]
    trades, _ = scripted_run(tmp_path, bars, {0: LONG_9_12})

    assert trades[0][2] == Decimal("9")


def test_a_short_leaves_at_its_stop_above(tmp_path):
    short = Vote("short", 1.0, act=True, stop_loss=Decimal("11"), take_profits=(Decimal("8"),))
    bars = [(10, 10, 10, 10), (10, 11.5, 9.9, 11.2), (11.2, 11.3, 11, 11)]
    trades, result = scripted_run(tmp_path, bars, {0: short})

    assert trades == [("short", Decimal("10"), Decimal("11"), START + timedelta(minutes=5))]
    assert result.final_equity == Decimal("9000")


def test_a_level_already_behind_the_fill_price_is_dropped(tmp_path):
    # Take profit 9.5 for a long filled at 10 would "hit" at once; the trade runs to the end.
    gap = Vote("long", 1.0, act=True, take_profits=(Decimal("9.5"),))
    bars = [(9, 9, 9, 9), (10, 10.5, 9.4, 10), (10, 11, 10, 11)]
    trades, _ = scripted_run(tmp_path, bars, {0: gap})

    assert trades == [("long", Decimal("10"), Decimal("11"), START + timedelta(minutes=10))]


def test_an_act_on_the_side_already_held_is_ignored(tmp_path):
    buy = Vote("long", 1.0, act=True)
    bars = bars_from_closes([10, 11, 12, 13, 14])
    trades, _ = scripted_run(tmp_path, bars, {0: buy, 1: buy, 2: buy})

    # One trade, filled at bar 1's open (bar 0's close of 10) and closed at the last close.
    assert trades == [("long", Decimal("10"), Decimal("14"), START + timedelta(minutes=20))]


def test_an_act_on_the_last_bar_is_never_filled(tmp_path):
    trades, result = scripted_run(tmp_path, bars_from_closes([10, 11, 12]), {2: Vote("long", 1.0, act=True)})

    assert trades == [] and result.final_equity == Decimal("10000")
    assert result.as_json()["win_rate"] is None


def test_final_equity_is_cash_plus_the_pnl_of_every_trade(tmp_path):
    flip = {i: Vote("long" if i % 2 else "short", 1.0, act=True) for i in range(8)}
    _, result = scripted_run(tmp_path, bars_from_closes([10, 10.7, 10.1, 11.3, 10.9, 12.1, 11.8, 12.6, 12.2]), flip, fee="0.00075")

    assert len(result.trades) == 8
    assert result.final_equity == Decimal("10000") + sum(t.pnl for t in result.trades)


# --- Bad input --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "content, message",
    [
        ("time,o,h,l,c,v\n", "expected the header"),
        ("date,open,high,low,close,volume\n2024-01-01T00:00:00Z,1,2,0.5,x,1\n", "line 2: cannot read"),
        ("date,open,high,low,close,volume\n2024-01-01T00:00:00Z,1,2,0.5,1,1\n", "at least two"),
    ],
)
def test_a_bad_candle_file_is_a_clear_command_error(tmp_path, content, message):
    path = tmp_path / "bad.csv"
    path.write_text(content)

    with pytest.raises(CommandError, match=message):
        backtest("--strategy", "trend_following", "--candles", str(path))


def test_a_missing_file_is_a_command_error(tmp_path):
    with pytest.raises(CommandError, match="does not exist"):
        backtest("--strategy", "trend_following", "--candles", str(tmp_path / "nope.csv"))


@pytest.mark.parametrize(
    "args, message",
    [
        (["--strategy", "hodl"], "Unknown strategy 'hodl'"),
        (["--strategy", "trend_following", "--param", "fast"], "NAME=VALUE"),
        (["--strategy", "trend_following", "--param", "fast=quick"], "must be a number"),
        (["--strategy", "trend_following", "--param", "fast=40"], "fast must be below"),
        (["--strategy", "trend_following", "--cash", "lots"], "--cash must be a number"),
        (["--strategy", "trend_following", "--fee", "1.5"], "fee within"),
    ],
)
def test_bad_options_are_command_errors(crosses_csv, args, message):
    with pytest.raises(CommandError, match=message):
        backtest(*args, "--candles", str(crosses_csv))


# --- Every strategy, and real data ------------------------------------------------------------
@pytest.fixture(scope="module")
def synthetic_csv(tmp_path_factory):
    """500 five-minute bars of a random walk with trends and volume spikes."""
    rng = np.random.default_rng(7)
    closes = 100 * np.exp(np.cumsum(rng.normal(0, 0.01, 500) + 0.002 * np.sin(np.arange(500) / 40)))
    opens = np.concatenate([[100.0], closes[:-1]])
    highs = np.maximum(opens, closes) * (1 + rng.uniform(0, 0.005, 500))
    lows = np.minimum(opens, closes) * (1 - rng.uniform(0, 0.005, 500))
    volumes = rng.uniform(50, 150, 500) * np.where(rng.random(500) < 0.05, 4, 1)
    bars = [tuple(round(float(x), 6) for x in row) for row in zip(opens, highs, lows, closes, volumes)]
    return write_csv(tmp_path_factory.mktemp("synthetic") / "SOL_USDT-5m.csv", bars)


# Momentum's three conditions rarely meet on 500 random bars; looser settings make it trade too.
TRADES_WITH = {"momentum": ["--param", "volume_factor=1", "--param", "breakout_period=5"]}


@pytest.mark.parametrize("key", sorted(REGISTRY))
def test_every_registered_strategy_runs(key, synthetic_csv):
    report = backtest("--strategy", key, "--candles", str(synthetic_csv))
    trading = backtest("--strategy", key, *TRADES_WITH.get(key, []), "--candles", str(synthetic_csv))

    assert set(report) == set(trading) == REPORT_KEYS
    assert_invariants(report, Decimal("10000"))
    assert_invariants(trading, Decimal("10000"))
    assert trading["trade_count"] > 0


@pytest.mark.parametrize("path", REAL_FILES, ids=lambda p: p.name)
def test_trend_following_on_recorded_candles_keeps_its_books(path):
    if not path.is_file():
        pytest.skip(f"{path} is not on this machine")
    report = backtest("--strategy", "trend_following", "--candles", str(path), "--cash", "10000", "--fee", "0.001")

    assert report["trade_count"] > 0
    assert_invariants(report, Decimal("10000"))


def assert_invariants(report: dict, cash: Decimal) -> None:
    trades = report["trades"]
    assert Decimal(report["final_equity"]) == cash + sum(Decimal(t["pnl"]) for t in trades)
    assert report["trade_count"] == len(trades)
    assert report["win_rate"] is None if not trades else 0 <= report["win_rate"] <= 1
    assert report["max_drawdown"] <= 0
    assert all(t["entry_time"] <= t["exit_time"] for t in trades)
    assert all(a["exit_time"] <= b["entry_time"] for a, b in pairwise(trades))  # one position at a time
