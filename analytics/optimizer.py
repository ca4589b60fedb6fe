"""Strategy parameter search with a walk-forward split (``python manage.py optimize``).

The candles are cut once, in time order: the first ``split`` of them (in-sample) is where the
search looks, the rest (out-of-sample) is only *reported*, never used to choose. Every trial is a
full strategy backtest (``analytics.backtests.strategy`` on the one engine, ``analytics.backtests.engine``:
decisions on a bar's close, fills at the next open, a fee on every fill) on the in-sample bars with parameters drawn from the strategy's declared
``search_space``; parameters outside it keep the bot's current values.

The out-of-sample backtest runs on the tail alone: its indicators warm up inside the tail, so no
in-sample bar influences a single out-of-sample figure (the price of that purity is that the
tail's first ``min_candles`` bars decide nothing).

The score is the in-sample Sharpe ratio (or ROI). A backtest whose Sharpe is undefined (no
trades, a flat curve) scores 0: it took no risk and earned nothing. A parameter set the strategy
refuses (trend following's fast >= slow) is pruned. The bot's current parameters are scored the
same way, and the best trial is only proposed when it beats them in-sample.

Search: optuna's TPE sampler with a seed, so the same candles, trials and seed give the same
answer. Nothing here writes; the command applies a result through ``bots.services.bot_update``.
"""
from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

import optuna
from django.utils import timezone

from analytics.backtests.strategy import BacktestError, run_backtest
from bots.strategies import REGISTRY, split_parameters, strategy_for
from execution.market.base import TIMEFRAME_SECONDS, Candle
from execution.market.feed import candles_get

OBJECTIVES = ("sharpe", "roi")
MIN_SEGMENT_BARS = 20  # fewer bars than this in either part cannot tell parameter sets apart
DEFAULT_CASH = Decimal("10000")
DEFAULT_FEE = Decimal("0.001")
RECORDED_CANDLES = 1000  # the most the price feed serves at once


class OptimizeError(ValueError):
    """The search cannot run on this input; the message says why."""

@dataclass(frozen=True)
class Metrics:
    roi: float
    sharpe_ratio: float | None
    max_drawdown: float
    trade_count: int

    def score(self, objective: str) -> float:
        if objective == "roi":
            return self.roi
        return self.sharpe_ratio if self.sharpe_ratio is not None else 0.0

    def as_json(self) -> dict:
        return {"roi": self.roi, "sharpe_ratio": self.sharpe_ratio, "max_drawdown": self.max_drawdown,
                "trade_count": self.trade_count}


@dataclass(frozen=True)
class Candidate:
    parameters: dict  # the full Bot.parameters this candidate would store
    in_sample: Metrics
    out_of_sample: Metrics

    def as_json(self) -> dict:
        return {"parameters": self.parameters, "in_sample": self.in_sample.as_json(),
                "out_of_sample": self.out_of_sample.as_json()}


@dataclass(frozen=True)
class OptimizationResult:
    strategy: str
    objective: str
    trials: int
    completed_trials: int  # the others were pruned (parameter sets the strategy refuses)
    seed: int
    split: float
    in_sample_bars: int
    out_of_sample_bars: int
    current: Candidate
    best: Candidate  # the current parameters themselves when no trial beat them in-sample

    @property
    def improved(self) -> bool:
        return self.best.parameters != self.current.parameters

    def as_json(self) -> dict:
        return {
            "strategy": self.strategy, "objective": self.objective, "trials": self.trials,
            "completed_trials": self.completed_trials, "seed": self.seed, "split": self.split,
            "in_sample_bars": self.in_sample_bars, "out_of_sample_bars": self.out_of_sample_bars,
            "current": self.current.as_json(), "best": self.best.as_json(), "improved": self.improved,
        }


def recorded_candles(*, symbol: str, timeframe: str) -> list[Candle]:
    """The closed candles the price feed serves for the bot (the ones its runner decides on)."""
    rows = candles_get(symbol=symbol, timeframe=timeframe, limit=RECORDED_CANDLES)
    bars = [
        Candle(ts=datetime.fromisoformat(r["ts"]), open=Decimal(r["open"]), high=Decimal(r["high"]),
               low=Decimal(r["low"]), close=Decimal(r["close"]), volume=Decimal(r["volume"]))
        for r in rows
    ]
    # A live source's last candle is still open; deciding on it would use a close that may change.
    if bars and bars[-1].ts.timestamp() + TIMEFRAME_SECONDS[timeframe] > timezone.now().timestamp():
        bars.pop()
    return bars


def split_bars(bars: list[Candle], split: float) -> tuple[list[Candle], list[Candle]]:
    """The in-sample head and the out-of-sample tail, in time order; OptimizeError when too short."""
    if not (isinstance(split, float | int) and math.isfinite(split) and 0 < split < 1):
        raise OptimizeError(f"The split is the in-sample fraction and must be between 0 and 1 (e.g. 0.7), not {split}.")
    cut = int(len(bars) * split)
    head, tail = bars[:cut], bars[cut:]
    if min(len(head), len(tail)) < MIN_SEGMENT_BARS:
        raise OptimizeError(
            f"{len(bars)} candles split at {split:g} give {len(head)} in-sample and {len(tail)} out-of-sample; "
            f"each part needs at least {MIN_SEGMENT_BARS}, so at least "
            f"{math.ceil(MIN_SEGMENT_BARS / min(split, 1 - split))} candles at this split."
        )
    return head, tail


