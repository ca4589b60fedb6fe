"""analytics.optimizer: the walk-forward search itself, without the command around it."""
from __future__ import annotations

import pytest

from analytics.optimizer import MIN_SEGMENT_BARS, OptimizeError, measure, optimize, split_bars
from bots.strategies import REGISTRY
from tests.optimizer.conftest import BAD_TREND, bars_from_closes, cycle_closes

SYMBOL = "BTC/USDT"


@pytest.fixture(scope="module")
def cycle_bars():
    return bars_from_closes(cycle_closes(600))


def run(bars, **overrides):
    options = {"strategy_key": "trend_following", "parameters": BAD_TREND, "bars": bars, "symbol": SYMBOL,
               "trials": 25, "seed": 3, **overrides}
    return optimize(**options)


def test_it_finds_parameters_better_in_sample_than_a_known_bad_pair(cycle_bars):
    result = run(cycle_bars)
    assert result.improved
    assert result.best.parameters != BAD_TREND
    assert result.best.in_sample.sharpe_ratio > result.current.in_sample.sharpe_ratio
    assert result.best.in_sample.roi > 0 > result.current.in_sample.roi


def test_the_reported_in_sample_figures_are_a_backtest_of_the_best_parameters_on_the_head(cycle_bars):
    result = run(cycle_bars)
    head, _ = split_bars(cycle_bars, 0.7)
    assert measure("trend_following", result.best.parameters, head, symbol=SYMBOL) == result.best.in_sample


def test_the_out_of_sample_figures_come_from_the_tail_alone(cycle_bars):
    result = run(cycle_bars)
    cut = int(len(cycle_bars) * 0.7)
    tail = cycle_bars[cut:]
    assert (result.in_sample_bars, result.out_of_sample_bars) == (cut, len(cycle_bars) - cut)
    assert measure("trend_following", result.best.parameters, tail, symbol=SYMBOL) == result.best.out_of_sample
    assert measure("trend_following", BAD_TREND, tail, symbol=SYMBOL) == result.current.out_of_sample


def test_changing_the_in_sample_bars_leaves_the_out_of_sample_figures_of_a_parameter_set_alone(cycle_bars):
    cut = int(len(cycle_bars) * 0.7)
    # A head from another random path, spliced before the very same tail.
    other_head = bars_from_closes(cycle_closes(600, seed=99))[:cut]
    spliced = other_head + cycle_bars[cut:]
    first, second = run(cycle_bars), run(spliced)
    assert first.current.in_sample != second.current.in_sample
    assert first.current.out_of_sample == second.current.out_of_sample


def test_a_flat_tail_reports_no_out_of_sample_trades_whatever_the_head_did(cycle_bars):
    cut = int(len(cycle_bars) * 0.7)
    flat_tail = bars_from_closes([100.0] * (len(cycle_bars) - cut), start=cycle_bars[cut].ts)
    result = run(cycle_bars[:cut] + flat_tail)
    assert result.best.in_sample.trade_count > 0
    assert result.best.out_of_sample.trade_count == 0
    assert result.best.out_of_sample.roi == 0.0


def test_the_same_seed_gives_the_same_result(cycle_bars):
    assert run(cycle_bars, seed=11).as_json() == run(cycle_bars, seed=11).as_json()


def test_it_keeps_the_current_parameters_when_no_trial_beats_them(cycle_bars):
    good = run(cycle_bars, trials=30).best.parameters
    again = run(cycle_bars, parameters=good, trials=3, seed=5)
    assert not again.improved
    assert again.best == again.current


def test_roi_objective_maximises_in_sample_roi(cycle_bars):
    result = run(cycle_bars, objective="roi")
    assert result.objective == "roi"
    assert result.best.in_sample.roi > result.current.in_sample.roi


def test_parameters_outside_the_search_space_keep_their_values(cycle_bars):
    current = {"interval_hours": 24.0, "dip_pct": 0.0, "lookback": 20, "amount": 250.0}
    result = optimize(strategy_key="dca", parameters=current, bars=cycle_bars, symbol=SYMBOL, trials=5, seed=1)
    assert result.best.parameters["amount"] == 250.0


@pytest.mark.parametrize(("split", "message"), [(0.0, "between 0 and 1"), (1.0, "between 0 and 1"), (-0.5, "between 0 and 1"),
                                               (float("nan"), "between 0 and 1"), (0.99, "at least")])
def test_a_bad_split_is_refused(cycle_bars, split, message):
    with pytest.raises(OptimizeError, match=message):
        run(cycle_bars, split=split)


def test_too_few_candles_are_refused_with_the_number_needed(cycle_bars):
    with pytest.raises(OptimizeError, match=f"each part needs at least {MIN_SEGMENT_BARS}"):
        run(cycle_bars[:50])


@pytest.mark.parametrize("trials", [0, -3])
def test_fewer_than_one_trial_is_refused(cycle_bars, trials):
    with pytest.raises(OptimizeError, match="at least 1"):
        run(cycle_bars, trials=trials)


def test_an_unknown_objective_is_refused(cycle_bars):
    with pytest.raises(OptimizeError, match="sharpe, roi"):
        run(cycle_bars, objective="profit")


@pytest.mark.parametrize("key", sorted(REGISTRY))
def test_every_strategy_declares_a_search_space_inside_its_valid_bounds(key):
    cls = REGISTRY[key]
    assert cls.search_space, f"{key} has no search space"
    for name, spec in cls.search_space.items():
        param = cls.params[name]
        assert param.low <= spec.low < spec.high <= param.high, name
        assert isinstance(spec.low, param.kind) and isinstance(spec.high, param.kind), name


@pytest.mark.parametrize("key", sorted(REGISTRY))
def test_every_strategy_can_be_optimised_on_the_cycle(key, cycle_bars):
    defaults = {name: p.default for name, p in REGISTRY[key].params.items()}
    result = optimize(strategy_key=key, parameters=defaults, bars=cycle_bars[:300], symbol=SYMBOL, trials=3, seed=2)
    assert result.best.in_sample.score("sharpe") >= result.current.in_sample.score("sharpe")
