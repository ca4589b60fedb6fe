"""Every strategy's ``evaluate_series`` gives exactly the votes of ``evaluate`` asked bar by bar.

The backtest reads a whole series of votes at once; the live runner asks ``evaluate`` at each
close. These tests hold the two to the same answer, vote for vote (side, strength, act, reason,
stop, targets) and state for state, on recorded candles and on synthetic paths that reach the
rules' edge cases: flat stretches (RSI 50, bands of no width), volume spikes, crashes through a
grid, closes exactly on a grid line.
"""
from __future__ import annotations

from datetime import UTC, timedelta
from decimal import Decimal

import numpy as np
import pytest

from analytics.backtests.strategy import load_candles
from bots.strategies import REGISTRY, Candles, Context, Contexts, strategy_for
from bots.strategies.base import micros
from tests.shared_data import shared_data
from tests.strategies import START, candles

# Per strategy: the defaults, and settings that reach its other code paths (stops, shorts, dips,
# a momentum loose enough to act on a few hundred bars).
SETTINGS = {
    "trend_following": [{}, {"fast": 3, "slow": 8, "stop_pct": 2}],
    "mean_reversion": [{}, {"bb_period": 10, "bb_std": 1.0, "rsi_low": 45, "rsi_high": 55, "stop_band_pct": 0}],
    "momentum": [{}, {"rsi_period": 5, "rsi_entry": 52, "volume_factor": 1.0, "breakout_period": 3, "volume_period": 5}],
    "grid": [{}, {"levels": 6, "spacing_pct": 0.3, "allow_short": 1}],
    "dca": [{"interval_hours": 1}, {"interval_hours": 2.5, "dip_pct": 0.5, "lookback": 12}],
    "portfolio_rebalancing": [{}, {"drift_pct": 1.0, "min_days_between": 2}],
}
STATE = {"portfolio_rebalancing": {"targets": {"BTC/USDT": 0.5}}}
REAL_FILES = {"XRP_USDT-5m": (shared_data("market/XRP_USDT-5m.csv"), 0), "ETH_BTC-5m": (shared_data("market/ETH_BTC-5m.csv"), 3000)}
BARS = 700  # per-bar evaluation re-reads the whole past at every bar: enough bars, not too many


def test_every_registered_strategy_is_covered():
    assert set(SETTINGS) == set(REGISTRY)


def contexts_by_bar(series: Candles, seed: int) -> list[Context]:
    """A decision time at each bar's close (5 minutes on); holdings and capital that wander."""
    rng = np.random.default_rng(seed)
    holdings = np.round(rng.uniform(0, 8000, len(series)), 2)
    capital = np.where(rng.random(len(series)) < 0.02, 0, 10000)
    return [
        Context(now=START + timedelta(minutes=5 * (i + 1)), symbol="BTC/USDT", holdings={"BTC/USDT": Decimal(str(h))},
                capital=Decimal(int(c)))
        for i, (h, c) in enumerate(zip(holdings, capital))
    ]


def as_columns(contexts: list[Context]) -> Contexts:
    return Contexts(
        "BTC/USDT", np.array([micros(c.now) for c in contexts], dtype=np.int64), UTC,
        holdings=np.array([float(c.holdings["BTC/USDT"]) for c in contexts]),
        capital=np.array([float(c.capital) for c in contexts]),
    )


def assert_parity(key: str, parameters: dict, series: Candles, seed: int = 1) -> int:
    """Asserts the parity; answers how many bars acted (a parity of flat votes proves little)."""
    strategy = strategy_for(key, parameters)
    by_bar = contexts_by_bar(series, seed)
    state_bars, state_series = dict(STATE.get(key, {})), dict(STATE.get(key, {}))

    expected = [strategy.evaluate(series.upto(i + 1), state_bars, by_bar[i]) for i in range(len(series))]
    votes = strategy.evaluate_series(series, state_series, as_columns(by_bar))

    assert len(votes) == len(series)
    for i, vote in enumerate(expected):
        assert votes[i] == vote, f"{key} {parameters} bar {i}"
    assert state_series == state_bars
    assert list(votes.act) == [vote.act for vote in expected]
    return sum(vote.act for vote in expected)


def real_candles(name: str) -> Candles:
    path, first = REAL_FILES[name]
    if not path.is_file():
        pytest.skip(f"{path} is not on this machine")
    return Candles.from_rows(load_candles(path)[first:first + BARS])


def synthetic_candles(seed: int) -> Candles:
    """A random walk with trends, crashes, flat stretches and volume spikes."""
    rng = np.random.default_rng(seed)
    steps = rng.normal(0, 0.006, BARS) + 0.003 * np.sin(np.arange(BARS) / 35)
    steps[rng.random(BARS) < 0.01] -= 0.06  # crashes through a grid's bottom
    closes = np.round(100 * np.exp(np.cumsum(steps)), 2)
    closes[200:240] = closes[199]  # a flat stretch: RSI 50, bands of no width
    closes[400:404] = [closes[399], 99.7, 100.0, 99.7]  # closes on grid lines
    volumes = rng.uniform(50, 150, BARS) * np.where(rng.random(BARS) < 0.05, 4, 1)
    highs = closes * (1 + rng.uniform(0, 0.004, BARS))
    lows = closes * (1 - rng.uniform(0, 0.004, BARS))
    return candles(closes, volumes, np.maximum(highs, np.concatenate([closes[:1], closes[:-1]])), lows)


@pytest.mark.parametrize("key", sorted(SETTINGS))
@pytest.mark.parametrize("name", sorted(REAL_FILES))
def test_series_and_bar_by_bar_agree_on_recorded_candles(key, name):
    series = real_candles(name)
    acted = sum(assert_parity(key, parameters, series) for parameters in SETTINGS[key])

    assert acted > 0


@pytest.mark.parametrize("key", sorted(SETTINGS))
def test_series_and_bar_by_bar_agree_on_synthetic_paths(key):
    acted = sum(assert_parity(key, parameters, synthetic_candles(seed), seed) for seed in (3, 11)
                for parameters in SETTINGS[key])

    assert acted > 0


@pytest.mark.parametrize("key", sorted(SETTINGS))
def test_a_series_from_a_later_bar_continues_from_the_state_the_earlier_bars_left(key):
    series, parameters = synthetic_candles(5), SETTINGS[key][-1]
    by_bar = contexts_by_bar(series, 5)
    whole_state, split_state = dict(STATE.get(key, {})), dict(STATE.get(key, {}))
    strategy = strategy_for(key, parameters)

    whole = strategy.evaluate_series(series, whole_state, as_columns(by_bar))
    strategy.evaluate_series(series.upto(300), split_state, as_columns(by_bar[:300]))
    rest = strategy.evaluate_series(series, split_state, as_columns(by_bar), start=300)

    assert [rest[i] for i in range(len(rest))] == [whole[300 + i] for i in range(len(rest))]
    assert split_state == whole_state
