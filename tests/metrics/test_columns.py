"""TradeColumns and SignalColumns: every value converted once, and the groups' figures on columns by hand."""
from __future__ import annotations

import math
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from types import SimpleNamespace

import numpy as np
import pytest

from analytics.metrics import drawdown_stats, leverage_stats, risk_adjusted, signal_stats, token_stats
from analytics.metrics.columns import SignalColumns, TradeColumns

T0 = datetime(2025, 1, 1, tzinfo=timezone.utc)


def _us(moment: datetime) -> np.datetime64:
    return np.datetime64(moment.astimezone(timezone.utc).replace(tzinfo=None), "us")


# --- conversion -------------------------------------------------------------------------------


def test_it_converts_decimals_as_float_does_and_missing_values_to_nan():
    trades = TradeColumns.of(pnl=[Decimal("0.1"), None, 2], leverage=[Decimal("12.5"), 3, None])

    assert trades.pnl[0] == float(Decimal("0.1")) and trades.pnl[2] == 2.0
    assert np.isnan(trades.pnl[1])
    assert trades.leverage[0] == 12.5 and np.isnan(trades.leverage[2])


def test_it_reads_times_as_utc_microseconds():
    plus_two = timezone(timedelta(hours=2))
    times = [
        datetime(2025, 1, 1, 12, 0, 0, 250, tzinfo=plus_two),  # 10:00:00.000250 UTC
        datetime(2025, 1, 1, 12),  # naive: taken as UTC
        "2025-01-02T23:00:00Z",
        date(2025, 1, 3),  # midnight UTC
        None,
    ]

    closed = TradeColumns.of(closed_at=times).closed_at

    assert list(closed[:4]) == [
        np.datetime64("2025-01-01T10:00:00.000250"),
        np.datetime64("2025-01-01T12:00:00.000000"),
        np.datetime64("2025-01-02T23:00:00.000000"),
        np.datetime64("2025-01-03T00:00:00.000000"),
    ]
    assert np.isnat(closed[4])


def test_it_numbers_symbols_in_order_of_first_appearance():
    trades = TradeColumns.of(symbol=["ETH/USDT", "BTC/USDT", None, "ETH/USDT", ""])

    assert trades.symbols == ("ETH/USDT", "BTC/USDT")
    assert trades.symbol.tolist() == [0, 1, -1, 0, -1]


def test_it_fills_the_fields_not_given_as_missing():
    trades = TradeColumns.of(symbol=["BTC/USDT", "ETH/USDT"])

    assert len(trades) == 2
    assert np.isnan(trades.leverage).all() and np.isnan(trades.pnl).all() and np.isnan(trades.notional).all()
    assert np.isnat(trades.closed_at).all()
    assert not trades.liquidated.any()


def test_it_refuses_columns_of_different_lengths():
    with pytest.raises(ValueError):
        TradeColumns.of(symbol=["BTC/USDT"], pnl=[1, 2])


def test_an_outcome_decides_before_pnl_and_a_sell_is_short():
    signals = SignalColumns.of(
        pnl=[1, -1, None, 0, 5],
        outcome=["loss", None, "Win", None, "skipped"],
        side=["sell", "short", "LONG", None, "buy"],
    )

    assert signals.won.tolist() == [0.0, 0.0, 1.0, 0.0, 1.0]
    assert signals.direction.tolist() == [-1.0, -1.0, 1.0, 1.0, 1.0]


def test_it_reads_dicts_and_objects_alike():
    rows = [{"symbol": "BTC/USDT", "pnl": Decimal("2"), "status": "liquidated"},
            SimpleNamespace(symbol="ETH/USDT", pnl=-1, liquidated=True, timestamp=T0)]

    trades = TradeColumns.from_rows(rows)

    assert trades.symbols == ("BTC/USDT", "ETH/USDT")
    assert trades.pnl.tolist() == [2.0, -1.0]
    assert trades.liquidated.tolist() == [True, True]
    assert np.isnat(trades.closed_at[0]) and trades.closed_at[1] == _us(T0)  # timestamp stands in for closed_at


def test_the_curve_groups_take_an_array_as_they_take_a_list():
    equity = [100.0, 90.0, 95.0, 100.0, 80.0]
    returns = [0.01, -0.02, 0.03, 0.0]

    assert drawdown_stats(np.array(equity)) == drawdown_stats(equity)
    assert risk_adjusted(np.array(returns)) == risk_adjusted(returns)


# --- the groups on columns --------------------------------------------------------------------


def test_leverage_figures_on_columns_by_hand():
    # L = [2, 4, 10, 6]: avg 5.5, max 10, one trade per bucket. Win rates: 2x won, 4x lost, the 6x
    # trade has no pnl (None), 10x lost. At risk: the 10x trade (a 10 % move) and the liquidated 6x.
    trades = TradeColumns.of(leverage=[2, 4, 10, 6], pnl=[5, -1, -3, None], liquidated=[False, False, False, True])

    result = leverage_stats(trades)

    assert (result["avg_leverage"], result["max_leverage"]) == (5.5, 10.0)
    assert result["leverage_frequency"] == {"1x-3x": 0.25, "3x-5x": 0.25, "5x-10x": 0.25, "10x+": 0.25}
    assert result["leverage_win_rate"] == {"1x-3x": 1.0, "3x-5x": 0.0, "5x-10x": None, "10x+": 0.0}
    assert result["liquidation_risk"] == 0.5
    # 10 * (.5 * ln 5.5 / ln 20 + .3 * ln 10 / ln 20 + .2 * .25) = 10 * (.28452 + .23059 + .05) = 5.6511
    assert result["risk_score"] == pytest.approx(
        10 * (0.5 * math.log(5.5) / math.log(20) + 0.3 * math.log(10) / math.log(20) + 0.05)
    )
    assert result["risk_score"] == pytest.approx(5.6511, abs=1e-4)


