"""Every message EchoTrade sends out of the app goes through here (healthchecks' transports).

``TRANSPORTS`` is the table of ways out. Each row names a transport and the one function that
delivers a ``Message`` through it, to a destination (a chat id, an address, a webhook URL) or, when
none is given, to the one in its own settings. It returns False when it has nowhere to send
(nothing is sent), and raises ``NotifyTemporaryError`` (network, timeout, 5xx, rate limit: the same
message may go later) or ``NotifyPermanentError`` (a bad token, an unknown chat, a refused address,
a deleted webhook: resending cannot help).

Sending never fails the trade: callers use ``notify_on_commit``, which sends after the data the
message announces is committed and logs a failure instead of raising it, or queue a Celery task
that retries temporary failures (``accounts.tasks.notification_deliver``, per account).

Telegram goes through the Bot API with plain HTTP (``TELEGRAM_API_URL``, so tests and a local Bot
API server can stand in for api.telegram.org); email through Django's mail backend; Discord and
Slack through their incoming webhooks (``DISCORD_WEBHOOK_URL``, ``SLACK_WEBHOOK_URL``). A webhook
URL is a secret (whoever has it may post): no error message here quotes it.
"""
from __future__ import annotations

import json
import logging
import smtplib
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction

from echotrade.exceptions import NotifyError, NotifyPermanentError, NotifyTemporaryError

logger = logging.getLogger(__name__)

DEFAULT_SUBJECT = "EchoTrade"
TELEGRAM_TIMEOUT_SECONDS = 3
WEBHOOK_TIMEOUT_SECONDS = 5
DEFAULT_TELEGRAM_API_URL = "https://api.telegram.org"
DISCORD_CONTENT_MAX = 2000  # Discord refuses a longer message (400)
SLACK_TEXT_MAX = 3000  # Slack truncates past 40,000; a notification this long is a bug anyway


@dataclass(frozen=True)
class Message:
    text: str
    subject: str = DEFAULT_SUBJECT  # where the transport has one (email)


@dataclass(frozen=True)
class Transport:
    name: str
    # Sends the message to the destination given (None: the transport's own setting); False when
    # there is nowhere to send it. Raises a NotifyError.
    deliver: Callable[[Message, str | None], bool]


# --- Telegram ----------------------------------------------------------------------------------
def telegram_deliver(message: Message, destination: str | None = None) -> bool:
    """To the chat ``destination`` (or ``TELEGRAM_ALERT_CHAT_ID``) with ``TELEGRAM_BOT_TOKEN``; both must be set."""
    token = getattr(settings, "TELEGRAM_BOT_TOKEN", "")
    chat_id = destination or getattr(settings, "TELEGRAM_ALERT_CHAT_ID", "")
    if not token or not chat_id:
        return False
    telegram_send(token=token, chat_id=str(chat_id), text=message.text)
    return True


def telegram_send(*, token: str, chat_id: str, text: str) -> None:
    """One ``sendMessage`` call of the Bot API.

    The token is part of the URL, so no error message here quotes the URL: it would leak the
    token into logs.
    """
    base = (getattr(settings, "TELEGRAM_API_URL", "") or DEFAULT_TELEGRAM_API_URL).rstrip("/")
    request = urllib.request.Request(
        f"{base}/bot{token}/sendMessage",
        data=json.dumps({"chat_id": chat_id, "text": text, "disable_web_page_preview": True}).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=TELEGRAM_TIMEOUT_SECONDS) as response:
            response.read()
    except urllib.error.HTTPError as error:
        why = f"Telegram answered {error.code}: {_telegram_description(error)}"
        # 429 is Telegram's flood control ("retry after N seconds"): a later send will pass.
        if error.code >= 500 or error.code == 429:
            raise NotifyTemporaryError(why, transport="telegram") from error
        raise NotifyPermanentError(why, transport="telegram") from error
    except (urllib.error.URLError, OSError) as error:  # refused, DNS, timeout (TimeoutError is an OSError)
        reason = getattr(error, "reason", None) or error
        raise NotifyTemporaryError(f"Telegram could not be reached: {reason}", transport="telegram") from error


