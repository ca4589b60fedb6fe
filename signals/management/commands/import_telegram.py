"""``python manage.py import_telegram TRADER_ID PATH``: a channel's Telegram Desktop export
(result.json) becomes the trader's signal history. Nothing is copied or executed."""
from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from echotrade.exceptions import EchoTradeError
from signals.sources.telegram.history import MAX_BYTES, telegram_history_import
from traders.selectors import trader_get


class Command(BaseCommand):
    help = "Import a Telegram channel export (result.json) as a trader's historical signals."

    def add_arguments(self, parser):
        parser.add_argument("trader_id")
        parser.add_argument("path", type=Path, help="The result.json written by Telegram Desktop's chat export.")

    def handle(self, *args, trader_id: str, path: Path, **options):
        try:
            if path.stat().st_size > MAX_BYTES:
                raise CommandError(f"{path} is larger than {MAX_BYTES // 1024 // 1024} MB.")
            export = path.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror or error}")
        try:
            report = telegram_history_import(trader=trader_get(trader_id=trader_id), export=export)
        except EchoTradeError as error:
            raise CommandError(error.message)
        self.stdout.write(json.dumps(report.as_dict(), indent=2, default=str))
        self.stdout.write(self.style.SUCCESS(
            f"{report.signals_imported} signals imported from {report.messages} messages of {report.chat} "
            f"({report.duplicates_skipped} already recorded, {report.invalid} invalid)."
        ))
