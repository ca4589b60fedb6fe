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

from datetime import datetime, timedelta

from bots.strategies.base import (
    Candles,
    Context,
    Param,
    Range,
    Strategy,
    Vote,
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

    def evaluate(self, candles: Candles, state: dict, context: Context) -> Vote:
        due_at = self._due_at(state)
        if due_at is not None and context.now < due_at:
            return Vote("flat", 0.0, reason=f"next buy due at {due_at.isoformat()}")
        if self.p["dip_pct"]:
            if len(candles) < self.min_candles:
                return Vote("flat", 0.0, reason=f"needs {self.min_candles} candles, has {len(candles)}")
            high = float(candles.high[-self.p["lookback"]:].max())
            ceiling = high * (1 - self.p["dip_pct"] / 100)
            if candles.close[-1] > ceiling:
                return Vote("flat", 0.0, reason=f"buy due; waiting for a close at or below {ceiling:g}")
        state["last_buy"] = context.now.isoformat()
        return Vote("long", BUY_STRENGTH, act=True, reason=f"scheduled buy every {self.p['interval_hours']:g}h")

    def _due_at(self, state: dict) -> datetime | None:
        last_buy = state.get("last_buy")
        if not last_buy:
            return None
        return datetime.fromisoformat(last_buy) + timedelta(hours=self.p["interval_hours"])
