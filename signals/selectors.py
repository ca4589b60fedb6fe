"""Reads about signals and decisions."""
from __future__ import annotations

from django.db.models import Prefetch, QuerySet

from accounts.selectors import account_check_can_act
from echotrade.exceptions import NotFound
from signals.models import Signal, SignalDecision


def _with_decisions(signals: QuerySet[Signal]) -> QuerySet[Signal]:
    return signals.select_related("trader").prefetch_related(
        Prefetch("decisions", SignalDecision.objects.select_related("account", "position__account", "decided_by"))
    )


def signal_list(
    *, trader_id: str | None = None, symbol: str | None = None, account=None, source: str | None = None
) -> QuerySet[Signal]:
    signals = Signal.objects.all()
    if source:
        signals = signals.filter(trader__source=source)
    if trader_id:
        signals = signals.filter(trader_id=trader_id)
    if symbol:
        signals = signals.filter(symbol=symbol.upper())
    if account is not None:
        signals = signals.filter(decisions__account=account)
    return _with_decisions(signals)


def signal_get(*, signal_id: int) -> Signal:
    signal = _with_decisions(Signal.objects.filter(pk=signal_id)).first()
    if signal is None:
        raise NotFound(f"No signal #{signal_id}.")
    return signal


def decision_get_for_user(*, user, decision_id: int, act: bool = False) -> SignalDecision:
    decision = (
        SignalDecision.objects.select_related("signal__trader", "account")
        .filter(pk=decision_id, account__memberships__user=user)
        .first()
    )
    if decision is None:
        raise NotFound(f"No decision #{decision_id}.")
    if act:
        account_check_can_act(user=user, account=decision.account)
    return decision


def decision_pending_list(*, account) -> QuerySet[SignalDecision]:
    return SignalDecision.objects.filter(account=account, outcome=SignalDecision.Outcome.PENDING).select_related("signal__trader")
