"""Reading the loosely typed inputs the metrics accept: dicts or objects, Decimals, datetimes."""
from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date, datetime, timezone
from typing import Any

import numpy as np


def field(item: Any, name: str, default: Any = None) -> Any:
    """``item[name]`` for a mapping, ``item.name`` for anything else (a model, a dataclass)."""
    if isinstance(item, dict):
        return item.get(name, default)
    return getattr(item, name, default)


def to_float(value: Any) -> float | None:
    """A float from a float, int, Decimal or numeric string; None for None."""
    if value is None:
        return None
    return float(value)


def float_array(values: Iterable[Any]) -> np.ndarray:
    """A 1-d float64 array; Decimals are converted, None becomes NaN."""
    return np.array([np.nan if v is None else float(v) for v in values], dtype="float64")


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


def mean_or_none(values: list[float]) -> float | None:
    return float(np.mean(values)) if values else None
