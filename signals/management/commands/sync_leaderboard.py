"""``python manage.py sync_leaderboard [TRADER_ID]``: follow leaderboard traders once, now.

``sync_binance_copy`` is the same command for copy-trading lead portfolios.
"""
from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from echotrade.exceptions import EchoTradeError
from signals.sources.binance.sync import positions_sync
from signals.sources.binance.tasks import CLIENTS, binance_traders
from traders.models import Trader


class Command(BaseCommand):
    help = "Fetch the shared positions of one (or every active) Binance leaderboard trader and copy the changes."
    source = Trader.Source.BINANCE
    kind = "Binance leaderboard"
    none_found = "No active Binance leaderboard trader with a UID (the trader's handle)."

    def add_arguments(self, parser):
        parser.add_argument("trader_id", nargs="?", help=f"A trader id; all active {self.kind} traders when left out.")

    def handle(self, *args, trader_id=None, **options):
        if trader_id:
            trader = Trader.objects.filter(pk=trader_id, deleted_at__isnull=True).first()
            if trader is None:
                raise CommandError(f"No trader '{trader_id}'.")
            if trader.source != self.source:
                raise CommandError(f"{trader_id} is a {trader.get_source_display()} trader, not a {self.kind} one.")
            traders = [trader]
        else:
            traders = list(binance_traders(self.source))
            if not traders:
                self.stdout.write(self.none_found)
        client = CLIENTS[self.source]()
        failed = 0
        for trader in traders:
            try:
                self.stdout.write(positions_sync(trader=trader, client=client).summary())
            except EchoTradeError as error:
                failed += 1
                self.stderr.write(f"{trader.pk}: {error.message}")
        if failed and trader_id:
            raise CommandError(f"Syncing {trader_id} failed.")
