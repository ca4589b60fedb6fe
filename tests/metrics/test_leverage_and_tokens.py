"""leverage_stats and token_stats: hand-worked cases, input shapes and bounds."""
from __future__ import annotations

import math
from datetime import datetime, timezone
from decimal import Decimal
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analytics.metrics import leverage_stats, token_stats
from analytics.metrics.tokens import base_token

BUCKETS = ("1x-3x", "3x-5x", "5x-10x", "10x+")


# --- leverage ---------------------------------------------------------------------------------


def test_it_summarises_leverage_use_by_bucket():
    trades = [{"leverage": 2, "pnl": 5}, {"leverage": 4, "pnl": -1}, {"leverage": 10, "pnl": -3}]

    result = leverage_stats(trades)

    assert result["avg_leverage"] == pytest.approx(16 / 3)
    assert result["max_leverage"] == 10
    assert result["leverage_frequency"] == pytest.approx({"1x-3x": 1 / 3, "3x-5x": 1 / 3, "5x-10x": 0.0, "10x+": 1 / 3})
    assert result["leverage_win_rate"] == {"1x-3x": 1.0, "3x-5x": 0.0, "5x-10x": None, "10x+": 0.0}
    # Only the 10x trade is within a 10 % move of liquidation.
    assert result["liquidation_risk"] == pytest.approx(1 / 3)
    # 10 * (.5 * ln(16/3)/ln 20 + .3 * ln 10/ln 20 + .2 * 1/3) = 10 * (.27940 + .23059 + .06667) = 5.7665
    expected = 10 * (0.5 * math.log(16 / 3) / math.log(20) + 0.3 * math.log(10) / math.log(20) + 0.2 / 3)
    assert result["risk_score"] == pytest.approx(expected)
    assert result["risk_score"] == pytest.approx(5.7665, abs=1e-4)


@pytest.mark.parametrize(
    "leverage, bucket",
    [(0.5, "1x-3x"), (1, "1x-3x"), (2.99, "1x-3x"), (3, "3x-5x"), (4.99, "3x-5x"), (5, "5x-10x"), (9.99, "5x-10x"), (10, "10x+"), (125, "10x+")],
)
def test_it_puts_each_leverage_in_its_half_open_bucket(leverage, bucket):
    frequency = leverage_stats([{"leverage": leverage, "pnl": 1}])["leverage_frequency"]

    assert frequency[bucket] == 1.0


def test_it_scores_spot_trading_as_riskless_and_twenty_x_as_ten():
    spot = leverage_stats([{"leverage": None, "pnl": 1}, {"pnl": -1}])
    extreme = leverage_stats([{"leverage": 20, "pnl": 1}, {"leverage": 50, "pnl": -1}])

    assert spot["avg_leverage"] == 1.0
    assert spot["risk_score"] == 0.0
    assert spot["liquidation_risk"] == 0.0
    assert extreme["risk_score"] == pytest.approx(10.0)
    assert extreme["liquidation_risk"] == 1.0


def test_it_counts_liquidated_trades_as_at_risk_whatever_their_leverage():
    trades = [
        {"leverage": 2, "pnl": -50, "liquidated": True},
        SimpleNamespace(leverage=3, pnl=Decimal("-10"), status="liquidated"),
        SimpleNamespace(leverage=3, pnl=Decimal("10"), status="closed"),
        {"leverage": 5, "pnl": 4},
    ]

    result = leverage_stats(trades)

    assert result["liquidation_risk"] == pytest.approx(2 / 4)
    assert result["leverage_win_rate"]["3x-5x"] == pytest.approx(1 / 2)


def test_it_uses_a_wider_adverse_move_when_asked():
    # 1 / 5x = 20 %: within a 25 % move, so the 5x trade counts too.
    trades = [{"leverage": 5, "pnl": 1}, {"leverage": 2, "pnl": 1}]

    assert leverage_stats(trades, adverse_move=0.25)["liquidation_risk"] == 0.5


def test_it_leaves_trades_without_pnl_out_of_win_rates_only():
    result = leverage_stats([{"leverage": 2, "pnl": None}, {"leverage": 2, "pnl": 3}])

    assert result["leverage_frequency"]["1x-3x"] == 1.0
    assert result["leverage_win_rate"]["1x-3x"] == 1.0


def test_it_returns_none_for_no_trades():
    result = leverage_stats([])

    assert result["avg_leverage"] is None
    assert result["risk_score"] is None
    assert result["liquidation_risk"] is None
    assert result["leverage_frequency"] == {bucket: None for bucket in BUCKETS}
    assert result["leverage_win_rate"] == {bucket: None for bucket in BUCKETS}


