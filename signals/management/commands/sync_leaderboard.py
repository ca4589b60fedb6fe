"""``python manage.py sync_leaderboard [TRADER_ID]``: follow leaderboard traders once, now."""
from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from echotrade.exceptions import EchoTradeError
from signals.sources.binance.client import LeaderboardClient
from signals.sources.binance.sync import leaderboard_sync
from signals.sources.binance.tasks import leaderboard_traders
from traders.models import Trader


class Command(BaseCommand):
    help = "Fetch the shared positions of one (or every active) Binance leaderboard trader and copy the changes."

    def add_arguments(self, parser):
        parser.add_argument("trader_id", nargs="?", help="A trader id; all active leaderboard traders when left out.")

    def handle(self, *args, trader_id=None, **options):
        if trader_id:
            trader = Trader.objects.filter(pk=trader_id, deleted_at__isnull=True).first()
            if trader is None:
                raise CommandError(f"No trader '{trader_id}'.")
            if trader.source != Trader.Source.BINANCE:
                raise CommandError(f"{trader_id} is a {trader.get_source_display()} trader, not a Binance leaderboard one.")
            traders = [trader]
        else:
            traders = list(leaderboard_traders())
            if not traders:
                self.stdout.write("No active Binance leaderboard trader with a UID (the trader's handle).")
        client = LeaderboardClient()
        failed = 0
        for trader in traders:
            try:
                self.stdout.write(leaderboard_sync(trader=trader, client=client).summary())
            except EchoTradeError as error:
                failed += 1
                self.stderr.write(f"{trader.pk}: {error.message}")
        if failed and trader_id:
            raise CommandError(f"Syncing {trader_id} failed.")