def _telegram_description(error: urllib.error.HTTPError) -> str:
    """The Bot API's own words ({"ok": false, "description": "Bad Request: chat not found"})."""
    try:
        return str(json.loads(error.read() or b"{}").get("description") or error.reason)
    except (ValueError, AttributeError, OSError):
        return str(error.reason)


# --- Email -------------------------------------------------------------------------------------
def email_deliver(message: Message, destination: str | None = None) -> bool:
    """To ``destination`` (or ``ALERT_EMAIL_TO``: a list, or addresses separated by commas) through Django's mail backend."""
    recipients = destination or getattr(settings, "ALERT_EMAIL_TO", None) or []
    if isinstance(recipients, str):
        recipients = [address.strip() for address in recipients.split(",") if address.strip()]
    if not recipients:
        return False
    try:
        send_mail(message.subject, message.text, None, list(recipients))
    except smtplib.SMTPRecipientsRefused as error:
        raise NotifyPermanentError(f"The mail server refused every recipient: {error.recipients}", transport="email") from error
    except smtplib.SMTPResponseException as error:
        # SMTP's own split: 4xx is "try again later", 5xx is final (bad sender, failed login...).
        why = f"The mail server answered {error.smtp_code}: {error.smtp_error!r}"
        if error.smtp_code >= 500:
            raise NotifyPermanentError(why, transport="email") from error
        raise NotifyTemporaryError(why, transport="email") from error
    except (smtplib.SMTPException, OSError) as error:  # disconnected, refused, timed out
        raise NotifyTemporaryError(f"The mail server could not be reached: {error}", transport="email") from error
    return True


# --- Discord and Slack: incoming webhooks ------------------------------------------------------
def discord_deliver(message: Message, destination: str | None = None) -> bool:
    """To the webhook ``destination`` (or ``DISCORD_WEBHOOK_URL``).

    ``allowed_mentions`` is empty so that text we relay (a trader's name, an alert note) can never
    ping @everyone or a role in the server.
    """
    url = destination or getattr(settings, "DISCORD_WEBHOOK_URL", "")
    if not url:
        return False
    payload = {"content": message.text[:DISCORD_CONTENT_MAX], "allowed_mentions": {"parse": []}}
    webhook_post(url=url, payload=payload, transport="discord", label="Discord")
    return True


def slack_deliver(message: Message, destination: str | None = None) -> bool:
    """To the incoming webhook ``destination`` (or ``SLACK_WEBHOOK_URL``)."""
    url = destination or getattr(settings, "SLACK_WEBHOOK_URL", "")
    if not url:
        return False
    webhook_post(url=url, payload={"text": message.text[:SLACK_TEXT_MAX]}, transport="slack", label="Slack")
    return True


def webhook_post(*, url: str, payload: dict, transport: str, label: str) -> None:
    """POST ``payload`` as JSON to a webhook. The URL holds the webhook's secret, so it is never quoted."""
    if urllib.parse.urlsplit(url).scheme.lower() not in ("http", "https"):
        # urllib would also "post" to file:// or ftp:// URLs; a webhook is only ever HTTP(S).
        raise NotifyPermanentError(f"The {label} webhook URL must start with https://.", transport=transport)
    try:
        request = urllib.request.Request(
            url, data=json.dumps(payload).encode(), headers={"Content-Type": "application/json"}, method="POST",
        )
    except ValueError as error:  # not a URL at all: the same URL will never work
        raise NotifyPermanentError(f"The {label} webhook URL is not a valid URL.", transport=transport) from error
    try:
        with urllib.request.urlopen(request, timeout=WEBHOOK_TIMEOUT_SECONDS) as response:
            response.read()
    except urllib.error.HTTPError as error:
        why = f"{label} answered {error.code}: {_answer_text(error)}"
        # 429 is their rate limit and 5xx their trouble: a later send will pass. Any other 4xx is
        # about the message or the webhook itself (deleted, archived channel, bad payload).
        if error.code >= 500 or error.code == 429:
            raise NotifyTemporaryError(why, transport=transport) from error
        raise NotifyPermanentError(why, transport=transport) from error
    except ValueError as error:  # urlopen's "unknown url type"
        raise NotifyPermanentError(f"The {label} webhook URL is not a valid URL.", transport=transport) from error
    except (urllib.error.URLError, OSError) as error:  # refused, DNS, timeout
        reason = getattr(error, "reason", None) or error
        raise NotifyTemporaryError(f"{label} could not be reached: {reason}", transport=transport) from error


