"""Reading the loosely typed inputs the metrics accept: dicts or objects, Decimals, datetimes.

Each value is converted once, here, into a numpy column; the metric groups compute on columns.
"""
from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date, datetime, timedelta, timezone
from typing import Any

import numpy as np

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
MICROSECOND = timedelta(microseconds=1)
# numpy's NaT is the smallest int64; building the integers first and viewing them as
# datetime64 is much cheaper than letting numpy parse datetime objects.
NAT = np.iinfo(np.int64).min


def field(item: Any, name: str, default: Any = None) -> Any:
    """``item[name]`` for a mapping, ``item.name`` for anything else (a model, a dataclass)."""
    if isinstance(item, dict):
        return item.get(name, default)
    return getattr(item, name, default)


def fields(items: list[Any], names: Iterable[str]) -> dict[str, list[Any]]:
    """{name: [field(item, name) for every item]}, telling dicts from objects once, not per value."""
    if all(type(item) is dict for item in items):
        return {name: [item.get(name) for item in items] for name in names}
    return {name: [field(item, name) for item in items] for name in names}


def float_array(values: Iterable[Any]) -> np.ndarray:
    """A 1-d float64 array; Decimals are converted (as ``float`` does), None becomes NaN."""
    if isinstance(values, np.ndarray):
        return values.astype("float64", copy=False)
    values = values if isinstance(values, list | tuple) else list(values)
    if all(v is None for v in values):
        return np.full(len(values), np.nan)
    try:
        return np.fromiter(values, dtype="float64", count=len(values))
    except TypeError:  # a None among them, which numpy reads as NaN only when it builds the array itself
        return np.array(values, dtype="float64")


def time_array(values: Iterable[Any]) -> np.ndarray:
    """UTC datetime64[us] from datetimes, dates or ISO strings (naive = UTC); None becomes NaT."""
    values = values if isinstance(values, list | tuple) else list(values)
    if all(v is None for v in values):
        return np.full(len(values), np.datetime64("NaT", "us"))
    micros = [NAT if v is None else _micros(v) for v in values]
    return np.array(micros, dtype=np.int64).view("datetime64[us]")


def _micros(value: Any) -> int:
    # An aware datetime subtracts correctly whatever its zone; only other shapes need reading.
    if not (isinstance(value, datetime) and value.tzinfo is not None):
        value = as_utc(value)
    return (value - EPOCH) // MICROSECOND


def finite_or_none(value: Any) -> float | None:
    """A plain float, or None for NaN and ±inf (undefined, and not valid JSON either)."""
    if value is None:
        return None
    value = float(value)
    return value if math.isfinite(value) else None


def as_utc(value: Any) -> datetime | None:
    """An aware UTC datetime from a datetime (naive is taken as UTC), a date or an ISO string."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value.replace("Z", "+00:00"))
    elif isinstance(value, date) and not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day)
    if value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)


def ratio_or_none(part: float, whole: float) -> float | None:
    """part / whole as a plain float; None when whole is 0 (a rate over an empty set)."""
    return float(part) / float(whole) if whole else None


def mean_or_none(values: np.ndarray) -> float | None:
    return float(np.mean(values)) if len(values) else None
