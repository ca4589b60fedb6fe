"""``python manage.py backtest``: run one strategy over a candle CSV and report its trades.

    python manage.py backtest --strategy trend_following --param fast=10 --param slow=30 \\
        --candles XRP_USDT-5m.csv --cash 10000 --fee 0.001 --json

The votes become intents in ``analytics/backtests/strategy.py``; the rules of the simulation (fills,
fees, slippage, exits) are the one backtest engine's, ``analytics/backtests/engine.py``.
"""
from __future__ import annotations

import json
import math
import time
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from analytics.backtests.strategy import BacktestError, load_candles, run_backtest
from bots.strategies import split_parameters, strategy_for
from echotrade.exceptions import EchoTradeError
from execution.market.base import check_symbol
from execution.market.replay import symbol_from_filename

FALLBACK_SYMBOL = "BTC/USDT"


class Command(BaseCommand):
    help = "Backtest a strategy on a date,open,high,low,close,volume candle CSV (fills at the next bar's open)."

    def add_arguments(self, parser):
        parser.add_argument("--strategy", required=True, help="A strategy key, e.g. trend_following.")
        parser.add_argument(
            "--param", action="append", default=[], metavar="NAME=VALUE",
            help="A numeric strategy parameter; repeat for each one (fast=10 --param slow=30).",
        )
        parser.add_argument("--candles", required=True, help="The candle CSV file.")
        parser.add_argument("--cash", default="10000", help="Starting equity (default 10000).")
        parser.add_argument("--fee", default="0.001", help="Fee as a fraction of each fill's notional (default 0.001).")
        parser.add_argument(
            "--symbol", help=f"The pair the file holds; default from the file name (XRP_USDT-5m.csv), else {FALLBACK_SYMBOL}.",
        )
        parser.add_argument("--json", action="store_true", help="Print only the JSON result.")

    def handle(self, *args, **options):
        cash, fee = _decimal(options["cash"], "--cash"), _decimal(options["fee"], "--fee")
        strategy, extra = _strategy(options["strategy"], options["param"])
        path = Path(options["candles"])
        symbol = _symbol(options["symbol"], path)
        started = time.perf_counter()
        try:
            bars = load_candles(path)
            result = run_backtest(strategy, bars, cash=cash, fee=fee, symbol=symbol, state=extra)
        except BacktestError as error:
            raise CommandError(str(error)) from None
        report = result.as_json()
        if options["json"]:
            self.stdout.write(json.dumps(report))
            return
        self._summary(strategy, symbol, len(bars), report, time.perf_counter() - started)

    def _summary(self, strategy, symbol: str, bar_count: int, report: dict, seconds: float) -> None:
        self.stdout.write(f"{strategy.key} {strategy.p} on {symbol}: {bar_count} bars in {seconds:.2f}s")
        for trade in report["trades"]:
            self.stdout.write(
                f"  {trade['side']:5} {trade['entry_time']} @ {trade['entry_price']} -> "
                f"{trade['exit_time']} @ {trade['exit_price']}  qty {trade['quantity']}  pnl {trade['pnl']}"
            )
        for key in ("final_equity", "roi", "max_drawdown", "sharpe_ratio", "trade_count", "win_rate"):
            self.stdout.write(f"{key}: {report[key]}")


def _decimal(text: str, option: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise CommandError(f"{option} must be a number, not {text!r}.") from None
    if not value.is_finite():
        raise CommandError(f"{option} must be a finite number, not {text!r}.")
    return value


def _strategy(key: str, pairs: list[str]):
    """The strategy built from ``NAME=VALUE`` pairs, and the extra (non-numeric) settings."""
    parameters = {}
    for pair in pairs:
        name, sep, text = pair.partition("=")
        if not sep or not name.strip():
            raise CommandError(f"--param takes NAME=VALUE, not {pair!r}.")
        parameters[name.strip()] = _number(name.strip(), text)
    try:
        values, extra = split_parameters(key, parameters)
        return strategy_for(key, values), extra
    except ValueError as error:
        raise CommandError(str(error)) from None


def _number(name: str, text: str) -> int | float:
    try:
        return int(text)
    except ValueError:
        pass
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not math.isfinite(value):
        raise CommandError(f"--param {name} must be a number, not {text!r}.")
    return value


def _symbol(given: str | None, path: Path) -> str:
    if given:
        try:
            check_symbol(given)
        except EchoTradeError as error:
            raise CommandError(error.message) from None
        return given
    try:
        return symbol_from_filename(path)
    except ValueError:
        return FALLBACK_SYMBOL
