"""Deciding what each account does with a signal (DESIGN.md, "Decide", "Size", "Execute").

The checks run in the documented order and the first that fails names the reason. Each
account's decision, and everything it writes (order, fill, position, cash, audit), is one
transaction: a failure leaves the decision recorded as failed and nothing half-written.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db import transaction
from django.utils import timezone

from accounts.models import Account
from echotrade.audit import audit_record
from echotrade.exceptions import (
    Conflict,
    MarketDataUnavailable,
    PermanentExchangeError,
    TemporaryExchangeError,
)
from echotrade.symbols import token_filter_matches
from execution.models import Position, Quote
from execution.selectors import account_summary
from execution.sizing import Sizing, size_position
from signals.models import Signal, SignalDecision
from signals.selectors import blackout_at, in_trading_window, loss_today
from traders.models import TraderFollow

Outcome, Reason = SignalDecision.Outcome, SignalDecision.Reason


@dataclass(frozen=True)
class Verdict:
    outcome: str
    reason: str | None = None
    detail: str = ""
    sizing: Sizing | None = None


def signal_decide(*, signal: Signal, raise_temporary: bool = False) -> list[SignalDecision]:
    """One decision for every account that follows the signal's trader (switched on or off).

    With ``raise_temporary`` (a Celery task with retries left), a market-data or exchange outage
    raises instead of being recorded as a failed decision, so the task retries later; accounts
    already decided keep their decision, and the retry decides only the rest.
    """
    account_ids = TraderFollow.objects.filter(trader_id=signal.trader_id).values_list("account_id", flat=True)
    market = market_price(signal.symbol)
    if raise_temporary and isinstance(market, MarketDataUnavailable):
        raise market
    decisions = [
        decision_make(signal=signal, account_id=pk, market=market, raise_temporary=raise_temporary)
        for pk in account_ids
    ]
    Signal.objects.filter(pk=signal.pk, decided_at__isnull=True).update(decided_at=timezone.now())
    return decisions


def market_price(symbol: str) -> Quote | MarketDataUnavailable:
    """The quote to size and fill with, fetched before any row is locked (it may take a network call)."""
    from execution.market.services import quote_get

    try:
        return quote_get(symbol=symbol)
    except MarketDataUnavailable as error:
        return error


def decision_make(
    *, signal: Signal, account_id: int, market: Quote | MarketDataUnavailable | None = None,
    raise_temporary: bool = False,
) -> SignalDecision:
    """Decide for one account. Safe to run twice: the second run returns the first decision."""
    market = market if market is not None else market_price(signal.symbol)
    with transaction.atomic():
        account = Account.objects.select_for_update().get(pk=account_id)
        existing = SignalDecision.objects.filter(signal=signal, account=account).first()
        if existing is not None:
            return existing
        verdict = _screen(signal, account, market, now=timezone.now())
        if verdict.outcome == Outcome.EXECUTED and account.approval_required:
            verdict = Verdict(Outcome.PENDING, None, "Waiting for approval.", verdict.sizing)
        decision = SignalDecision(signal=signal, account=account)
        return _conclude(decision, account, verdict, market, actor=None, raise_temporary=raise_temporary)


def decision_approve(*, decision: SignalDecision, actor) -> SignalDecision:
    """Approve a pending decision: the checks run again on today's state, then it executes."""
    market = market_price(decision.signal.symbol)
    with transaction.atomic():
        account = Account.objects.select_for_update().get(pk=decision.account_id)
        decision = SignalDecision.objects.select_for_update(of=("self",)).select_related("signal__trader").get(pk=decision.pk)
        if decision.outcome != Outcome.PENDING:
            raise Conflict(f"Decision #{decision.pk} is {decision.outcome}, not pending.")
        verdict = _screen(decision.signal, account, market, now=timezone.now())
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
    signal = decision.signal
    if verdict.outcome == Outcome.EXECUTED:
        verdict, position = _execute(signal, account, verdict.sizing, market, actor, raise_temporary)
        decision.position = position
    decision.outcome, decision.reason, decision.detail = verdict.outcome, verdict.reason, verdict.detail[:300]
    decision.sizing = verdict.sizing.as_dict() if verdict.sizing else None
    decision.decided_at = timezone.now()
    decision.decided_by = actor if actor is not None and actor.is_authenticated else None
    decision.save()
    audit_record(
        action=f"decision.{decision.outcome}", account=account, actor=actor, actor_label="copy_pipeline",
        obj=decision, message=f"signal #{signal.pk} {signal.side} {signal.symbol}: {decision.reason or decision.outcome}",
        after={"signal": signal.pk, "outcome": decision.outcome, "reason": decision.reason,
               "detail": decision.detail, "sizing": decision.sizing, "position": decision.position_id},
    )
    return decision


