"""Reads about positions."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import DecimalField, QuerySet, Sum
from django.db.models.functions import Coalesce

from accounts.models import Account
from echotrade.exceptions import NotFound
from echotrade.fields import ZERO
from execution.models import Position, Quote

STATUS_GROUPS = {
    "active": Position.ACTIVE_STATUSES,
    "open": (Position.Status.OPEN,),
    "pending": (Position.Status.PENDING,),
    "closed": (*Position.CLOSED_STATUSES, Position.Status.CANCELLED),  # the finished ones
}


def position_list(*, account, status: str = "active") -> QuerySet[Position]:
    positions = Position.objects.filter(account=account).select_related("account")
    if status != "all":
        positions = positions.filter(status__in=STATUS_GROUPS[status])
    return positions


def position_get_for_user(*, user, position_id: int) -> Position:
    """A position of one of ``user``'s accounts; any other answers NotFound, as if it did not exist."""
    position = (
        Position.objects.select_related("account", "trader")
        .filter(pk=position_id, account__memberships__user=user)
        .first()
    )
    if position is None:
        raise NotFound(f"No position #{position_id}.")
    return position


def quotes_list(*, symbols: list[str] | None = None):
    quotes = Quote.objects.all()
    return quotes.filter(symbol__in=symbols) if symbols else quotes


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
