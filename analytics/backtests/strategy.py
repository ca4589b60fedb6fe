"""Strategy backtests on a candle file: one strategy, one symbol, one position at a time.

The simulation is ``analytics.backtests.engine``'s (fills, fees by liquidity, slippage, exits,
the equity curve); this module only turns the strategy's votes into its intents.

Semantics (what ``python manage.py backtest`` reports):

Each bar is decided on its close: the strategy sees that bar and every one before it and answers a
vote, as ``evaluate`` would on the bars so far (``Strategy.evaluate_series`` gives them all at
once; the engine then visits only the closes that act). A strategy whose votes read the portfolio
(the rebalancer), or that has no series of its own, is asked at every close instead, on a trailing
window of max(3 × min_candles, 300) bars. An acting vote is a market intent for the NEXT bar's
open; the last bar decides nothing, having no next open. There is one position at a time and it
takes the whole equity: quantity = equity / (fill price × (1 + fee)), rounded down to 8
decimals, so the notional plus its fee fits. An acting vote on the side already held is ignored;
one on the other side closes the position and opens the other side at the same open. The vote's
stop loss and take-profit ladder go with the intent; the engine checks them from the fill bar on
and drops a level already on the wrong side of the fill price. This is how the long-only
strategies (dca, grid, portfolio_rebalancing; mean reversion too) leave a trade, and without
either level a position is held until the opposite signal. ``fee`` is the taker rate and, unless ``maker_fee`` says
otherwise, the maker rate too (the command's single ``--fee`` on every fill); ``slippage_bps``
(default 0) moves every taker fill against us. A trade still open after the last bar is closed at
the last close. A trade's pnl is its price gain (short: loss) times quantity minus its fees,
rounded to 8 decimals, and final_equity = cash + Σ pnl exactly. Times are the date of the bar on
which a fill happened, as written in the file (bars are dated by their open); a trade left by a
target ladder reports its last exit's time and the quantity-weighted mean of its exit prices.

The bars may come as ``Candle`` rows (a file's) or as a ``bars.BarSeries`` of float columns, whose
prices read as the shortest decimal of each float.

Reported: ``trades`` (entry_time, entry_price, exit_time, exit_price, side, quantity, pnl),
``final_equity``, ``roi`` ((final − cash) / cash), ``max_drawdown`` and ``sharpe_ratio`` of the
equity marked to market at every close (``analytics.metrics``; annualised with the number of
bars per 365-day year, taken from the smallest gap between bars), ``trade_count`` and
``win_rate`` (share of trades with pnl > 0; null without trades). Prices, quantities and money
are decimal *strings* so no digit is lost to JSON floats; ratios are numbers.

The strategy's state starts from the bot's non-numeric settings (``split_parameters``); the
rebalancer, given no ``targets``, gets {symbol: 1.0}: on one symbol, "all in" is its only
allocation, so it buys when flat and then holds, since it never sells.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import ROUND_DOWN, Decimal
from pathlib import Path

import numpy as np

from analytics.backtests import engine
from analytics.backtests.bars import BarSeries
from bots.strategies import Candles, Context, Contexts, Strategy, Vote
from echotrade.exceptions import EchoTradeError
from echotrade.limits import MONEY_STEP
from execution.market.base import Candle
from execution.market.replay import read_candles

MIN_WINDOW = 300
SECONDS_PER_YEAR = 365 * 86400


class BacktestError(ValueError):
    """The input cannot be backtested (a bad file, too few bars); the message says why."""


@dataclass(frozen=True)
class Trade:
    side: str
    entry_time: datetime
    entry_price: Decimal
    exit_time: datetime
    exit_price: Decimal
    quantity: Decimal
    pnl: Decimal

    def as_json(self) -> dict:
        return {
            "entry_time": self.entry_time.isoformat(), "entry_price": _text(self.entry_price),
            "exit_time": self.exit_time.isoformat(), "exit_price": _text(self.exit_price),
            "side": self.side, "quantity": _text(self.quantity), "pnl": _text(self.pnl),
        }


@dataclass
class BacktestResult:
    cash: Decimal
    final_equity: Decimal
    trades: list[Trade]
    equity_curve: list[float]  # the starting cash, then the marked equity at every close
    periods_per_year: int

    def as_json(self) -> dict:
        """The command's output object, with exactly its documented keys."""
        figures = engine.summary(
            cash=self.cash, final_equity=self.final_equity, pnls=[t.pnl for t in self.trades],
            curve=self.equity_curve,
            periods_per_year=self.periods_per_year,
        )
        return {"trades": [trade.as_json() for trade in self.trades], "final_equity": _text(self.final_equity), **figures}


def load_candles(path: str | Path) -> list[Candle]:
    """The file's bars (``date,open,high,low,close,volume``), or BacktestError saying what is wrong."""
    try:
        return read_candles(Path(path))
    except EchoTradeError as error:
        raise BacktestError(error.message) from None
    except (ValueError, UnicodeDecodeError) as error:
        raise BacktestError(str(error)) from None


def initial_state(strategy: Strategy, symbol: str, extra: dict | None = None) -> dict:
    state = dict(extra or {})
    if strategy.key == "portfolio_rebalancing":
        state.setdefault("targets", {symbol: 1.0})
    return state


