"""What a source gives (``SignalInput``) and the rules its fields must meet before it is a ``Signal``.

Every source fills the same ``SignalInput`` and ``signal_validate`` reports every broken rule at
once, against its field (an ``InvalidInput``). Whether the signal is a plausible trade (a listed
market, the stop and targets on their sides, entries near the price) is the guard's question
(signals/guard.py), asked by ``signal_ingest`` once the input is well formed. A trader's own
defaults for the same hints are checked, with the readers here, by signals/services/trader_settings.py.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation

from echotrade.exceptions import InvalidInput
from echotrade.fields import decimal_text, leverage_value
from echotrade.limits import MAX_LEVERAGE, MIN_LEVERAGE, MONEY_STEP
from execution import trade_management as management
from signals import guard
from signals.models import Signal
from signals.services.sources import weighted_confidence
from traders.models import Trader
from traders.selectors import trader_find

MAX_TAKE_PROFITS = 10
MAX_ENTRIES = 10
MAX_PRICE = Decimal("1e15")  # far above any real price, well inside the database's 20 integer digits
LEVERAGE_STEP = Decimal("0.01")  # 12.5x is a leverage; 12.555x is not one any venue takes
# Allocations are fractions summing to 1; a client's floats (1/3 three times) may miss by a hair.
ALLOCATION_PLACES = Decimal("0.000001")
ALLOCATION_TOLERANCE = Decimal("0.0001")
# A parser's "use a trailing stop" without its rule: kept as said; the copy trails by the trader's rule.
UNSPECIFIED_TRAILING = "unspecified"
TRAILING_KINDS = (*management.TRAILING_KINDS, UNSPECIFIED_TRAILING)
TRAILING_KEYS = {"kind", "callback_pct", "activate_after_target"}
CERTAINTY_TEXT_CHARS = 300


@dataclass
class SignalInput:
    """A signal as any source gives it, before validation.

    ``entry``: None (market), a price or [low, high]; or ``entries``: a ladder of prices (not both).
    ``entry_allocations`` / ``take_profit_allocations``: fractions per entry / per target summing
    to 1. Instead, ``entries`` and ``take_profits`` may give every level as ``{"price", "fraction"}``
    (fractions above 0, normalised to sum 1). ``breakeven_after``: move the stop to the entry after
    this target. ``trailing``: the source's trailing stop. ``certainty`` ("high" / "low") and its
    reasons come from a parser.
    """

    trader: str
    symbol: object
    side: str
    entry: object = None
    stop_loss: object = None
    take_profits: list = field(default_factory=list)
    leverage: object = None
    confidence: object = None
    external_id: str | None = None
    raw: dict = field(default_factory=dict)
    source_time: datetime | None = None
    entries: object = None
    entry_allocations: object = None
    take_profit_allocations: object = None
    breakeven_after: object = None
    trailing: object = None
    certainty: str = Signal.Certainty.HIGH
    certainty_reasons: object = ()


@dataclass(frozen=True)
class ValidSignal:
    """A well-formed signal: its columns, and its prices as the guard reads them."""

    fields: dict
    entries: list[Decimal]
    stop_loss: Decimal | None
    take_profits: list[Decimal]
    symbol_given: object  # as the source gave it, for the guard to judge
    symbol_failure: guard.Failure | None  # the symbol names no pair: the guard's invalid_symbol


def signal_validate(data: SignalInput) -> ValidSignal:
    """All the rules a signal's fields must meet, every broken one reported at once against its field."""
    errors: dict[str, list[str]] = {}
    trader = trader_find(trader_id=str(data.trader))
    if trader is None:
        errors["trader"] = [f"Unknown trader '{data.trader}'."]
    symbol, symbol_failure = guard.symbol_check(data.symbol)
    side = str(data.side or "").lower()
    side = {"buy": "long", "sell": "short"}.get(side, side)
    if side not in ("long", "short"):
        errors["side"] = ["Must be 'long' or 'short' (or 'buy' / 'sell')."]

    entries, entry_order, entry_levels = _entries(data, errors)
    stop_loss = _price(data.stop_loss, "stop_loss", errors)
    targets, target_levels = _targets(data.take_profits, errors)
    entry_allocations = _allocations(
        data.entry_allocations, "entry_allocations", len(entries), "entry", errors, order=entry_order
    )
    target_allocations = _allocations(
        data.take_profit_allocations, "take_profit_allocations", len(targets), "target", errors
    )
    # Fractions given beside each price ({"price", "fraction"}) are the allocations, in the same order.
    entry_allocations = _levels_allocations(
        entry_levels, entry_allocations, data.entry_allocations, "entries", "entry_allocations", errors, order=entry_order
    )
    target_allocations = _levels_allocations(
        target_levels, target_allocations, data.take_profit_allocations, "take_profits", "take_profit_allocations", errors
    )
    breakeven_after = _breakeven_after(data.breakeven_after, len(targets), errors)
    trailing = trailing_rule(data.trailing, errors)
    leverage = _leverage(data.leverage, errors)
    confidence = _confidence(data.confidence, trader, errors)
    certainty, certainty_reasons = _certainty(data.certainty, data.certainty_reasons, errors)
    if symbol_failure is not None and errors:
        errors["symbol"] = [symbol_failure.detail]  # reported with the rest; alone, it is the guard's
    if errors:
        raise InvalidInput("The signal is not valid: " + "; ".join(f"{k}: {v[0]}" for k, v in errors.items()), fields=errors)
    given, confidence = confidence, weighted_confidence(confidence, trader.source)
    if confidence != given:
        # The source's weight (SOURCE_CONFIDENCE_WEIGHTS) scaled it: keep what the source said.
        raw = data.raw if isinstance(data.raw, dict) else {"text": str(data.raw)}
        data.raw = {**raw, "confidence_given": decimal_text(given)}
    kind = Signal.EntryKind.MARKET if not entries else (
        Signal.EntryKind.PRICE if entries[0] == entries[-1] else Signal.EntryKind.ZONE
    )
    external_id = str(data.external_id).strip() if data.external_id not in (None, "") else uuid.uuid4().hex
    fields = {
        "trader": trader, "symbol": symbol or str(data.symbol)[:30], "side": side, "entry_kind": kind,
        "entry_low": entries[0] if entries else None, "entry_high": entries[-1] if entries else None,
        "entries": [decimal_text(e) for e in entries],
        "stop_loss": stop_loss, "take_profits": [decimal_text(t) for t in targets],
        "entry_allocations": entry_allocations, "take_profit_allocations": target_allocations,
        "breakeven_after": breakeven_after, "trailing": trailing, "leverage": leverage,
        "confidence": confidence, "external_id": external_id[:200],
        "certainty": certainty, "certainty_reasons": certainty_reasons,
    }
    return ValidSignal(fields, entries, stop_loss, targets, data.symbol, symbol_failure)


