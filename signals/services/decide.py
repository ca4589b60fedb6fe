"""Deciding what each account does with a signal (DESIGN.md, "Decide", "Size", "Execute").

The checks run in the documented order (signals/rules.py, the one screening) and the first that
fails names the reason. Each account's decision, and everything it writes (order, fill, position,
cash, audit), is one transaction: a failure leaves the decision recorded as failed and nothing
half-written.
"""
from __future__ import annotations

from decimal import Decimal

from django.db import transaction
from django.db.models import Case, DateTimeField, Exists, F, Subquery, Value, When
from django.db.models.functions import Coalesce, Greatest, Least, Now
from django.utils import timezone

from accounts.models import Account
from echotrade.audit import AuditEntry, audit_write
from echotrade.prepared import PreparedUpdate
from echotrade.exceptions import (
    Conflict,
    MarketDataUnavailable,
    PermanentExchangeError,
    TemporaryExchangeError,
)
from execution import trade_management as management
from execution.fills import market_sizing_price
from execution.market.services import quote_get
from execution.models import Fill, Order, Quote
from execution.services import Opening, openings_write, position_opening
from execution.sizing import Sizing
from signals import rules
from signals.models import Signal, SignalDecision
from signals.rules import Verdict
from signals.selectors import (
    account_lock_for_screening,
    accounts_lock_for_screening,
    screen_state_get,
    screen_states_get,
)
from signals.services.ingest import signal_check_market
from traders.models import TraderFollow

Outcome, Reason = SignalDecision.Outcome, SignalDecision.Reason


def signal_decide(
    *, signal: Signal, raise_temporary: bool = False, account_ids: list[int] | None = None
) -> list[SignalDecision]:
    """One decision for every account that follows the signal's trader (switched on or off), or
    for ``account_ids`` (a chunk of them: the copy task fans a large desk out in chunks).

    Accounts are decided in ``copy_priority`` order. With ``raise_temporary`` (a Celery task with
    retries left), a market-data or exchange outage raises instead of being recorded as a failed
    decision, so the task retries later; accounts already decided keep their decision, and the
    retry decides only the rest.
    """
    ids = follower_ids(signal) if account_ids is None else account_ids
    # An implausible signal is filtered for everyone: it needs no price (and no retry for one).
    market = market_price(signal.symbol) if not signal.implausible else None
    signal = signal_check_market(signal=signal, market=market) if market is not None else signal
    if raise_temporary and isinstance(market, MarketDataUnavailable) and not signal.implausible:
        raise market
    decisions = decisions_make(signal=signal, account_ids=ids, market=market, raise_temporary=raise_temporary)
    signal_progress_record(signal=signal)
    return decisions


def follower_ids(signal: Signal) -> list[int]:
    """The accounts that follow the signal's trader, in the order they are decided (copy_priority, 1 first)."""
    return list(
        TraderFollow.objects.filter(trader_id=signal.trader_id)
        .order_by("account__copy_priority", "account_id")
        .values_list("account_id", flat=True)
    )


def _progress_update(signal_id, trader_id) -> tuple:
    """The signal's fill times and ``decided_at``, as one UPDATE (compiled once: see signal_progress_record)."""
    undecided = TraderFollow.objects.filter(trader_id=trader_id).exclude(
        account_id__in=SignalDecision.objects.filter(signal_id=signal_id).values("account_id")
    )
    # Set once, when the last follower has its decision; in the same UPDATE as the fill times.
    decided_at = Case(
        When(decided_at__isnull=False, then=F("decided_at")),
        When(Exists(undecided), then=Value(None)),
        default=Now(),
        output_field=DateTimeField(),
    )
    copies = Fill.objects.filter(position__signal_id=signal_id, order__purpose=Order.Purpose.ENTRY)
    first = Subquery(copies.order_by("created_at").values("created_at")[:1])
    last = Subquery(copies.order_by("-created_at").values("created_at")[:1])
    # Two chunks finishing together: the later UPDATE's subquery may predate the other's fills, so
    # each only ever widens what is stored (Coalesce: SQLite's MIN/MAX of a NULL is NULL).
    return Signal.objects.filter(pk=signal_id), {
        "first_fill_at": Least(Coalesce("first_fill_at", first), Coalesce(first, "first_fill_at")),
        "last_fill_at": Greatest(Coalesce("last_fill_at", last), Coalesce(last, "last_fill_at")),
        "decided_at": decided_at,
    }