def run_backtest(
    strategy: Strategy, bars: Sequence[Candle] | BarSeries, *, cash: Decimal, fee: Decimal, symbol: str,
    state: dict | None = None, maker_fee: Decimal | None = None, slippage_bps: Decimal = Decimal(0),
) -> BacktestResult:
    series = BarSeries.of(bars)
    if len(series) < 2:
        raise BacktestError(f"A backtest needs at least two bars, not {len(series)}.")
    maker = fee if maker_fee is None else maker_fee
    if cash <= 0 or not 0 <= fee < 1 or not 0 <= maker < 1 or slippage_bps < 0:
        raise BacktestError(
            f"cash must be above 0, fee within [0, 1) and slippage at least 0, not cash={cash} fee={fee} "
            f"maker_fee={maker} slippage_bps={slippage_bps}."
        )
    spacing = timedelta(microseconds=int(np.diff(series.ts).min()))
    voter = _Voter(strategy, series, symbol, initial_state(strategy, symbol, state), spacing)
    run = engine.Engine(
        bars={symbol: series}, cash=cash, costs=engine.Costs(taker_rate=fee, maker_rate=maker, slippage_bps=slippage_bps),
        on_close=voter.on_close, next_close=voter.next_close,
    ).run()
    trades = [
        Trade(t.side, t.entry_time, t.entry_price, t.exit_time, t.exit_price, t.quantity, t.pnl) for t in run.trades
    ]
    return BacktestResult(
        cash=cash, final_equity=run.final_equity, trades=trades, equity_curve=run.curve,
        periods_per_year=max(1, round(SECONDS_PER_YEAR / spacing.total_seconds())),
    )


class _Voter:
    """The strategy's side of the engine: a vote at every bar's close, an intent for the next open.

    A strategy with its own ``evaluate_series`` votes over the whole series up front, and the engine
    visits only the closes where it acts (``next_close``). One that reads the portfolio, which
    only the simulation knows bar by bar, or has no series of its own, is asked at every close on
    a trailing window.
    """

    def __init__(self, strategy: Strategy, bars: BarSeries, symbol: str, state: dict, spacing: timedelta):
        self.strategy, self.bars, self.symbol, self.state, self.spacing = strategy, bars, symbol, state, spacing
        self.candles = bars.candles()
        self.window = max(3 * strategy.min_candles, MIN_WINDOW)
        self.by_bar = strategy.reads_portfolio or type(strategy).evaluate_series is Strategy.evaluate_series
        if not self.by_bar:
            contexts = Contexts.after_bars(self.candles, symbol, spacing.total_seconds())
            self.votes = strategy.evaluate_series(self.candles, state, contexts)
            acting = np.flatnonzero(self.votes.act)
            # The last bar decides nothing (no next open), nor do bars before the strategy has a view.
            self.acting = acting[(acting + 1 >= strategy.min_candles) & (acting + 1 < len(bars))].tolist()

    def next_close(self, symbol: str, i: int) -> int:
        if self.by_bar:
            return i
        k = bisect_left(self.acting, i)
        return self.acting[k] if k < len(self.acting) else len(self.bars)

    def on_close(self, sim: engine.Engine, symbol: str, i: int) -> tuple[engine.Intent, ...]:
        if i + 1 < self.strategy.min_candles or i + 1 >= len(self.bars):
            return ()
        if not self.by_bar and not self.votes.act[i]:
            return ()
        held = sim.open_trades[0] if sim.open_trades else None
        vote = self._decide(i, held, sim.marked_equity) if self.by_bar else self.votes[i]
        if not vote.act:
            return ()
        if held is None and sim.equity <= 0:  # a busted account opens nothing more
            return ()
        if held is not None and vote.side == held.side:
            return ()
        return (engine.Intent(
            symbol=symbol, side=vote.side, at=self.bars.time(i + 1), stop_loss=vote.stop_loss,
            targets=tuple(vote.take_profits), size=_whole_equity, reverse=True,
        ),)

    def _decide(self, i: int, held: engine.Trade | None, marked: float) -> Vote:
        # Slices are views, not copies: the window costs nothing however long the file is.
        a, s = self.candles, slice(max(0, i + 1 - self.window), i + 1)
        view = Candles(a.ts[s], a.open[s], a.high[s], a.low[s], a.close[s], a.volume[s])
        bar = self.bars[i]
        holding = held.remaining * bar.close if held is not None and held.side == "long" else Decimal("0")
        context = Context(
            now=bar.ts + self.spacing, symbol=self.symbol, holdings={self.symbol: holding},
            capital=Decimal(str(marked)), prices={self.symbol: bar.close},
        )
        return self.strategy.evaluate(view, self.state, context)


def _whole_equity(entry: engine.EntryState) -> engine.Size | engine.Refused:
    """All the realised equity, less the entry's fee: equity / (price × (1 + fee)), rounded down."""
    if entry.equity <= 0:
        return engine.Refused("no_equity")
    quantity = (entry.equity / (entry.price * (1 + entry.fee_rate))).quantize(MONEY_STEP, rounding=ROUND_DOWN)
    if quantity <= 0:
        return engine.Refused("no_equity")
    return engine.Size(quantity=quantity, margin=quantity * entry.price)


def _text(value: Decimal) -> str:
    """A decimal as plain digits (never 1E-8), so every JSON reader can parse it."""
    return format(value, "f")
