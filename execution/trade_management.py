"""How a copied trade is managed once it is placed: each rule once, pure (no ORM, Decimal only).

The paper exchange's books (``execution.services``), the position monitor, the live adapter and
the backtest engine (``analytics.backtests.engine``) all ask these functions, so a trade is split,
protected and trailed the same way live, on paper and in a replay.

**Fractions.** A ladder of targets (or entries) gives each level a fraction of the position; the
fractions sum to 1. The signal's own allocations win when it states them; otherwise the trader's
strategy gives them (``strategy_fractions``):

    even          every level the same share
    first_heavy   half on the first level, the rest shared evenly (targets)
    decreasing    each level half the one before, normalised (1, ½, ¼ … → 4/7, 2/7, 1/7)
    increasing    the mirror of decreasing (entries: more size at the better prices further away)
    custom        the trader's list, cut or extended with its last value, normalised

Fractions are kept to four places, the last level taking what rounding leaves, so they sum to
exactly 1 everywhere (``fractions_check``).

**Quantities** (``split_quantity``): each level gets its fraction of the quantity rounded down
to ``MONEY_STEP``; the last level takes the rounding remainder. A slice whose notional is below the
exchange minimum merges into the next level (the last into the one before it), so no order is
sent that the exchange would refuse. Fill a target and every earlier level still open counts as
hit with it (``targets_hit``): a merged level is part of the next one.

**The stop only tightens.** A long's stop only rises, a short's only falls (``tighter``).
Candidates, after each fill and on every tick:

- breakeven after target N: once N targets have filled, the average entry plus the fees paid
  per unit still open (a long's stop above the entry by that much, a short's below), so the rest
  of the trade cannot lose money on the way out;
- ``percent_below_highest`` trailing: once ``activate_after_target`` targets have filled (0: from
  the entry), the best price since then less ``callback_pct`` % (a short: the lowest plus it);
- ``moving_target`` trailing: after target 1 the entry, after target N the price of target N−1.

The tightest candidate that tightens the current stop wins, and names the stop's kind
(``breakeven`` or ``trailing``); a stop set by hand or by the signal is ``fixed``.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR, Decimal, InvalidOperation

from echotrade.limits import MONEY_STEP
from execution.fills import position_sign

ONE = Decimal(1)
HUNDRED = Decimal(100)
FRACTION_STEP = Decimal("0.0001")  # fractions are kept to four places (0.3333)

TP_STRATEGIES = ("even", "first_heavy", "decreasing", "custom")
ENTRY_STRATEGIES = ("even", "decreasing", "increasing", "custom")
TRAILING_KINDS = ("percent_below_highest", "moving_target")
STOP_KINDS = ("fixed", "breakeven", "trailing")
SIZING_MODES = ("percent_equity", "fixed_amount", "risk_percent")
MAX_LEVELS = 20  # more targets or entries than any channel posts; a longer list is a misread


# --- fractions ----------------------------------------------------------------------------------
def fractions_check(values: Sequence) -> list[Decimal]:
    """``values`` as Decimal fractions that sum to 1 (normalised), or ValueError saying what is wrong."""
    try:
        numbers = [Decimal(str(value)) for value in values]
    except (InvalidOperation, ValueError, TypeError):
        raise ValueError("Fractions are numbers such as 0.5 or 0.25.") from None
    if not numbers:
        raise ValueError("Give at least one fraction.")
    if len(numbers) > MAX_LEVELS:
        raise ValueError(f"At most {MAX_LEVELS} fractions.")
    if any(not number.is_finite() or number <= 0 for number in numbers):
        raise ValueError("Every fraction must be above 0.")
    total = sum(numbers)
    # To FRACTION_STEP (never below it), the last taking the rest: they sum to exactly 1, and the
    # live books, the API and the backtest all see the same four-place fractions.
    shares = [max((number / total).quantize(FRACTION_STEP), FRACTION_STEP) for number in numbers[:-1]]
    last = ONE - sum(shares, Decimal(0))
    if last < FRACTION_STEP:
        raise ValueError("The last fraction rounds to nothing; give fewer levels or larger shares.")
    return [*shares, last]


def strategy_fractions(strategy: str, count: int, custom: Sequence | None = None) -> list[Decimal]:
    """The fractions a strategy gives ``count`` levels (see the module docstring)."""
    if count <= 0:
        return []
    if strategy == "even":
        weights = [ONE] * count
    elif strategy == "first_heavy":
        weights = [ONE] if count == 1 else [ONE / 2] + [ONE / 2 / (count - 1)] * (count - 1)
    elif strategy == "decreasing":
        weights = [ONE / 2**index for index in range(count)]
    elif strategy == "increasing":
        weights = [ONE / 2**index for index in range(count)][::-1]
    elif strategy == "custom":
        given = list(custom or [])
        if not given:
            raise ValueError("A custom strategy needs its list of fractions.")
        weights = (given + [given[-1]] * count)[:count]
    else:
        raise ValueError(f"Unknown strategy {strategy!r}.")
    return fractions_check(weights)


def level_fractions(
    *, stated: Sequence | None, count: int, strategy: str, custom: Sequence | None = None
) -> list[Decimal]:
    """The source's own fractions when it states one per level, else the strategy's."""
    if stated and len(stated) == count:
        return fractions_check(stated)
    return strategy_fractions(strategy, count, custom)


def split_quantity(
    quantity: Decimal, fractions: Sequence[Decimal], *, prices: Sequence[Decimal], min_notional: Decimal
) -> list[Decimal]:
    """Each level's quantity (0 for a level merged into its neighbour); they sum to ``quantity``."""
    if not fractions:
        return []
    slices = [(quantity * fraction).quantize(MONEY_STEP, rounding=ROUND_DOWN) for fraction in fractions[:-1]]
    slices.append(quantity - sum(slices, Decimal(0)))
    last = len(slices) - 1
    for index in range(last):
        if slices[index] * prices[index] < min_notional:
            slices[index + 1] += slices[index]
            slices[index] = Decimal(0)
    if last > 0 and slices[last] * prices[last] < min_notional:
        before = max((i for i in range(last) if slices[i] > 0), default=None)
        if before is not None:
            slices[before] += slices[last]
            slices[last] = Decimal(0)
    return slices


