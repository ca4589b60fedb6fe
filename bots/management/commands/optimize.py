"""``python manage.py optimize``: search a bot's strategy parameters, then apply them if told to.

    python manage.py optimize --bot angry-trend-btc --trials 50
    python manage.py optimize --bot angry-trend-btc --trials 50 --candles BTC_USDT-1h.csv --split 0.7 --yes

The candles are the ones the bot itself trades on (its first symbol and its timeframe, as the
price source serves them: up to 1,000 closed bars), or a ``date,open,high,low,close,volume``
CSV. How the search and the walk-forward split work is in ``bots/optimizer.py``.

It asks "Apply? [y/N]" on standard input and changes the bot only on "y" (or with ``--yes``),
through ``bot_update``, which writes the audit event. ``--json`` prints the result as one JSON
object and never prompts: it applies only with ``--yes``.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from analytics.backtests.strategy import BacktestError, load_candles
from analytics.optimizer import (
    OBJECTIVES,
    OptimizationResult,
    OptimizeError,
    optimize,
    recorded_candles,
)
from bots.models import Bot
from bots.services import bot_update
from echotrade.exceptions import EchoTradeError
from execution.market.base import Candle

PROGRESS_WIDTH = 30


class Command(BaseCommand):
    help = "Search a bot's strategy parameters on past candles (walk-forward), and apply the best on confirmation."
    # Tests hand the prompt its answers; an operator's terminal is sys.stdin.
    stealth_options = ("stdin",)

    def add_arguments(self, parser):
        parser.add_argument("--bot", required=True, help="The bot's name.")
        parser.add_argument("--trials", type=int, default=50, help="Parameter sets to try (default 50).")
        parser.add_argument("--candles", help="A date,open,high,low,close,volume CSV; default: the bot's recorded candles.")
        parser.add_argument("--split", type=float, default=0.7, help="In-sample fraction of the candles (default 0.7).")
        parser.add_argument("--objective", default="sharpe", help=f"What to maximise in-sample: {' or '.join(OBJECTIVES)}.")
        parser.add_argument("--seed", type=int, default=42, help="The sampler's seed (default 42): same seed, same result.")
        parser.add_argument("--yes", action="store_true", help="Apply the best parameters without asking.")
        parser.add_argument("--json", action="store_true", help="Print one JSON object; never prompts.")

    def handle(self, *args, **options):
        bot = Bot.objects.filter(name=options["bot"]).select_related("account").first()
        if bot is None:
            raise CommandError(f"No bot named '{options['bot']}'.")
        if not bot.symbols:
            raise CommandError(f"Bot '{bot.name}' has no symbol to optimise on.")
        symbol = bot.symbols[0]
        bars = self._bars(bot, symbol, options["candles"])
        show_progress = options["verbosity"] > 0
        try:
            result = optimize(
                strategy_key=bot.strategy, parameters=bot.parameters, bars=bars, symbol=symbol,
                trials=options["trials"], split=options["split"], objective=options["objective"], seed=options["seed"],
                on_trial=self._progress if show_progress else None,
            )
        except OptimizeError as error:
            raise CommandError(str(error)) from None
        if show_progress:
            self.stderr.write("")  # end the progress line
        if options["json"]:
            applied = result.improved and options["yes"] and self._apply(bot, result)
            self.stdout.write(json.dumps({"bot": bot.name, "symbol": symbol, **result.as_json(), "applied": applied}))
            return
        self._table(bot, symbol, result)
        if not result.improved:
            self.stdout.write("No trial beat the current parameters in-sample; nothing to apply.")
            return
        if options["yes"] or self._confirmed(options.get("stdin") or sys.stdin):
            self._apply(bot, result)
            self.stdout.write(self.style.SUCCESS(f"Applied to {bot.name} (audited as bot.updated)."))
        else:
            self.stdout.write("Not applied; the bot keeps its parameters.")

    def _bars(self, bot: Bot, symbol: str, path: str | None) -> list[Candle]:
        if path:
            try:
                return load_candles(Path(path))
            except BacktestError as error:
                raise CommandError(str(error)) from None
        try:
            return recorded_candles(symbol=symbol, timeframe=bot.timeframe)
        except EchoTradeError as error:
            raise CommandError(f"No recorded candles for {symbol} {bot.timeframe}: {error.message}") from None

    def _progress(self, done: int, total: int, best: float | None) -> None:
        filled = round(PROGRESS_WIDTH * done / total)
        bar = "#" * filled + "." * (PROGRESS_WIDTH - filled)
        best_text = f"best {best:.4f}" if best is not None else "no valid trial yet"
        self.stderr.write(f"\r[{bar}] {done}/{total} trials, {best_text}", ending="")
        self.stderr.flush()

    def _table(self, bot: Bot, symbol: str, result: OptimizationResult) -> None:
        current, best = result.current, result.best
        self.stdout.write(
            f"{bot.name}: {result.strategy} on {symbol} {bot.timeframe}, {result.trials} trials "
            f"({result.completed_trials} valid), objective {result.objective}, seed {result.seed}"
        )
        self.stdout.write(
            f"walk-forward: {result.in_sample_bars} in-sample bars (searched), "
            f"{result.out_of_sample_bars} out-of-sample bars (reported only)\n"
        )
        rows = [("parameter", "current", "best")]
        for name in sorted(set(current.parameters) | set(best.parameters)):
            rows.append((name, *(_parameter(c.parameters, name) for c in (current, best))))
        self._rows(rows)
        self.stdout.write("")
        rows = [("metric", "current IS", "best IS", "current OOS", "best OOS")]
        for label, key in (("roi", "roi"), ("sharpe", "sharpe_ratio"), ("max drawdown", "max_drawdown"), ("trades", "trade_count")):
            rows.append((label, *(_cell(getattr(m, key)) for m in (
                current.in_sample, best.in_sample, current.out_of_sample, best.out_of_sample))))
        self._rows(rows)

    def _rows(self, rows: list[tuple]) -> None:
        widths = [max(len(str(row[i])) for row in rows) for i in range(len(rows[0]))]
        for row in rows:
            self.stdout.write("  ".join(f"{cell:<{w}}" if i == 0 else f"{cell:>{w}}" for i, (cell, w) in enumerate(zip(row, widths))))

    def _confirmed(self, stdin) -> bool:
        self.stdout.write("Apply? [y/N] ", ending="")
        self.stdout.flush()
        answer = stdin.readline()  # "" at end of input: the default, no
        if not stdin.isatty():
            self.stdout.write("")  # a terminal echoed the Enter; piped input did not
        return answer.strip().lower() in ("y", "yes")

    @staticmethod
    def _apply(bot: Bot, result: OptimizationResult) -> bool:
        bot_update(
            bot=bot, parameters=result.best.parameters, actor_label="optimizer",
            message=f"{result.trials} trials, {result.objective}; out-of-sample "
            f"{result.current.out_of_sample.score(result.objective):.4f} → "
            f"{result.best.out_of_sample.score(result.objective):.4f}",
        )
        return True


def _parameter(parameters: dict, name: str) -> str:
    if name not in parameters:
        return "default"  # the bot never set it: the strategy's default applies
    value = parameters[name]
    return f"{value:g}" if isinstance(value, float) else str(value)


def _cell(value) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.4f}"
    return str(value)
