"""risk_adjusted: empyrical's definitions, checked by hand, by numpy and against empyrical itself."""
from __future__ import annotations

import json
import math
from decimal import Decimal

import empyrical
import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.shared_data import shared_data
from analytics.metrics import risk_adjusted

XRP_CANDLES = shared_data("market/XRP_USDT-5m.csv")
KEYS = {"sharpe_ratio", "sortino_ratio", "calmar_ratio", "volatility", "downside_vol", "information_ratio", "annual_return"}

# r = [.01, -.02, .03, 0]: mean .005; deviations .005, -.025, .025, -.005; squares sum 1.3e-3;
# sample variance 1.3e-3 / 3 = 4.3333e-4, std .0208167.
SERIES = [0.01, -0.02, 0.03, 0.0]
STD = math.sqrt(1.3e-3 / 3)


def test_it_computes_sharpe_and_volatility_by_the_textbook_formula():
    result = risk_adjusted(SERIES, periods_per_year=365)

    # Sharpe .005 / .0208167 * sqrt(365) = 4.5888; volatility .0208167 * sqrt(365) = .39770.
    assert result["sharpe_ratio"] == pytest.approx(0.005 / STD * math.sqrt(365), rel=1e-12)
    assert result["sharpe_ratio"] == pytest.approx(4.5888, abs=1e-4)
    assert result["volatility"] == pytest.approx(STD * math.sqrt(365), rel=1e-12)
    assert result["volatility"] == pytest.approx(0.39770, abs=1e-5)


def test_it_computes_downside_vol_sortino_cagr_and_calmar_by_hand():
    result = risk_adjusted(SERIES, periods_per_year=365)

    # Downside: min(r, 0)^2 = [0, 4e-4, 0, 0], mean over all 4 periods 1e-4, sqrt .01.
    downside = 0.01 * math.sqrt(365)
    assert result["downside_vol"] == pytest.approx(downside, rel=1e-12)
    # Sortino: annualised mean .005 * 365 over the annualised downside deviation.
    assert result["sortino_ratio"] == pytest.approx(0.005 * 365 / downside, rel=1e-12)
    # CAGR: 1.01 * .98 * 1.03 * 1 = 1.019494, over 4/365 of a year.
    cagr = 1.019494 ** (365 / 4) - 1
    assert result["annual_return"] == pytest.approx(cagr, rel=1e-9)
    # Worst drawdown of the compounded curve 1.01 → .9898: -2 %.
    assert result["calmar_ratio"] == pytest.approx(cagr / 0.02, rel=1e-9)
    assert result["information_ratio"] is None


def test_it_subtracts_a_per_period_risk_free_rate():
    result = risk_adjusted(SERIES, periods_per_year=365, risk_free=0.001)

    # Mean excess .004 over the same std; the downside is measured below .001: [0, .021, 0, .001].
    assert result["sharpe_ratio"] == pytest.approx(0.004 / STD * math.sqrt(365), rel=1e-12)
    downside = math.sqrt((0.021**2 + 0.001**2) / 4) * math.sqrt(365)
    assert result["downside_vol"] == pytest.approx(downside, rel=1e-12)
    assert result["sortino_ratio"] == pytest.approx(0.004 * 365 / downside, rel=1e-12)


def test_it_reports_the_information_ratio_as_empyricals_excess_sharpe():
    # Active returns [.01, -.01, .02, 0]: mean .005; squares of deviations sum 5e-4; std
    # sqrt(5e-4 / 3) = .0129099; ratio .387298, not annualised.
    result = risk_adjusted(SERIES, benchmark=[0.0, -0.01, 0.01, 0.0])

    assert result["information_ratio"] == pytest.approx(0.005 / math.sqrt(5e-4 / 3), rel=1e-12)
    assert result["information_ratio"] == pytest.approx(0.387298, abs=1e-6)


def test_it_rejects_a_benchmark_of_another_length():
    with pytest.raises(ValueError):
        risk_adjusted(SERIES, benchmark=[0.0, 0.01])


def test_it_accepts_decimals():
    assert risk_adjusted([Decimal(str(r)) for r in SERIES]) == risk_adjusted(SERIES)


def test_it_returns_none_for_every_figure_of_an_empty_series():
    result = risk_adjusted([], benchmark=[])

    assert set(result) == KEYS
    assert all(value is None for value in result.values())


