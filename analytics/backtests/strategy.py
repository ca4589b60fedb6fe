"""Strategy backtests on a candle file: one strategy, one symbol, one position at a time.

Semantics (what ``python manage.py backtest`` reports):

Each bar is decided on its close: the strategy sees that bar and the ones before it (a trailing
window of max(3 × min_candles, 300) bars, enough for every indicator to settle) and answers a
vote. An acting vote fills at the NEXT bar's open; the last bar decides nothing, having no next
open. There is one position at a time and it takes the whole equity: quantity = equity /
(open × (1 + fee)), rounded down to 8 decimals, so the notional plus its fee fits. An acting vote
on the side already held is ignored; one on the other side closes the position and opens the
other side at the same open. While a position is open, the stop loss and the first take profit
of the vote that opened it are checked against every bar's low and high from the fill bar on,
by ``execution.fills.bar_exit`` (the trader replay's rule too): the stop fills at its level, or at
the bar's open when the bar opens beyond it; the target fills at its level, even when the bar
opens beyond it (a resting limit gains nothing from a gap); when one bar touches both, the stop
is assumed to come first. A level already on the wrong side of the fill price is dropped. This
is how the long-only strategies (dca, grid, portfolio_rebalancing; mean reversion too) leave a
trade, and without either level a position is held until the opposite signal. Every fill pays
fee × notional. A trade still open after the last bar is closed at the last close. A trade's
pnl is its price gain (short: loss) times quantity minus both fees, rounded to 8 decimals, and
final_equity = cash + Σ pnl exactly. Times are the date of the bar on which a fill happened, as
written in the file (bars are dated by their open).

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

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, Decimal
from itertools import pairwise
from pathlib import Path

from analytics.metrics import drawdown_stats, risk_adjusted
from bots.strategies import Candles, Context, Strategy, Vote
from echotrade.exceptions import EchoTradeError
from echotrade.limits import MONEY_STEP
from execution import fills
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
class _Position:
    side: str
    entry_time: datetime
    entry_price: Decimal
    quantity: Decimal
    entry_fee: Decimal
    stop_loss: Decimal | None
    take_profit: Decimal | None

    @property
    def sign(self) -> int:
        return 1 if self.side == "long" else -1


@dataclass
class BacktestResult:
    cash: Decimal
    final_equity: Decimal
    trades: list[Trade]
    equity_curve: list[float]  # the starting cash, then the marked equity at every close
    periods_per_year: int

    def as_json(self) -> dict:
        """The command's output object, with exactly its documented keys."""
        curve = self.equity_curve
        returns = [b / a - 1 if a > 0 else 0.0 for a, b in pairwise(curve)]
        winners = sum(1 for trade in self.trades if trade.pnl > 0)
        return {
            "trades": [trade.as_json() for trade in self.trades],
            "final_equity": _text(self.final_equity),
            "roi": float((self.final_equity - self.cash) / self.cash),
            "max_drawdown": drawdown_stats(curve)["max_drawdown"],
            "sharpe_ratio": risk_adjusted(returns, periods_per_year=self.periods_per_year)["sharpe_ratio"],
            "trade_count": len(self.trades),
            "win_rate": winners / len(self.trades) if self.trades else None,
        }


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
    strategy: Strategy, bars: list[Candle], *, cash: Decimal, fee: Decimal, symbol: str, state: dict | None = None,
) -> BacktestResult:
    if len(bars) < 2:
        raise BacktestError(f"A backtest needs at least two bars, not {len(bars)}.")
    if cash <= 0 or not 0 <= fee < 1:
        raise BacktestError(f"cash must be above 0 and fee within [0, 1), not cash={cash} fee={fee}.")
    return _Simulation(strategy, bars, cash, fee, symbol, initial_state(strategy, symbol, state)).run()


