"""How the UI words a figure: percentages, money, multiples; a dash when there is no value."""
from __future__ import annotations

from decimal import Decimal

DASH = "—"


def pct(value, scale: float = 100) -> str:
    return DASH if value is None else f"{float(value) * scale:,.2f} %"


def num(value, places: int = 2) -> str:
    return DASH if value is None else f"{float(value):,.{places}f}"


def money(value) -> str:
    return DASH if value is None else f"{Decimal(str(value)):,.2f}"


def times(value) -> str:
    return DASH if value is None else f"{float(value):.1f}×"


def of_ten(value) -> str:
    return DASH if value is None else f"{float(value):.1f} / 10"


def days(value) -> str:
    return DASH if value is None else f"{float(value):g} d"


def bps(value) -> str:
    return DASH if value is None else f"{float(value) * 10000:.1f} bps"


def seconds(value) -> str:
    if value is None:
        return DASH
    seconds = float(value)
    return f"{seconds:.1f} s" if abs(seconds) < 120 else f"{seconds / 60:.1f} min"
