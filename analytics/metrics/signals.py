"""Signal quality: accuracy, calibration of stated confidence, timing and execution cost."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from analytics.metrics._inputs import mean_or_none, ratio_or_none
from analytics.metrics.columns import SignalColumns

CALIBRATION_BUCKETS = (("60-70%", 0.6), ("70-80%", 0.7), ("80-90%", 0.8), ("90-100%", 0.9))
CALIBRATION_EDGES = np.array([lower for _, lower in CALIBRATION_BUCKETS])
HIGH_CONFIDENCE = 0.8


def signal_stats(signals: SignalColumns | Sequence[Any], high_confidence: float = HIGH_CONFIDENCE) -> dict:
    """Quality figures of a trader's signals (``SignalColumns``, or dicts or objects).

    Fields read, each optional: ``confidence`` (0..1), ``outcome`` ("win"/"loss"; anything else
    or None = undecided: not executed or still open), ``pnl`` (decides the outcome when
    ``outcome`` does not: pnl > 0 is a win, pnl ≤ 0 a loss), ``received_at``, ``source_time``,
    ``filled_at`` (datetimes or ISO strings; naive = UTC), ``side`` ("long"/"buy" or
    "short"/"sell"; missing = long), ``expected_price``, ``fill_price``.

    - ``signal_frequency``   signals with a received_at / max(days from the first to the last
      received_at, 1): signals per day, a span under a day counting as one day.
    - ``signal_accuracy``    wins / decided signals.
    - ``avg_confidence``     mean confidence over the signals that state one.
    - ``confidence_calibration[b]``  wins / decided signals whose confidence c (rounded to 9
      decimals, so Decimal("0.7") lands in 70-80%) is in bucket b: 60-70% is 0.6 ≤ c < 0.7, …,
      90-100% is 0.9 ≤ c ≤ 1; None for a bucket without decided signals. Signals below 0.6 are
      in no bucket (they still count for accuracy).
    - ``signal_lag``         mean of (filled_at - source_time) in seconds over signals with both.
    - ``execution_slippage`` mean over signals with both prices (expected ≠ 0) of
      ±(fill_price - expected_price) / expected_price, + for a long and - for a short, so a
      positive value is a cost to the follower: a fraction, 0.002 = 0.2 % = 20 bps.
    - ``false_positive_rate``  losses / decided signals with c ≥ ``high_confidence`` (0.8).

    Every mean or rate over an empty set is None (no signals: all None, calibration buckets too).
    """
    s = signals if isinstance(signals, SignalColumns) else SignalColumns.from_rows(signals)
    stated = ~np.isnan(s.confidence)
    confidence = np.round(s.confidence, 9)
    decided = ~np.isnan(s.won)
    wins = decided & (s.won == 1.0)
    # NaN sorts past every edge: only stated confidences get a bucket (0 = below 60 %).
    bucket = np.where(stated, np.searchsorted(CALIBRATION_EDGES, confidence, side="right"), 0)
    decided_in = np.bincount(bucket[decided], minlength=len(CALIBRATION_BUCKETS) + 1)
    wins_in = np.bincount(bucket[wins], minlength=len(CALIBRATION_BUCKETS) + 1)
    confident = decided & stated & (confidence >= high_confidence)
    n_confident = int(np.count_nonzero(confident))
    return {
        "signal_frequency": _per_day(s.received_at),
        "signal_accuracy": ratio_or_none(np.count_nonzero(wins), np.count_nonzero(decided)),
        "avg_confidence": mean_or_none(confidence[stated]),
        "confidence_calibration": {
            name: ratio_or_none(wins_in[i + 1], decided_in[i + 1]) for i, (name, _) in enumerate(CALIBRATION_BUCKETS)
        },
        "signal_lag": mean_or_none(_seconds(s.filled_at - s.source_time)),
        "execution_slippage": mean_or_none(_slippage(s)),
        "false_positive_rate": 1 - int(np.count_nonzero(wins & confident)) / n_confident if n_confident else None,
    }


def _per_day(received_at: np.ndarray) -> float | None:
    received = received_at[~np.isnat(received_at)]
    if not len(received):
        return None
    span_days = _seconds(received.max() - received.min()) / 86400
    return len(received) / max(span_days, 1.0)


def _seconds(spans: np.ndarray) -> np.ndarray:
    """timedelta64[us] as float seconds, microseconds / 10**6 as ``total_seconds`` does; NaT left out."""
    spans = np.asarray(spans)
    if spans.ndim == 0:
        return int(spans.astype(np.int64)) / 10**6
    return spans[~np.isnat(spans)].astype(np.int64) / 10**6


def _slippage(s: SignalColumns) -> np.ndarray:
    priced = ~np.isnan(s.expected_price) & ~np.isnan(s.fill_price) & (s.expected_price != 0)
    expected, fill = s.expected_price[priced], s.fill_price[priced]
    return s.direction[priced] * (fill - expected) / expected
