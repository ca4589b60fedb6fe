"""How big a copied position is (DESIGN.md, "Size").

    base     = by the sizing mode (the account's, or the trader's override):
               percent_equity  base_position_pct × equity          (2 % of $100k = $2,000)
               fixed_amount    fixed_amount                         ($500 notional)
               risk_percent    the notional at which the stop loses risk_pct × equity, fees
                               included: quantity = risk ÷ (|price − stop| + price × fee + stop × fee)
    notional = base × trader multiplier × account risk multiplier × global multiplier
    capped by max_position_pct × equity, then by free cash (margin + taker fee must fit)
    margin   = notional / leverage;  quantity = notional / price (rounded down to 1e-8)
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from decimal import ROUND_DOWN, ROUND_FLOOR, Decimal

from echotrade.limits import MONEY_STEP

# Binance USDⓈ-M refuses orders below 5 USDT notional; a copy smaller than that is not worth a fee.
MIN_NOTIONAL = Decimal("5")


def whole_leverage(leverage: int | Decimal) -> int:
    """The leverage a copy trades at. Exchanges set whole leverage only (Binance's set_leverage
    takes an integer), and the paper venue must fill as the live one would: a 12.5x signal trades
    at 12x. Rounding down keeps the margin at or above what the trader's leverage implies."""
    return max(int(Decimal(str(leverage)).to_integral_value(rounding=ROUND_FLOOR)), 1)


def base_notional(
    *, mode: str, equity: Decimal, price: Decimal, base_position_pct: Decimal, fixed_amount: Decimal | None,
    risk_pct: Decimal | None, stop_loss: Decimal | None, fee_rate: Decimal, risk_price: Decimal | None = None,
) -> Decimal:
    """The notional a sizing mode asks for, before multipliers and caps (ValueError when it cannot say).

    ``risk_price``: where the loss to the stop is measured (default ``price``). A ladder of entries
    is charged at its dearest part (``price``) and risked from the part farthest from the stop."""
    if mode == "percent_equity":
        return base_position_pct * equity
    if mode == "fixed_amount":
        if fixed_amount is None:
            raise ValueError("fixed_amount sizing needs a fixed amount.")
        return fixed_amount
    if mode == "risk_percent":
        if risk_pct is None or stop_loss is None:
            raise ValueError("risk_percent sizing needs a risk percentage and a stop.")
        at = price if risk_price is None else risk_price
        loss_per_unit = abs(at - stop_loss) + (at + stop_loss) * fee_rate
        return risk_pct * equity / loss_per_unit * price if loss_per_unit > 0 else Decimal(0)
    raise ValueError(f"Unknown sizing mode {mode!r}.")


@dataclass(frozen=True)
class Sizing:
    equity: Decimal
    base: Decimal
    trader_multiplier: Decimal
    risk_multiplier: Decimal
    global_multiplier: Decimal
    requested_notional: Decimal
    notional: Decimal
    leverage: int
    margin: Decimal
    price: Decimal
    quantity: Decimal
    capped_by: str | None
    mode: str = "percent_equity"
    risk_price: Decimal | None = None  # where a ladder's risk is measured, when not at ``price``

    @property
    def too_small(self) -> bool:
        return self.quantity <= 0 or self.notional < MIN_NOTIONAL

    def as_dict(self) -> dict:
        return {k: (str(v) if isinstance(v, Decimal) else v) for k, v in asdict(self).items()}


def size_position(
    *,
    equity: Decimal,
    free_cash: Decimal,
    price: Decimal,
    leverage: int,
    base_position_pct: Decimal,
    trader_multiplier: Decimal,
    risk_multiplier: Decimal,
    global_multiplier: Decimal,
    max_position_pct: Decimal,
    fee_rate: Decimal,
    mode: str = "percent_equity",
    fixed_amount: Decimal | None = None,
    risk_pct: Decimal | None = None,
    stop_loss: Decimal | None = None,
    risk_price: Decimal | None = None,
) -> Sizing:
    """The copy's size. ``price`` is what a unit costs (a ladder's dearest part, so margin and fee
    fit the free cash whichever parts fill); ``risk_price`` is where risk sizing measures the
    loss to the stop (a ladder's part farthest from it), by default ``price``."""
    base = base_notional(
        mode=mode, equity=equity, price=price, base_position_pct=base_position_pct, fixed_amount=fixed_amount,
        risk_pct=risk_pct, stop_loss=stop_loss, fee_rate=fee_rate, risk_price=risk_price,
    )
    requested = base * trader_multiplier * risk_multiplier * global_multiplier
    notional, capped_by = requested, None
    max_notional = max_position_pct * equity
    if notional > max_notional:
        notional, capped_by = max_notional, "max_position_pct"
    # margin + fee = notional/leverage + notional*fee_rate must fit in free cash.
    affordable = max(free_cash, Decimal(0)) / (Decimal(1) / leverage + fee_rate)
    if notional > affordable:
        notional, capped_by = affordable, "free_margin"
    quantity = (notional / price).quantize(MONEY_STEP, rounding=ROUND_DOWN) if price > 0 else Decimal(0)
    notional = (quantity * price).quantize(MONEY_STEP)
    margin = (notional / leverage).quantize(MONEY_STEP)
    return Sizing(
        equity=equity.quantize(MONEY_STEP),
        base=base.quantize(MONEY_STEP),
        trader_multiplier=trader_multiplier,
        risk_multiplier=risk_multiplier,
        global_multiplier=global_multiplier,
        requested_notional=requested.quantize(MONEY_STEP),
        notional=notional,
        leverage=leverage,
        margin=margin,
        price=price,
        quantity=quantity,
        capped_by=capped_by,
        mode=mode,
        risk_price=risk_price,
    )
