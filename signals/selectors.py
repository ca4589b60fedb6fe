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
from execution.models import Fill
from execution.selectors import account_exposures
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


# --- What the screening compares against (signals/rules.py), loaded for many accounts at once ---
def screen_states_get(*, accounts: list[Account], trader_id: str, at: datetime) -> dict[int, rules.AccountState]:
    """Everything ``rules.screen`` needs about each of ``accounts`` at ``at``, in a fixed number of
    queries however many accounts there are (the copy pipeline loads a whole chunk of them)."""
    ids = [account.pk for account in accounts]
    following = set(
        TraderFollow.objects.filter(account_id__in=ids, trader_id=trader_id, enabled=True).values_list("account_id", flat=True)
    )
    exposures = account_exposures(account_ids=ids, trader_id=trader_id)
    windows, blackouts = _by_account(TradingWindow.objects.filter(account_id__in=ids)), _by_account(
        BlackoutPeriod.objects.filter(account_id__in=ids, ends_at__gt=at).order_by("starts_at", "id")
    )
    losses = losses_today(account_ids=ids, at=at)
    return {
        account.pk: rules.AccountState(
            at=at,
            following=account.pk in following,
            in_trading_window=rules.in_trading_windows(windows=windows.get(account.pk, ()), at=at),
            blackout=rules.blackout_covering(blackouts=blackouts.get(account.pk, ()), at=at),
            open_positions=exposures[account.pk].open_positions,
            trader_open_trades=exposures[account.pk].trader_open,
            loss_today=losses[account.pk],
            capital=account.starting_balance,
            equity=exposures[account.pk].equity(cash=account.cash),
            free_cash=account.cash,
        )
        for account in accounts
    }


def screen_state_get(*, account: Account, trader_id: str, at: datetime) -> rules.AccountState:
    """Everything ``rules.screen`` needs to know about ``account`` at ``at``, read once."""
    return screen_states_get(accounts=[account], trader_id=trader_id, at=at)[account.pk]


def _by_account(rows) -> dict[int, list]:
    grouped: dict[int, list] = {}
    for row in rows:
        grouped.setdefault(row.account_id, []).append(row)
    return grouped


def losses_today(*, account_ids: list[int], at: datetime) -> dict[int, Decimal]:
    """Each account's loss of the UTC day so far, from its fills (a positive number is a loss)."""
    rows = (
        Fill.objects.filter(account_id__in=account_ids, created_at__gte=rules.loss_day_start(at=at))
        .values("account_id")
        .annotate(pnl=Coalesce(Sum("realised_pnl"), ZERO), fees=Coalesce(Sum("fee"), ZERO))
    )
    found = {row["account_id"]: rules.loss_from(realised_pnl=row["pnl"], fees=row["fees"]) for row in rows}
    nothing = rules.loss_from(realised_pnl=ZERO, fees=ZERO)
    return {pk: found.get(pk, nothing) for pk in account_ids}


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
    return losses_today(account_ids=[account.pk], at=now)[account.pk]