@dataclass
class _Simulation:
    strategy: Strategy
    bars: list[Candle]
    cash: Decimal
    fee: Decimal
    symbol: str
    state: dict
    equity: Decimal = Decimal("0")  # realised: cash plus the pnl of closed trades
    position: _Position | None = None
    trades: list[Trade] = field(default_factory=list)
    curve: list[float] = field(default_factory=list)

    def run(self) -> BacktestResult:
        self.equity = self.cash
        self.curve = [float(self.cash)]
        spacing = min((b.ts - a.ts).total_seconds() for a, b in pairwise(self.bars))
        arrays = Candles.from_rows(self.bars)
        window = max(3 * self.strategy.min_candles, MIN_WINDOW)
        pending: Vote | None = None
        for i, bar in enumerate(self.bars):
            if pending is not None:
                self._fill(pending, bar)
                pending = None
            if self.position is not None:
                self._check_exits(bar)
            self.curve.append(self._marked(bar.close))
            if i + 1 >= self.strategy.min_candles and i + 1 < len(self.bars):
                vote = self._decide(arrays, i, window, bar.ts + timedelta(seconds=spacing))
                if vote.act and self._wants(vote):
                    pending = vote
        if self.position is not None:
            last = self.bars[-1]
            self._close(last.ts, last.close)
        return BacktestResult(
            cash=self.cash, final_equity=self.equity, trades=self.trades, equity_curve=self.curve,
            periods_per_year=max(1, round(SECONDS_PER_YEAR / spacing)),
        )

    def _decide(self, arrays: Candles, i: int, window: int, now: datetime) -> Vote:
        # Slices are views, not copies: the window costs nothing however long the file is.
        s = slice(max(0, i + 1 - window), i + 1)
        view = Candles(arrays.ts[s], arrays.open[s], arrays.high[s], arrays.low[s], arrays.close[s], arrays.volume[s])
        close = self.bars[i].close
        holding = self.position.quantity * close if self.position and self.position.side == "long" else Decimal("0")
        context = Context(
            now=now, symbol=self.symbol, holdings={self.symbol: holding},
            capital=Decimal(str(self._marked(close))), prices={self.symbol: close},
        )
        return self.strategy.evaluate(view, self.state, context)

    def _wants(self, vote: Vote) -> bool:
        if self.position is None:
            return self.equity > 0  # a busted account opens nothing more
        return vote.side != self.position.side

    def _fill(self, vote: Vote, bar: Candle) -> None:
        if self.position is not None:
            self._close(bar.ts, bar.open)
        if self.equity <= 0:
            return
        quantity = (self.equity / (bar.open * (1 + self.fee))).quantize(MONEY_STEP, rounding=ROUND_DOWN)
        if quantity <= 0:
            return
        sign = 1 if vote.side == "long" else -1
        stop, target = vote.stop_loss, vote.take_profits[0] if vote.take_profits else None
        self.position = _Position(
            side=vote.side, entry_time=bar.ts, entry_price=bar.open, quantity=quantity,
            entry_fee=fills.fee(price=bar.open, quantity=quantity, rate=self.fee),
            # A level on the wrong side of the fill (the market gapped past it) would exit at once.
            stop_loss=stop if stop is not None and (bar.open - stop) * sign > 0 else None,
            take_profit=target if target is not None and (target - bar.open) * sign > 0 else None,
        )

    def _check_exits(self, bar: Candle) -> None:
        p = self.position
        exit_ = fills.bar_exit(side=p.side, bar=bar, stop_loss=p.stop_loss, take_profit=p.take_profit)
        if exit_ is not None:
            self._close(bar.ts, exit_.price)

    def _close(self, ts: datetime, price: Decimal) -> None:
        p = self.position
        exit_fee = fills.fee(price=price, quantity=p.quantity, rate=self.fee)
        gross = (price - p.entry_price) * p.quantity * p.sign
        pnl = (gross - p.entry_fee - exit_fee).quantize(MONEY_STEP, rounding=ROUND_HALF_EVEN)
        self.trades.append(Trade(p.side, p.entry_time, p.entry_price, ts, price, p.quantity, pnl))
        self.equity += pnl
        self.position = None

    def _marked(self, close: Decimal) -> float:
        """Equity at ``close``: realised, plus the open trade's gain, less its entry fee; never below 0."""
        p = self.position
        if p is None:
            return max(0.0, float(self.equity))
        gain = float(close - p.entry_price) * float(p.quantity) * p.sign
        return max(0.0, float(self.equity) + gain - float(p.entry_fee))


def _text(value: Decimal) -> str:
    """A decimal as plain digits (never 1E-8), so every JSON reader can parse it."""
    return format(value, "f")
