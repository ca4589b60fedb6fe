"""The one fill model: what an order fills at, what it pays, and when a resting order triggers.

Pure: no ORM, no queries, Decimal only. The paper exchange, the live adapter's resting stops and
targets, the position monitor, funding, the pipeline's sizing and the backtests call these, so a
dry run, live trading and a replay price the same fill the same way.

Sides: functions about an order take its side (``"buy"``/``"sell"``); functions about a position
(sizing, funding, liquidation, exits) take the position's side (``"long"``/``"short"``). Any other
word raises ``ValueError`` instead of being read as the other side.

Against a quote (bid, ask, last):

- A market order takes liquidity: a buy at the ask, a sell at the bid, each moved against us by
  the slippage in basis points; it pays the taker fee. Prices are rounded to ``MONEY_STEP``, as
  the exchange books them.
- A limit order that is marketable when sent (a buy's limit at or above the ask, a sell's at or
  below the bid) fills at once as a taker at the market price, never worse than its limit. One
  that rests fills at its own price, as a maker, once a later quote is marketable against it.
- A stop triggers on the last price (a buy's at or above its trigger, a sell's at or below) and
  then fills like a market order, so a jump through the stop fills at the worse price.

Against a bar (open, high, low), for backtests:

- A market order fills at the bar's open.
- A limit entry marketable at the open of the bar it is placed on fills there as a taker;
  otherwise it rests and fills at its limit, as a maker, on the first bar whose range reaches it.
  A resting limit gets nothing from a gap: it sits in the book at its price and is taken there.
- Exits are the worse outcome first. The bar's path between its high and low is unknown, so when
  a bar reaches the stop the whole position leaves at the stop, even if the bar also reached a
  target. A bar that opens beyond the stop fills at its open: a stop is a market order once
  triggered, and the first price it can get is the open. Otherwise every target the bar reaches
  fills at its own level, nearest first; a bar that opens beyond a target still fills at the
  target (a resting limit, as above), so a gap never flatters a backtest.

Fees are notional × rate (taker or maker). Funding is quantity × mark × rate, positive for what
the position pays: a long pays a positive rate, a short receives it. freqtrade's
``calculate_funding_fees`` computes the same amount and returns it from the other side (positive
for what is received); see the reference rows in its tests.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal, Protocol, TypeVar

from echotrade.limits import MONEY_STEP

OrderSide = Literal["buy", "sell"]
PositionSide = Literal["long", "short"]
Liquidity = Literal["maker", "taker"]

BPS = Decimal("10000")

T = TypeVar("T")


@dataclass(frozen=True)
class PricedFill:
    price: Decimal
    liquidity: Liquidity
    reference_price: Decimal  # the market price the fill is measured against (before our slippage)


@dataclass(frozen=True)
class BarExit:
    reason: Literal["stop_loss", "take_profit"]
    price: Decimal
    liquidity: Liquidity
    target_index: int | None = None  # the target's place in the caller's ladder; None for the stop


class Bar(Protocol):
    """Any candle with an open, a high and a low (the market feed's, the backtests' own)."""

    @property
    def open(self) -> Decimal: ...

    @property
    def high(self) -> Decimal: ...

    @property
    def low(self) -> Decimal: ...


# Compared, not looked up: model fields hand us str subclasses (TextChoices members) too.
def order_sign(side: OrderSide) -> int:
    if side == "buy":
        return 1
    if side == "sell":
        return -1
    raise ValueError(f"An order's side is 'buy' or 'sell', not {side!r}.")


def position_sign(side: PositionSide) -> int:
    if side == "long":
        return 1
    if side == "short":
        return -1
    raise ValueError(f"A position's side is 'long' or 'short', not {side!r}.")


def entry_side(side: PositionSide) -> OrderSide:
    """The order side that opens a ``side`` position (a long buys, a short sells)."""
    return "buy" if position_sign(side) > 0 else "sell"


# --- against a quote --------------------------------------------------------------------------
def _slipped(*, buys: bool, bid: Decimal, ask: Decimal, slippage_bps: Decimal) -> tuple[Decimal, Decimal]:
    """(the unrounded price a market order pays, the side of the book it takes)."""
    slippage = slippage_bps / BPS
    if buys:
        return ask * (1 + slippage), ask
    return bid * (1 - slippage), bid


def market_fill(*, side: OrderSide, bid: Decimal, ask: Decimal, slippage_bps: Decimal) -> PricedFill:
    price, reference = _slipped(buys=order_sign(side) > 0, bid=bid, ask=ask, slippage_bps=slippage_bps)
    return PricedFill(price=price.quantize(MONEY_STEP), liquidity="taker", reference_price=reference)


def market_sizing_price(*, side: PositionSide, bid: Decimal, ask: Decimal, slippage_bps: Decimal) -> Decimal:
    """The most a market entry can cost per unit, to size it with: a long's fill (the ask plus
    slippage), a short's bid (its fill, the bid minus slippage, is lower)."""
    if position_sign(side) > 0:
        return _slipped(buys=True, bid=bid, ask=ask, slippage_bps=slippage_bps)[0]
    return bid


def limit_marketable(*, side: OrderSide, limit_price: Decimal, bid: Decimal, ask: Decimal) -> bool:
    return ask <= limit_price if order_sign(side) > 0 else bid >= limit_price