# Every chunk of every signal runs it, and compiling these subqueries cost eight times running them.
_PROGRESS_UPDATE = PreparedUpdate(_progress_update, signal_id=-7_340_033, trader_id="\x1fprobe-trader")


def signal_progress_record(*, signal: Signal) -> None:
    """The first and last fill of the signal's copies, and ``decided_at`` once every follower has a
    decision (the database's clock, as the statement runs)."""
    _PROGRESS_UPDATE.run(signal_id=signal.pk, trader_id=signal.trader_id)


def market_price(symbol: str) -> Quote | MarketDataUnavailable:
    """The quote to size and fill with, fetched before any row is locked (it may take a network call)."""
    try:
        return quote_get(symbol=symbol)
    except MarketDataUnavailable as error:
        return error


def decisions_make(
    *, signal: Signal, account_ids: list[int], market: Quote | MarketDataUnavailable | None,
    raise_temporary: bool = False,
) -> list[SignalDecision]:
    """Decide for ``account_ids`` in one transaction. Safe to run twice: a decided account keeps its decision.

    The accounts are locked together (in id order, so two chunks never deadlock), and what their
    screening compares against is loaded for all of them at once, under the locks. Before the
    screening: an implausible signal (signals/guard.py) is filtered, and a parse the parser is
    unsure of waits for a person (pending, ``needs_review``) in every account, whether or not it
    requires approval; approving it runs the whole screening.

    An exchange outage for one account (with ``raise_temporary``) leaves that account undecided
    and the others' decisions in place, and is raised once the rest have committed: an order
    another account already placed is never rolled back from under the exchange.
    """
    if market is None and not signal.implausible:
        market = market_price(signal.symbol)
    outage: TemporaryExchangeError | None = None
    with transaction.atomic():
        now = timezone.now()
        locked = accounts_lock_for_screening(account_ids=account_ids, trader_id=signal.trader_id, at=now)
        decided = {d.account_id: d for d in SignalDecision.objects.filter(signal=signal, account_id__in=account_ids)}
        todo = [locked[pk] for pk in account_ids if pk in locked and pk not in decided]
        states = {} if signal.implausible or not todo else screen_states_get(
            accounts=todo, trader_id=signal.trader_id, at=now
        )
        made: list[SignalDecision] = []
        entries: list[AuditEntry] = []
        openings: list[Opening] = []
        for account in todo:
            if signal.implausible:
                verdict = _implausible(signal)
            else:
                verdict = _screen(signal, account, market, state=states[account.pk])
                if signal.needs_review:
                    verdict = _needs_review(signal, verdict)
                elif verdict.outcome == Outcome.EXECUTED and account.approval_required:
                    verdict = Verdict(Outcome.PENDING, None, "Waiting for approval.", verdict.sizing)
            decision = SignalDecision(signal=signal, account=account)
            try:
                entry, opening = _concluded(decision, account, verdict, market, actor=None, raise_temporary=raise_temporary)
            except TemporaryExchangeError as error:
                outage = error  # this account stays undecided: the task's retry decides it
                continue
            entries.append(entry)
            openings += [opening] if opening else []
            made.append(decided.setdefault(account.pk, decision))
        # The chunk's positions, orders, fills, cash, decisions and audit events: each kind of row
        # in one statement, whatever the chunk's size.
        opened = openings_write(openings)
        SignalDecision.objects.bulk_create(made)
        audit_write(opened + entries)
    if outage is not None:
        raise outage
    return [decided[pk] for pk in account_ids if pk in decided]


