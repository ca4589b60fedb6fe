"""An account's notifications: which events it is told about and where (``NotificationSetting``),
and how a recorded event becomes a message on each of its channels.

The flow, so that a notification can never fail the trade it announces:

1. ``audit_record`` (the core) calls ``audit_event_notify`` for the actions in ``NOTIFIED_ACTIONS``;
   AccountsConfig.ready() registers it, since the core cannot import this layer. That hook is pure:
   it maps the event to notification events (``notification_events_of``), words the message,
   and asks for step 2 after commit. A trade that rolls back announces nothing.
2. ``notifications_queue``, after commit (one settings query for the whole write): if the account wants one of those events, one delivery task
   per chosen channel (``accounts.tasks.notification_deliver``).
3. The task sends through ``echotrade.notify`` to the account's destination, read at send time (a
   webhook URL never travels through the broker or the task results). A temporary failure is
   retried with backoff; a permanent one is logged once.

The daily summary (``analytics.tasks.send_daily_summaries``) enters at step 2.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from urllib.parse import urlsplit

from celery import current_app
from django.conf import settings
from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import validate_email
from django.db import transaction

from accounts.models import Account, NotificationSetting
from echotrade.audit import audit_record
from echotrade.exceptions import InvalidInput
from echotrade.fields import decimal_text
from echotrade.models import AuditEvent
from echotrade.notify import notify
from echotrade.services import changed_before_after, model_update

logger = logging.getLogger(__name__)

Event = NotificationSetting.Event
Channel = NotificationSetting.Channel

# --- From an audit event to notification events ------------------------------------------------
# The actions the services record (grep audit_record): a fill of any order, a stop or targets
# edited, a liquidation, a trader alert (which may have switched the trader off), a price alert,
# and an account paused by the system rather than by a person.
NOTIFIED_ACTIONS = (
    "order.filled", "position.protection_updated", "position.stop_moved", "position.liquidated", "trader.alert",
    "alert.triggered", "account.paused",
)


def notification_events_of(*, action: str, before: dict | None, after: dict | None, by_person: bool) -> frozenset[str]:
    """The notification events an audit event is (empty: none). An account wanting any of them is told once."""
    before, after = before or {}, after or {}
    if action == "order.filled":
        purpose = after.get("purpose")
        if purpose == "liquidation":
            return frozenset()  # position.liquidated tells it, in its own words
        return frozenset({Event.FILL, Event.STOP}) if purpose == "stop_loss" else frozenset({Event.FILL})
    if action == "position.protection_updated":
        moved = before.get("stop_loss") != after.get("stop_loss")
        return frozenset({Event.STOP}) if moved else frozenset()
    if action == "position.stop_moved":
        # A trailing stop moves on many ticks: tell the account when the stop changes kind (it
        # went to breakeven, or the trail took over), not on every step of the trail.
        changed = before.get("stop_kind") != after.get("stop_kind")
        return frozenset({Event.STOP}) if changed else frozenset()
    if action == "position.liquidated":
        return frozenset({Event.LIQUIDATION})
    if action == "trader.alert":
        return frozenset({Event.ALERT, Event.AUTO_PAUSE}) if after.get("paused_trader") else frozenset({Event.ALERT})
    if action == "alert.triggered":
        return frozenset({Event.ALERT})
    if action == "account.paused" and not by_person:
        return frozenset({Event.AUTO_PAUSE})
    return frozenset()


def notification_message(event: AuditEvent, obj=None) -> tuple[str, str]:
    """The subject and text of an event's notification (no query: only what the event holds)."""
    account = event.account.name if event.account is not None else "EchoTrade"
    after, before = event.after or {}, event.before or {}
    symbol = getattr(obj, "symbol", "")
    if event.action == "order.filled":
        purpose = after.get("purpose", "")
        pnl = _amount(after.get("realised_pnl"))
        text = f"{account} · {'stop loss hit' if purpose == 'stop_loss' else 'fill'}: {event.message}"
        text += f" (position #{after.get('position')})"
        if pnl and pnl != "0":
            text += f", realised P&L {pnl}"
        return f"EchoTrade · {account} · {'Stop loss hit' if purpose == 'stop_loss' else 'Fill'}", text
    if event.action == "position.protection_updated":
        moved = f"{_amount(before.get('stop_loss')) or 'none'} → {_amount(after.get('stop_loss')) or 'none'}"
        return f"EchoTrade · {account} · Stop moved", f"{account} · stop loss of {symbol} #{event.object_id} moved: {moved}"
    if event.action == "position.stop_moved":
        moved = f"{_amount(before.get('stop_loss')) or 'none'} → {_amount(after.get('stop_loss'))}"
        kind = after.get("stop_kind", "")
        return (f"EchoTrade · {account} · Stop moved ({kind})",
                f"{account} · stop loss of {symbol} #{event.object_id} moved to {kind}: {moved}")
    if event.action == "position.liquidated":
        return (f"EchoTrade · {account} · Liquidation",
                f"{account} · {symbol} #{event.object_id} liquidated: {event.message}")
    if event.action == "account.paused":
        return f"EchoTrade · {account} · Paused", f"{account} · paused: {event.message}"
    if event.action == "alert.triggered":  # a price alert's text names its account already
        return f"EchoTrade · {account} · Price alert", event.message
    title = "Auto-pause" if after.get("paused_trader") else "Alert"
    return f"EchoTrade · {account} · {title}", f"{account} · {event.message}"


