"""Dollar-cost averaging: buy on a schedule, whatever the price (daily by default).

A buy is due when ``state["last_buy"]`` (ISO time of the previous buy, kept by the runner) is
missing or at least ``interval_hours`` before ``context.now``. With ``dip_pct`` > 0 a due buy
also waits until the close is at least ``dip_pct`` % below the highest high of the last
``lookback`` bars (the current one included), so the schedule buys dips rather than spikes.
A buy is a long act of strength 0.5 and records ``context.now`` as the new ``last_buy``.

``amount`` is the quote-currency amount per buy for the runner's order sizing; the strategy
itself does not use it (and the backtest, which puts the whole equity in each trade, ignores it).
DCA has no market view: bars that do not buy vote flat.
"""
from __future__ import annotations

from bisect import bisect_right
from datetime import datetime, timedelta

import numpy as np
import talib

from bots.strategies.base import (
    LONG,
    Candles,
    Contexts,
    Param,
    Range,
    Strategy,
    Vote,
    Votes,
    micros,
    register,
)

BUY_STRENGTH = 0.5


@register
class DollarCostAveraging(Strategy):
    key = "dca"
    name = "Dollar-cost averaging"
    default_timeframe = "1d"
    params = {
        "interval_hours": Param(24.0, 1.0, 8760.0, float),
        "dip_pct": Param(0.0, 0.0, 90.0, float),
        "lookback": Param(20, 2, 1000, int),
        "amount": Param(100.0, 1.0, 1e9, float),
    }
    # Not ``amount``: the backtest puts the whole equity in each trade, so it cannot tell amounts apart.
    search_space = {
        "interval_hours": Range(1.0, 168.0, 1.0), "dip_pct": Range(0.0, 20.0, 0.5), "lookback": Range(5, 100),
    }

    @property
    def min_candles(self) -> int:
        return self.p["lookback"] if self.p["dip_pct"] else 1

    def evaluate_series(self, candles: Candles, state: dict, contexts: Contexts, start: int = 0) -> Votes:
        # Buys are few: the loop walks from one buy to the next, the bars between are numpy's.
        bars, close = len(candles), candles.close
        if self.p["dip_pct"]:
            ceiling = talib.MAX(candles.high, timeperiod=self.p["lookback"]) * (1 - self.p["dip_pct"] / 100)
            with np.errstate(invalid="ignore"):
                ready = np.arange(1, bars + 1) >= self.min_candles
                buyable = np.flatnonzero(ready & (close <= ceiling))
        else:
            ceiling, buyable = None, np.arange(bars)
        dues = [(start, self._due_at(state))]  # (from bar, the next buy's due time then)

        def detail(i: int) -> Vote:
            if votes.act[i]:
                return votes.vote(i, f"scheduled buy every {self.p['interval_hours']:g}h")
            due = dues[bisect_right(dues, i, key=lambda entry: entry[0]) - 1][1]
            if due is not None and contexts.now[i] < micros(due):
                return Vote("flat", 0.0, reason=f"next buy due at {due.isoformat()}")
            if i + 1 < self.min_candles:
                return Vote("flat", 0.0, reason=f"needs {self.min_candles} candles, has {i + 1}")
            return Vote("flat", 0.0, reason=f"buy due; waiting for a close at or below {ceiling[i]:g}")

        votes = Votes.flat(bars, detail)
        bar = start
        while bar < bars:
            due = dues[-1][1]
            if due is not None:
                bar += int(np.searchsorted(contexts.now[bar:], micros(due)))  # ``now`` never goes back
            nxt = int(np.searchsorted(buyable, bar))
            if nxt == len(buyable):
                break
            bar = int(buyable[nxt])
            votes.side[bar], votes.strength[bar], votes.act[bar] = LONG, BUY_STRENGTH, True
            state["last_buy"] = contexts.moment(bar).isoformat()
            bar += 1
            dues.append((bar, self._due_at(state)))
        return votes.since(start)

    def _due_at(self, state: dict) -> datetime | None:
        last_buy = state.get("last_buy")
        if not last_buy:
            return None
        return datetime.fromisoformat(last_buy) + timedelta(hours=self.p["interval_hours"])