def limit_fill_on_submit(
    *, side: OrderSide, limit_price: Decimal, bid: Decimal, ask: Decimal, slippage_bps: Decimal
) -> PricedFill | None:
    """A taker fill at the market, capped at the limit, if the limit is marketable now; else None (it rests)."""
    if not limit_marketable(side=side, limit_price=limit_price, bid=bid, ask=ask):
        return None
    market = market_fill(side=side, bid=bid, ask=ask, slippage_bps=slippage_bps)
    capped = min(market.price, limit_price) if order_sign(side) > 0 else max(market.price, limit_price)
    return PricedFill(price=capped.quantize(MONEY_STEP), liquidity="taker", reference_price=market.reference_price)


def resting_limit_fill(
    *, side: OrderSide, limit_price: Decimal, bid: Decimal, ask: Decimal, last: Decimal
) -> PricedFill | None:
    """A resting limit the market has traded through fills at its own price, as a maker."""
    if not limit_marketable(side=side, limit_price=limit_price, bid=bid, ask=ask):
        return None
    return PricedFill(price=limit_price.quantize(MONEY_STEP), liquidity="maker", reference_price=last)


def stop_triggered(*, side: OrderSide, trigger_price: Decimal, last: Decimal) -> bool:
    return last >= trigger_price if order_sign(side) > 0 else last <= trigger_price


def stop_fill(
    *, side: OrderSide, trigger_price: Decimal, bid: Decimal, ask: Decimal, last: Decimal, slippage_bps: Decimal
) -> PricedFill | None:
    """A triggered stop is a market order; None while the last price has not reached it."""
    if not stop_triggered(side=side, trigger_price=trigger_price, last=last):
        return None
    return market_fill(side=side, bid=bid, ask=ask, slippage_bps=slippage_bps)


def resting_order_triggered(
    *, order_type: str, side: OrderSide, limit_price: Decimal | None, trigger_price: Decimal | None,
    bid: Decimal, ask: Decimal, last: Decimal,
) -> bool:
    """Whether a resting stop (``"stop"``) or limit (``"limit"``) would fill on this quote."""
    if order_type == "stop":
        return stop_triggered(side=side, trigger_price=trigger_price, last=last)
    if order_type == "limit":
        return limit_marketable(side=side, limit_price=limit_price, bid=bid, ask=ask)
    raise ValueError(f"Only stop and limit orders rest, not {order_type!r}.")


def liquidation_reached(*, side: PositionSide, liquidation_price: Decimal | None, mark_price: Decimal) -> bool:
    """A long is liquidated at or below its price, a short at or above; no price, no liquidation."""
    if liquidation_price is None:
        return False
    return mark_price <= liquidation_price if position_sign(side) > 0 else mark_price >= liquidation_price


def worst_first(
    *, side: PositionSide, stops: Iterable[T], targets: Iterable[T], price: Callable[[T], Decimal]
) -> list[T]:
    """Stops, then targets nearest first: when one price (or one bar) reaches several, the loss
    is taken before any profit."""
    sign = position_sign(side)
    return [*stops, *sorted(targets, key=lambda target: price(target) * sign)]


# --- money --------------------------------------------------------------------------------------
def fee_rate(*, liquidity: Liquidity, taker_rate: Decimal, maker_rate: Decimal) -> Decimal:
    if liquidity == "taker":
        return taker_rate
    if liquidity == "maker":
        return maker_rate
    raise ValueError(f"Liquidity is 'maker' or 'taker', not {liquidity!r}.")


def fee(*, price: Decimal, quantity: Decimal, rate: Decimal) -> Decimal:
    """Notional × rate, unrounded: the exchanges round to MONEY_STEP, the backtests round the trade's P&L."""
    return price * quantity * rate


def funding_payment(*, side: PositionSide, quantity: Decimal, mark_price: Decimal, rate: Decimal) -> Decimal:
    """What one funding payment costs the position (negative: what it receives), unrounded."""
    return mark_price * quantity * rate * position_sign(side)


# --- against a bar ------------------------------------------------------------------------------
def bar_limit_fill(*, side: OrderSide, limit_price: Decimal, bar: Bar, resting: bool) -> PricedFill | None:
    """A limit order on one bar. ``resting`` is False on the bar it is placed on (its open is the
    market it meets when sent), True on every later bar."""
    buys = order_sign(side) > 0
    if not resting and (bar.open <= limit_price if buys else bar.open >= limit_price):
        return PricedFill(price=bar.open, liquidity="taker", reference_price=bar.open)
    if bar.low <= limit_price if buys else bar.high >= limit_price:
        return PricedFill(price=limit_price, liquidity="maker", reference_price=limit_price)
    return None


def bar_exits(
    *, side: PositionSide, bar: Bar, stop_loss: Decimal | None, take_profits: Sequence[Decimal]
) -> list[BarExit]:
    """What a bar fills of a position's stop and target ladder: the stop alone when the bar
    reaches it (at the open when the bar opens beyond it), else each target reached, nearest first."""
    long = position_sign(side) > 0
    if stop_loss is not None and (bar.low <= stop_loss if long else bar.high >= stop_loss):
        price = min(bar.open, stop_loss) if long else max(bar.open, stop_loss)
        return [BarExit(reason="stop_loss", price=price, liquidity="taker")]
    reached = [
        BarExit(reason="take_profit", price=target, liquidity="maker", target_index=index)
        for index, target in enumerate(take_profits)
        if (bar.high >= target if long else bar.low <= target)
    ]
    return worst_first(side=side, stops=(), targets=reached, price=lambda exit_: exit_.price)


def bar_exit(*, side: PositionSide, bar: Bar, stop_loss: Decimal | None, take_profit: Decimal | None) -> BarExit | None:
    """The first exit a bar fills for a position with one stop and one target, or None."""
    ladder = () if take_profit is None else (take_profit,)
    exits = bar_exits(side=side, bar=bar, stop_loss=stop_loss, take_profits=ladder)
    return exits[0] if exits else None
