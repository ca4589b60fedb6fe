"""Import a channel's past from a Telegram Desktop export ("Export chat history" → JSON → result.json).

Each message that reads as a signal becomes one of the trader's signals with the time it was
posted, for the trader backtest. It is recorded with ``signal_ingest`` only: history is never
copied or executed. Updates ("TP1 hit", "close half") are counted, not applied.

External ids use the chat id the Bot API (and so the live listener) uses for the same chat —
a channel exported as id 1234567890 is chat -1001234567890 — so importing a channel's history
after listening to it live, or listening after importing, never records a message twice.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime

from django.db import transaction
from django.utils import timezone

from echotrade.audit import audit_record
from echotrade.exceptions import InvalidInput
from signals.models import Signal
from signals.parsing import ParsedSignal, parse_message
from signals.services import signal_ingest
from signals.sources.telegram.handling import (
    signal_input_from_parsed,
    telegram_external_id,
)
from traders.models import Trader

MAX_BYTES = 20 * 1024 * 1024
MAX_MESSAGES = 50_000
MAX_LISTED_ERRORS = 20
EXPECTED = (
    "Expected a Telegram Desktop chat export: the result.json written by 'Export chat history' with "
    "format JSON, an object with \"name\", \"type\", \"id\" and a \"messages\" list."
)
# Telegram Desktop's chat types whose Bot API id is the export id behind "-100".
CHANNEL_TYPES = {"public_channel", "private_channel", "public_supergroup", "private_supergroup"}


@dataclass
class ImportReport:
    chat: str = ""
    messages: int = 0  # every entry of type "message" (service entries are not messages)
    signals_imported: int = 0
    updates_seen: int = 0
    duplicates_skipped: int = 0
    not_signals: int = 0
    invalid: int = 0
    errors: list[dict] = field(default_factory=list)  # the first MAX_LISTED_ERRORS invalid signals
    first_message_at: datetime | None = None
    last_message_at: datetime | None = None

    def as_dict(self) -> dict:
        return asdict(self)


def export_load(export: dict | bytes | str) -> dict:
    """The export as a dict, or InvalidInput saying what was expected."""
    if isinstance(export, (bytes, str)):
        if len(export) > MAX_BYTES:
            raise InvalidInput(f"The export is {len(export) / 1024 / 1024:.1f} MB; the limit is {MAX_BYTES // 1024 // 1024} MB.")
        try:
            export = json.loads(export)
        except (UnicodeDecodeError, ValueError):
            raise InvalidInput("The file is not JSON. " + EXPECTED)
    if not isinstance(export, dict):
        raise InvalidInput(EXPECTED)
    if "chats" in export and "messages" not in export:
        raise InvalidInput("This is a whole-account export; export the one channel instead. " + EXPECTED)
    messages = export.get("messages")
    if not isinstance(messages, list) or "id" not in export or not isinstance(export.get("id"), (int, str)):
        raise InvalidInput(EXPECTED)
    if len(messages) > MAX_MESSAGES:
        raise InvalidInput(f"The export holds {len(messages):,} messages; at most {MAX_MESSAGES:,} are imported at once.")
    return export


def bot_api_chat_id(export: dict) -> str:
    chat_id = str(export["id"])
    if export.get("type") in CHANNEL_TYPES and not chat_id.startswith("-"):
        return f"-100{chat_id}"
    if export.get("type") == "private_group" and not chat_id.startswith("-"):
        return f"-{chat_id}"
    return chat_id


def message_text(text) -> str:
    """An export's text: a plain string, or a list of strings and entities ({"type": "bold", "text": …})."""
    if isinstance(text, str):
        return text
    if isinstance(text, list):
        return "".join(part if isinstance(part, str) else str(part.get("text", "")) for part in text if isinstance(part, (str, dict)))
    return ""