def test_token_correlation_of_several_tokens_by_hand():
    # Closing days 1, 5 and 30 (rows 0, 1, 2; the days between close nothing). Per day:
    # BTC [1, 2, 3], ETH [1, 3, 2], SOL [3, 2, 1], DOGE [5, 5, 5] (flat: in no pair).
    # Deviations BTC [-1, 0, 1], ETH [-1, 1, 0], SOL [1, 0, -1]; each sums squares to 2:
    # BTC-ETH 1/2, BTC-SOL -2/2, ETH-SOL -1/2. The trades come in no particular order.
    days = {0: datetime(2025, 1, 1, 9, tzinfo=timezone.utc), 1: datetime(2025, 1, 5, 23, tzinfo=timezone.utc),
            2: datetime(2025, 1, 30, 0, 30, tzinfo=timezone.utc)}
    per_day = {"BTC": [1, 2, 3], "ETH": [1, 3, 2], "SOL": [3, 2, 1], "DOGE": [5, 5, 5]}
    rows = [(f"{token}/USDT", pnl, days[d]) for token, pnls in per_day.items() for d, pnl in enumerate(pnls)]
    rows = rows[5:] + rows[:5]
    trades = TradeColumns.of(
        symbol=[s for s, _, _ in rows], pnl=[Decimal(p) for _, p, _ in rows], closed_at=[c for _, _, c in rows]
    )

    correlation = token_stats(trades)["token_correlation"]

    assert correlation == pytest.approx({"BTC-ETH": 0.5, "BTC-SOL": -1.0, "ETH-SOL": -0.5})
    assert list(correlation) == ["BTC-ETH", "BTC-SOL", "ETH-SOL"]


def test_token_shares_on_columns_leave_out_trades_without_a_symbol():
    # BTC 300 of 400 notional, ETH 100; the trade without a symbol is in no share.
    trades = TradeColumns.of(symbol=["BTC/USDT", "BTCUSDT", "ETH/USDT", None], notional=[200, 100, -100, 1000])

    result = token_stats(trades)

    assert result["token_distribution"] == {"BTC": 0.75, "ETH": 0.25}
    assert result["concentration_index"] == pytest.approx(0.625)
    assert result["unique_tokens_traded"] == 2
    assert leverage_stats(trades)["leverage_frequency"]["1x-3x"] == 1.0  # all four trades, at 1x


def test_signal_figures_on_columns_by_hand():
    signals = SignalColumns.of(
        confidence=[Decimal("0.7"), Decimal("0.85"), None, Decimal("0.95")],
        pnl=[Decimal("10"), Decimal("-5"), Decimal("3"), None],
        received_at=[T0, T0 + timedelta(hours=1), T0 + timedelta(days=2), T0 + timedelta(days=4)],
        source_time=[T0, T0, None, T0],
        filled_at=[T0 + timedelta(seconds=1, microseconds=250), T0 + timedelta(seconds=3), T0, None],
        side=["long", "short", "long", "short"],
        expected_price=[Decimal("100"), Decimal("50"), None, Decimal("10")],
        fill_price=[Decimal("100.2"), Decimal("49.9"), Decimal("7"), None],
    )

    result = signal_stats(signals)

    assert result["signal_frequency"] == 1.0  # 4 signals over 4 days
    assert result["signal_accuracy"] == pytest.approx(2 / 3)  # 3 decided, 2 of them won
    assert result["avg_confidence"] == pytest.approx(2.5 / 3)  # the unstated one left out
    # .7 won → 70-80 %; .85 lost → 80-90 %; .95 is undecided; nothing at 60-70 %.
    assert result["confidence_calibration"] == {"60-70%": None, "70-80%": 1.0, "80-90%": 0.0, "90-100%": None}
    assert result["signal_lag"] == pytest.approx((1.00025 + 3.0) / 2, abs=1e-12)
    # Long .2 % above, short .2 % below: both a cost of .002; the others lack a price.
    assert result["execution_slippage"] == pytest.approx(0.002)
    assert result["false_positive_rate"] == 1.0  # the only decided signal at ≥ 80 % lost


def test_a_group_on_columns_equals_the_group_on_the_same_rows():
    rows = [
        {"symbol": "BTC/USDT", "leverage": Decimal("3"), "pnl": Decimal("1.5"), "notional": Decimal("300"),
         "closed_at": T0},
        {"symbol": "ETH/USDT", "leverage": 10, "pnl": Decimal("-2"), "notional": Decimal("100"),
         "closed_at": T0 + timedelta(days=1)},
        {"symbol": "SOL/USDT", "leverage": None, "pnl": None, "notional": Decimal("50"), "closed_at": None},
    ]
    columns = TradeColumns.of(
        symbol=[r["symbol"] for r in rows], leverage=[r["leverage"] for r in rows], pnl=[r["pnl"] for r in rows],
        notional=[r["notional"] for r in rows], closed_at=[r["closed_at"] for r in rows],
    )

    assert leverage_stats(columns) == leverage_stats(rows)
    assert token_stats(columns) == token_stats(rows)
