"""Backtest speed: ``manage.py backtest``'s engine against backtesting.py on 500,000 one-minute bars.

Both run the same strategy on the same bars: a simple-moving-average cross (our trend_following,
fast 50 / slow 200), long on the cross up and short on the cross down, always in the market after
the first cross, each order filled at the next bar's open, the same fee on every fill, the last
trade closed at the end. The bars are a seeded random walk (no file is read or written). The
clock covers the engines only: the bars are built for each beforehand, in its own input format
(our Candle rows of Decimals; backtesting.py's float DataFrame). The ratio is of CPU seconds:
the machine is shared, and wall time there measures the neighbours as much as the engine (both
are single-threaded); wall seconds are reported too.

The engines differ by design: ours asks the strategy object for a vote on every bar with a
trailing window, as the live runner does, and keeps money in Decimal; backtesting.py precomputes
the indicator over the whole series and calls ``next`` with floats. The trade counts are printed
to show that both really traded the same crosses (equal moving averages and unit rounding can
shift a handful). Prints one JSON object as its last line.
"""
from __future__ import annotations

import json
import os
import time
import warnings
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import numpy as np

from _harness import ROOT  # noqa: F401  (puts the project on sys.path)

BARS = int(os.environ.get("BENCH_BARS", 500_000))
SEED = 20240101
FAST, SLOW = 50, 200
FEE = 0.0005
CASH = 1_000_000  # large against the price, so backtesting.py's whole-unit sizing barely rounds


def random_walk(count: int, seed: int) -> dict[str, np.ndarray]:
    """One-minute OHLCV: log-normal steps of 0.1 %, opens at the previous close, small wicks."""
    rng = np.random.default_rng(seed)
    close = np.round(100 * np.exp(np.cumsum(rng.normal(0, 0.001, count))), 4)
    open_ = np.concatenate([[100.0], close[:-1]])
    wick = np.abs(rng.normal(0, 0.0005, (2, count)))
    high = np.round(np.maximum(open_, close) * (1 + wick[0]), 4)
    low = np.round(np.minimum(open_, close) * (1 - wick[1]), 4)
    volume = np.round(rng.uniform(1, 100, count), 2)
    return {"open": open_, "high": high, "low": low, "close": close, "volume": volume}


@contextmanager
def clock():
    """Wall and CPU seconds of the block. The machine is shared: CPU time is the steadier figure."""
    took: dict = {}
    wall, cpu = time.perf_counter(), time.process_time()
    yield took
    took.update(seconds=round(time.perf_counter() - wall, 2), cpu_seconds=round(time.process_time() - cpu, 2))


def ours(walk: dict, start: datetime) -> dict:
    from analytics.backtests.strategy import run_backtest
    from bots.strategies import strategy_for
    from execution.market.base import Candle

    bars = [
        Candle(ts=start + timedelta(minutes=i), open=Decimal(str(o)), high=Decimal(str(h)), low=Decimal(str(lo)),
               close=Decimal(str(c)), volume=Decimal(str(v)))
        for i, (o, h, lo, c, v) in enumerate(zip(walk["open"], walk["high"], walk["low"], walk["close"], walk["volume"]))
    ]
    strategy = strategy_for("trend_following", {"fast": FAST, "slow": SLOW})
    with clock() as took:
        result = run_backtest(strategy, bars, cash=Decimal(CASH), fee=Decimal(str(FEE)), symbol="BTC/USDT")
    return {**took, "trades": len(result.trades),
            "roi": round(float((result.final_equity - result.cash) / result.cash), 4)}


def reference(walk: dict, start: datetime) -> dict:
    import pandas as pd
    import talib
    from backtesting import Backtest, Strategy
    from backtesting.lib import crossover

    class SmaCross(Strategy):
        def init(self):
            self.fast = self.I(talib.SMA, self.data.Close, FAST)
            self.slow = self.I(talib.SMA, self.data.Close, SLOW)

        def next(self):
            if crossover(self.fast, self.slow):
                self.buy()
            elif crossover(self.slow, self.fast):
                self.sell()

    frame = pd.DataFrame(
        {"Open": walk["open"], "High": walk["high"], "Low": walk["low"], "Close": walk["close"], "Volume": walk["volume"]},
        index=pd.date_range(start, periods=len(walk["close"]), freq="1min"),
    )
    backtest = Backtest(frame, SmaCross, cash=CASH, commission=FEE, exclusive_orders=True, finalize_trades=True)
    with clock() as took, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        stats = backtest.run()
    return {**took, "trades": int(stats["# Trades"]), "roi": round(float(stats["Return [%]"]) / 100, 4)}


def main() -> dict:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "echotrade.settings")
    os.environ.setdefault("TQDM_DISABLE", "1")  # backtesting.py's progress bar
    import django

    django.setup()
    start = datetime(2024, 1, 1, tzinfo=timezone.utc)
    walk = random_walk(BARS, SEED)
    theirs = reference(walk, start)
    mine = ours(walk, start)
    ratio = round(mine["cpu_seconds"] / theirs["cpu_seconds"], 2)
    wall_ratio = round(mine["seconds"] / theirs["seconds"], 2)
    trade_gap = abs(mine["trades"] - theirs["trades"]) / max(theirs["trades"], 1)
    return {
        "benchmark": "backtest_speed", "bars": BARS, "strategy": f"trend_following fast={FAST} slow={SLOW}", "fee": FEE,
        "ours": mine, "backtesting_py": theirs, "cpu_time_ratio_ours_vs_backtesting_py": ratio, "wall_time_ratio": wall_ratio,
        "trade_count_difference": round(trade_gap, 4),
        "table": [
            [f"backtesting.py, {BARS:,} 1m bars, SMA{FAST}/{SLOW} (reference)", f"{theirs['cpu_seconds']} s CPU",
             f"{theirs['trades']} trades", ""],
            ["backtest command engine, same bars and strategy", f"{mine['cpu_seconds']} s CPU", f"{mine['trades']} trades",
             f"×{ratio} CPU time"],
        ],
    }


if __name__ == "__main__":
    print(json.dumps(main()))
