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


def leverage_value(value) -> int | Decimal:
    """Leverage as the code uses it: a whole leverage is an int (5), a fraction a Decimal (12.5),
    as the Telegram parser returns it. Whole values then read, print and serialise as they always
    have ("5x", JSON 5); 12.5x is kept as the source stated it."""
    number = Decimal(str(value))
    return int(number) if number == number.to_integral_value() else number.normalize()


class LeverageField(models.DecimalField):
    """A signal's leverage: up to 125 with two decimals (12.5x), read back by ``leverage_value``."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_digits", 5)
        kwargs.setdefault("decimal_places", 2)
        super().__init__(*args, **kwargs)

    def from_db_value(self, value, expression, connection):
        return None if value is None else leverage_value(value)

    def to_python(self, value):
        value = super().to_python(value)
        return None if value is None else leverage_value(value)


ZERO = Decimal("0")
ONE = Decimal("1")


def decimal_text(value: Decimal) -> str:
    """A Decimal as plain text without trailing zeros: 69000.00000000 → "69000", 0.5000 → "0.5"."""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text
