"""Binance USDⓈ-M isolated-margin liquidation price.

Binance's formula for one position in one-way mode, isolated margin (its "Liquidation Price"
help page), with the maintenance-margin bracket of the position's notional:

    LP = (WB + cum - side * Q * EP) / (Q * MMR - side * Q)

WB is the isolated wallet balance (the position's margin), ``cum`` the bracket's maintenance
amount, ``side`` +1 long / -1 short, Q the quantity, EP the entry price, MMR the bracket's
maintenance-margin rate. The brackets are Binance's own per symbol, fetched through ccxt into the
cache (``execution.leverage_tiers``), else built-in tables; reading them does no network call.
"""
from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from echotrade.limits import MONEY_STEP
from execution.leverage_tiers import Bracket, brackets_for


def bracket_in(table: Sequence[Bracket], notional: Decimal) -> Bracket:
    """The tier whose floor is the highest at or below ``notional`` (the first tier below it all)."""
    chosen = table[0]
    for bracket in table:
        if notional >= bracket.floor:
            chosen = bracket
    return chosen


def bracket_for(symbol: str, notional: Decimal) -> Bracket:
    return bracket_in(brackets_for(symbol), notional)


def liquidation_price(
    *, symbol: str, side: str, quantity: Decimal, entry_price: Decimal, margin: Decimal,
    brackets: Sequence[Bracket] | None = None,
) -> Decimal | None:
    """The mark price at which Binance would liquidate this isolated position; None if it cannot be.

    ``brackets`` defaults to the symbol's tiers (``bracket_for``). A 1x long cannot be liquidated
    (the formula gives a price at or below zero).
    """
    if quantity <= 0 or entry_price <= 0:
        return None
    direction = Decimal(1) if side == "long" else Decimal(-1)
    notional = quantity * entry_price
    bracket = bracket_for(symbol, notional) if brackets is None else bracket_in(brackets, notional)
    numerator = margin + bracket.amount - direction * quantity * entry_price
    denominator = quantity * bracket.rate - direction * quantity
    price = (numerator / denominator).quantize(MONEY_STEP)
    # A fully margined long gives zero; rounding the margin to 8 places can leave a few satoshis,
    # which is no price the market could reach: below 0.01 % of the entry there is no liquidation.
    return price if price > entry_price * Decimal("0.0001") else None
