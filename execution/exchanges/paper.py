"""A paper exchange whose fills cost what real ones do.

- Market orders take liquidity: a buy fills at the ask, a sell at the bid, each moved against us
  by the account's slippage (basis points), and pays the taker fee.
- A limit order that is marketable when sent fills at once as a taker, never worse than its limit.
  One that rests fills at its own price, as a maker, when the market trades through it.
- A stop order triggers on the last price and then fills like a market order, so a gap through
  the stop fills at the worse price, as it would on an exchange.
"""
from __future__ import annotations

from decimal import Decimal

from execution.exchanges.base import ExchangeAdapter, ExecutedFill

PRICE_STEP = Decimal("0.00000001")
BPS = Decimal("10000")


class PaperExchange(ExchangeAdapter):
    name = "paper"

    def submit(self, order, quote) -> list[ExecutedFill]:
        if order.type == "market":
            return [self._taker_fill(order, quote)]
        if order.type == "limit" and self._limit_marketable(order, quote):
            fill = self._taker_fill(order, quote)
            capped = min(fill.price, order.price) if order.side == "buy" else max(fill.price, order.price)
            return [self._fill(order, capped, "taker", fill.reference_price)]
        if order.type == "stop" and self._stop_triggered(order, quote):
            return [self._taker_fill(order, quote)]
        return []

    def poll(self, order, quote) -> list[ExecutedFill]:
        if order.type == "limit" and self._limit_marketable(order, quote):
            return [self._fill(order, order.price, "maker", quote.price)]
        if order.type == "stop" and self._stop_triggered(order, quote):
            return [self._taker_fill(order, quote)]
        return []

    def cancel(self, order) -> None:
        """Nothing rests anywhere but in our own table, so there is nothing to withdraw."""

    # --- fill model ---------------------------------------------------------------------------
    @staticmethod
    def _limit_marketable(order, quote) -> bool:
        return quote.ask <= order.price if order.side == "buy" else quote.bid >= order.price

    @staticmethod
    def _stop_triggered(order, quote) -> bool:
        return quote.price >= order.trigger_price if order.side == "buy" else quote.price <= order.trigger_price

    def _taker_fill(self, order, quote) -> ExecutedFill:
        slippage = order.account.slippage_bps / BPS
        if order.side == "buy":
            reference = quote.ask
            price = reference * (1 + slippage)
        else:
            reference = quote.bid
            price = reference * (1 - slippage)
        return self._fill(order, price, "taker", reference)

    @staticmethod
    def _fill(order, price: Decimal, liquidity: str, reference: Decimal) -> ExecutedFill:
        price = price.quantize(PRICE_STEP)
        quantity = order.quantity - order.filled_quantity
        rate = order.account.taker_fee_rate if liquidity == "taker" else order.account.maker_fee_rate
        fee = (price * quantity * rate).quantize(PRICE_STEP)
        return ExecutedFill(price=price, quantity=quantity, fee=fee, liquidity=liquidity, reference_price=reference)