def targets_hit(statuses: Sequence[str], filled_index: int) -> list[str]:
    """The ladder's statuses after target ``filled_index`` fills: it and every open one before it."""
    return ["filled" if index <= filled_index and status == "open" else status for index, status in enumerate(statuses)]


# --- trailing configuration ---------------------------------------------------------------------
@dataclass(frozen=True)
class Trailing:
    kind: str
    callback_pct: Decimal | None = None
    activate_after_target: int = 0

    def as_dict(self) -> dict:
        if self.kind == "moving_target":
            return {"kind": self.kind}
        return {"kind": self.kind, "callback_pct": str(self.callback_pct), "activate_after_target": self.activate_after_target}


def trailing_parse(value: Mapping | None) -> Trailing | None:
    """A trailing configuration from its JSON form, or ValueError saying what is wrong with it."""
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise ValueError('A trailing stop is an object such as {"kind": "percent_below_highest", "callback_pct": 1.5}.')
    kind = value.get("kind")
    if kind == "moving_target":
        return Trailing(kind=kind)
    if kind != "percent_below_highest":
        raise ValueError(f"Trailing kind is one of {', '.join(TRAILING_KINDS)}, not {kind!r}.")
    try:
        callback = Decimal(str(value.get("callback_pct")))
    except (InvalidOperation, ValueError, TypeError):
        callback = Decimal("NaN")
    # Below 100, as the signal validator and the API accept: a signal's trail must never be one the rules refuse.
    if not callback.is_finite() or not 0 < callback < 100:
        raise ValueError("callback_pct is a percentage above 0 and below 100, such as 1.5.")
    # A source that names no activation target stores null (signals/parsing): active at once, as when absent.
    activate = value.get("activate_after_target")
    activate = 0 if activate is None else activate
    if isinstance(activate, bool) or not isinstance(activate, int) or not 0 <= activate <= MAX_LEVELS:
        raise ValueError(f"activate_after_target is a target number from 0 (at once) to {MAX_LEVELS}.")
    return Trailing(kind=kind, callback_pct=callback, activate_after_target=activate)


