"""Reads about positions."""
from __future__ import annotations

from django.db.models import QuerySet

from echotrade.exceptions import NotFound
from execution.models import Position

STATUS_GROUPS = {
    "active": Position.ACTIVE_STATUSES,
    "open": (Position.Status.OPEN,),
    "pending": (Position.Status.PENDING,),
    "closed": (Position.Status.CLOSED, Position.Status.LIQUIDATED, Position.Status.CANCELLED),
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
    from execution.models import Quote

    quotes = Quote.objects.all()
    return quotes.filter(symbol__in=symbols) if symbols else quotes