def _amount(value) -> str:
    """An amount of the event's JSON (a Decimal's string) without trailing zeros."""
    return "" if value in (None, "") else decimal_text(Decimal(str(value)))


def audit_event_notify(batch: list[tuple[AuditEvent, object]]) -> None:
    """The audit hook: queue the notifications of a write's events for after the commit."""
    wanted = []
    for event, obj in batch:
        if event.account_id is None:
            continue
        events = notification_events_of(
            action=event.action, before=event.before, after=event.after, by_person=event.actor_id is not None,
        )
        if events:
            subject, text = notification_message(event, obj)
            wanted.append(Notification(account_id=event.account_id, events=events, subject=subject, text=text))
    if wanted:
        # robust: a broken broker or setting row is logged; the trade is committed already.
        transaction.on_commit(lambda: notifications_queue(wanted), robust=True)


# --- Queueing and sending ----------------------------------------------------------------------
# The delivery task is an interface above this module (it calls notification_deliver_now), so it
# is queued by its registered name: importing it would close a cycle. AccountsConfig.ready()
# imports accounts.tasks, so an eager run (tests, a shell) still finds it by name.
DELIVER_TASK = "accounts.tasks.notification_deliver"


@dataclass(frozen=True)
class Notification:
    account_id: int
    events: tuple[str, ...] | list[str]
    subject: str
    text: str


def notification_queue(*, account_id: int, events: Iterable[str], subject: str, text: str) -> list[str]:
    """Queue one delivery per channel of the account if it wants any of ``events``; returns the channels."""
    return notifications_queue([Notification(account_id, tuple(events), subject, text)])[0]


def notifications_queue(notifications: list[Notification]) -> list[list[str]]:
    """``notification_queue`` for many, reading the accounts' settings in one query (a copy into
    hundreds of accounts notifies each). The channels queued, per notification."""
    by_account = {
        setting.account_id: setting
        for setting in NotificationSetting.objects.filter(account_id__in={n.account_id for n in notifications})
    }
    queued_all = []
    for notification in notifications:
        setting = by_account.get(notification.account_id)
        queued: list[str] = []
        if setting is not None and set(notification.events) & set(setting.events):
            for channel in setting.channels:
                try:
                    current_app.signature(DELIVER_TASK, kwargs={
                        "account_id": notification.account_id, "channel": channel,
                        "subject": notification.subject, "text": notification.text,
                    }).delay()
                except Exception:  # one channel's queueing trouble does not hold up the others
                    logger.exception("Could not queue the %s notification of account %s", channel, notification.account_id)
                    continue
                queued.append(channel)
        queued_all.append(queued)
    return queued_all


