"""Backtest speed: ``manage.py backtest``'s engine against backtesting.py on 500,000 one-minute bars.

Both run the same strategy on the same bars: a simple-moving-average cross (our trend_following,
fast 50 / slow 200), long on the cross up and short on the cross down, always in the market after
the first cross, each order filled at the next bar's open, the same fee on every fill, the last
trade closed at the end. The bars are a seeded random walk (no file is read or written).

The clock covers the engines only: each gets the bars beforehand in its own input format
(backtesting.py a float DataFrame; ours a ``BarSeries`` of the same float columns, whose prices
read as the shortest decimal of each float), and the collector runs before each clock starts, so
neither pays for garbage the other left. The ratio is of CPU seconds: the machine is shared, and
wall time there measures the neighbours as much as the engine (both are single-threaded); wall
seconds are reported too.

The trades are compared first, one by one (entry and exit bar, side, entry and exit price): the
speed of an engine that traded differently would mean nothing, so a difference fails the run.
One difference is by design: the trade still open after the last bar is closed at that bar's
close by ours and at its open by backtesting.py (``finalize_trades`` re-runs its broker on the
last bar); each is checked against its own rule.
Goal: ours at least 10x faster than backtesting.py. Prints one JSON object as its last line.
"""
from __future__ import annotations

import gc
import json
import os
import sys
import time
import warnings
from contextlib import contextmanager
from datetime import datetime, timezone
from decimal import Decimal

import numpy as np

from _harness import ROOT  # noqa: F401  (puts the project on sys.path)

BARS = int(os.environ.get("BENCH_BARS", 500_000))
SEED = 20240101
FAST, SLOW = 50, 200
FEE = 0.0005
CASH = 1_000_000  # large against the price, so backtesting.py's whole-unit sizing barely rounds
GOAL = 10  # ours at least this many times faster


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
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    yield took
    took.update(seconds=round(time.perf_counter() - wall, 2), cpu_seconds=round(time.process_time() - cpu, 2))


def ours(walk: dict, start: datetime) -> tuple[dict, list]:
    from analytics.backtests.bars import BarSeries
    from analytics.backtests.strategy import run_backtest
    from bots.strategies import strategy_for

    ts = int(start.timestamp()) + 60 * np.arange(len(walk["close"]))
    bars = BarSeries.from_arrays(ts=ts, open=walk["open"], high=walk["high"], low=walk["low"], close=walk["close"],
                                 volume=walk["volume"])
    strategy = strategy_for("trend_following", {"fast": FAST, "slow": SLOW})
    with clock() as took:
        result = run_backtest(strategy, bars, cash=Decimal(CASH), fee=Decimal(str(FEE)), symbol="BTC/USDT")
    trades = [(t.entry_time, t.exit_time, t.side, float(t.entry_price), float(t.exit_price)) for t in result.trades]
    return {**took, "trades": len(trades), "roi": round(float((result.final_equity - result.cash) / result.cash), 4)}, trades


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
    with warnings.catch_warnings(), clock() as took:
        warnings.simplefilter("ignore")
        stats = backtest.run()
    trades = [
        (row.EntryTime.to_pydatetime(), row.ExitTime.to_pydatetime(), "long" if row.Size > 0 else "short",
         float(row.EntryPrice), float(row.ExitPrice))
        for row in stats["_trades"].itertuples()
    ]
    return {**took, "trades": len(trades), "roi": round(float(stats["Return [%]"]) / 100, 4)}, trades


def at_the_end(trades: list, price: float) -> list:
    """The trades with the last one's exit marked "end of data" when it left at ``price`` on the last bar."""
    if trades and trades[-1][4] == price:
        return [*trades[:-1], (*trades[-1][:4], "end of data")]
    return trades


def first_difference(mine: list, theirs: list) -> str | None:
    for number, (a, b) in enumerate(zip(mine, theirs)):
        if a != b:
            return f"trade {number}: ours {a}, backtesting.py {b}"
    if len(mine) != len(theirs):
        return f"ours made {len(mine)} trades, backtesting.py {len(theirs)}"
    return None


def main() -> dict:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "echotrade.settings")
    os.environ.setdefault("TQDM_DISABLE", "1")  # backtesting.py's progress bar
    import django

    django.setup()
    start = datetime(2024, 1, 1, tzinfo=timezone.utc)
    walk = random_walk(BARS, SEED)
    theirs, their_trades = reference(walk, start)
    mine, my_trades = ours(walk, start)
    difference = first_difference(at_the_end(my_trades, walk["close"][-1]), at_the_end(their_trades, walk["open"][-1]))
    if difference:
        sys.exit(f"The engines traded differently, so their speeds cannot be compared: {difference}")
    speedup = round(theirs["cpu_seconds"] / max(mine["cpu_seconds"], 0.01), 1)
    wall_speedup = round(theirs["seconds"] / max(mine["seconds"], 0.01), 1)
    return {
        "benchmark": "backtest_speed", "bars": BARS, "strategy": f"trend_following fast={FAST} slow={SLOW}", "fee": FEE,
        "ours": mine, "backtesting_py": theirs, "same_trades": True,
        "cpu_speedup_vs_backtesting_py": speedup, "wall_speedup": wall_speedup,
        "goal": f"at least {GOAL}x faster", "goal_met": speedup >= GOAL,
        "table": [
            [f"backtesting.py, {BARS:,} 1m bars, SMA{FAST}/{SLOW} (reference)", f"{theirs['cpu_seconds']} s CPU",
             f"{theirs['trades']} trades", ""],
            ["backtest command engine, same bars and strategy", f"{mine['cpu_seconds']} s CPU",
             f"{mine['trades']} trades, same list", f"{speedup}x faster (goal >= {GOAL}x)"],
        ],
    }


if __name__ == "__main__":
    print(json.dumps(main(), default=str))
