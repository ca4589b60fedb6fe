"""Every registered strategy, on any price path: a valid vote, and exits on the right side of the price."""
from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bots.strategies import REGISTRY, strategy_for
from tests.strategies import START, candles, context

STATE_FOR = {"portfolio_rebalancing": lambda: {"targets": {"BTC/USDT": 0.6}}}
# Non-default settings where the defaults would leave a code path (stops, shorts, dips) unused.
PARAMETERS_FOR = {"trend_following": {"fast": 3, "slow": 8, "stop_pct": 2}, "grid": {"allow_short": 1}, "dca": {"dip_pct": 3}}

# Log-returns of up to ±8 % a bar: calm stretches, trends and crashes alike.
returns = st.lists(st.floats(min_value=-0.08, max_value=0.08, allow_nan=False), min_size=1, max_size=120)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(returns=returns, volume_seed=st.integers(0, 2**16), holding=st.integers(0, 10000))
def test_every_strategy_votes_validly_at_every_bar(returns, volume_seed, holding):
    closes = 100 * np.exp(np.cumsum(returns))
    volumes = np.random.default_rng(volume_seed).uniform(10, 1000, len(closes))
    series = candles(closes, volumes)
    for key in sorted(REGISTRY):
        strategy, state = strategy_for(key, PARAMETERS_FOR.get(key)), STATE_FOR.get(key, dict)()
        for end in range(1, len(series) + 1):
            ctx = context(now=START + timedelta(hours=end), holdings={"BTC/USDT": holding}, capital=10000)
            vote = strategy.evaluate(series.upto(end), state, ctx)
            _check(vote, Decimal(str(closes[end - 1])), key)


def _check(vote, close, key):
    # Vote.__post_init__ already enforces the side, 0 <= strength <= 1 and "flat never acts".
    assert 0.0 <= vote.strength <= 1.0 and (vote.side != "flat" or not vote.act), key
    if not vote.act:
        return
    sign = 1 if vote.side == "long" else -1
    if vote.stop_loss is not None:
        assert (close - vote.stop_loss) * sign > 0, f"{key}: stop {vote.stop_loss} on the wrong side of {close}"
    for target in vote.take_profits:
        # The mean-reversion target (the middle band) is beyond the close by construction; rounding
        # to 8 places may only make it touch.
        assert (target - close) * sign >= -Decimal("1e-8"), f"{key}: take profit {target} behind {close}"