# --- Numbers and prices ----------------------------------------------------------------------
def decimal_of(value) -> Decimal:
    """``value`` (a number, or text as forms and JSON send it) as a Decimal; NaN when it is none
    (a bool is not a number here, though Python would take True for 1)."""
    try:
        return Decimal(str(value)) if not isinstance(value, bool) else Decimal("NaN")
    except (InvalidOperation, ValueError):
        return Decimal("NaN")


def _price(value, name: str, errors: dict) -> Decimal | None:
    """A price rounded to 8 places, or None with the problem added to ``errors[name]``."""
    if value is None or value == "":
        return None
    price = decimal_of(value)
    if price.is_nan():
        errors.setdefault(name, []).append(f"{value!r} is not a number.")
        return None
    if not price.is_finite() or not 0 < price < MAX_PRICE:
        errors.setdefault(name, []).append(f"Must be a price above zero and below {MAX_PRICE:,.0f}.")
        return None
    price = price.quantize(MONEY_STEP)
    if price == 0:  # checked after rounding: 0.000000001 rounds to a zero price
        errors.setdefault(name, []).append("Must be at least 0.00000001.")
        return None
    return price


def _entries(data: SignalInput, errors: dict) -> tuple[list[Decimal], list[int], list | None]:
    """The entry prices ascending, for each the index it was given at (to reorder allocations), and
    the fractions given beside the prices (``{"price", "fraction"}`` levels; None when bare prices)."""
    if data.entries is not None and data.entry is not None:
        errors["entries"] = ["Give either entry (a price or [low, high]) or entries (a ladder), not both."]
        return [], [], None
    fractions = None
    if data.entries is not None:
        name, given = "entries", data.entries
        if not isinstance(given, (list, tuple)) or not 1 <= len(given) <= MAX_ENTRIES:
            errors[name] = [f"A ladder is a list of 1 to {MAX_ENTRIES} prices."]
            return [], [], None
        levels = _levels(given, name, "entry", errors)
        if levels is None:
            return [], [], None
        given, fractions = levels
    elif isinstance(data.entry, (list, tuple)):
        name, given = "entry", data.entry
        if len(given) not in (1, 2):
            errors[name] = ["A zone is two prices, [low, high]."]
            return [], [], None
    else:
        name, given = "entry", [] if data.entry is None else [data.entry]
    prices = [_price(v, name, errors) for v in given]
    if any(p is None for p in prices):
        return [], [], None
    if name == "entries" and len(set(prices)) != len(prices):
        errors[name] = ["Each price of a ladder once."]
        return [], [], None
    order = sorted(range(len(prices)), key=lambda i: prices[i])
    return [prices[i] for i in order], order, fractions


