"""A trader's full metrics in a set of accounts: what ``GET /api/traders/{id}/metrics`` returns."""
from __future__ import annotations

from collections import defaultdict
from datetime import timedelta
from decimal import Decimal

from django.db.models import Count, Q, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone

from analytics.inputs import (
    FILLED_STATUSES,
    capital,
    closed_copies,
    copies,
    notional,
    roi,
    series_from,
    win_rate,
)
from analytics.metrics import (
    drawdown_stats,
    leverage_stats,
    risk_adjusted,
    signal_stats,
    token_stats,
)
from analytics.metrics.tokens import base_token
from echotrade.fields import ZERO
from execution.models import Fill, Order, Position
from signals.models import SignalDecision
from traders.models import Trader


def trader_metrics(*, trader, accounts) -> dict:
    """Every metric group of the design for ``trader``'s copies in ``accounts``.

    Returns and equity are defined in ``analytics.inputs``. The groups:
    - ``basic``: the figures of ``trader_basic_metrics`` (signal_count, signals_copied per account
      {decided, executed}, closed_trades, win_rate, realised_pnl, net_pnl, fees, roi) plus
      ``roi_30d`` / ``roi_90d`` / ``roi_all_time`` (net P&L over margin used of the copies closed
      in the last 30 / 90 days / ever; None without such copies), ``max_drawdown`` (of the
      equity curve, a negative fraction of the capital; None without closed copies) and
      ``pnl_contribution`` {usd: net P&L of the closed copies, pct: that as a percentage of the
      net P&L of every closed position in the same accounts (None when that total is 0; it may
      exceed 100 or be negative when other sources lost money)}. Amounts are Decimals.
    - ``leverage``: ``leverage_stats`` over the closed copies (pnl = net P&L).
    - ``risk_adjusted``: ``risk_adjusted`` over the daily returns (365 periods a year).
    - ``token``: ``token_stats`` over every filled copy (open ones too: exposure), weighted by
      notional; P&L correlation from the closed ones.
    - ``drawdown``: ``drawdown_stats`` over the equity curve.
    - ``signal_quality``: ``signal_stats`` over the trader's signals (duplicates left out). A
      signal's outcome is the summed net P&L of its closed copies in the accounts (undecided
      while none closed); its fill is the first entry fill among those copies, with the fill's
      reference price as the expected price.
    - ``per_token``: {token: {roi, win_rate, trades}} over the closed copies of each base token,
      roi as net P&L over margin used (a Decimal), largest number of trades first.

    A trader without copies gets zeros, empty groups and None; never an exception.
    """
    closed = closed_copies(trader=trader, accounts=accounts)
    series = series_from(closed, capital(trader=trader, accounts=accounts))
    drawdown = drawdown_stats(series.equity)
    return {
        "basic": _basic(trader, accounts, closed, drawdown),
        "leverage": leverage_stats(
            [{"leverage": p.leverage, "pnl": p.net_pnl, "status": p.status} for p in closed]
        ),
        "risk_adjusted": risk_adjusted(series.returns),
        "token": token_stats(_token_rows(trader, accounts)),
        "drawdown": drawdown,
        "signal_quality": signal_stats(signal_rows(trader, accounts)),
        "per_token": _per_token(closed),
    }


def _basic(trader, accounts, closed: list, drawdown: dict) -> dict:
    now = timezone.now()
    basic = trader_basic_metrics(trader=trader, accounts=accounts)
    usd = sum((p.net_pnl for p in closed), ZERO)
    totals = Position.objects.filter(account__in=accounts, status__in=Position.CLOSED_STATUSES).aggregate(
        realised=Coalesce(Sum("realised_pnl"), ZERO), fees=Coalesce(Sum("fees"), ZERO),
        funding=Coalesce(Sum("funding"), ZERO),
    )
    accounts_net = totals["realised"] - totals["fees"] - totals["funding"]
    max_drawdown = drawdown["max_drawdown"]
    return {
        **basic,
        "roi_30d": roi([p for p in closed if p.closed_at >= now - timedelta(days=30)]),
        "roi_90d": roi([p for p in closed if p.closed_at >= now - timedelta(days=90)]),
        "roi_all_time": roi(closed),
        "max_drawdown": Decimal(str(round(max_drawdown, 6))) if max_drawdown is not None else None,
        "pnl_contribution": {
            "usd": usd,
            "pct": (usd / accounts_net * 100).quantize(Decimal("0.01")) if accounts_net else None,
        },
    }


def _token_rows(trader, accounts) -> list[dict]:
    filled = copies(trader=trader, accounts=accounts).filter(status__in=FILLED_STATUSES, entry_price__isnull=False)
    return [
        {
            "symbol": p.symbol, "notional": notional(p),
            "pnl": p.net_pnl if p.status in Position.CLOSED_STATUSES else None, "closed_at": p.closed_at,
        }
        for p in filled
    ]


def signal_rows(trader, accounts) -> list[dict]:
    pnl: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for position in copies(trader=trader, accounts=accounts).filter(status__in=Position.CLOSED_STATUSES, signal__isnull=False):
        pnl[position.signal_id] += position.net_pnl
    first_fill = {}
    entry_fills = Fill.objects.filter(
        position__trader=trader, position__account__in=accounts, order__purpose=Order.Purpose.ENTRY,
        position__signal__isnull=False,
    ).select_related("position").order_by("created_at", "id")
    for fill in entry_fills:
        first_fill.setdefault(fill.position.signal_id, fill)
    rows = []
    for signal in trader.signals.filter(duplicate_of__isnull=True).only(
        "id", "confidence", "received_at", "source_time", "side"
    ):
        fill = first_fill.get(signal.pk)
        rows.append({
            "confidence": signal.confidence, "received_at": signal.received_at, "source_time": signal.source_time,
            "side": signal.side, "pnl": pnl.get(signal.pk),
            "filled_at": fill.created_at if fill else None,
            "expected_price": fill.reference_price if fill else None,
            "fill_price": fill.price if fill else None,
        })
    return rows


def _per_token(closed: list) -> dict:
    by_token: dict[str, list] = defaultdict(list)
    for position in closed:
        by_token[base_token(position.symbol)].append(position)
    ranked = sorted(by_token.items(), key=lambda item: (-len(item[1]), item[0]))
    return {
        token: {"roi": roi(positions), "win_rate": win_rate(positions), "trades": len(positions)}
        for token, positions in ranked
    }


def trader_basic_metrics(*, trader: Trader, accounts) -> dict:
    """Signal count, copies per account, win rate, realised P&L and ROI of the copied trades.

    ``accounts`` limits the copy figures to what the asking user may see. ROI is net P&L
    (realised - fees - funding) over the margin the closed copies used.
    """

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
    closed = Position.objects.filter(trader=trader, account__in=accounts, status__in=Position.CLOSED_STATUSES)
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