def decision_make(
    *, signal: Signal, account_id: int, market: Quote | MarketDataUnavailable | None = None,
    raise_temporary: bool = False,
) -> SignalDecision:
    """Decide for one account (``decisions_make`` for a chunk of one)."""
    return decisions_make(signal=signal, account_ids=[account_id], market=market, raise_temporary=raise_temporary)[0]


def _implausible(signal: Signal) -> Verdict:
    detail = "; ".join(f"{f['check']}: {f['detail']}" for f in signal.guard_failures)
    return Verdict(Outcome.FILTERED, Reason.IMPLAUSIBLE_SIGNAL, detail)


def _needs_review(signal: Signal, screened: Verdict) -> Verdict:
    """Pending for a person, saying why the parse is uncertain and what the screening says now."""
    doubts = "; ".join(r["detail"] or r["code"] for r in signal.certainty_reasons) or "the parser is unsure"
    now = "would execute" if screened.outcome == Outcome.EXECUTED else f"would be {screened.outcome} ({screened.reason})"
    detail = f"Check the parse against the message: {doubts}. Screened now: {now}; approving screens it again."
    return Verdict(Outcome.PENDING, Reason.NEEDS_REVIEW, detail, screened.sizing)


def decision_approve(*, decision: SignalDecision, actor) -> SignalDecision:
    """Approve a pending decision: the checks run again on today's state, then it executes."""
    market = market_price(decision.signal.symbol)
    with transaction.atomic():
        now = timezone.now()
        account = account_lock_for_screening(account_id=decision.account_id, trader_id=decision.signal.trader_id, at=now)
        decision = SignalDecision.objects.select_for_update(of=("self",)).select_related("signal__trader").get(pk=decision.pk)
        if decision.outcome != Outcome.PENDING:
            raise Conflict(f"Decision #{decision.pk} is {decision.outcome}, not pending.")
        signal = decision.signal = signal_check_market(signal=decision.signal, market=market)
        if signal.implausible:
            verdict = _implausible(signal)
        else:
            state = screen_state_get(account=account, trader_id=signal.trader_id, at=now)
            verdict = _screen(signal, account, market, state=state)
        return _conclude(decision, account, verdict, market, actor=actor)


@transaction.atomic
def decision_reject(*, decision: SignalDecision, actor) -> SignalDecision:
    account = Account.objects.select_for_update().get(pk=decision.account_id)
    decision = SignalDecision.objects.select_for_update().get(pk=decision.pk)
    if decision.outcome != Outcome.PENDING:
        raise Conflict(f"Decision #{decision.pk} is {decision.outcome}, not pending.")
    verdict = Verdict(Outcome.REJECTED, Reason.REJECTED_BY_USER, "Rejected in the approval queue.")
    return _conclude(decision, account, verdict, None, actor=actor)


def _conclude(
    decision: SignalDecision, account: Account, verdict: Verdict, market, *, actor, raise_temporary: bool = False
) -> SignalDecision:
    """Conclude one decision and write it with its audit event."""
    entry, opening = _concluded(decision, account, verdict, market, actor=actor, raise_temporary=raise_temporary)
    opened = openings_write([opening] if opening else [])
    decision.save()
    audit_write([*opened, entry])
    return decision


def _concluded(
    decision: SignalDecision, account: Account, verdict: Verdict, market, *, actor, raise_temporary: bool = False
) -> tuple[AuditEntry, Opening | None]:
    """Execute an executed verdict and fill in ``decision`` (unsaved); the audit entry to record
    once it is written, and the position opening to write before it. A batch writes its
    openings, decisions and entries together."""
    signal = decision.signal
    opening = None
    if verdict.outcome == Outcome.EXECUTED:
        verdict, opening = _execute(signal, account, verdict.sizing, market, actor, raise_temporary)
        decision.position = opening.position if opening else None
    detail = verdict.detail
    if signal.guard_note and verdict.reason != Reason.IMPLAUSIBLE_SIGNAL:
        detail = f"{detail} ({signal.guard_note})" if detail else signal.guard_note
    decision.outcome, decision.reason, decision.detail = verdict.outcome, verdict.reason, detail[:300]
    decision.sizing = verdict.sizing.as_dict() if verdict.sizing else None
    decision.decided_at = timezone.now()
    decision.decided_by = actor if actor is not None and actor.is_authenticated else None
    return AuditEntry(
        action=f"decision.{decision.outcome}", account=account, actor=actor, actor_label="copy_pipeline",
        obj=decision, message=f"signal #{signal.pk} {signal.side} {signal.symbol}: {decision.reason or decision.outcome}",
        after=lambda: {"signal": signal.pk, "outcome": decision.outcome, "reason": decision.reason,
                       "detail": decision.detail, "sizing": decision.sizing, "position": decision.position_id},
    ), opening


