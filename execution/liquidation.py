"""Binance USDⓈ-M isolated-margin liquidation price.

Binance's formula for one position in one-way mode, isolated margin (its "Liquidation Price"
help page), with the maintenance-margin bracket of the position's notional:

    LP = (WB + cum - side * Q * EP) / (Q * MMR - side * Q)

WB is the isolated wallet balance (the position's margin), ``cum`` the bracket's maintenance
amount, ``side`` +1 long / -1 short, Q the quantity, EP the entry price, MMR the bracket's
maintenance-margin rate. Brackets are Binance's published tiers for BTCUSDT (used for majors)
and a typical altcoin table; ``cum`` follows from the rates, as Binance computes it.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from echotrade.fields import ZERO
from echotrade.limits import MONEY_STEP


@dataclass(frozen=True)
class Bracket:
    floor: Decimal  # notional at which this tier starts
    rate: Decimal  # maintenance margin rate
    amount: Decimal  # maintenance amount ("cum")


def _brackets(tiers: list[tuple[str, str]]) -> list[Bracket]:
    """Build a table from (floor, rate) pairs; cum_k = cum_{k-1} + floor_k * (rate_k - rate_{k-1})."""
    result: list[Bracket] = []
    amount, previous_rate = ZERO, None
    for floor, rate in tiers:
        floor_d, rate_d = Decimal(floor), Decimal(rate)
        if previous_rate is not None:
            amount += floor_d * (rate_d - previous_rate)
        result.append(Bracket(floor_d, rate_d, amount))
        previous_rate = rate_d
    return result


MAJOR_BRACKETS = _brackets([
    ("0", "0.004"), ("50000", "0.005"), ("250000", "0.01"), ("1000000", "0.025"),
    ("10000000", "0.05"), ("20000000", "0.1"), ("50000000", "0.125"), ("100000000", "0.15"),
    ("200000000", "0.25"), ("300000000", "0.5"),
])
ALT_BRACKETS = _brackets([
    ("0", "0.01"), ("5000", "0.025"), ("25000", "0.05"), ("100000", "0.1"),
    ("250000", "0.125"), ("1000000", "0.25"), ("5000000", "0.5"),
])
MAJORS = {"BTC", "ETH"}


def bracket_for(symbol: str, notional: Decimal) -> Bracket:
    table = MAJOR_BRACKETS if symbol.split("/")[0] in MAJORS else ALT_BRACKETS
    chosen = table[0]
    for bracket in table:
        if notional >= bracket.floor:
            chosen = bracket
    return chosen


def liquidation_price(
    *, symbol: str, side: str, quantity: Decimal, entry_price: Decimal, margin: Decimal
) -> Decimal | None:
    """The mark price at which Binance would liquidate this isolated position; None if it cannot be.

    A 1x long cannot be liquidated (the formula gives a price at or below zero).
    """
    if quantity <= 0 or entry_price <= 0:
        return None
    direction = Decimal(1) if side == "long" else Decimal(-1)
    bracket = bracket_for(symbol, quantity * entry_price)
    numerator = margin + bracket.amount - direction * quantity * entry_price
    denominator = quantity * bracket.rate - direction * quantity
    price = (numerator / denominator).quantize(MONEY_STEP)
    # A fully margined long gives zero; rounding the margin to 8 places can leave a few satoshis,
    # which is no price the market could reach: below 0.01 % of the entry there is no liquidation.
    return price if price > entry_price * Decimal("0.0001") else None
