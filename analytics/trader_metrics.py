"""A trader's full metrics in a set of accounts: what ``GET /api/traders/{id}/metrics`` returns."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from django.db.models import Count, Q, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone

from analytics.inputs import (
    FILLED_STATUSES,
    capital,
    closed_copies_query,
    copies,
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
from analytics.metrics.columns import SignalColumns, TradeColumns
from analytics.metrics.tokens import base_token
from echotrade.fields import ZERO
from execution.models import Fill, Order, Position
from signals.models import SignalDecision
from traders.models import Trader

# A copy's net P&L, as ``Position.net_pnl`` adds them: realised + unrealised - fees - funding.
NET_PNL_FIELDS = ("realised_pnl", "unrealised_pnl", "fees", "funding")


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
    closed = _closed_copies(trader, accounts)
    series = series_from(closed, capital(trader=trader, accounts=accounts))
    drawdown = drawdown_stats(series.equity)
    return {
        "basic": _basic(trader, accounts, closed, drawdown),
        "leverage": leverage_stats(TradeColumns.of(
            leverage=[p.leverage for p in closed], pnl=[p.net_pnl for p in closed],
            liquidated=[p.status == Position.Status.LIQUIDATED for p in closed],
        )),
        "risk_adjusted": risk_adjusted(series.returns),
        "token": token_stats(_token_columns(trader, accounts)),
        "drawdown": drawdown,
        "signal_quality": signal_stats(signal_columns(trader, accounts)),
        "per_token": _per_token(closed),
    }


@dataclass(frozen=True, slots=True)
class _ClosedCopy:
    """The fields of a closed copy the figures read, as ``Position`` names them."""

    symbol: str
    status: str
    leverage: int
    entry_price: Decimal | None
    initial_quantity: Decimal
    closed_at: datetime
    net_pnl: Decimal


def _closed_copies(trader, accounts) -> list[_ClosedCopy]:
    """``analytics.inputs.closed_copies`` in one ``values_list`` query: a model instance per copy
    (and its account) costs more than every metric computed from them."""
    rows = closed_copies_query(trader=trader, accounts=accounts).values_list(
        "symbol", "status", "leverage", "entry_price", "initial_quantity", "closed_at", *NET_PNL_FIELDS
    )
    return [
        _ClosedCopy(symbol, status, leverage, entry, quantity, closed_at, realised + unrealised - fees - funding)
        for symbol, status, leverage, entry, quantity, closed_at, realised, unrealised, fees, funding in rows
    ]


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


def _token_columns(trader, accounts) -> TradeColumns:
    """Every filled copy: its symbol, notional and, once closed, its net P&L and close time."""
    filled = copies(trader=trader, accounts=accounts).filter(status__in=FILLED_STATUSES, entry_price__isnull=False)
    rows = filled.values_list("symbol", "entry_price", "initial_quantity", "status", *NET_PNL_FIELDS, "closed_at")
    symbol, entry, quantity, status, realised, unrealised, fees, funding, closed_at = _columns(rows, 9)
    closed = [s in Position.CLOSED_STATUSES for s in status]
    return TradeColumns.of(
        symbol=symbol,
        notional=[e * q for e, q in zip(entry, quantity, strict=True)],
        pnl=[r + u - f - fu if c else None for r, u, f, fu, c in zip(realised, unrealised, fees, funding, closed, strict=True)],
        closed_at=closed_at,
    )


def signal_columns(trader, accounts) -> SignalColumns:
    """The trader's signals (duplicates left out) with the outcome and first entry fill of their copies.

    A signal's pnl is the summed net P&L of its closed copies in ``accounts`` (None while none
    closed); its fill is the first entry fill among them, with the fill's reference price as the
    expected price. Three queries, whatever the number of signals.
    """
    pnl: dict[int, Decimal] = defaultdict(lambda: ZERO)
    closed = copies(trader=trader, accounts=accounts).filter(status__in=Position.CLOSED_STATUSES, signal__isnull=False)
    for signal_id, realised, unrealised, fees, funding in closed.values_list("signal_id", *NET_PNL_FIELDS):
        pnl[signal_id] += realised + unrealised - fees - funding
    first_fill = {}
    entry_fills = Fill.objects.filter(
        position__trader=trader, position__account__in=accounts, order__purpose=Order.Purpose.ENTRY,
        position__signal__isnull=False,
    ).order_by("created_at", "id")
    for signal_id, *fill in entry_fills.values_list("position__signal_id", "created_at", "reference_price", "price"):
        first_fill.setdefault(signal_id, fill)
    signals = trader.signals.filter(duplicate_of__isnull=True)
    ids, confidence, received_at, source_time, side = _columns(
        signals.values_list("id", "confidence", "received_at", "source_time", "side"), 5
    )
    filled_at, expected, price = _columns([first_fill.get(i, (None, None, None)) for i in ids], 3)
    return SignalColumns.of(
        confidence=confidence, pnl=[pnl.get(i) for i in ids], received_at=received_at, source_time=source_time,
        side=side, filled_at=filled_at, expected_price=expected, fill_price=price,
    )


def _columns(rows, width: int) -> list[tuple]:
    """The columns of ``values_list`` rows (``width`` empty ones for no rows)."""
    return list(zip(*rows, strict=True)) or [()] * width


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
    # Read as plain values: model instances deferring unrealised_pnl cost a query each for net_pnl.
    rows = list(closed.values_list(*NET_PNL_FIELDS, "entry_price", "initial_quantity", "leverage"))
    wins = sum(1 for realised, unrealised, fees, funding, *_ in rows if realised + unrealised - fees - funding > 0)
    margin_used = sum(((entry or ZERO) * quantity / leverage for *_, entry, quantity, leverage in rows), ZERO)
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