def test_it_describes_a_single_trade():
    result = leverage_stats([{"leverage": Decimal("7"), "pnl": Decimal("-1")}])

    assert result["avg_leverage"] == result["max_leverage"] == 7.0
    assert result["leverage_frequency"]["5x-10x"] == 1.0
    assert result["leverage_win_rate"]["5x-10x"] == 0.0
    assert result["liquidation_risk"] == 0.0


trades_strategy = st.lists(
    st.fixed_dictionaries(
        {
            "leverage": st.one_of(st.none(), st.floats(min_value=0.1, max_value=200)),
            "pnl": st.one_of(st.none(), st.floats(min_value=-1e6, max_value=1e6)),
            "liquidated": st.booleans(),
        }
    ),
    min_size=1,
    max_size=50,
)


@settings(max_examples=200, deadline=None)
@given(trades=trades_strategy)
def test_its_scores_stay_within_their_bounds(trades):
    result = leverage_stats(trades)

    assert 0 <= result["risk_score"] <= 10
    assert 0 <= result["liquidation_risk"] <= 1
    assert sum(result["leverage_frequency"].values()) == pytest.approx(1.0)
    assert all(v is None or 0 <= v <= 1 for v in result["leverage_win_rate"].values())


# --- tokens -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "symbol", ["BTC/USDT", "BTC/USDT:USDT", "btc-usdt", "BTC_USDT", "BTCUSDT", "BTCFDUSD", "BTCUSD", "BTC"]
)
def test_it_reads_the_base_token_of_any_symbol_spelling(symbol):
    assert base_token(symbol) == "BTC"


def test_it_weighs_tokens_by_trade_count_without_notionals():
    # Shares .5/.25/.25: HHI .25 + .0625 + .0625 = .375, diversification 10 * .625.
    trades = [{"symbol": s} for s in ("BTC/USDT", "BTCUSDT", "ETH/USDT", "SOL/USDT:USDT")]

    result = token_stats(trades)

    assert result["token_distribution"] == {"BTC": 0.5, "ETH": 0.25, "SOL": 0.25}
    assert result["concentration_index"] == pytest.approx(0.375)
    assert result["diversification_score"] == pytest.approx(6.25)
    assert result["top_3_exposure"] == pytest.approx(1.0)
    assert result["unique_tokens_traded"] == 3


def test_it_weighs_tokens_by_notional_when_every_trade_has_one():
    # BTC 300 of 400, ETH 100: shares .75/.25, HHI .625.
    trades = [
        {"symbol": "BTC/USDT", "notional": Decimal("200")},
        {"symbol": "BTC/USDT", "notional": Decimal("100")},
        SimpleNamespace(symbol="ETH/USDT", notional=Decimal("-100")),
    ]

    result = token_stats(trades)

    assert result["token_distribution"] == {"BTC": 0.75, "ETH": 0.25}
    assert result["concentration_index"] == pytest.approx(0.625)
    assert result["diversification_score"] == pytest.approx(3.75)


def test_it_falls_back_to_counting_when_a_notional_is_missing():
    trades = [{"symbol": "BTC/USDT", "notional": 900}, {"symbol": "ETH/USDT", "notional": None}]

    assert token_stats(trades)["token_distribution"] == {"BTC": 0.5, "ETH": 0.5}


def test_it_sums_the_three_largest_shares():
    # Shares .4/.3/.2/.1: top 3 = .9, HHI .16 + .09 + .04 + .01 = .30, diversification 7.
    trades = [{"symbol": f"{token}/USDT"} for token, n in (("A", 4), ("B", 3), ("C", 2), ("D", 1)) for _ in range(n)]

    result = token_stats(trades)

    assert list(result["token_distribution"]) == ["A", "B", "C", "D"]
    assert result["top_3_exposure"] == pytest.approx(0.9)
    assert result["concentration_index"] == pytest.approx(0.30)
    assert result["diversification_score"] == pytest.approx(7.0)


def _day(d: int, hour: int = 12) -> datetime:
    return datetime(2025, 1, d, hour, tzinfo=timezone.utc)


