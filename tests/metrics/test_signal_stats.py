"""signal_stats: accuracy, calibration, lag and slippage pinned on small hand-worked sets."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analytics.metrics import signal_stats

T0 = datetime(2025, 1, 1, tzinfo=timezone.utc)
BUCKETS = ("60-70%", "70-80%", "80-90%", "90-100%")


def _signals() -> list[dict]:
    # (confidence, outcome), received every 12 hours: 7 signals over 3 days.
    rows = [(0.65, "win"), (0.75, "loss"), (0.85, "win"), (0.95, "win"), (0.90, "loss"), (0.50, "win"), (0.80, None)]
    return [
        {"confidence": c, "outcome": outcome, "received_at": T0 + timedelta(hours=12 * k)}
        for k, (c, outcome) in enumerate(rows)
    ]


def test_it_measures_frequency_accuracy_and_confidence():
    result = signal_stats(_signals())

    assert result["signal_frequency"] == pytest.approx(7 / 3)
    # Decided: 6 signals, 4 of them wins; the open 0.80 signal is undecided.
    assert result["signal_accuracy"] == pytest.approx(4 / 6)
    assert result["avg_confidence"] == pytest.approx(5.4 / 7)


def test_it_calibrates_win_rate_per_stated_confidence_bucket():
    # 60-70: the .65 win; 70-80: the .75 loss; 80-90: the .85 win (the .80 is undecided);
    # 90-100: the .95 win and the .90 loss. The .50 win is in no bucket.
    assert signal_stats(_signals())["confidence_calibration"] == {
        "60-70%": 1.0,
        "70-80%": 0.0,
        "80-90%": 1.0,
        "90-100%": 0.5,
    }


def test_it_counts_losing_high_confidence_signals_as_false_positives():
    # Decided at ≥ .8: .85 win, .95 win, .90 loss → 1 / 3.
    assert signal_stats(_signals())["false_positive_rate"] == pytest.approx(1 / 3)
    # At ≥ .9: .95 win and .90 loss → 1 / 2.
    assert signal_stats(_signals(), high_confidence=0.9)["false_positive_rate"] == pytest.approx(1 / 2)


@pytest.mark.parametrize(
    "confidence, bucket",
    [(Decimal("0.6"), "60-70%"), (0.7, "70-80%"), (Decimal("0.7"), "70-80%"), (0.1 + 0.7, "80-90%"), (0.9, "90-100%"), (1, "90-100%")],
)
def test_it_puts_bucket_edges_in_the_upper_bucket(confidence, bucket):
    calibration = signal_stats([{"confidence": confidence, "outcome": "win"}])["confidence_calibration"]

    assert calibration == {name: 1.0 if name == bucket else None for name in BUCKETS}


def test_it_leaves_signals_below_sixty_percent_out_of_calibration():
    result = signal_stats([{"confidence": 0.59, "outcome": "loss"}])

    assert result["confidence_calibration"] == {name: None for name in BUCKETS}
    assert result["signal_accuracy"] == 0.0


def test_it_decides_outcome_from_pnl_when_no_outcome_is_given():
    signals = [{"pnl": Decimal("3")}, {"pnl": 0}, {"pnl": -1}, {"outcome": "WIN", "pnl": -5}, {"outcome": "skipped"}]

    # Wins: pnl 3 and the explicit WIN (outcome beats pnl); break-even counts as a loss.
    assert signal_stats(signals)["signal_accuracy"] == pytest.approx(2 / 4)


def test_it_measures_lag_from_the_source_to_our_fill():
    signals = [
        {"source_time": T0, "filled_at": T0 + timedelta(seconds=30)},
        SimpleNamespace(source_time="2025-01-01T00:00:00Z", filled_at=datetime(2025, 1, 1, 0, 1)),  # naive = UTC
        {"source_time": T0, "filled_at": None},
    ]

    assert signal_stats(signals)["signal_lag"] == pytest.approx(45.0)


def test_it_signs_slippage_against_the_follower():
    signals = [
        # Long filled .2 % above the expected price: cost +.002.
        {"side": "long", "expected_price": Decimal("100"), "fill_price": Decimal("100.2")},
        # Short filled .2 % below: also a cost, +.002.
        {"side": "short", "expected_price": 50, "fill_price": 49.9},
        # No side means long; filled .1 % below: a gain, -.001.
        {"expected_price": 10, "fill_price": 9.99},
        {"side": "buy", "expected_price": None, "fill_price": 5},
    ]

    assert signal_stats(signals)["execution_slippage"] == pytest.approx((0.002 + 0.002 - 0.001) / 3)


def test_it_counts_a_span_under_a_day_as_one_day():
    one_hour = [{"received_at": T0}, {"received_at": T0 + timedelta(hours=1)}]

    assert signal_stats(one_hour)["signal_frequency"] == 2.0


def test_it_returns_none_for_every_figure_without_signals():
    result = signal_stats([])

    assert result["confidence_calibration"] == {name: None for name in BUCKETS}
    assert all(value is None for key, value in result.items() if key != "confidence_calibration")


def test_it_describes_a_single_signal():
    result = signal_stats([SimpleNamespace(confidence=Decimal("0.72"), outcome="loss", received_at=T0)])

    assert result["signal_frequency"] == 1.0
    assert result["signal_accuracy"] == 0.0
    assert result["avg_confidence"] == pytest.approx(0.72)
    assert result["confidence_calibration"]["70-80%"] == 0.0
    assert result["false_positive_rate"] is None
    assert result["signal_lag"] is None
    assert result["execution_slippage"] is None


signal_lists = st.lists(
    st.fixed_dictionaries(
        {
            "confidence": st.one_of(st.none(), st.floats(min_value=0, max_value=1)),
            "outcome": st.sampled_from(["win", "loss", None]),
            "received_at": st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2025, 3, 1)),
        }
    ),
    max_size=60,
)


@settings(max_examples=200, deadline=None)
@given(signals=signal_lists)
def test_its_rates_stay_within_zero_and_one(signals):
    result = signal_stats(signals)

    for value in [*result["confidence_calibration"].values(), result["signal_accuracy"], result["false_positive_rate"]]:
        assert value is None or 0 <= value <= 1
    assert result["avg_confidence"] is None or 0 <= result["avg_confidence"] <= 1
    assert result["signal_frequency"] is None or 0 < result["signal_frequency"] <= len(signals)