def _answer_text(error: urllib.error.HTTPError) -> str:
    """The service's own words: Slack answers plain text ("no_service"), Discord JSON ({"message": ...})."""
    try:
        body = (error.read() or b"").decode("utf-8", "replace").strip()
    except (AttributeError, OSError):
        body = ""
    try:
        body = str(json.loads(body).get("message") or body)
    except (ValueError, AttributeError):
        pass
    return body[:200] or str(error.reason)


# --- The table and the senders -----------------------------------------------------------------
TRANSPORTS: tuple[Transport, ...] = (
    Transport(name="telegram", deliver=telegram_deliver),
    Transport(name="email", deliver=email_deliver),
    Transport(name="discord", deliver=discord_deliver),
    Transport(name="slack", deliver=slack_deliver),
)
TRANSPORT_NAMES = tuple(transport.name for transport in TRANSPORTS)


def notify(
    *, text: str, subject: str = DEFAULT_SUBJECT, transports: Iterable[str] | None = None,
    destinations: Mapping[str, str] | None = None,
) -> list[str]:
    """Send ``text`` through every configured transport (or only those named); returns the names that sent.

    ``destinations`` gives a transport a destination of its own (an account's chat id, address
    or webhook URL) instead of its setting.

    Every transport is tried even when one fails; then one NotifyError says what failed, and it
    is permanent only when every failure was (otherwise a retry could still get through).
    """
    wanted = None if transports is None else set(transports)
    unknown = (wanted or set()) - {transport.name for transport in TRANSPORTS}
    if unknown:
        raise ValueError(f"No such transport: {', '.join(sorted(unknown))}.")
    message = Message(text=text, subject=subject)
    sent: list[str] = []
    failures: list[NotifyError] = []
    for transport in TRANSPORTS:
        if wanted is not None and transport.name not in wanted:
            continue
        try:
            if transport.deliver(message, (destinations or {}).get(transport.name) or None):
                sent.append(transport.name)
        except NotifyError as error:
            failures.append(error)
        except Exception as error:  # noqa: BLE001  (a transport that broke its contract; still not the trade's problem)
            logger.exception("The %s transport failed unexpectedly", transport.name)
            failures.append(NotifyTemporaryError(f"{type(error).__name__}: {error}", transport=transport.name))
    if failures:
        error_class = NotifyPermanentError if all(f.permanent for f in failures) else NotifyTemporaryError
        raise error_class(
            "; ".join(f"{f.transport}: {f.message}" for f in failures),
            transport=",".join(f.transport for f in failures),
        )
    return sent


def notify_or_log(*, text: str, subject: str = DEFAULT_SUBJECT, transports: Iterable[str] | None = None) -> list[str]:
    """``notify``, with a failure logged instead of raised; returns the names that sent."""
    try:
        return notify(text=text, subject=subject, transports=transports)
    except NotifyError as error:
        logger.warning(
            "Could not send %r (%s failure, %s): %s", subject, "permanent" if error.permanent else "temporary",
            error.transport, error.message,
        )
        return []


def notify_on_commit(*, text: str, subject: str = DEFAULT_SUBJECT, transports: Iterable[str] | None = None) -> None:
    """Send once the current transaction commits (never for one that rolls back); a failure is logged.

    Called outside a transaction it sends at once. The message is on record already (audit log,
    websocket), so a lost send loses nothing but the ping.
    """
    names = None if transports is None else tuple(transports)
    transaction.on_commit(lambda: notify_or_log(text=text, subject=subject, transports=names), robust=True)
