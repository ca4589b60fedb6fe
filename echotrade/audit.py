"""The audit log's one writer: every layer records what it changed through ``audit_record``.

A layer above the core may act on recorded events through ``audit_hook_register`` (the accounts
app sends an account's notifications this way: the core cannot import it). A hook runs inside the
transaction that records the event, so it must not write or send anything itself: it queues its
work with ``transaction.on_commit``. A hook that raises is logged, never the recording's failure.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.contrib.auth.models import AbstractBaseUser

from echotrade.events import account_group, publish_many_after_commit
from echotrade.models import AuditEvent

logger = logging.getLogger(__name__)

# Called with the events of one write that have its actions, each with the object it is about (or
# None): a copy into hundreds of accounts records its events in one write, and a hook that looks
# something up can do it once for all of them.
AuditHook = Callable[[list[tuple[AuditEvent, Any]]], None]
_hooks: dict[str, list[AuditHook]] = {}


def audit_hook_register(*, actions: Iterable[str], hook: AuditHook) -> None:
    """Call ``hook`` for the events of these actions (once per hook, however often registered)."""
    for action in actions:
        hooks = _hooks.setdefault(action, [])
        if hook not in hooks:
            hooks.append(hook)


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
    entry = AuditEntry(
        action=action, account=account, actor=actor, actor_label=actor_label, obj=obj, message=message,
        before=before, after=after,
    )
    return audit_write([entry])[0]


@dataclass
class AuditEntry:
    """An event to record once the rows it is about have ids: a batch of copies records its events
    together (``audit_write``), after writing the rows in bulk. ``after`` may be a callable that
    builds the dict then (it may name ids the rows get when written)."""

    action: str
    account: Any = None
    actor: AbstractBaseUser | None = None
    actor_label: str = "system"
    obj: Any = None
    message: str = ""
    before: dict | None = None
    after: dict | Callable[[], dict] | None = None

    def event(self) -> AuditEvent:
        actor = self.actor if self.actor is not None and getattr(self.actor, "is_authenticated", False) else None
        after = self.after() if callable(self.after) else self.after
        return AuditEvent(
            action=self.action,
            account=self.account,
            actor=actor,
            actor_label=actor.get_username() if actor is not None else self.actor_label,
            object_type=self.obj._meta.model_name if self.obj is not None else "",
            object_id=str(self.obj.pk) if self.obj is not None else "",
            message=self.message[:500],
            before=_jsonable(self.before),
            after=_jsonable(after),
        )


def audit_write(entries: list[AuditEntry]) -> list[AuditEvent]:
    """Record ``entries`` in one INSERT, then push each to its account's stream after commit and
    run the hooks registered for its action."""
    events = [entry.event() for entry in entries]
    if len(events) == 1:
        events[0].save()
    else:
        AuditEvent.objects.bulk_create(events)
    # Everything the log records about an account is also the account's live event stream.
    publish_many_after_commit([
        (account_group(entry.account.pk), {"type": "account.event", "event": audit_event_payload(event)})
        for entry, event in zip(entries, events, strict=True) if entry.account is not None
    ])
    hooked: dict[AuditHook, list[tuple[AuditEvent, Any]]] = {}
    for entry, event in zip(entries, events, strict=True):
        for hook in _hooks.get(event.action, ()):
            hooked.setdefault(hook, []).append((event, entry.obj))
    for hook, batch in hooked.items():
        try:
            hook(batch)
        except Exception:  # a notification's bug must not undo the trade it announces
            logger.exception("The audit hook %s failed on %s", getattr(hook, "__qualname__", hook),
                             sorted({event.action for event, _ in batch}))
    return events


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
