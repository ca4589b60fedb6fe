"""The audit log's one writer: every layer records what it changed through ``audit_record``."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.contrib.auth.models import AbstractBaseUser

from echotrade.events import account_group, publish_after_commit
from echotrade.models import AuditEvent


def audit_record(
    *,
    action: str,
    account=None,
    actor: AbstractBaseUser | None = None,
    actor_label: str = "system",
    obj: Any = None,
    message: str = "",
    before: dict | None = None,
    after: dict | None = None,
) -> AuditEvent:
    """Append one event to the audit log. Call it inside the transaction of the change it records."""
    if actor is not None and not getattr(actor, "is_authenticated", False):
        actor = None
    event = AuditEvent.objects.create(
        action=action,
        account=account,
        actor=actor,
        actor_label=actor.get_username() if actor is not None else actor_label,
        object_type=obj._meta.model_name if obj is not None else "",
        object_id=str(obj.pk) if obj is not None else "",
        message=message[:500],
        before=_jsonable(before),
        after=_jsonable(after),
    )
    if account is not None:
        # Everything the log records about an account is also the account's live event stream.
        publish_after_commit(account_group(account.pk), {"type": "account.event", "event": audit_event_payload(event)})
    return event


def audit_event_payload(event: AuditEvent) -> dict:
    return {
        "id": event.pk, "ts": event.created_at.isoformat(), "action": event.action, "actor": event.actor_label,
        "object_type": event.object_type, "object_id": event.object_id, "message": event.message,
        "after": event.after,
    }


def _jsonable(value: Any) -> Any:
    """Decimals become strings so amounts keep every digit in the JSON column."""
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value
