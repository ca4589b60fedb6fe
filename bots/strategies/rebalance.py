"""Portfolio rebalancing: keep each symbol near its target weight of the bot's capital (daily).

Targets are not parameters. ``Param`` holds numbers the optimizer can search, and a target
allocation is a mapping, so the bot stores it in ``Bot.parameters["targets"]``
(``{"BTC/USDT": 0.5, "ETH/USDT": 0.3, "SOL/USDT": 0.2}``, fractions of capital, summing to at
most 1) and the runner copies it into ``state["targets"]`` before each run;
``bots.strategies.split_parameters`` separates it from the numeric parameters.

For ``context.symbol``: weight = holdings[symbol] / capital. Below target − ``drift_pct``
percentage points it acts long (buy the underweight) with strength min(1, deficit / target);
above target + drift it votes short *without acting*: the runner does not sell from a rebalancer
yet, so an overweight symbol only counts against longs in the ensemble until prices or new buys
bring it back. It acts at most once per ``min_days_between`` days per symbol
(``state["last_rebalance"]`` = {symbol: ISO date}, per symbol so that rebalancing BTC on a day
does not block ETH on the same day).
"""
from __future__ import annotations

from datetime import date

import numpy as np

from bots.strategies.base import (
    LONG,
    NO_SIDE,
    SHORT,
    Candles,
    Contexts,
    Param,
    Range,
    Strategy,
    Vote,
    Votes,
    register,
)
from echotrade.exceptions import EchoTradeError
from echotrade.symbols import normalize_symbol


@register
class PortfolioRebalancing(Strategy):
    key = "portfolio_rebalancing"
    name = "Portfolio rebalancing"
    default_timeframe = "1d"
    params = {
        "drift_pct": Param(5.0, 0.5, 50.0, float),
        "min_days_between": Param(1, 1, 365, int),
    }
    search_space = {"drift_pct": Range(1.0, 20.0, 0.5), "min_days_between": Range(1, 30)}
    # Bot.parameters keys that are not Params: split_parameters moves them into the state.
    extra_keys = ("targets",)
    reads_portfolio = True

    @classmethod
    def clean_extra(cls, extra: dict) -> dict:
        """The extras, validated: ``targets`` is {symbol: weight}, weights in (0, 1], sum ≤ 1."""
        if "targets" not in extra:
            return extra
        return {**extra, "targets": clean_targets(extra["targets"])}

    @property
    def min_candles(self) -> int:
        return 1

    def evaluate_series(self, candles: Candles, state: dict, contexts: Contexts, start: int = 0) -> Votes:
        bars, symbol = len(candles), contexts.symbol
        targets = state.get("targets") or {}
        capital = np.zeros(bars) if contexts.capital is None else contexts.capital
        holdings = np.zeros(bars) if contexts.holdings is None else contexts.holdings
        target, drift = float(targets.get(symbol, 0)), self.p["drift_pct"] / 100
        with np.errstate(invalid="ignore", divide="ignore"):
            weight = holdings / capital
            weighed = (capital > 0) & bool(targets)
            over = weighed & (weight > target + drift)
            under = weighed & ~over & (weight < target - drift)
            excess = np.minimum(1.0, (weight - target) / target) if target else np.ones(bars)
            deficit = np.minimum(1.0, (target - weight) / target)

        def detail(i: int) -> Vote:
            if not targets:
                return Vote("flat", 0.0, reason="no target weights (state['targets'] is empty)")
            if not capital[i] > 0:
                return Vote("flat", 0.0, reason="no capital to weigh holdings against")
            summary = f"{symbol} at {float(weight[i]):.1%} against a {target:.1%} target"
            if over[i]:
                return votes.vote(i, f"{summary}: overweight (the runner does not sell yet)")
            if not under[i]:
                return Vote("flat", 0.0, reason=f"{summary}: within {self.p['drift_pct']:g} points")
            return votes.vote(i, f"{summary}: underweight, {'buying' if votes.act[i] else 'rebalanced too recently'}")

        votes = Votes.flat(bars, detail)
        votes.side[:] = np.where(over, SHORT, np.where(under, LONG, NO_SIDE))
        votes.strength[:] = np.where(over, excess, np.where(under, deficit, 0.0))
        # Once per min_days_between per symbol: each underweight bar in turn, by the state's last date.
        for bar in np.flatnonzero(under[start:]) + start:
            today = contexts.moment(int(bar)).date()
            if self._may_rebalance(state, symbol, today):
                state.setdefault("last_rebalance", {})[symbol] = today.isoformat()
                votes.act[bar] = True
        return votes.since(start)

    def _may_rebalance(self, state: dict, symbol: str, today: date) -> bool:
        last = (state.get("last_rebalance") or {}).get(symbol)
        return last is None or (today - date.fromisoformat(last)).days >= self.p["min_days_between"]


def clean_targets(targets) -> dict[str, float]:
    """{symbol: weight} with symbols spelled BASE/QUOTE; ValueError saying what is wrong."""
    if not isinstance(targets, dict) or not targets:
        raise ValueError("targets must be a mapping of symbol to weight, e.g. {BTC/USDT: 0.6, ETH/USDT: 0.4}.")
    cleaned: dict[str, float] = {}
    for symbol, weight in targets.items():
        try:
            name = normalize_symbol(str(symbol))
        except EchoTradeError as error:
            raise ValueError(f"targets: {error.message}") from None
        if isinstance(weight, bool) or not isinstance(weight, (int, float)) or not 0 < weight <= 1:
            raise ValueError(f"targets.{name} must be a weight above 0 and at most 1, not {weight!r}.")
        cleaned[name] = float(weight)
    total = sum(cleaned.values())
    if total > 1 + 1e-9:
        raise ValueError(f"targets add up to {total:g}; they are fractions of capital and must total at most 1.")
    return cleaned