def test_it_returns_only_what_one_return_defines():
    result = risk_adjusted([-0.01], periods_per_year=365, benchmark=[0.0])

    # No standard deviation from one observation: no Sharpe, Sortino, volatility or IR.
    assert result["sharpe_ratio"] is None
    assert result["sortino_ratio"] is None
    assert result["volatility"] is None
    assert result["information_ratio"] is None
    assert result["downside_vol"] == pytest.approx(0.01 * math.sqrt(365))
    assert result["annual_return"] == pytest.approx(0.99**365 - 1)
    assert result["calmar_ratio"] == pytest.approx((0.99**365 - 1) / 0.01)


def test_it_gives_none_instead_of_infinity_for_a_flat_or_loss_free_series():
    flat = risk_adjusted([0.01, 0.01, 0.01])
    gains_only = risk_adjusted([0.01, 0.02, 0.03])

    assert flat["sharpe_ratio"] is None
    assert flat["calmar_ratio"] is None  # no drawdown to divide by
    assert gains_only["sortino_ratio"] is None  # zero downside deviation
    assert gains_only["downside_vol"] == 0.0


returns_lists = st.lists(st.floats(min_value=-0.5, max_value=0.5, allow_nan=False), min_size=0, max_size=200)


def _same(ours, theirs) -> bool:
    if not math.isfinite(theirs):
        return ours is None
    return ours is not None and math.isclose(ours, theirs, rel_tol=1e-9, abs_tol=1e-9)


@settings(max_examples=200, deadline=None)
@given(
    returns=returns_lists,
    periods_per_year=st.sampled_from([12, 52, 252, 365, 8760]),
    risk_free=st.sampled_from([0.0, 0.0001, 0.001]),
    data=st.data(),
)
def test_it_matches_empyrical_on_random_returns(returns, periods_per_year, risk_free, data):
    benchmark = data.draw(st.lists(st.floats(-0.5, 0.5), min_size=len(returns), max_size=len(returns)))
    r, b, n = np.array(returns, dtype=float), np.array(benchmark, dtype=float), periods_per_year

    result = risk_adjusted(returns, periods_per_year=n, risk_free=risk_free, benchmark=benchmark)

    with np.errstate(all="ignore"):
        assert _same(result["sharpe_ratio"], empyrical.sharpe_ratio(r, risk_free=risk_free, annualization=n))
        assert _same(result["sortino_ratio"], empyrical.sortino_ratio(r, required_return=risk_free, annualization=n))
        assert _same(result["calmar_ratio"], empyrical.calmar_ratio(r, annualization=n))
        assert _same(result["volatility"], empyrical.annual_volatility(r, annualization=n))
        assert _same(result["downside_vol"], empyrical.downside_risk(r, required_return=risk_free, annualization=n))
        assert _same(result["annual_return"], empyrical.annual_return(r, annualization=n))
        assert _same(result["information_ratio"], empyrical.excess_sharpe(r, b))


@settings(max_examples=200, deadline=None)
@given(returns=st.lists(st.floats(min_value=-0.5, max_value=0.5, allow_nan=False), min_size=2, max_size=200))
def test_its_sharpe_and_volatility_equal_a_plain_numpy_computation(returns):
    r = np.array(returns)
    assume(r.std(ddof=1) > 1e-6)

    result = risk_adjusted(returns, periods_per_year=252)

    assert result["sharpe_ratio"] == pytest.approx(r.mean() / r.std(ddof=1) * math.sqrt(252), rel=1e-9, abs=1e-9)
    assert result["volatility"] == pytest.approx(r.std(ddof=1) * math.sqrt(252), rel=1e-9)
    assert result["downside_vol"] == pytest.approx(math.sqrt(np.mean(np.minimum(r, 0) ** 2) * 252), rel=1e-9)


@pytest.mark.skipif(not XRP_CANDLES.exists(), reason="shared XRP candles not present")
def test_it_is_sane_on_real_five_minute_xrp_returns():
    import pandas as pd

    close = pd.read_csv(XRP_CANDLES)["close"].to_numpy(dtype=float)
    returns = close[1:] / close[:-1] - 1

    result = risk_adjusted(list(returns), periods_per_year=105120)

    assert result["sharpe_ratio"] == pytest.approx(empyrical.sharpe_ratio(returns, annualization=105120), rel=1e-9)
    assert result["volatility"] > 0
    assert result["downside_vol"] > 0
    assert result["annual_return"] > -1


@pytest.mark.parametrize("returns", [[], [0.01], [0.01, 0.01, 0.01], SERIES])
def test_its_result_is_plain_json(returns):
    result = risk_adjusted([Decimal(str(r)) for r in returns], benchmark=[0.0] * len(returns))

    assert json.loads(json.dumps(result, allow_nan=False)) == result
