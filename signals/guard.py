"""The plausibility guard (DESIGN.md, "Before the decisions, a guard"): is a signal a trade at all?

Before any account decides, a signal from any source must name a market the price source lists,
put its stop on the loss side and its targets on the profit side of every entry, and keep its
entries near the market. Each check fails with its own code:

    invalid_symbol         the symbol is not a text naming a BASE/QUOTE pair
    market_not_listed      the price source does not list that market
    stop_on_wrong_side     a long's stop is not below every entry (a short's not above)
    target_on_wrong_side   a long's target is not above every entry (a short's not below)
    entry_far_from_market  an entry is more than the allowed fraction away from the price

Pure, like the screening (signals/rules.py): no query and no network. The caller looks the market
up (``execution.market``) and passes what it got: the price, the outage that left none, or None
when the market is not to be asked (a channel's history, judged against yesterday's prices).

For a market entry the current price is the entry. Without a price (our feed is down) the checks
that need one are skipped, not failed: refusing a trader's signal because our own feed is down
would lose the trade for a fault that is not the signal's. What can be judged without a price
still is (a long's target below its stop is wrong at any price), and the caller runs the rest
when it has a price; the pipeline does so before anything executes.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.db.models.enums import TextChoices  # the enum helper only: no query, no app registry

from echotrade.exceptions import EchoTradeError, MarketDataUnavailable, MarketNotListed
from echotrade.fields import decimal_text
from echotrade.symbols import normalize_symbol

DEFAULT_MAX_ENTRY_DEVIATION = Decimal("0.15")


class Check(TextChoices):
    INVALID_SYMBOL = "invalid_symbol", "The symbol is not a BASE/QUOTE pair"
    MARKET_NOT_LISTED = "market_not_listed", "The price source does not list the market"
    STOP_ON_WRONG_SIDE = "stop_on_wrong_side", "The stop loss is on the wrong side of the entry"
    TARGET_ON_WRONG_SIDE = "target_on_wrong_side", "A target is on the wrong side of the entry"
    ENTRY_FAR_FROM_MARKET = "entry_far_from_market", "An entry is far from the market price"


@dataclass(frozen=True)
class Failure:
    """One failed check: its code, the input field it is about, and the numbers behind it."""

    check: str
    field: str
    detail: str

    def as_dict(self) -> dict:
        return {"check": self.check, "field": self.field, "detail": self.detail}

    @classmethod
    def from_dict(cls, data: dict) -> Failure:
        return cls(check=data["check"], field=data["field"], detail=data["detail"])


@dataclass(frozen=True)
class Verdict:
    failures: tuple[Failure, ...] = ()
    # Why the checks against the market price did not run ("" when they did, or were not asked).
    market_unchecked: str = ""

    @property
    def plausible(self) -> bool:
        return not self.failures


def symbol_check(value) -> tuple[str | None, Failure | None]:
    """``value`` as ``BASE/QUOTE``, or why it is none: not a text, no pair to read, a base of digits only.

    The usual spellings normalise (``btcusdt``, ``#BTC``, ``BTC-USDT``: see
    ``echotrade.symbols.normalize_symbol``); a number (``12``, ``"12"``) is never a token.
    """
    if not isinstance(value, str) or not value.strip():
        shown = "nothing" if value in (None, "") else f"{type(value).__name__} {value!r}"[:60]
        return None, _symbol_failure(f"The symbol must be a text such as BTC/USDT, not {shown}.")
    try:
        symbol = normalize_symbol(value)
    except EchoTradeError as error:
        return None, _symbol_failure(error.message)
    if symbol.split("/")[0].isdigit():
        return None, _symbol_failure(f"'{value[:40]}' names no token: a base of digits only is a number, not a coin.")
    return symbol, None


def _symbol_failure(detail: str) -> Failure:
    return Failure(Check.INVALID_SYMBOL, "symbol", detail)


def sides_failures(
    *, side: str, entries: Sequence[Decimal], stop_loss: Decimal | None, take_profits: Sequence[Decimal],
    price: Decimal | None = None,
) -> list[Failure]:
    """The stop on the loss side and every target on the profit side of every entry.

    ``entries`` is empty for a market entry: then ``price`` (the market's, when known) is the entry,
    and without one only the stop against the targets can be judged.
    """
    sign = 1 if side == "long" else -1
    below_above = ("below", "above") if sign > 0 else ("above", "below")
    references = list(entries) or ([price] if price is not None else [])
    what = "its entry" if entries else "the market price"
    failures = []
    if references:
        near = min(references) if sign > 0 else max(references)
        far = max(references) if sign > 0 else min(references)
        if stop_loss is not None and (near - stop_loss) * sign <= 0:
            failures.append(Failure(
                Check.STOP_ON_WRONG_SIDE, "stop_loss",
                f"A {side} signal's stop loss must be {below_above[0]} {what}: "
                f"stop {decimal_text(stop_loss)}, entry {decimal_text(near)}.",
            ))
        wrong = [t for t in take_profits if (t - far) * sign <= 0]
        if wrong:
            failures.append(Failure(
                Check.TARGET_ON_WRONG_SIDE, "take_profits",
                f"A {side} signal's targets must be {below_above[1]} {what}: "
                f"target {decimal_text(wrong[0])}, entry {decimal_text(far)}.",
            ))
            return failures
    if stop_loss is not None:
        wrong = [t for t in take_profits if (t - stop_loss) * sign <= 0]
        if wrong:
            failures.append(Failure(
                Check.TARGET_ON_WRONG_SIDE, "take_profits",
                f"A {side} signal's targets must be on the other side of its stop loss: "
                f"target {decimal_text(wrong[0])}, stop {decimal_text(stop_loss)}.",
            ))
    return failures


def distance_failures(*, entries: Sequence[Decimal], price: Decimal, max_deviation: Decimal) -> list[Failure]:
    """Every entry within ``max_deviation`` (a fraction: 0.15 is 15 %) of the market price."""
    far = [e for e in entries if abs(e - price) / price > max_deviation]
    if not far:
        return []
    worst = max(far, key=lambda e: abs(e - price))
    off = (abs(worst - price) / price * 100).quantize(Decimal("0.1"))
    return [Failure(
        Check.ENTRY_FAR_FROM_MARKET, "entry",
        f"Entry {decimal_text(worst)} is {off}% from the market price {decimal_text(price)}; "
        f"at most {decimal_text(max_deviation * 100)}% is allowed.",
    )]


def guard(
    *, symbol, side: str, entries: Sequence[Decimal], stop_loss: Decimal | None, take_profits: Sequence[Decimal],
    market: Decimal | MarketDataUnavailable | None, max_deviation: Decimal = DEFAULT_MAX_ENTRY_DEVIATION,
) -> Verdict:
    """Every check that can run, in the order of the codes above.

    ``market`` is the market's price, the outage that left none (``MarketNotListed`` is a failure,
    any other a skip), or None: the market was not asked.
    """
    failures: list[Failure] = []
    _, failure = symbol_check(symbol)
    if failure is not None:
        failures.append(failure)
        market = None  # a market lookup for a symbol that names no pair means nothing
    elif isinstance(market, MarketNotListed):
        failures.append(Failure(Check.MARKET_NOT_LISTED, "symbol", market.message))
        market = None
    price = market if isinstance(market, Decimal) else None
    unchecked = f"No market price when checked ({market.message})" if isinstance(market, MarketDataUnavailable) else ""
    failures += sides_failures(side=side, entries=entries, stop_loss=stop_loss, take_profits=take_profits, price=price)
    if price is not None:
        failures += distance_failures(entries=entries, price=price, max_deviation=max_deviation)
    return Verdict(tuple(failures), unchecked[:200])


def summary(failures: Sequence[Failure]) -> str:
    """One line naming every failed check, for a decision's detail and the audit."""
    return "; ".join(f"{f.check}: {f.detail}" for f in failures)