def notification_deliver_now(*, account_id: int, channel: str, subject: str, text: str) -> bool:
    """Send one message on one channel of the account, to its destination as it is now.

    False when there is nothing to do (the channel was switched off since, or it has nowhere to
    send). Raises NotifyTemporaryError / NotifyPermanentError from ``echotrade.notify``.
    """
    setting = NotificationSetting.objects.filter(account_id=account_id).first()
    if setting is None or channel not in setting.channels:
        return False
    destination = setting.destination(channel)
    return bool(notify(text=text, subject=subject, transports=[channel], destinations={channel: destination}))


def notification_settings_wanting(*, event: str) -> list[NotificationSetting]:
    """Every setting that asks for ``event`` on at least one channel (JSON lists: filtered here, not in SQL,
    since SQLite has no JSON ``contains``)."""
    return [
        setting for setting in NotificationSetting.objects.select_related("account").order_by("account__name")
        if event in setting.events and setting.channels
    ]


def notification_summary_claim(*, setting: NotificationSetting, day) -> bool:
    """Take the right to send ``day``'s summary: of two runs of the daily task, one gets it."""
    claimed = NotificationSetting.objects.filter(pk=setting.pk).exclude(summary_sent_for=day).update(summary_sent_for=day)
    return claimed == 1


# --- The setting: read and change --------------------------------------------------------------
SETTING_FIELDS = ("events", "channels", "telegram_chat_id", "email", "discord_webhook_url", "slack_webhook_url")
SECRET_FIELDS = ("discord_webhook_url", "slack_webhook_url")
CHANNEL_FIELD = {
    Channel.TELEGRAM: "telegram_chat_id", Channel.EMAIL: "email",
    Channel.DISCORD: "discord_webhook_url", Channel.SLACK: "slack_webhook_url",
}
WEBHOOK_URL_MAX = 500
TELEGRAM_CHAT_ID = re.compile(r"^(-?\d{1,20}|@[A-Za-z][A-Za-z0-9_]{4,31})$")


def notification_setting_get(*, account: Account) -> NotificationSetting:
    """The account's setting, or an unsaved one that sends nothing."""
    return NotificationSetting.objects.filter(account=account).first() or NotificationSetting(account=account)


def server_destinations() -> dict[str, bool]:
    """Which channels the server has a destination for (an account without its own uses it)."""
    return {
        Channel.TELEGRAM: bool(settings.TELEGRAM_BOT_TOKEN and settings.TELEGRAM_ALERT_CHAT_ID),
        Channel.EMAIL: bool(settings.ALERT_EMAIL_TO),
        Channel.DISCORD: bool(getattr(settings, "DISCORD_WEBHOOK_URL", "")),
        Channel.SLACK: bool(getattr(settings, "SLACK_WEBHOOK_URL", "")),
    }


def secret_hint(url: str) -> str:
    """Enough of a webhook URL to recognise it, never enough to use it: its host and last 4 characters."""
    if not url:
        return ""
    host = urlsplit(url).hostname or "…"
    return f"{urlsplit(url).scheme}://{host}/…{url[-4:]}"


def notification_setting_public(setting: NotificationSetting) -> dict:
    """The setting as it may be shown to a member: webhook URLs as hints only."""
    return {
        "events": list(setting.events), "channels": list(setting.channels),
        "telegram_chat_id": setting.telegram_chat_id, "email": setting.email,
        "discord_webhook_url": secret_hint(setting.discord_webhook_url),
        "slack_webhook_url": secret_hint(setting.slack_webhook_url),
        "server_destinations": server_destinations(),
    }


@transaction.atomic
def notification_setting_update(*, account: Account, changes: dict, actor=None) -> NotificationSetting:
    """Change what the account is told and where. Fields left out stay as they are; an empty
    destination means the server's. Every bad value is refused with its field, and nothing is saved.
    """
    unknown = sorted(set(changes) - set(SETTING_FIELDS))
    if unknown:
        raise InvalidInput(
            f"Not a notification setting: {', '.join(unknown)}.", fields={name: ["Unknown setting."] for name in unknown},
        )
    cleaned, errors = _cleaned(changes)
    if errors:
        raise InvalidInput(_summary(errors), fields=errors)
    setting, _ = NotificationSetting.objects.select_for_update().get_or_create(account=account)
    merged = {name: cleaned.get(name, getattr(setting, name)) for name in SETTING_FIELDS}
    errors = _channel_errors(merged)
    if errors:
        raise InvalidInput(_summary(errors), fields=errors)
    try:
        setting, changed = model_update(instance=setting, fields=SETTING_FIELDS, data=cleaned)
    except DjangoValidationError as error:
        fields = {name: list(messages) for name, messages in error.message_dict.items()}
        raise InvalidInput(_summary(fields), fields=fields) from error
    if changed:
        before, after = (_masked(values) for values in changed_before_after(changed))
        audit_record(
            action="account.notifications_updated", account=account, actor=actor, obj=setting, before=before, after=after,
        )
    return setting


