"""drawdown_stats: every figure pinned on small curves, plus properties on random ones."""
from __future__ import annotations

import json
from decimal import Decimal

import empyrical
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.shared_data import shared_data
from analytics.metrics import drawdown_stats

XRP_CANDLES = shared_data("market/XRP_USDT-5m.csv")


def test_it_measures_a_recovered_and_an_open_episode():
    # Running peak 100 throughout; d = [0, -.10, -.05, 0, -.20]. Episode 1: indices 1-2, fell
    # from index 0, back at 100 on index 3 (recovery 3 periods), depth -.10. Episode 2: index 4,
    # still open, depth -.20.
    result = drawdown_stats([100, 90, 95, 100, 80])

    assert result["max_drawdown"] == pytest.approx(-0.20)
    assert result["avg_drawdown"] == pytest.approx((-0.10 - 0.20) / 2)
    assert result["drawdown_count"] == 2
    assert result["avg_recovery_time"] == 3
    assert result["longest_drawdown"] == 2
    assert result["underwater_pct"] == pytest.approx(3 / 5)
    assert result["current_drawdown"] == pytest.approx(-0.20)
    # 2 episodes in 4 periods of a 365-period year.
    assert result["drawdown_frequency"] == pytest.approx(2 / (4 / 365))


def test_it_measures_drawdowns_from_a_new_high():
    # Peaks 100 then 120: d = [0, -.2, 0, -.25, -1/6, 0]; episodes (1) depth -.2, peak 0,
    # recovered at 2 → 2 periods; (3-4) depth -.25, peak 2, recovered at 5 → 3 periods.
    result = drawdown_stats([100, 80, 120, 90, 100, 130])

    assert result["max_drawdown"] == pytest.approx(-0.25)
    assert result["avg_drawdown"] == pytest.approx(-0.225)
    assert result["avg_recovery_time"] == pytest.approx(2.5)
    assert result["longest_drawdown"] == 2
    assert result["underwater_pct"] == pytest.approx(3 / 6)
    assert result["current_drawdown"] == 0.0


def test_it_counts_recovery_from_the_last_observation_at_the_peak():
    # The peak is touched at 0 and 1; the fall starts after index 1, recovery at 3: 2 periods.
    assert drawdown_stats([100, 100, 90, 100])["avg_recovery_time"] == 2


def test_it_reports_no_recovery_time_while_the_only_episode_is_open():
    result = drawdown_stats([100, 80, 90])

    assert result["drawdown_count"] == 1
    assert result["avg_recovery_time"] is None
    assert result["longest_drawdown"] == 2
    assert result["max_drawdown"] == pytest.approx(-0.2)
    assert result["current_drawdown"] == pytest.approx(-0.1)


def test_it_reports_zeros_for_a_curve_that_never_falls():
    result = drawdown_stats([100, 100, 110, 120])

    assert result == {
        "max_drawdown": 0.0,
        "avg_drawdown": 0.0,
        "drawdown_frequency": 0.0,
        "avg_recovery_time": None,
        "longest_drawdown": 0,
        "underwater_pct": 0.0,
        "drawdown_count": 0,
        "current_drawdown": 0.0,
    }


def test_it_annualises_frequency_with_the_given_periods_per_year():
    # Two episodes over 4 quarterly periods = one year.
    assert drawdown_stats([100, 90, 100, 90, 100], periods_per_year=4)["drawdown_frequency"] == pytest.approx(2.0)


def test_it_treats_a_wipe_out_as_minus_one_hundred_percent():
    assert drawdown_stats([100, 0])["max_drawdown"] == -1.0


def test_it_accepts_decimals():
    assert drawdown_stats([Decimal("100"), Decimal("90"), Decimal("99")]) == drawdown_stats([100.0, 90.0, 99.0])


@pytest.mark.parametrize("equity", [[0, 10], [100, -5]])
def test_it_rejects_equity_that_is_not_an_account_value(equity):
    with pytest.raises(ValueError):
        drawdown_stats(equity)


def test_it_returns_none_and_zero_counts_for_an_empty_curve():
    result = drawdown_stats([])

    assert result["drawdown_count"] == 0
    assert result["longest_drawdown"] == 0
    for key in ("max_drawdown", "avg_drawdown", "drawdown_frequency", "avg_recovery_time", "underwater_pct", "current_drawdown"):
        assert result[key] is None


def test_the_average_of_equal_troughs_is_never_below_the_deepest():
    # Hypothesis found it: three episodes of the same depth, whose float mean fell one ulp below it.
    depth_curve = [100.0, 9.302325581395349, 100.0, 9.302325581395349, 100.0, 9.302325581395349]
    result = drawdown_stats(depth_curve)
    assert result["max_drawdown"] <= result["avg_drawdown"]


def test_it_handles_a_single_observation():
    result = drawdown_stats([Decimal("1000")])

    assert result["max_drawdown"] == 0.0
    assert result["current_drawdown"] == 0.0
    assert result["drawdown_count"] == 0
    assert result["underwater_pct"] == 0.0
    assert result["drawdown_frequency"] is None  # no time has passed


equity_curves = st.lists(st.floats(min_value=1.0, max_value=1e6, allow_nan=False), min_size=1, max_size=300)


@settings(max_examples=300, deadline=None)
@given(equity=equity_curves)
def test_its_figures_stay_within_their_bounds(equity):
    result = drawdown_stats(equity)

    assert -1 <= result["max_drawdown"] <= result["avg_drawdown"] <= 0
    assert result["max_drawdown"] <= result["current_drawdown"] <= 0
    assert 0 <= result["underwater_pct"] <= 1
    underwater = round(result["underwater_pct"] * len(equity))
    assert result["drawdown_count"] <= underwater
    assert result["longest_drawdown"] <= underwater
    assert (result["drawdown_count"] == 0) == (result["max_drawdown"] == 0)
    if result["avg_recovery_time"] is not None:
        assert 2 <= result["avg_recovery_time"] <= len(equity) - 1


@settings(max_examples=200, deadline=None)
@given(equity=st.lists(st.floats(min_value=1.0, max_value=1e6), min_size=2, max_size=300))
def test_its_max_drawdown_equals_empyricals_on_the_same_curve(equity):
    e = np.array(equity)
    expected = empyrical.max_drawdown(e[1:] / e[:-1] - 1)

    assert drawdown_stats(equity)["max_drawdown"] == pytest.approx(min(expected, 0.0), rel=1e-9, abs=1e-12)


@pytest.mark.skipif(not XRP_CANDLES.exists(), reason="shared XRP candles not present")
def test_it_is_sane_on_the_xrp_close_series():
    import pandas as pd

    close = pd.read_csv(XRP_CANDLES)["close"].to_numpy(dtype=float)

    result = drawdown_stats(list(close), periods_per_year=105120)

    assert -1 < result["max_drawdown"] < 0
    assert result["drawdown_count"] >= 1
    assert result["max_drawdown"] <= result["avg_drawdown"] <= 0
    assert result["max_drawdown"] <= result["current_drawdown"] <= 0
    assert 0 < result["underwater_pct"] < 1
    assert result["max_drawdown"] == pytest.approx(empyrical.max_drawdown(close[1:] / close[:-1] - 1), rel=1e-9)


def test_its_result_is_plain_json():
    result = drawdown_stats([Decimal("100"), Decimal("90"), Decimal("95"), Decimal("100"), Decimal("80")])

    assert json.loads(json.dumps(result, allow_nan=False)) == result
    assert type(result["drawdown_count"]) is int and type(result["longest_drawdown"]) is int
