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


# --- Trade management: prices, shares of a position, amounts in the quote currency --------------
DOLLAR_QUOTES = ("USDT", "USDC", "USD", "BUSD", "FDUSD")


def price(value) -> str:
    """A price as typed, with thousands separators: 68000.00000000 → "68,000", 0.51230000 → "0.5123"."""
    if value is None:
        return DASH
    number = Decimal(str(value)).normalize()
    return f"{number:,f}" if number != number.to_integral_value() else f"{number:,.0f}"


def share(fraction) -> str:
    """A fraction of a position as a percentage to at most two places: 0.5 → "50 %", 1/3 → "33.33 %"."""
    if fraction is None:
        return DASH
    percent = (Decimal(str(fraction)) * 100).quantize(Decimal("0.01")).normalize()
    return f"{percent:f} %"


def amount(value, currency: str = "USDT") -> str:
    """Money in the quote currency: "$1,000" (a dollar stablecoin; cents only when there are any), else "1,000 EUR"."""
    if value is None:
        return DASH
    number = Decimal(str(value)).quantize(Decimal("0.01"))
    text = f"{number:,.0f}" if number == number.to_integral_value() else f"{number:,.2f}"
    return f"${text}" if currency.upper() in DOLLAR_QUOTES else f"{text} {currency}"
