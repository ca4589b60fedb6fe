"""Portfolio rebalancing: buys an underweight symbol once a day; an overweight one is only a view."""
from __future__ import annotations

from datetime import timedelta

import pytest

from bots.strategies import split_parameters, strategy_for
from tests.strategies import START, candles, context

BARS = candles([100.0])
TARGETS = {"BTC/USDT": 0.5, "ETH/USDT": 0.3, "SOL/USDT": 0.2}


def weigh(holding, symbol="BTC/USDT", state=None, now=START, **parameters):
    state = {"targets": TARGETS} if state is None else state
    ctx = context(symbol=symbol, now=now, holdings={symbol: holding}, capital=10000)
    return strategy_for("portfolio_rebalancing", parameters).evaluate(BARS, state, ctx), state


def test_it_buys_an_underweight_symbol_with_strength_the_deficit_over_the_target():
    vote, state = weigh(3000)  # 30 % against a 50 % target, 5 points of drift allowed

    assert (vote.side, vote.act) == ("long", True)
    assert vote.strength == pytest.approx((0.5 - 0.3) / 0.5)
    assert state["last_rebalance"] == {"BTC/USDT": START.date().isoformat()}


def test_it_does_not_act_within_the_drift():
    vote, _ = weigh(4600)  # 46 %: within 50 % ± 5 points

    assert vote.side == "flat" and not vote.act


def test_an_overweight_symbol_is_a_short_view_that_never_acts():
    vote, _ = weigh(6000)

    assert (vote.side, vote.act) == ("short", False)
    assert vote.strength == pytest.approx(0.2)


def test_it_rebalances_a_symbol_at_most_once_a_day():
    _, state = weigh(3000)
    same_day, _ = weigh(3000, state=state, now=START + timedelta(hours=20))
    next_day, _ = weigh(3000, state=state, now=START + timedelta(days=1))

    assert (same_day.side, same_day.act) == ("long", False)
    assert next_day.act


def test_rebalancing_one_symbol_does_not_block_another_the_same_day():
    _, state = weigh(3000)
    eth, _ = weigh(1000, symbol="ETH/USDT", state=state)

    assert eth.act and set(state["last_rebalance"]) == {"BTC/USDT", "ETH/USDT"}


def test_min_days_between_spaces_the_rebalances():
    _, state = weigh(3000, min_days_between=3)
    two_days, _ = weigh(3000, state=state, now=START + timedelta(days=2), min_days_between=3)

    assert not two_days.act


def test_without_targets_or_capital_it_has_no_view():
    no_targets, _ = weigh(3000, state={})
    no_capital = strategy_for("portfolio_rebalancing").evaluate(BARS, {"targets": TARGETS}, context(capital=0))

    assert no_targets.side == no_capital.side == "flat"


def test_split_parameters_moves_the_targets_out_of_the_numeric_parameters():
    values, extra = split_parameters("portfolio_rebalancing", {"drift_pct": 5, "targets": {"btcusdt": 0.5, "ETH": 0.3}})

    assert values == {"drift_pct": 5}
    assert extra == {"targets": {"BTC/USDT": 0.5, "ETH/USDT": 0.3}}


@pytest.mark.parametrize(
    "targets, message",
    [({"BTC/USDT": 0.7, "ETH/USDT": 0.5}, "add up to 1.2"), ({"BTC/USDT": 0}, "above 0 and at most 1"), ([0.5], "mapping"), ({"??": 0.5}, "not a trading pair")],
)
def test_split_parameters_rejects_bad_targets(targets, message):
    with pytest.raises(ValueError, match=message):
        split_parameters("portfolio_rebalancing", {"targets": targets})


def test_split_parameters_rejects_unknown_keys_and_strategies():
    with pytest.raises(ValueError, match="no parameter target"):
        split_parameters("portfolio_rebalancing", {"target": {}})
    with pytest.raises(ValueError, match="Unknown strategy 'hodl'"):
        split_parameters("hodl", {})


def test_it_rejects_bad_parameters():
    with pytest.raises(ValueError, match=r"drift_pct must be within 0\.5\.\.50\.0"):
        strategy_for("portfolio_rebalancing", {"drift_pct": 60})