# --- the stop -----------------------------------------------------------------------------------
def tighter(side: str, current: Decimal | None, candidate: Decimal) -> bool:
    """Whether ``candidate`` tightens ``current`` (a long's stop rises, a short's falls; none is loosest)."""
    return current is None or (candidate - current) * position_sign(side) > 0


def breakeven_level(*, side: str, entry_price: Decimal, fees_paid: Decimal, quantity: Decimal) -> Decimal:
    """The average entry moved by the fees paid per unit still open, rounded away from the entry."""
    per_unit = fees_paid / quantity if quantity > 0 else Decimal(0)
    if position_sign(side) > 0:
        return (entry_price + per_unit).quantize(MONEY_STEP, rounding=ROUND_CEILING)
    return (entry_price - per_unit).quantize(MONEY_STEP, rounding=ROUND_FLOOR)


def trailing_level(*, side: str, best_price: Decimal, callback_pct: Decimal) -> Decimal:
    """The best price less the callback (a short: plus), rounded toward the market's loose side."""
    if position_sign(side) > 0:
        return (best_price * (1 - callback_pct / HUNDRED)).quantize(MONEY_STEP, rounding=ROUND_FLOOR)
    return (best_price * (1 + callback_pct / HUNDRED)).quantize(MONEY_STEP, rounding=ROUND_CEILING)


def trailing_active(trailing: Trailing | None, *, targets_filled: int) -> bool:
    if trailing is None:
        return False
    if trailing.kind == "moving_target":
        return targets_filled >= 1
    return targets_filled >= trailing.activate_after_target


def best_price(side: str, best: Decimal | None, price: Decimal) -> Decimal:
    """The best price seen since the trail activated: a long's highest, a short's lowest."""
    if best is None:
        return price
    return max(best, price) if position_sign(side) > 0 else min(best, price)


@dataclass(frozen=True)
class StopMove:
    price: Decimal
    kind: str  # "breakeven" | "trailing"
    why: str


def stop_move(
    *, side: str, stop: Decimal | None, entry_price: Decimal, fees_paid: Decimal, quantity: Decimal,
    target_prices: Sequence[Decimal], targets_filled: int, breakeven_after: int | None,
    trailing: Trailing | None, best: Decimal | None,
) -> StopMove | None:
    """Where the stop moves now, if a rule tightens it (see the module docstring); else None."""
    candidates: list[StopMove] = []
    if breakeven_after and targets_filled >= breakeven_after:
        level = breakeven_level(side=side, entry_price=entry_price, fees_paid=fees_paid, quantity=quantity)
        candidates.append(StopMove(level, "breakeven", f"breakeven after target {breakeven_after}"))
    if trailing_active(trailing, targets_filled=targets_filled):
        if trailing.kind == "moving_target":
            level = entry_price if targets_filled == 1 else target_prices[targets_filled - 2]
            label = "the entry" if targets_filled == 1 else f"target {targets_filled - 1}"
            candidates.append(StopMove(level, "trailing", f"moving target: {label} after target {targets_filled}"))
        elif best is not None:
            level = trailing_level(side=side, best_price=best, callback_pct=trailing.callback_pct)
            candidates.append(StopMove(level, "trailing", f"trailing {trailing.callback_pct}% behind {best}"))
    sign = position_sign(side)
    best_move = max(candidates, key=lambda move: move.price * sign, default=None)
    if best_move is None or not tighter(side, stop, best_move.price):
        return None
    return best_move