def _targets(value, errors: dict) -> tuple[list[Decimal], list | None]:
    """The target prices in the order given, and the fractions given beside them (or None)."""
    if value is None:
        return [], None
    if not isinstance(value, (list, tuple)):
        errors["take_profits"] = ['A list of prices, or of {"price": 70000, "fraction": 0.5} objects.']
        return [], None
    if len(value) > MAX_TAKE_PROFITS:
        errors["take_profits"] = [f"At most {MAX_TAKE_PROFITS} targets."]
        return [], None
    levels = _levels(value, "take_profits", "target", errors)
    if levels is None:
        return [], None
    given, fractions = levels
    prices = [_price(v, "take_profits", errors) for v in given]
    if any(p is None for p in prices):
        return [], None
    return prices, fractions


def _levels(values, name: str, what: str, errors: dict) -> tuple[list, list | None] | None:
    """Bare prices, or every one a ``{"price", "fraction"}`` object: (prices, fractions or None)."""
    objects = [v for v in values if isinstance(v, dict)]
    if not objects:
        return list(values), None
    if len(objects) != len(values):
        errors[name] = [f'Give every {what} as a price, or every one as {{"price", "fraction"}}; not a mix.']
        return None
    if any(set(v) != {"price", "fraction"} for v in objects):
        errors[name] = [f'Each {what} object has exactly a "price" and a "fraction".']
        return None
    return [v["price"] for v in objects], [v["fraction"] for v in objects]


def _allocations(
    value, name: str, count: int, what: str, errors: dict, *, order: list[int] | None = None
) -> list[str] | None:
    """Fractions of the position, one per price, summing to 1; stored as decimal strings in the
    order of the prices they belong to (``order``: the given index of each stored price)."""
    if value is None:
        return None
    if not isinstance(value, (list, tuple)) or not value:
        errors[name] = [f"A list of fractions of the position, one per {what} (0.25 is 25 %)."]
        return None
    if count == 0:
        errors[name] = [f"The signal has no {what} price to allocate to."]
        return None
    if len(value) != count:
        errors[name] = [f"{len(value)} allocations for {count} {what} price(s): give one per {what}."]
        return None
    fractions = []
    for item in value:
        try:
            fraction = Decimal(str(item)) if not isinstance(item, bool) else Decimal("NaN")
        except (InvalidOperation, ValueError):
            fraction = Decimal("NaN")
        if not fraction.is_finite() or not 0 < fraction <= 1:
            errors[name] = [f"{item!r} is not a fraction above 0 and at most 1 (0.25 is 25 %)."]
            return None
        fractions.append(fraction.quantize(ALLOCATION_PLACES))
    total = sum(fractions)
    if abs(total - 1) > ALLOCATION_TOLERANCE:
        errors[name] = [f"The allocations sum to {decimal_text(total)}; they must sum to 1."]
        return None
    if order is not None:
        fractions = [fractions[i] for i in order]
    return fractions_text(fractions, name, errors)


def fractions_text(values, name: str, errors: dict) -> list[str] | None:
    """Fractions of a position as stored: ``trade_management.fractions_check``'s (each above 0, at
    most MAX_LEVELS, normalised to four places that sum to exactly 1), as decimal text. None, with
    the problem in ``errors[name]``, if they are not fractions."""
    if not isinstance(values, (list, tuple)):
        errors[name] = ["A list of fractions such as [0.5, 0.3, 0.2]."]
        return None
    try:
        return [decimal_text(fraction) for fraction in management.fractions_check(values)]
    except ValueError as error:
        errors[name] = [str(error)]
        return None


def _levels_allocations(
    given: list | None, allocations: list[str] | None, stated, field: str, allocation_field: str, errors: dict,
    *, order: list[int] | None = None,
) -> list[str] | None:
    """The fractions given beside each price, as allocations in the stored order of the prices."""
    if given is None or field in errors:
        return allocations
    if stated is not None:
        errors[allocation_field] = [f"The fractions are in {field} already; leave {allocation_field} out."]
        return None
    if order is not None:
        given = [given[i] for i in order]
    return fractions_text(given, field, errors)


