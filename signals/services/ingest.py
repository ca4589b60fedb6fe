"""Turning what a source sent into a ``Signal``: validated, normalised, idempotent."""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation

from celery import current_app
from django.db import IntegrityError, transaction
from django.utils import timezone

from echotrade.audit import audit_record
from echotrade.exceptions import EchoTradeError, InvalidInput
from echotrade.fields import decimal_text
from echotrade.limits import MAX_LEVERAGE, MIN_LEVERAGE, MONEY_STEP
from echotrade.symbols import normalize_symbol
from signals.models import Signal, SignalDecision
from signals.services.sources import weighted_confidence
from traders.models import Trader

MAX_TAKE_PROFITS = 10


@dataclass
class SignalInput:
    """A signal as any source gives it, before validation. ``entry``: None, a price or [low, high]."""

    trader: str
    symbol: str
    side: str
    entry: object = None
    stop_loss: object = None
    take_profits: list = field(default_factory=list)
    leverage: object = None
    confidence: object = None
    external_id: str | None = None
    raw: dict = field(default_factory=dict)
    source_time: datetime | None = None


MAX_PRICE = Decimal("1e15")  # far above any real price, well inside the database's 20 integer digits


def _price(value, name: str, errors: dict) -> Decimal | None:
    """A price rounded to 8 places, or None with the problem added to ``errors[name]``."""
    if value is None or value == "":
        return None
    try:
        price = Decimal(str(value))
    except (InvalidOperation, ValueError):
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


def signal_validate(data: SignalInput) -> dict:
    """All the rules a signal must meet, every broken one reported at once against its field."""
    errors: dict[str, list[str]] = {}
    trader = Trader.objects.filter(pk=data.trader, deleted_at__isnull=True).first()
    if trader is None:
        errors["trader"] = [f"Unknown trader '{data.trader}'."]
    symbol = None
    try:
        symbol = normalize_symbol(str(data.symbol or ""))
    except EchoTradeError as error:
        errors["symbol"] = [error.message]
    side = str(data.side or "").lower()
    side = {"buy": "long", "sell": "short"}.get(side, side)
    if side not in ("long", "short"):
        errors["side"] = ["Must be 'long' or 'short' (or 'buy' / 'sell')."]

    if isinstance(data.entry, (list, tuple)):
        if len(data.entry) not in (1, 2):
            errors["entry"] = ["A zone is two prices, [low, high]."]
            entry = []
        else:
            entry = [_price(v, "entry", errors) for v in data.entry]
    else:
        entry = [] if data.entry is None else [_price(data.entry, "entry", errors)]
    entry = sorted(p for p in entry if p is not None)
    stop_loss = _price(data.stop_loss, "stop_loss", errors)
    raw_targets = data.take_profits or []
    if not isinstance(raw_targets, (list, tuple)):
        errors["take_profits"] = ["Must be a list of prices."]
        raw_targets = []
    if len(raw_targets) > MAX_TAKE_PROFITS:
        errors["take_profits"] = [f"At most {MAX_TAKE_PROFITS} targets."]
    targets = [t for t in (_price(v, "take_profits", errors) for v in raw_targets) if t is not None]

    leverage = _whole_number(data.leverage, "leverage", errors, default=1, low=MIN_LEVERAGE, high=MAX_LEVERAGE)
    confidence = _confidence(data.confidence, trader, errors)
    if side in ("long", "short") and not errors:
        _check_price_sides(side, entry, stop_loss, targets, errors)
    if errors:
        raise InvalidInput("The signal is not valid: " + "; ".join(f"{k}: {v[0]}" for k, v in errors.items()), fields=errors)
    given, confidence = confidence, weighted_confidence(confidence, trader.source)
    if confidence != given:
        # The source's weight (SOURCE_CONFIDENCE_WEIGHTS) scaled it: keep what the source said.
        raw = data.raw if isinstance(data.raw, dict) else {"text": str(data.raw)}
        data.raw = {**raw, "confidence_given": decimal_text(given)}
    kind = Signal.EntryKind.MARKET if not entry else (Signal.EntryKind.PRICE if len(entry) == 1 or entry[0] == entry[-1] else Signal.EntryKind.ZONE)
    external_id = str(data.external_id).strip() if data.external_id not in (None, "") else uuid.uuid4().hex
    return {
        "trader": trader, "symbol": symbol, "side": side, "entry_kind": kind,
        "entry_low": entry[0] if entry else None, "entry_high": entry[-1] if entry else None,
        "stop_loss": stop_loss, "take_profits": [decimal_text(t) for t in targets], "leverage": leverage,
        "confidence": confidence, "external_id": external_id[:200],
    }


