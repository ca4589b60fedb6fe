"""Reads about signals and decisions."""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from django.db.models import Prefetch, QuerySet, Sum
from django.db.models.functions import Coalesce

from accounts.models import Account
from accounts.selectors import account_check_can_act
from echotrade.exceptions import NotFound
from echotrade.fields import ZERO
from execution.models import Fill, Position
from execution.selectors import account_summary
from signals import rules
from signals.models import BlackoutPeriod, Signal, SignalDecision, TradingWindow
from traders.models import TraderFollow


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


# --- What the screening compares against (signals/rules.py), loaded for one account ---
def screen_state_get(*, account: Account, trader_id: str, at: datetime) -> rules.AccountState:
    """Everything ``rules.screen`` needs to know about ``account`` at ``at``, read once."""
    follow = TraderFollow.objects.filter(account=account, trader_id=trader_id).first()
    summary = account_summary(account=account)
    return rules.AccountState(
        at=at,
        following=follow is not None and follow.enabled,
        in_trading_window=in_trading_window(account, at),
        blackout=blackout_at(account, at),
        open_positions=summary.open_positions,
        trader_open_trades=Position.objects.filter(
            account=account, trader_id=trader_id, status__in=Position.ACTIVE_STATUSES
        ).count(),
        loss_today=loss_today(account, at),
        capital=account.starting_balance,
        equity=summary.equity,
        free_cash=account.cash,
    )


def trading_window_list(*, account: Account) -> list[TradingWindow]:
    return list(TradingWindow.objects.filter(account=account))


def blackout_list(*, account: Account, ending_after: datetime) -> list[BlackoutPeriod]:
    """The account's blackouts still running after ``ending_after``, earliest start first."""
    return list(BlackoutPeriod.objects.filter(account=account, ends_at__gt=ending_after).order_by("starts_at", "id"))


def in_trading_window(account: Account, now: datetime) -> bool:
    """Whether ``now`` falls in one of the account's trading windows (no window: always)."""
    return rules.in_trading_windows(windows=trading_window_list(account=account), at=now)


def blackout_at(account: Account, now: datetime) -> BlackoutPeriod | None:
    """The account's blackout period covering ``now``, if any."""
    return rules.blackout_covering(blackouts=blackout_list(account=account, ending_after=now), at=now)


def loss_today(account: Account, now: datetime) -> Decimal:
    """The account's loss of the UTC day so far, from its fills (a positive number is a loss)."""
    fills = Fill.objects.filter(account=account, created_at__gte=rules.loss_day_start(at=now)).aggregate(
        pnl=Coalesce(Sum("realised_pnl"), ZERO), fees=Coalesce(Sum("fee"), ZERO)
    )
    return rules.loss_from(realised_pnl=fills["pnl"], fees=fills["fees"])