def _masked(values: dict) -> dict:
    """The audit log keeps whether a webhook was set, never the URL."""
    return {name: (("set" if value else "") if name in SECRET_FIELDS else value) for name, value in values.items()}


def _cleaned(changes: dict) -> tuple[dict, dict[str, list[str]]]:
    cleaned: dict = {}
    errors: dict[str, list[str]] = {}
    for name, choices in (("events", Event), ("channels", Channel)):
        if name not in changes:
            continue
        value = changes[name]
        if not isinstance(value, (list, tuple)) or not all(isinstance(item, str) for item in value):
            errors[name] = [f"A list of names: {', '.join(choices.values)}."]
            continue
        wrong = [item for item in value if item not in choices.values]
        if wrong:
            errors[name] = [f"Unknown {name[:-1]} '{wrong[0][:40]}': use {', '.join(choices.values)}."]
            continue
        cleaned[name] = [choice for choice in choices.values if choice in value]  # one order, no repeats
    for name in ("telegram_chat_id", "email", *SECRET_FIELDS):
        if name not in changes:
            continue
        value = changes[name]
        if value is None:
            value = ""
        if not isinstance(value, str):
            errors[name] = ["Must be text."]
            continue
        value = value.strip()
        problem = _destination_problem(name, value) if value else None
        if problem:
            errors[name] = [problem]
        else:
            cleaned[name] = value
    return cleaned, errors


def _destination_problem(name: str, value: str) -> str | None:
    """What is wrong with a non-empty destination, in words that never repeat a secret."""
    if name == "telegram_chat_id":
        if not TELEGRAM_CHAT_ID.match(value):
            return "A chat id is a number such as 123456789 or -1001234567890, or a channel's @username."
        return None
    if name == "email":
        try:
            validate_email(value)
        except DjangoValidationError:
            return "Not an email address."
        return None
    label = "Discord" if name == "discord_webhook_url" else "Slack"
    example = "https://discord.com/api/webhooks/…" if label == "Discord" else "https://hooks.slack.com/services/…"
    schemes = ("https", "http") if settings.NOTIFY_WEBHOOK_ALLOW_HTTP else ("https",)
    if len(value) > WEBHOOK_URL_MAX:
        return f"At most {WEBHOOK_URL_MAX} characters."
    try:
        parts = urlsplit(value)
        host = parts.hostname
    except ValueError:
        host = None
    if host is None or parts.scheme.lower() not in schemes or any(c.isspace() for c in value):
        return f"Not a {label} webhook URL: it looks like {example}"
    return None


def _channel_errors(merged: dict) -> dict[str, list[str]]:
    """A chosen channel needs somewhere to send: the account's own destination or the server's."""
    errors: dict[str, list[str]] = {}
    server = server_destinations()
    for channel in merged["channels"]:
        field = CHANNEL_FIELD[channel]
        if channel == Channel.TELEGRAM and not settings.TELEGRAM_BOT_TOKEN:
            errors[field] = ["Telegram needs the server's bot (TELEGRAM_BOT_TOKEN), which is not set."]
        elif not merged[field] and not server[channel]:
            what = {"telegram_chat_id": "a chat id", "email": "an email address"}.get(field, "a webhook URL")
            errors[field] = [f"{Channel(channel).label} is chosen: give {what} (the server has none)."]
    return errors


def _summary(errors: dict[str, list[str]]) -> str:
    return "Not saved. " + "; ".join(f"{name.replace('_', ' ')}: {messages[0]}" for name, messages in errors.items())
