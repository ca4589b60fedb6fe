"""Reads about accounts: which ones a user may see, and an account's money at a glance."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from django.db.models import Q, QuerySet

from accounts.models import Account, Membership
from echotrade.exceptions import NotFound, PermissionDenied
from echotrade.models import AuditEvent


def account_list_for_user(*, user) -> QuerySet[Account]:
    return Account.objects.filter(memberships__user=user).distinct()


def account_get_for_user(*, user, name: str, act: bool = False, change_risk: bool = False) -> Account:
    """The account called ``name`` if ``user`` is a member; with ``act``, only if they may act on it;
    with ``change_risk``, only if they own it (Membership.Role.OWNER: "may act and change risk settings").

    Another account's name answers NotFound, exactly like a name that does not exist, so
    nobody learns which accounts exist by probing.
    """
    membership = (
        Membership.objects.select_related("account").filter(user=user, account__name=name).first()
        if user.is_authenticated
        else None
    )
    if membership is None:
        raise NotFound(f"No account named '{name}'.")
    if (act or change_risk) and not membership.can_act:
        raise PermissionDenied(f"You may view '{name}' but not act on it.")
    if change_risk and membership.role != Membership.Role.OWNER:
        raise PermissionDenied(f"Only an owner of '{name}' changes its risk settings.")
    return membership.account


def account_role_for_user(*, user, account: Account) -> str | None:
    """The user's Membership.Role on ``account``, or None for a non-member."""
    if not user.is_authenticated:
        return None
    return Membership.objects.filter(user=user, account=account).values_list("role", flat=True).first()


def account_check_can_act(*, user, account: Account) -> None:
    membership = Membership.objects.filter(user=user, account=account).first()
    if membership is None:
        raise NotFound("Not found.")
    if not membership.can_act:
        raise PermissionDenied(f"You may view '{account.name}' but not act on it.")


def audit_list(*, account: Account) -> QuerySet[AuditEvent]:
    return AuditEvent.objects.filter(account=account).select_related("actor")


# --- Searching the audit log (the Audit page, its exports and GET /api/accounts/{name}/audit) ---
AUDIT_FILTER_PARAMS = ("q", "action", "actor", "object_type", "date_from", "date_to")
AUDIT_TEXT_MAX = 200


@dataclass(frozen=True)
class AuditFilters:
    """What to look for. Dates are whole UTC days, both ends included; empty means "any"."""

    q: str = ""
    action: str = ""
    actor: str = ""
    object_type: str = ""
    date_from: date | None = None
    date_to: date | None = None

    def __bool__(self) -> bool:
        return any(getattr(self, name) for name in AUDIT_FILTER_PARAMS)

    def as_params(self) -> dict[str, str]:
        """The filters in use, as query parameters (for links to the next page and the exports)."""
        values = {name: getattr(self, name) for name in AUDIT_FILTER_PARAMS}
        return {name: value.isoformat() if isinstance(value, date) else value for name, value in values.items() if value}


def audit_filters_parse(params) -> tuple[AuditFilters, dict[str, str]]:
    """Filters from query parameters, and a message per parameter that cannot be one (that one is left out)."""
    values: dict = {}
    errors: dict[str, str] = {}
    for name in ("q", "action", "actor", "object_type"):
        text = (params.get(name) or "").strip()
        if len(text) > AUDIT_TEXT_MAX:
            errors[name] = f"At most {AUDIT_TEXT_MAX} characters."
        elif text:
            values[name] = text
    for name in ("date_from", "date_to"):
        text = (params.get(name) or "").strip()
        if not text:
            continue
        try:
            values[name] = date.fromisoformat(text)
        except ValueError:
            errors[name] = "A date such as 2026-01-31."
    if values.get("date_from") and values.get("date_to") and values["date_to"] < values["date_from"]:
        errors["date_to"] = "Must not be before the start date."
        del values["date_to"]
    return AuditFilters(**values), errors


def audit_search(*, account: Account, filters: AuditFilters) -> QuerySet[AuditEvent]:
    """The account's events matching ``filters``, newest first.

    ``action`` matches a prefix, so "position" finds position.opened, position.closed and the rest;
    ``q`` is free text over the action, message, actor and object (type or id).
    """
    events = audit_list(account=account).order_by("-created_at", "-id")
    if filters.q:
        q = filters.q
        events = events.filter(
            Q(action__icontains=q) | Q(message__icontains=q) | Q(actor_label__icontains=q)
            | Q(object_type__icontains=q) | Q(object_id__iexact=q.lstrip("#"))
        )
    if filters.action:
        events = events.filter(action__startswith=filters.action)
    if filters.actor:
        events = events.filter(actor_label__iexact=filters.actor)
    if filters.object_type:
        events = events.filter(object_type__iexact=filters.object_type)
    if filters.date_from:
        events = events.filter(created_at__gte=_utc_midnight(filters.date_from))
    if filters.date_to and filters.date_to < date.max:  # the last possible day has no day after it
        events = events.filter(created_at__lt=_utc_midnight(filters.date_to + timedelta(days=1)))
    return events


def audit_facets(*, account: Account) -> dict[str, list[str]]:
    """The actions, actors and object types this account's log holds: the filters' choices."""
    events = AuditEvent.objects.filter(account=account).order_by()
    return {
        field: sorted(v for v in events.values_list(field, flat=True).distinct() if v)
        for field in ("action", "actor_label", "object_type")
    }


def _utc_midnight(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