def _execute(
    signal: Signal, account: Account, sizing: Sizing, quote: Quote, actor, raise_temporary: bool
) -> tuple[Verdict, Opening | None]:
    # The copy's stop: the signal's, else the account's default distance from the sizing price.
    stop = rules.stop_for(signal=signal, account=account, price=sizing.risk_price or sizing.price)
    plan = management.plan_for(signal=signal, trader=signal.trader, stop_loss=stop)
    try:
        # Nothing of a failed order is left behind (position_opening undoes what it wrote).
        opening = position_opening(
            account=account, symbol=signal.symbol, side=signal.side, quantity=sizing.quantity,
            # Whole leverage, as sized (execution.sizing.whole_leverage): a 12.5x signal trades at 12x.
            leverage=sizing.leverage, quote=quote, plan=plan, trader=signal.trader, signal=signal, actor=actor,
        )
    except TemporaryExchangeError as error:
        if raise_temporary:
            raise  # the whole decision rolls back; the task retries it
        return Verdict(Outcome.FAILED, Reason.EXCHANGE_UNAVAILABLE, error.message, sizing), None
    except PermanentExchangeError as error:
        reason = Reason.LIVE_TRADING_UNAVAILABLE if "live mode" in error.message else Reason.EXCHANGE_REJECTED
        return Verdict(Outcome.FAILED, reason, error.message, sizing), None
    detail = f"{signal.side} {sizing.quantity} {signal.symbol} ≈ {sizing.notional} {account.quote_currency} notional"
    if sizing.leverage != signal.leverage:
        detail += f" at {sizing.leverage}x (the signal's {signal.leverage}x: exchanges take whole leverage)"
    if signal.stop_loss is None and stop is not None:
        detail += f"; default stop {stop}"
    return Verdict(Outcome.EXECUTED, None, detail, sizing), opening


def _screen(signal: Signal, account: Account, market, *, state: rules.AccountState) -> Verdict:
    """The one screening (signals/rules.py) on the account's state, loaded under its lock."""
    price = _sizing_price(signal, account, market)
    return rules.screen(
        signal=signal, trader=signal.trader, account=account, state=state, price=price, risk_price=_risk_price(signal),
    )


def _sizing_price(signal: Signal, account: Account, quote) -> Decimal | MarketDataUnavailable:
    """What a unit will cost at most, to size with; the outage itself when there is no quote."""
    if isinstance(quote, MarketDataUnavailable):
        return quote
    if signal.entry_kind == Signal.EntryKind.MARKET:
        # Size at what the fill will cost: a long pays the ask plus slippage (a short's fill is lower).
        return market_sizing_price(side=signal.side, bid=quote.bid, ask=quote.ask, slippage_bps=account.slippage_bps)
    # An entry's margin is its price × quantity ÷ leverage, so a ladder costs most if its dearest
    # part is the price of all of it: the highest entry for either side. A short's part already
    # below the market sells at once at the bid, above its own price, so the bid caps it too.
    if signal.side == "short":
        return max(signal.entry_high, quote.bid)
    return signal.entry_high


def _risk_price(signal: Signal) -> Decimal | None:
    """Where a ladder's loss to the stop is measured: the entry farthest from it (a long's highest,
    a short's lowest), so risk sizing holds whichever parts fill. None for a market entry (its price)."""
    if signal.entry_kind == Signal.EntryKind.MARKET:
        return None
    return signal.entry_high if signal.side == "long" else signal.entry_low
