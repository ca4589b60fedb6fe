"""The strategy backtest reads each strategy's votes as one series, and trades as if asked bar by bar.

A strategy with its own ``evaluate_series`` is voted over the whole series up front and the engine
visits only the bars where it acts; one with only ``evaluate`` (here: the same strategy behind a
wrapper) is asked at every close. On a series no longer than the backtest's trailing window, both
see the same past, so their trades and equity curves must be the same, figure for figure.
"""
from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from analytics.backtests.strategy import run_backtest
from bots.strategies import REGISTRY, Strategy, strategy_for
from execution.market.base import Candle
from tests.strategies import START
from tests.strategies.test_series_parity import SETTINGS, synthetic_candles

BARS = 300  # the backtest's shortest trailing window: asked bar by bar, a strategy sees every bar before


class BarByBar(Strategy):
    """``strategy`` without its series: the backtest must ask it at every close."""

    key = "bar_by_bar"
    name = "Bar by bar"

    def __init__(self, strategy: Strategy):
        super().__init__()
        self.strategy = strategy

    @property
    def min_candles(self) -> int:
        return self.strategy.min_candles

    def evaluate(self, candles, state, context):
        return self.strategy.evaluate(candles, state, context)


def rows(seed: int) -> list[Candle]:
    series = synthetic_candles(seed).upto(BARS)
    return [
        Candle(ts=START + timedelta(minutes=5 * i), open=Decimal(str(o)), high=Decimal(str(h)), low=Decimal(str(lo)),
               close=Decimal(str(c)), volume=Decimal(str(round(v, 4))))
        for i, (o, h, lo, c, v) in enumerate(zip(series.open, series.high, series.low, series.close, series.volume))
    ]


@pytest.mark.parametrize("key", sorted(k for k in REGISTRY if not REGISTRY[k].reads_portfolio))
@pytest.mark.parametrize("seed", [3, 11])
def test_a_backtest_on_the_series_trades_as_one_asking_at_every_close(key, seed):
    bars, parameters = rows(seed), SETTINGS[key][-1]
    costs = {"cash": Decimal(10000), "fee": Decimal("0.001"), "symbol": "BTC/USDT", "slippage_bps": Decimal(2)}

    series = run_backtest(strategy_for(key, parameters), bars, **costs)
    by_bar = run_backtest(BarByBar(strategy_for(key, parameters)), bars, **costs)

    assert len(series.trades) > 0
    assert series.trades == by_bar.trades
    assert series.equity_curve == by_bar.equity_curve and series.final_equity == by_bar.final_equity
