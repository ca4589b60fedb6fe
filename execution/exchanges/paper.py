"""A paper exchange whose fills cost what real ones do.

Its prices and fees are ``execution.fills``, the model every backtest uses too: market orders
take the far side of the book plus the account's slippage and pay the taker fee; a limit order
marketable when sent fills at once as a taker, never worse than its limit, and one that rests
fills at its own price, as a maker, when the market trades through it; a stop triggers on the
last price and then fills like a market order, so a gap through it fills at the worse price.
"""
from __future__ import annotations

from echotrade.limits import MONEY_STEP
from execution import fills
from execution.exchanges.base import ExchangeAdapter, ExecutedFill
from execution.fills import PricedFill


class PaperExchange(ExchangeAdapter):
    name = "paper"
    supports_held_protection = False  # its stops and targets are ours: the position monitor fills them
    knows_orders_by_our_id = False  # nothing leaves the process, so rows are written after the fills

    def submit(self, order, quote) -> list[ExecutedFill]:
        slippage = order.account.slippage_bps
        if order.type == "market":
            priced = fills.market_fill(side=order.side, bid=quote.bid, ask=quote.ask, slippage_bps=slippage)
        elif order.type == "limit":
            priced = fills.limit_fill_on_submit(
                side=order.side, limit_price=order.price, bid=quote.bid, ask=quote.ask, slippage_bps=slippage
            )
        elif order.type == "stop":
            priced = self._stop_fill(order, quote)
        else:
            priced = None
        return [self._executed(order, priced)] if priced else []

    def poll(self, order, quote) -> list[ExecutedFill]:
        if order.type == "limit":
            priced = fills.resting_limit_fill(
                side=order.side, limit_price=order.price, bid=quote.bid, ask=quote.ask, last=quote.price
            )
        elif order.type == "stop":
            priced = self._stop_fill(order, quote)
        else:
            priced = None
        return [self._executed(order, priced)] if priced else []

    def cancel(self, order) -> None:
        """Nothing rests anywhere but in our own table, so there is nothing to withdraw."""

    def place_protection(self, order, *, again: bool = False) -> None:
        """Nothing to send either: a paper stop or target rests in our table alone."""

    @staticmethod
    def _stop_fill(order, quote) -> PricedFill | None:
        return fills.stop_fill(
            side=order.side, trigger_price=order.trigger_price, bid=quote.bid, ask=quote.ask, last=quote.price,
            slippage_bps=order.account.slippage_bps,
        )

    @staticmethod
    def _executed(order, priced: PricedFill) -> ExecutedFill:
        quantity = order.quantity - order.filled_quantity
        account = order.account
        rate = fills.fee_rate(
            liquidity=priced.liquidity, taker_rate=account.taker_fee_rate, maker_rate=account.maker_fee_rate
        )
        fee = fills.fee(price=priced.price, quantity=quantity, rate=rate).quantize(MONEY_STEP)
        return ExecutedFill(
            price=priced.price, quantity=quantity, fee=fee, liquidity=priced.liquidity,
            reference_price=priced.reference_price,
        )
