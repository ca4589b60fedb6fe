"""Snapshots: an account's money and a trader's day, recorded daily so curves have history."""
from __future__ import annotations

from decimal import Decimal

from django.utils import timezone

from accounts.models import Account, PerformanceSnapshot
from execution.models import Position
from execution.selectors import account_summary
from signals.models import SignalDecision
from traders.models import Trader, TraderSnapshot


def snapshot_take(*, account: Account, kind: str = "daily", now=None):
    """Record the account's money now. A daily snapshot is one per UTC day (taken again, it is updated)."""
    now = now or timezone.now()
    summary = account_summary(account=account)
    values = {
        "taken_at": now, "equity": summary.equity, "cash": summary.cash, "margin_used": summary.margin_used,
        "unrealised_pnl": summary.unrealised_pnl, "realised_pnl": summary.realised_pnl, "fees": summary.fees,
        "funding": summary.funding, "open_positions": summary.open_positions,
    }
    if kind == "daily":
        snapshot, _ = PerformanceSnapshot.objects.update_or_create(
            account=account, day=now.date(), kind="daily", defaults=values
        )
        return snapshot
    return PerformanceSnapshot.objects.create(account=account, day=now.date(), kind=kind, **values)


def trader_snapshot_take(*, trader: Trader, day=None):
    """The trader's day across all accounts: signals, copies, closed trades, wins, P&L."""
    day = day or timezone.now().date()
    signals = trader.signals.filter(duplicate_of__isnull=True, received_at__date=day).count()
    executed = SignalDecision.objects.filter(signal__trader=trader, outcome="executed", decided_at__date=day).count()
    closed = list(Position.objects.filter(trader=trader, status__in=Position.CLOSED_STATUSES, closed_at__date=day))
    values = {
        "signals": signals, "executed": executed, "closed_trades": len(closed),
        "wins": sum(1 for p in closed if p.net_pnl > 0),
        "realised_pnl": sum((p.realised_pnl for p in closed), Decimal(0)),
        "net_pnl": sum((p.net_pnl for p in closed), Decimal(0)),
    }
    snapshot, _ = TraderSnapshot.objects.update_or_create(trader=trader, day=day, defaults=values)
    return snapshot
