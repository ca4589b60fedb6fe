"""Reads about signals and decisions."""
from __future__ import annotations

from datetime import datetime
from datetime import timezone as dt_timezone
from decimal import Decimal

from django.db.models import Prefetch, QuerySet, Sum
from django.db.models.functions import Coalesce

from accounts.models import Account
from accounts.selectors import account_check_can_act
from echotrade.exceptions import NotFound
from echotrade.fields import ZERO
from execution.models import Fill
from signals.models import BlackoutPeriod, Signal, SignalDecision, TradingWindow


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


# --- The pipeline's schedule and loss checks (also used by the trader backtest and the dashboard) ---
def in_trading_window(account: Account, now: datetime) -> bool:
    """Whether ``now`` falls in one of the account's trading windows (no window: always)."""
    windows = list(TradingWindow.objects.filter(account=account))
    if not windows:
        return True
    utc = now.astimezone(dt_timezone.utc)
    moment, weekday = utc.time(), utc.weekday()
    for window in windows:
        if window.start_time <= window.end_time:
            inside, day = window.start_time <= moment < window.end_time, weekday
        else:  # runs past midnight: the early-morning part belongs to the previous day's window
            inside = moment >= window.start_time or moment < window.end_time
            day = weekday if moment >= window.start_time else (weekday - 1) % 7
        if inside and (not window.weekdays or day in window.weekdays):
            return True
    return False


def blackout_at(account: Account, now: datetime) -> BlackoutPeriod | None:
    """The account's blackout period covering ``now``, if any."""
    return BlackoutPeriod.objects.filter(account=account, starts_at__lte=now, ends_at__gt=now).first()


def loss_today(account: Account, now: datetime) -> Decimal:
    """Realised loss since midnight UTC, fees included (a positive number is a loss)."""
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    fills = Fill.objects.filter(account=account, created_at__gte=midnight).aggregate(
        pnl=Coalesce(Sum("realised_pnl"), ZERO), fees=Coalesce(Sum("fee"), ZERO)
    )
    return -(fills["pnl"] - fills["fees"])
