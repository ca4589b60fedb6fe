"""Reads about positions."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Count, DecimalField, Q, QuerySet, Sum
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
    exposure = account_exposures(account_ids=[account.pk])[account.pk]
    totals = Position.objects.filter(account=account).aggregate(
        realised=_money_sum("realised_pnl"), fees=_money_sum("fees"), funding=_money_sum("funding")
    )
    return AccountSummary(
        cash=account.cash,
        margin_used=exposure.margin,
        unrealised_pnl=exposure.unrealised,
        realised_pnl=totals["realised"],
        fees=totals["fees"],
        funding=totals["funding"],
        equity=exposure.equity(cash=account.cash),
        open_positions=exposure.open_positions,
    )


@dataclass(frozen=True)
class Exposure:
    """What an account's active positions hold: margin, unrealised P&L, how many (of one trader)."""

    margin: Decimal = ZERO
    unrealised: Decimal = ZERO
    open_positions: int = 0
    trader_open: int = 0

    def equity(self, *, cash: Decimal) -> Decimal:
        return cash + self.margin + self.unrealised


def account_exposures(*, account_ids: list[int], trader_id: str | None = None) -> dict[int, Exposure]:
    """Every listed account's exposure in one query (``trader_open``: active copies of ``trader_id``)."""
    rows = (
        Position.objects.filter(account_id__in=account_ids, status__in=Position.ACTIVE_STATUSES)
        .values("account_id")
        .annotate(
            margin=_money_sum("margin"), unrealised=_money_sum("unrealised_pnl"), count=Count("id"),
            trader_count=Count("id", filter=Q(trader_id=trader_id)),
        )
    )
    found = {
        row["account_id"]: Exposure(row["margin"], row["unrealised"], row["count"], row["trader_count"]) for row in rows
    }
    return {pk: found.get(pk, Exposure()) for pk in account_ids}


def _money_sum(field: str) -> Coalesce:
    # A declared 8-place output makes Django quantize the total; SQLite otherwise sums in floats.
    money = DecimalField(max_digits=28, decimal_places=8)
    return Coalesce(Sum(field, output_field=money), ZERO, output_field=money)
