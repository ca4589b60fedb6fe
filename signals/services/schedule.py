"""Per-account trading windows and blackout periods: when an account takes new signals."""
from __future__ import annotations

from datetime import datetime, time

from django.db import transaction

from accounts.models import Account
from echotrade.audit import audit_record
from echotrade.exceptions import InvalidInput
from signals.models import BlackoutPeriod, TradingWindow


@transaction.atomic
def trading_window_create(
    *, account: Account, start_time: time, end_time: time, weekdays: list[int] | None = None, actor=None
) -> TradingWindow:
    """A UTC window in which the account takes signals. Once an account has one, it trades only inside its windows."""
    weekdays = sorted(set(weekdays or []))
    if any(not isinstance(d, int) or not 0 <= d <= 6 for d in weekdays):
        raise InvalidInput("Weekdays are 0 (Monday) to 6 (Sunday).", fields={"weekdays": ["Use 0 … 6."]})
    if start_time == end_time:
        raise InvalidInput("A window needs a start and an end that differ.", fields={"end_time": ["Same as the start."]})
    window = TradingWindow.objects.create(account=account, start_time=start_time, end_time=end_time, weekdays=weekdays)
    audit_record(
        action="trading_window.created", account=account, actor=actor, obj=window,
        after={"start_time": start_time, "end_time": end_time, "weekdays": weekdays},
    )
    return window


@transaction.atomic
def trading_window_delete(*, window: TradingWindow, actor=None) -> None:
    audit_record(
        action="trading_window.deleted", account=window.account, actor=actor, obj=window,
        before={"start_time": window.start_time, "end_time": window.end_time, "weekdays": window.weekdays},
    )
    window.delete()


@transaction.atomic
def blackout_create(
    *, account: Account, starts_at: datetime, ends_at: datetime, reason: str = "", actor=None
) -> BlackoutPeriod:
    if ends_at <= starts_at:
        raise InvalidInput("A blackout must end after it starts.", fields={"ends_at": ["Must be after the start."]})
    blackout = BlackoutPeriod.objects.create(account=account, starts_at=starts_at, ends_at=ends_at, reason=reason[:200])
    audit_record(
        action="blackout.created", account=account, actor=actor, obj=blackout, message=reason,
        after={"starts_at": starts_at, "ends_at": ends_at},
    )
    return blackout


@transaction.atomic
def blackout_delete(*, blackout: BlackoutPeriod, actor=None) -> None:
    audit_record(
        action="blackout.deleted", account=blackout.account, actor=actor, obj=blackout,
        before={"starts_at": blackout.starts_at, "ends_at": blackout.ends_at, "reason": blackout.reason},
    )
    blackout.delete()
