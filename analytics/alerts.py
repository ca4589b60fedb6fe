"""Trader alerts: the conditions as pure checks (``rule_check``), and ``alerts_evaluate``, which
loads the trader's record, calls them, records what triggered and sends it out through
``echotrade.notify`` (Telegram, email) once committed.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction

from accounts.models import Account
from analytics.inputs import capital, closed_copies, series_from
from analytics.metrics import drawdown_stats
from echotrade.audit import audit_record
from echotrade.notify import notify_on_commit
from traders.models import Trader, TraderAlert, TraderAlertRule, TraderFollow
from traders.services import trader_update

DEFAULT_WIN_RATE_WINDOW = 20


@dataclass(frozen=True)
class Check:
    breached: bool
    value: float | None  # what was measured: drawdown (negative fraction), win rate, losing streak
    message: str


def rule_check(*, kind: str, threshold: Decimal, window: int | None, pnls: Sequence, current_drawdown: float | None) -> Check:
    """Whether a rule is breached by a record.

    ``pnls`` are the net P&L of the trader's closed copies, oldest first; ``current_drawdown`` is
    the equity curve's last drawdown (≤ 0) or None without closed copies.

    - ``drawdown``: breached when -current_drawdown > threshold (0.02: more than 2 % below the peak).
    - ``win_rate``: over the last ``window`` (default 20) closed copies, breached when
      wins / window < threshold; not judged before there are ``window`` closed copies.
    - ``consecutive_losses``: the copies closed since the last win (net P&L ≤ 0 is a loss),
      breached when there are at least ``threshold`` of them.
    """
    limit = float(threshold)
    if kind == "drawdown":
        if current_drawdown is None:
            return Check(False, None, "No closed copies yet.")
        return Check(
            -current_drawdown > limit, current_drawdown,
            f"drawdown {-current_drawdown:.2%} (alert beyond {limit:.2%})",
        )
    if kind == "win_rate":
        size = window or DEFAULT_WIN_RATE_WINDOW
        if len(pnls) < size:
            return Check(False, None, f"{len(pnls)} closed copies; the win rate is judged over {size}.")
        rate = sum(1 for pnl in pnls[-size:] if pnl > 0) / size
        return Check(rate < limit, rate, f"win rate {rate:.0%} over the last {size} trades (alert below {limit:.0%})")
    if kind == "consecutive_losses":
        streak = 0
        for pnl in reversed(pnls):
            if pnl > 0:
                break
            streak += 1
        return Check(streak >= limit, float(streak), f"{streak} losing trades in a row (alert at {int(limit)})")
    raise ValueError(f"Unknown alert kind {kind!r}.")


@transaction.atomic
def alerts_evaluate(*, trader: Trader) -> list:
    """Check the trader's enabled rules against its record in every account; record what triggers.

    A rule triggers at most once per new closed copy: when it already triggered after the latest
    close, nothing has changed and it stays quiet (so the beat task may run as often as it likes).
    A triggered rule with ``auto_pause`` switches the trader off (``trader_update``, audited). Each
    alert is written to the audit log of every account following the trader (and so pushed on
    its websocket) and sent by Telegram/email after commit when those are configured
    (``echotrade.notify``; a failed send is logged and changes nothing here).
    """

    # The lock serialises two workers evaluating the same trader, so an alert is recorded once.
    rules = list(TraderAlertRule.objects.select_for_update().filter(trader=trader, enabled=True).order_by("kind"))
    if not rules or trader.deleted_at is not None:
        return []
    everywhere = Account.objects.all()
    closed = closed_copies(trader=trader, accounts=everywhere)
    if not closed:
        return []
    latest_close = max(p.closed_at for p in closed)
    equity = series_from(closed, capital(trader=trader, accounts=everywhere)).equity
    current_drawdown = drawdown_stats(equity)["current_drawdown"] if equity else None
    pnls = [p.net_pnl for p in closed]
    fired = []
    for rule in rules:
        if rule.alerts.filter(triggered_at__gte=latest_close).exists():
            continue
        check = rule_check(
            kind=rule.kind, threshold=rule.threshold, window=rule.window, pnls=pnls, current_drawdown=current_drawdown,
        )
        if check.breached:
            fired.append(_alert_fire(rule=rule, trader=trader, check=check))
    return fired


def _alert_fire(*, rule, trader: Trader, check):
    paused = False
    if rule.auto_pause and Trader.objects.filter(pk=trader.pk, active=True).exists():
        trader_update(trader=trader, active=False)
        paused = True
    message = f"{trader.name}: {check.message}." + (" The trader is paused." if paused else "")
    alert = TraderAlert.objects.create(
        rule=rule, trader=trader, kind=rule.kind, message=message[:500],
        value=Decimal(str(round(check.value, 8))) if check.value is not None else None, paused_trader=paused,
    )
    after = {"trader": trader.pk, "kind": rule.kind, "value": alert.value, "threshold": rule.threshold, "paused_trader": paused}
    for follow in TraderFollow.objects.filter(trader=trader, enabled=True).select_related("account"):
        audit_record(action="trader.alert", account=follow.account, obj=alert, message=message, after=after)
    notify_on_commit(subject="EchoTrade trader alert", text=message)
    return alert
