"""``python manage.py sync_binance_copy [TRADER_ID]``: follow copy-trading lead portfolios once, now."""
from __future__ import annotations

from signals.management.commands.sync_leaderboard import Command as SyncLeaderboardCommand
from traders.models import Trader


class Command(SyncLeaderboardCommand):
    help = "Fetch the open positions of one (or every active) Binance copy-trading lead portfolio and copy the changes."
    source = Trader.Source.BINANCE_COPY
    kind = "Binance copy trading"
    none_found = "No active Binance copy-trading trader with a portfolio_id."