# --- withdrawing a resting entry -----------------------------------------------------------------
ENTRY_EXPIRED = "entry_expired"
TARGET_BEFORE_ENTRY = "target_before_entry"


def entry_withdrawal(
    *, side: str, now, deadline, nothing_filled: bool, cancel_if_target_before_entry: bool,
    first_target: Decimal | None, best: Decimal,
) -> str | None:
    """Why the entry parts still resting are withdrawn now, or None: the deadline has passed
    (``entry_expired``), or, before any part filled, the market reached the first target
    (``target_before_entry``: the move the signal called has happened without us). ``best`` is
    the price furthest toward the target seen now (a tick's price; a bar's high for a long,
    its low for a short)."""
    if deadline is not None and now >= deadline:
        return ENTRY_EXPIRED
    if (
        cancel_if_target_before_entry and nothing_filled and first_target is not None
        and (best - first_target) * position_sign(side) >= 0
    ):
        return TARGET_BEFORE_ENTRY
    return None


# --- the plan a copy follows --------------------------------------------------------------------
@dataclass(frozen=True)
class Level:
    price: Decimal
    fraction: Decimal


@dataclass(frozen=True)
class TradePlan:
    """How one copy enters, takes profit and protects itself, resolved from the signal and its trader."""

    entries: tuple[Level, ...]  # empty: a market entry; else resting parts, the nearest first
    targets: tuple[Level, ...]  # in the signal's order
    stop_loss: Decimal | None
    breakeven_after: int | None = None
    trailing: Trailing | None = None
    cancel_unfilled_after_hours: int | None = None
    cancel_if_target_before_entry: bool = False


def plan_for(*, signal, trader, stop_loss: Decimal | None) -> TradePlan:
    """The signal's entries, targets and hints, with the trader's strategies where the signal is silent.

    Entries go nearest the market first: a long buys its highest entry first and averages down,
    a short sells its lowest first. A zone is its two ends; a single price is one part.
    ``stop_loss`` is the stop the copy trades with (the signal's, or the account's default).
    """
    entries: tuple[Level, ...] = ()
    if signal.entry_kind != "market":
        ascending = [Decimal(p) for p in signal.entries] or sorted({signal.entry_low, signal.entry_high})
        stated = signal.entry_allocations if signal.entry_allocations and len(signal.entry_allocations) == len(ascending) else None
        nearest_first = list(range(len(ascending)))[::-1] if signal.side == "long" else list(range(len(ascending)))
        prices = [ascending[i] for i in nearest_first]
        fractions = level_fractions(
            stated=[stated[i] for i in nearest_first] if stated else None, count=len(prices),
            strategy=trader.entry_strategy, custom=trader.entry_fractions,
        )
        entries = tuple(Level(price, fraction) for price, fraction in zip(prices, fractions, strict=True))
    target_prices = [Decimal(p) for p in signal.take_profits]
    target_fractions = level_fractions(
        stated=signal.take_profit_allocations, count=len(target_prices),
        strategy=trader.tp_strategy, custom=trader.tp_fractions,
    )
    return TradePlan(
        entries=entries,
        targets=tuple(Level(price, fraction) for price, fraction in zip(target_prices, target_fractions, strict=True)),
        stop_loss=stop_loss,
        breakeven_after=signal.breakeven_after or trader.breakeven_after,
        trailing=_signal_trailing(signal.trailing) or trailing_parse(trader.trailing),
        cancel_unfilled_after_hours=trader.cancel_unfilled_after_hours,
        cancel_if_target_before_entry=trader.cancel_if_target_before_entry,
    )


def _signal_trailing(value: Mapping | None) -> Trailing | None:
    """The signal's own trailing stop; "unspecified" (it says to trail but not how) defers to the trader's."""
    if isinstance(value, Mapping) and value.get("kind") == "unspecified":
        return None
    return trailing_parse(value)