def _whole_number(value, name: str, errors: dict, *, default: int, low: int, high: int) -> int:
    if value is None or value == "":
        return default
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        errors[name] = [f"{value!r} is not a number."]
        return default
    if not number.is_finite() or number != number.to_integral_value() or not low <= number <= high:
        errors[name] = [f"Must be a whole number from {low} to {high}."]
        return default
    return int(number)


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


def _check_price_sides(side, entry, stop_loss, targets, errors) -> None:
    """A long's stop is below its entry and its targets above (a short's the other way round)."""
    sign = 1 if side == "long" else -1
    low, high = (entry[0], entry[-1]) if entry else (None, None)
    near, far = (low, high) if side == "long" else (high, low)
    if stop_loss is not None and near is not None and (near - stop_loss) * sign <= 0:
        errors["stop_loss"] = [f"A {side} signal's stop loss must be {'below' if sign > 0 else 'above'} its entry."]
    if far is not None and any((t - far) * sign <= 0 for t in targets):
        errors["take_profits"] = [f"A {side} signal's targets must be {'above' if sign > 0 else 'below'} its entry."]
    if stop_loss is not None and any((t - stop_loss) * sign <= 0 for t in targets):
        errors.setdefault("take_profits", [f"A {side} signal's targets must be on the other side of its stop loss."])


@transaction.atomic
def signal_ingest(*, data: SignalInput, actor=None) -> tuple[Signal, bool]:
    """Record a signal. Returns (signal, created); a repeat of (trader, external_id) is recorded as
    a duplicate of the first one, with one ``duplicate`` decision per account, and executes nothing.
    """
    fields = signal_validate(data)
    raw = data.raw if isinstance(data.raw, dict) else {"text": str(data.raw)}
    original = Signal.objects.filter(
        trader=fields["trader"], external_id=fields["external_id"], duplicate_of__isnull=True
    ).first()
    if original is None:
        try:
            with transaction.atomic():
                signal = Signal.objects.create(**fields, raw=raw, source_time=data.source_time)
        except IntegrityError:
            # A concurrent delivery of the same signal won the insert: ours is the duplicate.
            original = Signal.objects.get(
                trader=fields["trader"], external_id=fields["external_id"], duplicate_of__isnull=True
            )
        else:
            audit_record(
                action="signal.received", actor=actor, actor_label=fields["trader"].source, obj=signal,
                message=f"{signal.trader_id}: {signal.side} {signal.symbol}",
                after={k: v for k, v in fields.items() if k != "trader"} | {"trader": signal.trader_id},
            )
            return signal, True
    duplicate = Signal.objects.create(**fields, raw=raw, source_time=data.source_time, duplicate_of=original)
    now = timezone.now()
    accounts = [follow.account for follow in original.trader.follows.select_related("account")]
    SignalDecision.objects.bulk_create(
        SignalDecision(
            signal=duplicate, account=account, outcome=SignalDecision.Outcome.DUPLICATE,
            reason=SignalDecision.Reason.DUPLICATE_SIGNAL, detail=f"Repeat of signal #{original.pk}.",
            decided_at=now,
        )
        for account in accounts
    )
    duplicate.decided_at = now
    duplicate.save(update_fields=["decided_at"])
    audit_record(
        action="signal.duplicate", actor=actor, actor_label=fields["trader"].source, obj=duplicate,
        message=f"repeat of signal #{original.pk} (external id {fields['external_id']})",
    )
    return duplicate, False


def signal_receive(*, data: SignalInput, actor=None) -> tuple[Signal, bool]:
    """Record a live signal and hand it to a worker to copy, once the record is committed.

    Every live source calls this (API, webhooks, Telegram, bots). ``signal_ingest`` alone records
    without copying (a channel's history imported for a backtest must never trade).
    """
    with transaction.atomic():
        signal, created = signal_ingest(data=data, actor=actor)
        if created:
            # robust: with the broker down the signal is still recorded and the source told so; the
            # undecided-signal sweep copies it once the broker is back (a 500 here made sources resend).
            transaction.on_commit(lambda: copy_task_queue(signal.pk), robust=True)
    return signal, created


# The copy task is an interface above this service (it calls signal_decide), so it is queued by
# its registered name rather than imported: importing it would close a cycle services -> tasks ->
# services. SignalsConfig.ready() imports signals.tasks, so every process has it registered and
# an eager run (no broker) still runs it in-process.
COPY_TASK = "signals.tasks.copy_signal"


def copy_task_queue(signal_id: int) -> None:
    """Hand the signal to a worker to decide for every following account."""
    current_app.signature(COPY_TASK, args=(signal_id,)).delay()
