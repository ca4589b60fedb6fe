"""From the database to the plain rows and series the metrics library takes.

Definitions every analytics figure shares (the trader's *record* in a set of accounts):

- A **copy** is one of the trader's positions in one of the accounts; a **closed copy** is one
  whose status is closed or liquidated. Closed copies have quantity 0, so their size is
  ``initial_quantity × entry_price`` (notional) and that over ``leverage`` (margin used).
- A copy's **net P&L** is realised P&L - fees - funding (``Position.net_pnl``; unrealised is 0
  once closed). A copy **wins** when its net P&L is > 0. Its whole net P&L belongs to the UTC
  day it closed.
- The **capital** K is the sum of the starting balances of the accounts (in scope) that hold at
  least one copy of the trader: the money the trader's copies trade with.
- The **equity curve** is K followed by K + cumulative net P&L at the end of every UTC day from
  the first to the last day a copy closed (days without a close repeat the previous value). It
  has one more point than there are days, so a loss on the first day is a drawdown too.
- The **daily return** of day d is e_d / e_{d-1} - 1 = net P&L closed on day d / equity at the
  end of the day before: the return the copying accounts made on the trader's capital. Every
  calendar day between the first and the last close is in the series (0 for a day without one).
  Compounding the returns gives back the equity curve.

So drawdowns and returns say what the trader did to the accounts' money, not to the margin of
its trades: a copy uses a few percent of an account, and a 2 % drawdown here is a real 2 % of
the capital it trades with. ROI (``roi_*``) is the other view: net P&L over the margin used.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from datetime import timezone as dt_timezone
from decimal import Decimal

from django.db.models import QuerySet, Sum

from accounts.models import Account
from echotrade.fields import ZERO
from execution.models import Position

# A copy that was filled: open now, or closed with a record.
FILLED_STATUSES = (Position.Status.OPEN, *Position.CLOSED_STATUSES)


def utc_day(moment: datetime) -> date:
    return moment.astimezone(dt_timezone.utc).date()


def copies(*, trader, accounts) -> QuerySet:
    return Position.objects.filter(trader=trader, account__in=accounts)


def closed_copies_query(*, trader, accounts, since: datetime | None = None) -> QuerySet:
    """The trader's closed copies in ``accounts``, oldest close first."""
    closed = copies(trader=trader, accounts=accounts).filter(status__in=Position.CLOSED_STATUSES, closed_at__isnull=False)
    if since is not None:
        closed = closed.filter(closed_at__gte=since)
    return closed.order_by("closed_at", "id")


def closed_copies(*, trader, accounts, since: datetime | None = None) -> list:
    """``closed_copies_query`` as model instances, each with its account."""
    return list(closed_copies_query(trader=trader, accounts=accounts, since=since).select_related("account"))


def notional(position) -> Decimal:
    return (position.entry_price or ZERO) * position.initial_quantity


def margin_used(position) -> Decimal:
    return notional(position) / position.leverage


def roi(positions) -> Decimal | None:
    """Net P&L over the margin the positions used, to 4 places; None when they used none."""
    margin = sum((margin_used(p) for p in positions), ZERO)
    if not margin:
        return None
    return (sum((p.net_pnl for p in positions), ZERO) / margin).quantize(Decimal("0.0001"))


def win_rate(positions) -> float | None:
    return sum(1 for p in positions if p.net_pnl > 0) / len(positions) if positions else None


def capital(*, trader, accounts) -> Decimal:
    holding = copies(trader=trader, accounts=accounts).values("account_id")
    return Account.objects.filter(pk__in=holding).aggregate(total=Sum("starting_balance"))["total"] or ZERO


@dataclass(frozen=True)
class Series:
    """The trader's daily returns and equity curve (see the module docstring)."""
    days: list[date]
    returns: list[float]
    equity: list[float]
    daily_pnl: dict[date, Decimal]

    @property
    def returns_by_day(self) -> dict[date, float]:
        return dict(zip(self.days, self.returns, strict=True))


def series_from(closed: list, starting_capital: Decimal) -> Series:
    pnl: dict[date, Decimal] = defaultdict(lambda: ZERO)
    for position in closed:
        pnl[utc_day(position.closed_at)] += position.net_pnl
    if not pnl or starting_capital <= 0:
        return Series(days=[], returns=[], equity=[], daily_pnl={})
    first, last = min(pnl), max(pnl)
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    equity = [starting_capital]
    for day in days:
        # Losses beyond the capital cannot happen to real accounts; the floor keeps the curve valid.
        equity.append(max(equity[-1] + pnl.get(day, ZERO), ZERO))
    returns = [float(e / prev - 1) if prev else 0.0 for prev, e in zip(equity, equity[1:])]
    return Series(days=days, returns=returns, equity=[float(e) for e in equity], daily_pnl=dict(pnl))


def trader_series(*, trader, accounts) -> Series:
    return series_from(closed_copies(trader=trader, accounts=accounts), capital(trader=trader, accounts=accounts))
