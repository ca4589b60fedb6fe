"""The Bots page's ranking: each bot's results from its own copies in its account."""
from __future__ import annotations

from decimal import Decimal

from accounts.models import Account
from analytics.trader_metrics import trader_basic_metrics
from bots.models import Bot
from execution.models import Position


def bot_performance(bot: Bot) -> dict:
    """The results of the bot's own copies in its account: net P&L, win rate, closed and open trades."""
    if bot.trader_id is None:
        return {"net_pnl": Decimal(0), "win_rate": None, "closed_trades": 0, "open_trades": 0, "roi": None}
    metrics = trader_basic_metrics(trader=bot.trader, accounts=Account.objects.filter(pk=bot.account_id))
    open_trades = Position.objects.filter(
        account_id=bot.account_id, trader_id=bot.trader_id, status__in=Position.ACTIVE_STATUSES
    ).count()
    return {
        "net_pnl": metrics["net_pnl"], "win_rate": metrics["win_rate"], "closed_trades": metrics["closed_trades"],
        "open_trades": open_trades, "roi": metrics["roi"],
    }


def bot_ranking(bots) -> list[dict]:
    """Best first: net P&L, then win rate; a bot with no closed trade ranks after those with one."""
    rows = [{"bot": bot, **bot_performance(bot)} for bot in bots]
    rows.sort(key=lambda r: (r["closed_trades"] == 0, -r["net_pnl"], -(r["win_rate"] or 0), r["bot"].name))
    for rank, row in enumerate(rows, start=1):
        row["rank"] = rank
    return rows