def test_it_correlates_daily_pnl_per_token():
    # BTC per day [1, 2, 3], ETH [1, 3, 2]: deviations [-1, 0, 1] and [-1, 1, 0]; covariance sum 1,
    # variance sums 2 and 2 → ρ = 1 / 2 = .5. ETH's day 2 is two trades (1 + 2), summed.
    trades = [
        {"symbol": "BTC/USDT", "pnl": 1, "closed_at": _day(1)},
        {"symbol": "BTC/USDT", "pnl": 2, "closed_at": _day(2)},
        {"symbol": "BTC/USDT", "pnl": 3, "closed_at": _day(3)},
        {"symbol": "ETH/USDT", "pnl": 1, "closed_at": _day(1)},
        {"symbol": "ETH/USDT", "pnl": 1, "closed_at": _day(2, 1)},
        {"symbol": "ETH/USDT", "pnl": 2, "closed_at": "2025-01-02T23:00:00Z"},
        {"symbol": "ETH/USDT", "pnl": 2, "closed_at": _day(3)},
    ]

    assert token_stats(trades)["token_correlation"] == {"BTC-ETH": pytest.approx(0.5)}


def test_it_fills_days_a_token_did_not_close_with_zero():
    # BTC [1, 2, 3], ETH [4, 0, 2]: deviations [-1, 0, 1] and [2, -2, 0] → ρ = -2 / sqrt(2 * 8) = -.5.
    trades = [
        {"symbol": "BTC/USDT", "pnl": 1, "closed_at": _day(1)},
        {"symbol": "BTC/USDT", "pnl": 2, "closed_at": _day(2)},
        {"symbol": "BTC/USDT", "pnl": 3, "closed_at": _day(3)},
        {"symbol": "ETH/USDT", "pnl": 4, "closed_at": _day(1)},
        {"symbol": "ETH/USDT", "pnl": 2, "closed_at": _day(3)},
    ]

    assert token_stats(trades)["token_correlation"] == {"BTC-ETH": pytest.approx(-0.5)}


def test_it_leaves_out_correlations_it_cannot_define():
    two_days = [
        {"symbol": "BTC/USDT", "pnl": 1, "closed_at": _day(1)},
        {"symbol": "ETH/USDT", "pnl": 2, "closed_at": _day(2)},
    ]
    one_token = [{"symbol": "BTC/USDT", "pnl": d, "closed_at": _day(d)} for d in (1, 2, 3)]
    flat_eth = one_token + [{"symbol": "ETH/USDT", "pnl": 5, "closed_at": _day(d)} for d in (1, 2, 3)]
    no_time = [{"symbol": s, "pnl": 1} for s in ("BTC/USDT", "ETH/USDT") * 3]

    assert token_stats(two_days)["token_correlation"] == {}
    assert token_stats(one_token)["token_correlation"] == {}
    assert token_stats(flat_eth)["token_correlation"] == {}
    assert token_stats(no_time)["token_correlation"] == {}


def test_it_returns_empty_figures_for_no_trades():
    assert token_stats([]) == {
        "token_distribution": {},
        "concentration_index": None,
        "diversification_score": None,
        "token_correlation": {},
        "top_3_exposure": None,
        "unique_tokens_traded": 0,
    }


def test_it_sees_a_single_trade_as_fully_concentrated():
    result = token_stats([SimpleNamespace(symbol="XRP/USDT", pnl=1, closed_at=_day(1))])

    assert result["token_distribution"] == {"XRP": 1.0}
    assert result["concentration_index"] == 1.0
    assert result["diversification_score"] == 0.0
    assert result["top_3_exposure"] == 1.0
    assert result["unique_tokens_traded"] == 1


token_trades = st.lists(
    st.fixed_dictionaries(
        {
            "symbol": st.sampled_from(["BTC/USDT", "ETH/USDT", "SOL/USDT", "XRP/USDT", "DOGE/USDT", "ADA/USDT"]),
            "notional": st.floats(min_value=0.01, max_value=1e6),
            "pnl": st.floats(min_value=-1e4, max_value=1e4),
            "closed_at": st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2025, 1, 20)),
        }
    ),
    min_size=1,
    max_size=60,
)


@settings(max_examples=200, deadline=None)
@given(trades=token_trades)
def test_its_concentration_figures_stay_within_their_bounds(trades):
    result = token_stats(trades)
    n = result["unique_tokens_traded"]
    shares = list(result["token_distribution"].values())

    assert 1 / n - 1e-12 <= result["concentration_index"] <= 1 + 1e-12
    assert 0 <= result["diversification_score"] <= 10
    assert sum(shares) == pytest.approx(1.0)
    assert max(shares) - 1e-12 <= result["top_3_exposure"] <= 1 + 1e-12
    assert all(-1 - 1e-9 <= rho <= 1 + 1e-9 for rho in result["token_correlation"].values())
