"""Template filters for numbers, loaded into every template (settings: TEMPLATES builtins)."""
from __future__ import annotations

from decimal import Decimal

from django import template

from echotrade.fields import decimal_text

register = template.Library()


@register.filter
def plain(value):
    """A price or quantity as written, without trailing zeros or an exponent: 66000.00000000 →
    "66000" (``Decimal.normalize`` would print 6.6E+4). Empty for None, so ``|default`` applies."""
    if value is None or value == "":
        return ""
    return decimal_text(value if isinstance(value, Decimal) else Decimal(str(value)))
