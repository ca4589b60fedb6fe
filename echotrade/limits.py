"""The product's numeric limits, each defined once: every service checks against these, every
form, slider and serializer shows them, and the model constraints hold them in the database.

Changing a bound that a model constraint uses (the trader's multiplier and leverage) needs a
migration; ``makemigrations --check`` says so.
"""
from __future__ import annotations

from decimal import Decimal

# Money, prices and quantities: 8 decimal places, as exchanges quote them (MoneyField's column).
MONEY_PLACES = 8
MONEY_DIGITS = {"max_digits": 28, "decimal_places": MONEY_PLACES}
# The smallest amount we store: every price, fee and quantity is rounded to it (Decimal("1E-8")).
MONEY_STEP = Decimal(1).scaleb(-MONEY_PLACES)

# Leverage: Binance USD-M futures' highest. What a signal may carry and a trader may allow;
# each account's own maximum filters further.
MIN_LEVERAGE, MAX_LEVERAGE = 1, 125

# A trader's position multiplier: 1.0 copies at the account's base size.
TRADER_MULTIPLIER_MIN, TRADER_MULTIPLIER_MAX = Decimal("0.1"), Decimal("5")

# An account's global position multiplier (the Settings page's emergency override).
GLOBAL_MULTIPLIER_MIN, GLOBAL_MULTIPLIER_MAX = Decimal("0.5"), Decimal("2")
