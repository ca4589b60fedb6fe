"""Reads about accounts: which ones a user may see, and an account's money at a glance."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import DecimalField, QuerySet, Sum
from django.db.models.functions import Coalesce

from accounts.models import Account, AuditEvent, Membership
from echotrade.exceptions import NotFound, PermissionDenied
from echotrade.fields import ZERO


def account_list_for_user(*, user) -> QuerySet[Account]:
    return Account.objects.filter(memberships__user=user).distinct()


def account_get_for_user(*, user, name: str, act: bool = False) -> Account:
    """The account called ``name`` if ``user`` is a member; with ``act``, only if they may act on it.

    Another account's name answers NotFound, exactly like a name that does not exist, so
    nobody learns which accounts exist by probing.
    """
    membership = (
        Membership.objects.select_related("account").filter(user=user, account__name=name).first()
        if user.is_authenticated
        else None
    )
    if membership is None:
        raise NotFound(f"No account named '{name}'.")
    if act and not membership.can_act:
        raise PermissionDenied(f"You may view '{name}' but not act on it.")
    return membership.account


def account_check_can_act(*, user, account: Account) -> None:
    membership = Membership.objects.filter(user=user, account=account).first()
    if membership is None:
        raise NotFound("Not found.")
    if not membership.can_act:
        raise PermissionDenied(f"You may view '{account.name}' but not act on it.")


@dataclass(frozen=True)
class AccountSummary:
    cash: Decimal
    margin_used: Decimal
    unrealised_pnl: Decimal
    realised_pnl: Decimal
    fees: Decimal
    funding: Decimal
    equity: Decimal
    open_positions: int

    @property
    def free_margin(self) -> Decimal:
        return self.cash


def account_summary(*, account: Account) -> AccountSummary:
    """Cash, margin and P&L. Equity = cash + margin held + unrealised P&L of active positions."""
    from execution.models import Position

    active = Position.objects.filter(account=account, status__in=Position.ACTIVE_STATUSES).aggregate(
        margin=_money_sum("margin"), unrealised=_money_sum("unrealised_pnl")
    )
    totals = Position.objects.filter(account=account).aggregate(
        realised=_money_sum("realised_pnl"), fees=_money_sum("fees"), funding=_money_sum("funding")
    )
    open_count = Position.objects.filter(account=account, status__in=Position.ACTIVE_STATUSES).count()
    equity = account.cash + active["margin"] + active["unrealised"]
    return AccountSummary(
        cash=account.cash,
        margin_used=active["margin"],
        unrealised_pnl=active["unrealised"],
        realised_pnl=totals["realised"],
        fees=totals["fees"],
        funding=totals["funding"],
        equity=equity,
        open_positions=open_count,
    )


def _money_sum(field: str) -> Coalesce:
    # A declared 8-place output makes Django quantize the total; SQLite otherwise sums in floats.
    money = DecimalField(max_digits=28, decimal_places=8)
    return Coalesce(Sum(field, output_field=money), ZERO, output_field=money)


def audit_list(*, account: Account) -> QuerySet[AuditEvent]:
    return AuditEvent.objects.filter(account=account).select_related("actor")
