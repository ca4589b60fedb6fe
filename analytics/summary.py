"""An account's day in a few lines: the daily summary notification (analytics.tasks.send_daily_summaries)."""
from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from accounts.models import Account, PerformanceSnapshot
from echotrade.fields import ZERO
from execution.models import Fill, Position
from execution.selectors import account_summary


def account_daily_summary(*, account: Account, day: date) -> tuple[str, str]:
    """The subject and text of ``account``'s summary of the UTC ``day``.

    Equity is the account's now (the task runs just after the day ends); its change is measured
    from the day's first daily snapshot, when there is one. Closed trades are those closed during
    the day, with their net P&L (realised - fees - funding).
    """
    start = datetime.combine(day, time.min, tzinfo=UTC)
    end = start + timedelta(days=1)
    money = account_summary(account=account)
    closed = list(Position.objects.filter(account=account, closed_at__gte=start, closed_at__lt=end))
    net = sum((p.net_pnl for p in closed), ZERO)
    wins = sum(1 for p in closed if p.net_pnl > 0)
    fills = Fill.objects.filter(account=account, created_at__gte=start, created_at__lt=end).count()
    opened = Position.objects.filter(account=account, opened_at__gte=start, opened_at__lt=end).count()
    quote = account.quote_currency
    lines = [f"{account.name} · daily summary for {day.isoformat()} (UTC)"]
    equity = f"Equity {money.equity:,.2f} {quote}"
    first = PerformanceSnapshot.objects.filter(account=account, day=day, kind="daily").first()
    if first is not None and first.equity:
        change = money.equity - first.equity
        equity += f" ({change:+,.2f}, {change / first.equity:+.2%} on the day)"
    lines.append(equity)
    lines.append(f"Closed {len(closed)} trade{'s' if len(closed) != 1 else ''}"
                 + (f": {wins} won, {len(closed) - wins} lost, net P&L {net:+,.2f} {quote}" if closed else ""))
    lines.append(f"Opened {opened}, {fills} fill{'s' if fills != 1 else ''}; {money.open_positions} open now, "
                 f"unrealised P&L {money.unrealised_pnl:+,.2f} {quote}")
    if account.paused:
        lines.append(f"Paused: {account.paused_reason}")
    return f"EchoTrade · {account.name} · Daily summary {day.isoformat()}", "\n".join(lines)
