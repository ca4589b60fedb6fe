"""``python manage.py import_binance_history TRADER_ID``: a lead portfolio's closed positions
become the trader's signal history (recorded for the backtest, never executed)."""
from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from echotrade.exceptions import EchoTradeError
from signals.sources.binance.copy_trading import MAX_HISTORY_PAGES, CopyTradingClient
from signals.sources.binance.history import binance_copy_history_import
from traders.models import Trader


class Command(BaseCommand):
    help = "Record a Binance copy-trading lead's closed positions as the trader's signals, for the backtest. Nothing is executed."

    def add_arguments(self, parser):
        parser.add_argument("trader_id", help="A binance_copy trader with a portfolio_id.")
        parser.add_argument("--max-pages", type=int, default=MAX_HISTORY_PAGES, help="Pages of 30 closed positions at most.")

    def handle(self, *args, trader_id, max_pages, **options):
        trader = Trader.objects.filter(pk=trader_id, deleted_at__isnull=True).first()
        if trader is None:
            raise CommandError(f"No trader '{trader_id}'.")
        try:
            report = binance_copy_history_import(trader=trader, client=CopyTradingClient(), max_pages=max(1, max_pages))
        except EchoTradeError as error:
            raise CommandError(error.message)
        self.stdout.write(
            f"{trader_id}: {report.signals_imported} signal(s) imported from {report.positions} closed position(s) of "
            f"lead portfolio {report.portfolio_id}; {report.duplicates_skipped} already recorded, "
            f"{report.seen_live} seen live, {report.invalid} invalid."
        )
        for error in report.errors:
            self.stderr.write(f"position {error['position']}: {error['error']}")
