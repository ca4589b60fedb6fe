"""DCA: buys when the interval since the last buy has passed (and, optionally, on a dip)."""
from __future__ import annotations

from datetime import timedelta

import pytest

from bots.strategies import strategy_for
from tests.strategies import START, candles, context

DAY_OF_CLOSES = candles([100.0] * 20)


def test_it_buys_at_once_when_it_never_bought():
    state = {}
    vote = strategy_for("dca").evaluate(DAY_OF_CLOSES, state, context(now=START))

    assert (vote.side, vote.act, vote.strength) == ("long", True, 0.5)
    assert state["last_buy"] == START.isoformat()


def test_it_does_not_buy_again_before_the_interval_has_passed():
    state = {"last_buy": START.isoformat()}
    vote = strategy_for("dca").evaluate(DAY_OF_CLOSES, state, context(now=START + timedelta(hours=23, minutes=59)))

    assert not vote.act and vote.side == "flat"
    assert state["last_buy"] == START.isoformat()


def test_it_buys_again_once_the_interval_has_passed():
    state = {"last_buy": START.isoformat()}
    later = START + timedelta(hours=24)
    vote = strategy_for("dca").evaluate(DAY_OF_CLOSES, state, context(now=later))

    assert vote.act and state["last_buy"] == later.isoformat()


def test_the_interval_is_a_parameter():
    state = {"last_buy": START.isoformat()}
    vote = strategy_for("dca", {"interval_hours": 12}).evaluate(DAY_OF_CLOSES, state, context(now=START + timedelta(hours=12)))

    assert vote.act


def test_with_dip_pct_a_due_buy_waits_for_the_dip():
    strategy = strategy_for("dca", {"dip_pct": 5})
    highs, lows, state = [100.0] * 20, [90.0] * 20, {}
    shallow = strategy.evaluate(candles([100.0] * 19 + [96.0], highs=highs, lows=lows), state, context())

    assert not shallow.act and "last_buy" not in state
    deep = strategy.evaluate(candles([100.0] * 19 + [95.0], highs=highs, lows=lows), state, context())
    assert deep.act and "last_buy" in state


def test_with_dip_pct_it_still_waits_for_the_interval():
    state = {"last_buy": START.isoformat()}
    vote = strategy_for("dca", {"dip_pct": 5}).evaluate(candles([100.0] * 19 + [50.0]), state, context(now=START + timedelta(hours=1)))

    assert not vote.act


@pytest.mark.parametrize(
    "parameters, message",
    [({"interval_hours": 0.5}, "interval_hours"), ({"dip_pct": 95}, r"dip_pct must be within 0\.0\.\.90\.0"), ({"every": 1}, "no parameter every")],
)
def test_it_rejects_bad_parameters(parameters, message):
    with pytest.raises(ValueError, match=message):
        strategy_for("dca", parameters)