# --- Numbers and hints ------------------------------------------------------------------------
def whole_number(value, name: str, errors: dict, *, low: int, high: int) -> int | None:
    """A whole number from ``low`` to ``high`` given as a number or as text, or None for empty; None,
    with the problem in ``errors[name]``, if it is not one."""
    if value is None or value == "":
        return None
    try:
        number = Decimal(str(value)) if not isinstance(value, bool) else Decimal("NaN")
    except (InvalidOperation, ValueError):
        number = Decimal("NaN")
    if not number.is_finite() or number != number.to_integral_value() or not low <= number <= high:
        errors[name] = [f"Must be a whole number from {low} to {high}."]
        return None
    return int(number)


def _leverage(value, errors: dict) -> int | Decimal:
    """1 to 125, whole (10) or with up to two decimals (12.5); kept as stated."""
    if value is None or value == "":
        return 1
    try:
        number = Decimal(str(value)) if not isinstance(value, bool) else Decimal("NaN")
    except (InvalidOperation, ValueError):
        errors["leverage"] = [f"{value!r} is not a number."]
        return 1
    if not number.is_finite() or not MIN_LEVERAGE <= number <= MAX_LEVERAGE or number != number.quantize(LEVERAGE_STEP):
        errors["leverage"] = [f"Must be a leverage from {MIN_LEVERAGE} to {MAX_LEVERAGE}, such as 10 or 12.5 (two decimals at most)."]
        return 1
    return leverage_value(number)


def _confidence(value, trader: Trader | None, errors: dict) -> Decimal:
    if value is None or value == "":
        return trader.default_confidence if trader else Decimal("0")
    try:
        confidence = Decimal(str(value))
    except (InvalidOperation, ValueError):
        errors["confidence"] = [f"{value!r} is not a number."]
        return Decimal("0")
    if not confidence.is_finite() or not 0 <= confidence <= 1:
        errors["confidence"] = ["Must be between 0 and 1 (0.8 means 80 %)."]
        return Decimal("0")
    return confidence.quantize(Decimal("0.000001"))


def _breakeven_after(value, targets: int, errors: dict) -> int | None:
    """The target after which the stop moves to the entry: one of the signal's targets."""
    if value is None or value == "":
        return None
    if targets == 0:
        errors["breakeven_after"] = ["The signal has no target for the stop to move after."]
        return None
    return whole_number(value, "breakeven_after", errors, low=1, high=targets)


def trailing_rule(value, errors: dict, *, unspecified: bool = True) -> dict | None:
    """A trailing stop as stored: ``trade_management.trailing_parse``'s reading of it
    ({"kind": "percent_below_highest", "callback_pct": "1.5", "activate_after_target": 1} or
    {"kind": "moving_target"}). A source may also say only that it trails ({"kind": "unspecified"}):
    that is kept as said, and the copy trails by its trader's rule."""
    if value is None:
        return None
    kinds = TRAILING_KINDS if unspecified else management.TRAILING_KINDS
    if not isinstance(value, dict) or value.get("kind") not in kinds:
        errors["trailing"] = [f"An object whose kind is one of {', '.join(kinds)}."]
        return None
    if set(value) - TRAILING_KEYS:
        errors["trailing"] = [f"A trailing stop takes only {', '.join(sorted(TRAILING_KEYS))}."]
        return None
    if value["kind"] == UNSPECIFIED_TRAILING:
        return {"kind": UNSPECIFIED_TRAILING}
    try:
        return management.trailing_parse(value).as_dict()
    except ValueError as error:
        errors["trailing"] = [str(error)]
        return None


def _certainty(value, reasons, errors: dict) -> tuple[str, list[dict]]:
    """The parser's certainty and its reasons, as [{code, detail}] (a parser's ``Reason`` tuples serve)."""
    if value not in Signal.Certainty.values:
        errors["certainty"] = [f"One of {', '.join(Signal.Certainty.values)}."]
        return Signal.Certainty.HIGH, []
    stored = []
    for reason in reasons or ():
        if isinstance(reason, dict):
            code, detail = reason.get("code"), reason.get("detail")
        elif isinstance(reason, (list, tuple)):
            code, detail = (tuple(reason) + ("", ""))[:2]
        else:
            code, detail = reason, ""
        stored.append({"code": str(code)[:60], "detail": str(detail)[:CERTAINTY_TEXT_CHARS]})
    return value, stored