def _execute(
    signal: Signal, account: Account, sizing: Sizing, quote: Quote, actor, raise_temporary: bool
) -> tuple[Verdict, Position | None]:
    from execution.services import position_open

    limit_price = None
    if signal.entry_kind != Signal.EntryKind.MARKET:
        # Long: buy up to the top of the zone; short: sell down to its bottom. Better prices fill at once.
        limit_price = signal.entry_high if signal.side == "long" else signal.entry_low
    try:
        with transaction.atomic():  # a savepoint: a failed order leaves no half-written trade behind
            position = position_open(
                account=account, symbol=signal.symbol, side=signal.side, quantity=sizing.quantity,
                leverage=signal.leverage, quote=quote, limit_price=limit_price,
                stop_loss=signal.stop_loss, take_profits=signal.take_profit_prices,
                trader=signal.trader, signal=signal, actor=actor,
            )
    except TemporaryExchangeError as error:
        if raise_temporary:
            raise  # the whole decision rolls back; the task retries it
        return Verdict(Outcome.FAILED, Reason.EXCHANGE_UNAVAILABLE, error.message, sizing), None
    except PermanentExchangeError as error:
        reason = Reason.LIVE_TRADING_UNAVAILABLE if "live mode" in error.message else Reason.EXCHANGE_REJECTED
        return Verdict(Outcome.FAILED, reason, error.message, sizing), None
    detail = f"{signal.side} {sizing.quantity} {signal.symbol} ≈ {sizing.notional} {account.quote_currency} notional"
    return Verdict(Outcome.EXECUTED, None, detail, sizing), position


def _screen(signal: Signal, account: Account, market, *, now: datetime) -> Verdict:
    """The filters, in DESIGN.md's order; the first that fails decides."""
    trader = signal.trader
    filtered = lambda reason, detail: Verdict(Outcome.FILTERED, reason, detail)  # noqa: E731
    if not trader.active:
        return filtered(Reason.TRADER_INACTIVE, f"{trader.name} is switched off.")
    if account.paused:
        return filtered(Reason.ACCOUNT_PAUSED, account.paused_reason or "Account is paused.")
    follow = TraderFollow.objects.filter(account=account, trader=trader).first()
    if follow is None or not follow.enabled:
        return filtered(Reason.NOT_FOLLOWING, f"{account.name} has {trader.name} switched off.")
    if trader.token_whitelist and not token_filter_matches(trader.token_whitelist, signal.symbol):
        return filtered(Reason.TOKEN_NOT_WHITELISTED, f"{signal.symbol} is not in {', '.join(trader.token_whitelist)}.")
    if token_filter_matches(trader.token_blacklist, signal.symbol):
        return filtered(Reason.TOKEN_BLACKLISTED, f"{signal.symbol} is blacklisted for {trader.name}.")
    threshold = max(trader.min_confidence, account.effective_min_confidence)
    if signal.confidence < threshold:
        return filtered(Reason.CONFIDENCE_BELOW_THRESHOLD, f"confidence {signal.confidence} < {threshold}")
    max_leverage = min(trader.max_leverage, account.max_leverage)
    if signal.leverage > max_leverage:
        return filtered(Reason.LEVERAGE_ABOVE_MAX, f"leverage {signal.leverage}x > {max_leverage}x")
    if not in_trading_window(account, now):
        return filtered(Reason.OUTSIDE_TRADING_WINDOW, f"{now:%a %H:%M} UTC is outside {account.name}'s trading windows.")
    blackout = blackout_at(account, now)
    if blackout is not None:
        return filtered(Reason.BLACKOUT, f"blackout until {blackout.ends_at:%Y-%m-%d %H:%M} UTC {blackout.reason}".strip())
    open_count = Position.objects.filter(account=account, status__in=Position.ACTIVE_STATUSES).count()
    if open_count >= account.effective_max_positions:
        return filtered(Reason.MAX_POSITIONS_REACHED, f"{open_count} open of {account.effective_max_positions} allowed")
    lost, limit = loss_today(account, now), account.daily_loss_limit_pct * account.starting_balance
    if lost >= limit:
        return filtered(Reason.DAILY_LOSS_LIMIT, f"lost {lost:.2f} today; the limit is {limit:.2f}")
    return _size(signal, account, trader, market)


def _size(signal: Signal, account: Account, trader, quote) -> Verdict:
    if isinstance(quote, MarketDataUnavailable):
        return Verdict(Outcome.FAILED, Reason.NO_PRICE, quote.message)
    if signal.entry_kind == Signal.EntryKind.MARKET:
        # Size at what the fill will cost: a long pays the ask plus slippage (a short's fill is lower).
        slippage = 1 + account.slippage_bps / 10000
        price = quote.ask * slippage if signal.side == "long" else quote.bid
    else:
        price = signal.entry_high if signal.side == "long" else signal.entry_low
    summary = account_summary(account=account)
    sizing = size_position(
        equity=summary.equity, free_cash=account.cash, price=price, leverage=signal.leverage,
        base_position_pct=account.base_position_pct, trader_multiplier=trader.position_multiplier,
        risk_multiplier=account.risk_multiplier, global_multiplier=account.global_position_multiplier,
        max_position_pct=account.max_position_pct, fee_rate=account.taker_fee_rate,
    )
    if sizing.too_small:
        return Verdict(
            Outcome.FILTERED, Reason.INSUFFICIENT_FUNDS,
            f"free cash {account.cash:.2f} allows only {sizing.notional} notional", sizing,
        )
    return Verdict(Outcome.EXECUTED, None, "", sizing)


