"""Reads about signals and decisions."""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from django.db.models import Exists, OuterRef, Prefetch, QuerySet, Sum
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


# A decision (and its copy) shows its account by name: the account's many other columns, read
# twice per decision, were most of a signal list's time (bench/api_latency.py), so they stay unread.
_ACCOUNT_BESIDE_NAME = [f.name for f in Account._meta.concrete_fields if f.name not in ("id", "name")]


def _with_decisions(signals: QuerySet[Signal]) -> QuerySet[Signal]:
    decisions = SignalDecision.objects.select_related("account", "position__account", "decided_by").defer(
        *(f"{path}__{name}" for path in ("account", "position__account") for name in _ACCOUNT_BESIDE_NAME)
    )
    return signals.select_related("trader").prefetch_related(Prefetch("decisions", decisions))


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
def accounts_lock_for_screening(*, account_ids: list[int], trader_id: str, at: datetime) -> dict[int, Account]:
    """Lock ``account_ids`` for deciding (in id order, so two chunks never deadlock), each with
    what its screening reads that the lock does not guard, in the same statement: whether it
    follows the trader (``follows_trader``) and whether it has a trading window or a blackout
    still running at ``at`` at all (``has_windows``, ``has_blackouts``: only then are their rows
    read). What the lock does guard (positions, fills, decisions) is read after it, by
    ``screen_states_get``: a subquery here would see the rows as they were before the lock was
    granted."""
    locked = (
        Account.objects.select_for_update(of=("self",)).filter(pk__in=account_ids).order_by("pk").annotate(
            follows_trader=Exists(TraderFollow.objects.filter(account=OuterRef("pk"), trader_id=trader_id, enabled=True)),
            has_windows=Exists(TradingWindow.objects.filter(account=OuterRef("pk"))),
            has_blackouts=Exists(BlackoutPeriod.objects.filter(account=OuterRef("pk"), ends_at__gt=at)),
        )
    )
    return {account.pk: account for account in locked}


def screen_states_get(*, accounts: list[Account], trader_id: str, at: datetime) -> dict[int, rules.AccountState]:
    """Everything ``rules.screen`` needs about each of ``accounts`` (as ``accounts_lock_for_screening``
    returns them) at ``at``, in a fixed number of queries however many accounts there are (the
    copy pipeline loads a whole chunk of them)."""
    ids = [account.pk for account in accounts]
    exposures = account_exposures(account_ids=ids, trader_id=trader_id)
    with_windows = [account.pk for account in accounts if account.has_windows]
    with_blackouts = [account.pk for account in accounts if account.has_blackouts]
    windows = _by_account(TradingWindow.objects.filter(account_id__in=with_windows)) if with_windows else {}
    blackouts = _by_account(
        BlackoutPeriod.objects.filter(account_id__in=with_blackouts, ends_at__gt=at).order_by("starts_at", "id")
    ) if with_blackouts else {}
    losses = losses_today(account_ids=ids, at=at)
    return {
        account.pk: rules.AccountState(
            at=at,
            following=account.follows_trader,
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


def account_lock_for_screening(*, account_id: int, trader_id: str, at: datetime) -> Account:
    """``accounts_lock_for_screening`` for one account."""
    return accounts_lock_for_screening(account_ids=[account_id], trader_id=trader_id, at=at)[account_id]


def screen_state_get(*, account: Account, trader_id: str, at: datetime) -> rules.AccountState:
    """Everything ``rules.screen`` needs to know about ``account`` (locked by
    ``account_lock_for_screening``) at ``at``, read once."""
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
