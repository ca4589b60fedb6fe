"""Signal quality: accuracy, calibration of stated confidence, timing and execution cost."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from analytics.metrics._inputs import as_utc, field, mean_or_none, to_float

CALIBRATION_BUCKETS = (("60-70%", 0.6), ("70-80%", 0.7), ("80-90%", 0.8), ("90-100%", 0.9))
HIGH_CONFIDENCE = 0.8
SELL_SIDES = {"sell", "short"}


def signal_stats(signals: Sequence[Any], high_confidence: float = HIGH_CONFIDENCE) -> dict:
    """Quality figures of a trader's signals (dicts or objects).

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
    rows = [_Signal(s) for s in signals]
    decided = [row for row in rows if row.won is not None]
    received = sorted(row.received_at for row in rows if row.received_at is not None)
    span_days = (received[-1] - received[0]).total_seconds() / 86400 if received else 0.0
    confident = [row for row in decided if row.confidence is not None and row.confidence >= high_confidence]
    return {
        "signal_frequency": len(received) / max(span_days, 1.0) if received else None,
        "signal_accuracy": _win_rate(decided),
        "avg_confidence": mean_or_none([row.confidence for row in rows if row.confidence is not None]),
        "confidence_calibration": {
            name: _win_rate([row for row in decided if _bucket(row.confidence) == name])
            for name, _ in CALIBRATION_BUCKETS
        },
        "signal_lag": mean_or_none([row.lag for row in rows if row.lag is not None]),
        "execution_slippage": mean_or_none([row.slippage for row in rows if row.slippage is not None]),
        "false_positive_rate": 1 - _win_rate(confident) if confident else None,
    }


class _Signal:
    """One signal's fields, read once and normalised."""

    def __init__(self, signal: Any):
        confidence = to_float(field(signal, "confidence"))
        self.confidence = round(confidence, 9) if confidence is not None else None
        self.won = _won(signal)
        self.received_at = as_utc(field(signal, "received_at"))
        source, filled = as_utc(field(signal, "source_time")), as_utc(field(signal, "filled_at"))
        self.lag = (filled - source).total_seconds() if source and filled else None
        self.slippage = _slippage(signal)


def _won(signal: Any) -> bool | None:
    outcome = field(signal, "outcome")
    if isinstance(outcome, str) and outcome.lower() in ("win", "loss"):
        return outcome.lower() == "win"
    pnl = to_float(field(signal, "pnl"))
    return None if pnl is None else pnl > 0


def _slippage(signal: Any) -> float | None:
    expected, fill = to_float(field(signal, "expected_price")), to_float(field(signal, "fill_price"))
    if expected is None or fill is None or expected == 0:
        return None
    direction = -1.0 if str(field(signal, "side") or "").lower() in SELL_SIDES else 1.0
    return direction * (fill - expected) / expected


def _bucket(confidence: float | None) -> str | None:
    name = None
    for bucket, lower in CALIBRATION_BUCKETS:
        if confidence is not None and confidence >= lower:
            name = bucket
    return name


def _win_rate(rows: list[_Signal]) -> float | None:
    return sum(1 for row in rows if row.won) / len(rows) if rows else None