def measure(
    strategy_key: str, parameters: dict, bars: list[Candle], *, symbol: str,
    cash: Decimal = DEFAULT_CASH, fee: Decimal = DEFAULT_FEE,
) -> Metrics:
    """One backtest of ``parameters`` (a full Bot.parameters dict) on ``bars``."""
    values, extra = split_parameters(strategy_key, parameters)
    strategy = strategy_for(strategy_key, values)
    report = run_backtest(strategy, bars, cash=cash, fee=fee, symbol=symbol, state=extra).as_json()
    return Metrics(
        roi=report["roi"], sharpe_ratio=report["sharpe_ratio"], max_drawdown=report["max_drawdown"],
        trade_count=report["trade_count"],
    )


def optimize(
    *, strategy_key: str, parameters: dict, bars: list[Candle], symbol: str, trials: int,
    split: float = 0.7, objective: str = "sharpe", seed: int = 42,
    cash: Decimal = DEFAULT_CASH, fee: Decimal = DEFAULT_FEE,
    on_trial: Callable[[int, int, float | None], None] | None = None,
) -> OptimizationResult:
    """Search ``strategy_key``'s space on the in-sample bars; report current and best on both parts.

    ``on_trial(done, total, best_score)`` is called after every trial (the command's progress bar).
    """
    if strategy_key not in REGISTRY:
        raise OptimizeError(f"Unknown strategy '{strategy_key}'; known: {', '.join(sorted(REGISTRY))}.")
    if objective not in OBJECTIVES:
        raise OptimizeError(f"The objective must be one of {', '.join(OBJECTIVES)}, not {objective!r}.")
    if isinstance(trials, bool) or not isinstance(trials, int) or trials < 1:
        raise OptimizeError(f"Trials must be a whole number of at least 1, not {trials!r}.")
    space = REGISTRY[strategy_key].search_space
    if not space:
        raise OptimizeError(f"{strategy_key} declares no search space; there is nothing to optimise.")
    head, tail = split_bars(bars, split)
    current_parameters = dict(parameters or {})
    try:
        current_in = measure(strategy_key, current_parameters, head, symbol=symbol, cash=cash, fee=fee)
    except (ValueError, BacktestError) as error:
        raise OptimizeError(f"The bot's current parameters cannot be backtested: {error}") from None

    def trial_objective(trial: optuna.Trial) -> float:
        candidate = {**current_parameters, **_suggest(trial, space)}
        try:
            metrics = measure(strategy_key, candidate, head, symbol=symbol, cash=cash, fee=fee)
        except ValueError:
            raise optuna.TrialPruned() from None  # a combination the strategy refuses
        trial.set_user_attr("metrics", metrics.as_json())
        return metrics.score(objective)

    optuna.logging.set_verbosity(optuna.logging.WARNING)
    study = optuna.create_study(direction="maximize", sampler=optuna.samplers.TPESampler(seed=seed))
    study.optimize(trial_objective, n_trials=trials, callbacks=[_progress(on_trial, trials)] if on_trial else [])
    completed = [t for t in study.trials if t.state == optuna.trial.TrialState.COMPLETE]

    current = Candidate(current_parameters, current_in, measure(strategy_key, current_parameters, tail, symbol=symbol, cash=cash, fee=fee))
    best = current
    if completed and study.best_value > current_in.score(objective):
        best_parameters = {**current_parameters, **_clean(study.best_params, space)}
        best = Candidate(
            best_parameters, Metrics(**study.best_trial.user_attrs["metrics"]),
            measure(strategy_key, best_parameters, tail, symbol=symbol, cash=cash, fee=fee),
        )
    return OptimizationResult(
        strategy=strategy_key, objective=objective, trials=trials, completed_trials=len(completed), seed=seed,
        split=split, in_sample_bars=len(head), out_of_sample_bars=len(tail), current=current, best=best,
    )


def _suggest(trial: optuna.Trial, space: dict) -> dict:
    values = {}
    for name, spec in space.items():
        if isinstance(spec.low, int) and isinstance(spec.high, int) and spec.step is None:
            values[name] = trial.suggest_int(name, spec.low, spec.high)
        else:
            values[name] = trial.suggest_float(name, spec.low, spec.high, step=spec.step)
    return _clean(values, space)


def _clean(values: dict, space: dict) -> dict:
    # A stepped float comes back as low + k × step, which binary floats spell 0.15000000000000002.
    return {name: round(value, 10) if isinstance(value, float) else value for name, value in values.items() if name in space}


def _progress(on_trial, total: int):
    def callback(study: optuna.Study, trial: optuna.trial.FrozenTrial) -> None:
        try:
            best = study.best_value
        except ValueError:  # no completed trial yet
            best = None
        on_trial(len(study.trials), total, best)

    return callback
