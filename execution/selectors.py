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
    # Through the account's own manager, every position's ``account`` is that same instance: no
    # join, and no copy of the (wide) account row per position.
    if isinstance(account, Account):
        positions = account.positions.all()
    else:
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
    return account_summaries(accounts=[account])[account.pk]


def account_summaries(*, accounts: list[Account]) -> dict[int, AccountSummary]:
    """``account_summary`` of every one of ``accounts``, in one query however many there are."""
    ids = [account.pk for account in accounts]
    # One pass over all the accounts' positions: the totals over every one, the exposure over the
    # active ones (the same sums account_exposures takes, filtered here rather than in WHERE).
    rows = {
        row["account_id"]: row
        for row in Position.objects.filter(account_id__in=ids).values("account_id").annotate(
            realised=_money_sum("realised_pnl"), fees=_money_sum("fees"), funding=_money_sum("funding"),
            **_exposure_sums(only=ACTIVE),
        )
    }
    nothing = {"realised": ZERO, "fees": ZERO, "funding": ZERO}
    summaries = {}
    for account in accounts:
        row = rows.get(account.pk, nothing)
        exposure = _exposure(row) if account.pk in rows else Exposure()
        summaries[account.pk] = AccountSummary(
            cash=account.cash,
            margin_used=exposure.margin,
            unrealised_pnl=exposure.unrealised,
            realised_pnl=row["realised"],
            fees=row["fees"],
            funding=row["funding"],
            equity=exposure.equity(cash=account.cash),
            open_positions=exposure.open_positions,
        )
    return summaries


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
        .annotate(**_exposure_sums(trader_id=trader_id))
    )
    found = {row["account_id"]: _exposure(row) for row in rows}
    return {pk: found.get(pk, Exposure()) for pk in account_ids}


ACTIVE = Q(status__in=Position.ACTIVE_STATUSES)


def _exposure_sums(*, only: Q | None = None, trader_id: str | None = None) -> dict:
    """What an Exposure sums, over the rows in ``only`` (all of them when None)."""
    trader = Q(trader_id=trader_id) if only is None else only & Q(trader_id=trader_id)
    return {
        "margin": _money_sum("margin", only=only), "unrealised": _money_sum("unrealised_pnl", only=only),
        "count": Count("id", filter=only), "trader_count": Count("id", filter=trader),
    }


def _exposure(row: dict) -> Exposure:
    return Exposure(row["margin"], row["unrealised"], row["count"], row["trader_count"])


def _money_sum(field: str, *, only: Q | None = None) -> Coalesce:
    # A declared 8-place output makes Django quantize the total; SQLite otherwise sums in floats.
    money = DecimalField(max_digits=28, decimal_places=8)
    return Coalesce(Sum(field, output_field=money, filter=only), ZERO, output_field=money)