def message_time(message: dict) -> datetime | None:
    """When it was posted. ``date_unixtime`` is UTC; ``date`` is the exporting computer's local
    time, used (as UTC) only by old exports that lack the former."""
    try:
        if message.get("date_unixtime") not in (None, ""):
            return datetime.fromtimestamp(int(message["date_unixtime"]), tz=UTC)
        if message.get("date"):
            return timezone.make_aware(datetime.fromisoformat(message["date"]), UTC)
    except (TypeError, ValueError, OverflowError):
        return None
    return None


def telegram_history_import(*, trader: Trader, export: dict | bytes | str, actor=None) -> ImportReport:
    """Record every signal in the export as the trader's history. Never copies or executes.

    Per-message problems (an invalid signal, a message without a date) are counted and listed,
    never abort the import; re-importing the same export skips what is already recorded. One
    transaction: an import that dies halfway leaves nothing behind.
    """
    if trader.source != Trader.Source.TELEGRAM:
        raise InvalidInput(f"Trader '{trader.pk}' is a {trader.get_source_display()} source; only Telegram traders take a Telegram export.")
    export = export_load(export)
    chat_id = bot_api_chat_id(export)
    report = ImportReport(chat=str(export.get("name") or chat_id))
    with transaction.atomic():
        # Two imports for one trader at once would both miss what the other is adding: take turns.
        Trader.objects.select_for_update().filter(pk=trader.pk).first()
        prefix = telegram_external_id(chat_id, "")
        known = set(Signal.objects.filter(trader=trader, external_id__startswith=prefix).values_list("external_id", flat=True))
        for message in export["messages"]:
            if not isinstance(message, dict) or message.get("type") != "message":
                continue
            report.messages += 1
            _message_import(message, trader=trader, chat_id=chat_id, known=known, report=report, actor=actor)
        _audit(trader, report, actor)
    return report


def _audit(trader: Trader, report: ImportReport, actor) -> None:
    audit_record(
        action="trader.telegram_history_imported", actor=actor, actor_label="telegram_import", obj=trader,
        message=f"{report.chat}: {report.signals_imported} signals from {report.messages} messages",
        after=report.as_dict() | {"errors": report.errors[:5]},
    )


def _message_import(message: dict, *, trader, chat_id, known: set, report: ImportReport, actor) -> None:
    text = message_text(message.get("text"))
    posted = message_time(message)
    if posted is not None:
        report.first_message_at = min(filter(None, [report.first_message_at, posted]))
        report.last_message_at = max(filter(None, [report.last_message_at, posted]))
    parsed = parse_message(text) if text else None
    if parsed is None:
        report.not_signals += 1
        return
    if not isinstance(parsed, ParsedSignal):
        report.updates_seen += 1
        return
    if not isinstance(message.get("id"), (int, str)):
        _invalid(report, message, "The message has no id.")
        return
    external_id = telegram_external_id(chat_id, message["id"])
    if external_id in known:
        report.duplicates_skipped += 1
        return
    if posted is None:
        _invalid(report, message, "The message has no readable date.")
        return
    data = signal_input_from_parsed(
        parsed, trader=trader, external_id=external_id, source_time=posted,
        raw={"text": text, "chat_id": chat_id, "message_id": message.get("id"), "imported": True},
    )
    try:
        # Today's price says nothing about an entry posted last month: the guard's checks against
        # the market are left out; a stop or target on the wrong side is still refused.
        signal_ingest(data=data, actor=actor, check_market=False, record_only=True)
    except InvalidInput as error:
        _invalid(report, message, error.message)
        return
    known.add(external_id)
    report.signals_imported += 1


def _invalid(report: ImportReport, message: dict, error: str) -> None:
    report.invalid += 1
    if len(report.errors) < MAX_LISTED_ERRORS:
        message_id = message.get("id") if isinstance(message.get("id"), int) else None
        date = message.get("date") if isinstance(message.get("date"), str) else None
        report.errors.append({"message_id": message_id, "date": date, "error": error})
