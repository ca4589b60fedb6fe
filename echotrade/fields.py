"""Field shapes shared by every app, so money is stored the same way everywhere."""
from decimal import Decimal

from django.db import models

from echotrade.limits import MONEY_DIGITS


def MoneyField(**kwargs) -> models.DecimalField:  # noqa: N802  (reads like a field class)
    """Amounts, prices and quantities: Decimal with 8 places, as exchanges quote them."""
    return models.DecimalField(**MONEY_DIGITS, **kwargs)


def RatioField(**kwargs) -> models.DecimalField:  # noqa: N802
    """Fractions and multipliers such as 0.85 confidence, 0.02 of equity or 1.5x."""
    return models.DecimalField(max_digits=10, decimal_places=6, **kwargs)


ZERO = Decimal("0")
ONE = Decimal("1")


def decimal_text(value: Decimal) -> str:
    """A Decimal as plain text without trailing zeros: 69000.00000000 → "69000", 0.5000 → "0.5"."""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text
