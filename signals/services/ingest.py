"""Turning what a source sent into a ``Signal``: validated, guarded, normalised, idempotent.

The order: the input's fields are validated (``signals/services/validate.py``: every broken rule
at once, an ``InvalidInput``); the plausibility guard (``signals/guard.py``) asks whether it is a
trade at all; a repeat of (trader, external id), told by the unique constraint when the row is
inserted, is recorded as a duplicate and executes nothing, whatever the guard said. A source that
can answer (REST, the TradingView webhook) refuses an implausible first delivery with the check's
code and nothing is stored; a source that cannot (Telegram, the Binance sources, bots) stores it,
and every following account's decision is ``filtered`` with reason ``implausible_signal``.

The market price the guard compares against is looked up before the record's transaction opens
(it may be a network call). Without one (our feed is down) the checks that need it are skipped,
said so on the signal, and run when the signal is copied: a copy needs a price to fill anyway, so
nothing executes unchecked, and a trader's signal is not lost to an outage of ours.
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from celery import current_app
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import IntegrityError, transaction
from django.utils import timezone

from echotrade.audit import audit_record
from echotrade.exceptions import ImplausibleSignal, MarketDataUnavailable, MarketNotListed
from execution.market.services import quote_get
from signals import guard
from signals.models import Signal, SignalDecision
from signals.services.validate import MAX_TAKE_PROFITS, SignalInput, ValidSignal, signal_validate

__all__ = [
    "MAX_TAKE_PROFITS", "SignalInput", "copy_runs_in_process", "signal_check_market", "signal_ingest",
    "signal_receive", "signal_validate",
]


def signal_ingest(
    *, data: SignalInput, actor=None, refuse_implausible: bool = True, check_market: bool = True,
    record_only: bool = False,
) -> tuple[Signal, bool]:
    """Record a signal. Returns (signal, created); a repeat of (trader, external_id) is recorded as
    a duplicate of the first one, with one ``duplicate`` decision per account, and executes nothing.

    ``refuse_implausible``: a signal failing the guard raises ``ImplausibleSignal`` (the caller
    answers 400) instead of being stored with its failures. ``check_market=False`` leaves out the
    checks against today's price (a channel's history: its entries were near yesterday's).
    ``record_only``: the signal must never be copied (history, a stale message); it is marked
    decided at once, with no decisions, so the undecided-signal sweep never copies it.
    """
    return _ingest(
        data, actor=actor, refuse=refuse_implausible, check_market=check_market, copy=False, record_only=record_only
    )


def signal_receive(*, data: SignalInput, actor=None, refuse_implausible: bool = True) -> tuple[Signal, bool]:
    """Record a live signal and hand it to a worker to copy, once the record is committed.

    Every live source calls this (API, webhooks, Telegram, bots). ``signal_ingest`` alone records
    without copying (a channel's history imported for a backtest must never trade). A source with
    nobody to answer passes ``refuse_implausible=False``: its implausible signal is stored and
    copied into ``filtered`` decisions, so the feed shows why nothing was traded.
    """
    return _ingest(data, actor=actor, refuse=refuse_implausible, check_market=True, copy=True, record_only=False)


def _ingest(
    data: SignalInput, *, actor, refuse: bool, check_market: bool, copy: bool, record_only: bool
) -> tuple[Signal, bool]:
    valid = signal_validate(data)
    fields = valid.fields
    verdict = _guard(valid, check_market=check_market)
    original_id = None
    if verdict.failures and refuse:
        # A repeat executes nothing and is recorded as a duplicate, however it reads: only a first
        # delivery is refused. Looked up only here: otherwise the unique constraint tells (below).
        original_id = _original_id(fields)
        if original_id is None:
            raise _refusal(verdict.failures)
    fields |= {
        "guard_failures": [f.as_dict() for f in verdict.failures],
        "market_checked": check_market and not verdict.market_unchecked,
        "guard_note": _unchecked_note(verdict.market_unchecked, copy=not record_only),
        # The undecided-signal sweep copies what is left undecided: a signal that must never
        # trade is decided now, with no decisions.
        "decided_at": timezone.now() if record_only else None,
    }
    raw = data.raw if isinstance(data.raw, dict) else {"text": str(data.raw)}
    if original_id is None:
        try:
            with transaction.atomic():
                signal = _record_first(fields, raw=raw, source_time=data.source_time, actor=actor)
                if copy:
                    # robust: with the broker down the signal is still recorded and the source told so; the
                    # undecided-signal sweep copies it once the broker is back (a 500 here made sources resend).
                    transaction.on_commit(lambda: copy_task_queue(signal.pk), robust=True)
            return signal, True
        except IntegrityError:
            # An earlier (or a concurrent) delivery of the same signal holds the row: ours is the
            # duplicate. Told by the unique constraint rather than asked first: a repeat is rare.
            original_id = _original_id(fields)
            if original_id is None:
                raise
    with transaction.atomic():
        return _record_duplicate(fields, raw=raw, source_time=data.source_time, actor=actor, original_id=original_id), False


def _unchecked_note(unchecked: str, *, copy: bool) -> str:
    if not unchecked:
        return ""
    then = "checked against the market when copied" if copy else "not checked against the market (not copied)"
    return f"{unchecked}: {then}."[:300]


def _original_id(fields: dict) -> int | None:
    """The first delivery of this (trader, external id), if there was one."""
    return Signal.objects.filter(
        trader=fields["trader"], external_id=fields["external_id"], duplicate_of__isnull=True
    ).values_list("pk", flat=True).first()


# --- The guard ----------------------------------------------------------------------------------
def max_entry_deviation() -> Decimal:
    """``SIGNAL_MAX_ENTRY_DEVIATION``: how far (a fraction of the price, 0.15 = 15 %) an entry may be."""
    configured = getattr(settings, "SIGNAL_MAX_ENTRY_DEVIATION", guard.DEFAULT_MAX_ENTRY_DEVIATION)
    try:
        deviation = Decimal(str(configured))
    except (InvalidOperation, ValueError):
        deviation = Decimal("NaN")
    if not deviation.is_finite() or deviation <= 0:
        raise ImproperlyConfigured(
            f"SIGNAL_MAX_ENTRY_DEVIATION={configured!r} is not a fraction above 0 (0.15 means 15 %)."
        )
    return deviation


def market_price_get(symbol: str) -> Decimal | MarketDataUnavailable:
    """The market's price for the guard, or the outage that left none (``MarketNotListed``: no such market)."""
    try:
        return quote_get(symbol=symbol).price
    except MarketDataUnavailable as error:
        return error


def _guard(valid: ValidSignal, *, check_market: bool) -> guard.Verdict:
    fields = valid.fields
    market = market_price_get(fields["symbol"]) if check_market and valid.symbol_failure is None else None
    return guard.guard(
        symbol=valid.symbol_given,
        side=fields["side"], entries=valid.entries, stop_loss=valid.stop_loss,
        take_profits=valid.take_profits, market=market, max_deviation=max_entry_deviation(),
    )


def _refusal(failures: tuple[guard.Failure, ...]) -> ImplausibleSignal:
    fields: dict[str, list[str]] = {}
    for failure in failures:
        fields.setdefault(failure.field, []).append(failure.detail)
    return ImplausibleSignal(
        "The signal is not plausible: " + guard.summary(failures),
        code=failures[0].check, fields=fields, checks=[f.as_dict() for f in failures],
    )


# --- Recording ----------------------------------------------------------------------------------
def _record_first(fields: dict, *, raw: dict, source_time, actor) -> Signal:
    signal = Signal.objects.create(**fields, raw=raw, source_time=source_time)
    failed = guard.summary([guard.Failure.from_dict(f) for f in signal.guard_failures])
    audit_record(
        action="signal.received", actor=actor, actor_label=fields["trader"].source, obj=signal,
        message=f"{signal.trader_id}: {signal.side} {signal.symbol}" + (f" (implausible: {failed})" if failed else ""),
        after={k: v for k, v in fields.items() if k != "trader"} | {"trader": signal.trader_id},
    )
    return signal


def _record_duplicate(fields: dict, *, raw: dict, source_time, actor, original_id: int) -> Signal:
    fields = {**fields, "guard_failures": [], "market_checked": True, "guard_note": "", "decided_at": None}
    duplicate = Signal.objects.create(**fields, raw=raw, source_time=source_time, duplicate_of_id=original_id)
    now = timezone.now()
    accounts = [follow.account for follow in fields["trader"].follows.select_related("account")]
    SignalDecision.objects.bulk_create(
        SignalDecision(
            signal=duplicate, account=account, outcome=SignalDecision.Outcome.DUPLICATE,
            reason=SignalDecision.Reason.DUPLICATE_SIGNAL, detail=f"Repeat of signal #{original_id}.",
            decided_at=now,
        )
        for account in accounts
    )
    duplicate.decided_at = now
    duplicate.save(update_fields=["decided_at"])
    audit_record(
        action="signal.duplicate", actor=actor, actor_label=fields["trader"].source, obj=duplicate,
        message=f"repeat of signal #{original_id} (external id {fields['external_id']})",
    )
    return duplicate


# The copy task is an interface above this service (it calls signal_decide), so it is queued by
# its registered name rather than imported: importing it would close a cycle services -> tasks ->
# services. SignalsConfig.ready() imports signals.tasks, so every process has it registered and
# an eager run (no broker) still runs it in-process.
COPY_TASK = "signals.tasks.copy_signal"


def copy_runs_in_process() -> bool:
    """Whether ``signal_receive`` copies before it returns: no broker (``make run``, the tests)
    runs the copy task eagerly, in this process, as the record commits."""
    return current_app.conf.task_always_eager


def copy_task_queue(signal_id: int) -> None:
    """Hand the signal to a worker to decide for every following account."""
    current_app.signature(COPY_TASK, args=(signal_id,)).delay()


def signal_check_market(*, signal: Signal, market) -> Signal:
    """The guard's checks against the market price, for a signal received while there was none.

    ``market`` is the quote the copy is about to fill with (or the outage). Called before any
    account decides, so nothing executes without these checks; a signal that fails them is kept
    implausible and every decision is ``filtered``. Safe to run twice: a conditional update.
    """
    if signal.market_checked or signal.implausible:
        return signal
    if isinstance(market, MarketDataUnavailable):
        if not isinstance(market, MarketNotListed):
            return signal  # still no price: nothing executes without one either
        price = market
    else:
        price = market.price
    verdict = guard.guard(
        symbol=signal.symbol, side=signal.side, entries=signal.entry_prices, stop_loss=signal.stop_loss,
        take_profits=signal.take_profit_prices, market=price, max_deviation=max_entry_deviation(),
    )
    failures = [f.as_dict() for f in verdict.failures]
    Signal.objects.filter(pk=signal.pk, market_checked=False).update(market_checked=True, guard_failures=failures)
    signal.refresh_from_db(fields=["market_checked", "guard_failures"])
    if failures:
        audit_record(
            action="signal.implausible", actor_label="copy_pipeline", obj=signal,
            message=f"signal #{signal.pk} {signal.side} {signal.symbol}: {guard.summary(verdict.failures)}",
            after={"guard_failures": signal.guard_failures},
        )
    return signal
