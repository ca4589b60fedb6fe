"""Reads about traders: lists, lookups and the basic performance figures."""
from __future__ import annotations

from decimal import Decimal

from django.db.models import Count, Q, QuerySet, Sum
from django.db.models.functions import Coalesce

from echotrade.exceptions import NotFound
from echotrade.fields import ZERO
from traders.models import Trader


def trader_list(*, active: bool | None = None, source: str | None = None) -> QuerySet[Trader]:
    """Followed traders. A bot's own signal source is listed only when asked for (``source="bot"``):
    bots have their own page, and the trader list is about the people and channels followed."""
    traders = Trader.objects.filter(deleted_at__isnull=True)
    if active is not None:
        traders = traders.filter(active=active)
    if source:
        traders = traders.filter(source=source)
    else:
        traders = traders.exclude(source=Trader.Source.BOT)
    return traders


def trader_get(*, trader_id: str) -> Trader:
    trader = Trader.objects.filter(pk=trader_id, deleted_at__isnull=True).first()
    if trader is None:
        raise NotFound(f"No trader with id '{trader_id}'.")
    return trader


def trader_basic_metrics(*, trader: Trader, accounts) -> dict:
    """Signal count, copies per account, win rate, realised P&L and ROI of the copied trades.

    ``accounts`` limits the copy figures to what the asking user may see. ROI is net P&L
    (realised - fees - funding) over the margin the closed copies used.
    """
    from execution.models import Position
    from signals.models import SignalDecision

    signals = trader.signals.filter(duplicate_of__isnull=True)
    copied = (
        SignalDecision.objects.filter(signal__trader=trader, account__in=accounts)
        .values("account__name")
        .annotate(
            decided=Count("id"),
            executed=Count("id", filter=Q(outcome=SignalDecision.Outcome.EXECUTED)),
        )
        .order_by("account__name")
    )
    closed = Position.objects.filter(trader=trader, account__in=accounts, status__in=["closed", "liquidated"])
    totals = closed.aggregate(
        realised=Coalesce(Sum("realised_pnl"), ZERO),
        fees=Coalesce(Sum("fees"), ZERO),
        funding=Coalesce(Sum("funding"), ZERO),
        count=Count("id"),
    )
    net = totals["realised"] - totals["fees"] - totals["funding"]
    wins = sum(1 for p in closed.only("realised_pnl", "fees", "funding") if p.net_pnl > 0)
    margin_used = sum(
        ((p.entry_price or ZERO) * p.initial_quantity / p.leverage for p in closed.only("entry_price", "initial_quantity", "leverage")),
        ZERO,
    )
    return {
        "signal_count": signals.count(),
        "signals_copied": {
            row["account__name"]: {"decided": row["decided"], "executed": row["executed"]} for row in copied
        },
        "closed_trades": totals["count"],
        "win_rate": (Decimal(wins) / totals["count"]).quantize(Decimal("0.0001")) if totals["count"] else None,
        "realised_pnl": totals["realised"],
        "net_pnl": net,
        "fees": totals["fees"],
        "roi": (net / margin_used).quantize(Decimal("0.0001")) if margin_used else None,
    }
