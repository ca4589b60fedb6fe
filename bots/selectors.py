"""Reads about an account's bots for the Bots page: status, last signal, ranking, ensemble votes."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from django.db.models import QuerySet

from accounts.models import Account
from bots.ensemble import VOTE_WINDOW, agreement, bot_weight
from bots.models import Bot, BotVote
from echotrade.exceptions import NotFound
from execution.market.base import TIMEFRAME_SECONDS
from signals.models import Signal, SignalDecision

# A bot that has not run for this many of its run intervals is late: beat or the workers are down.
LATE_AFTER_INTERVALS = 3


def bot_list(*, account: Account) -> QuerySet[Bot]:
    return Bot.objects.filter(account=account).select_related("trader").order_by("name")


def bot_get(*, account: Account, bot_id: int) -> Bot:
    """A bot of ``account``; any other answers NotFound, as if it did not exist."""
    bot = Bot.objects.select_related("account", "trader").filter(pk=bot_id, account=account).first()
    if bot is None:
        raise NotFound(f"No bot #{bot_id} in {account.name}.")
    return bot


@dataclass(frozen=True)
class BotStatus:
    state: str  # running | waiting | late | stopped
    label: str
    help: str


def bot_status(bot: Bot, *, now: datetime, every_seconds: int) -> BotStatus:
    """Enabled is what the user set; running is what beat does with it (bots/runner.py ``bots_due``)."""
    if not bot.enabled:
        return BotStatus("stopped", "Stopped", "It does not run, vote or signal. Its open positions stay open.")
    if bot.last_run_at is None:
        return BotStatus("waiting", "Starting", f"Enabled; beat runs it within {every_seconds} s.")
    if now - bot.last_run_at > timedelta(seconds=LATE_AFTER_INTERVALS * every_seconds):
        return BotStatus(
            "late", "Late",
            f"Enabled, but it last ran more than {LATE_AFTER_INTERVALS * every_seconds} s ago: are beat and the workers up?",
        )
    return BotStatus("running", "Running", f"Runs every {every_seconds} s and acts at most once per closed {bot.timeframe} bar.")


def bot_last_signal(bot: Bot):
    """The bot's newest signal and what this account decided about it: (signal, decision) or (None, None)."""
    if bot.trader_id is None:
        return None, None
    signal = Signal.objects.filter(trader_id=bot.trader_id).order_by("-received_at", "-id").first()
    if signal is None:
        return None, None
    return signal, SignalDecision.objects.filter(signal=signal, account_id=bot.account_id).first()


def _vote_window(bot: Bot) -> timedelta:
    # The same window as ensemble_confidence: a vote older than this no longer counts.
    return max(VOTE_WINDOW, timedelta(seconds=3 * TIMEFRAME_SECONDS.get(bot.timeframe, 3600)))


def _confidences(counted: list[dict]) -> tuple[Decimal, Decimal]:
    """The ensemble's confidence in a long and in a short call, on the rows already loaded."""
    votes = [(row["weight"], row["vote"].strength, row["vote"].side) for row in counted]
    return agreement(votes, "long"), agreement(votes, "short")


def ensemble_board(*, account: Account, now: datetime) -> list[dict]:
    """Per symbol the account's bots trade: each bot's latest vote, its weight, whether it counts now,
    and the ensemble's confidence for a long and a short call (the numbers the pipeline uses)."""
    bots = list(bot_list(account=account))
    weights: dict[int, Decimal] = {}
    board = []
    for symbol in sorted({s for bot in bots for s in bot.symbols}):
        rows = []
        for bot in bots:
            vote = BotVote.objects.filter(bot=bot, symbol=symbol).order_by("-created_at", "-id").first()
            if vote is None:
                continue
            if bot.pk not in weights:
                weights[bot.pk] = bot_weight(bot)
            counted = bot.enabled and vote.created_at >= now - _vote_window(bot)
            rows.append({"bot": bot, "vote": vote, "weight": weights[bot.pk], "counted": counted})
        if not rows:
            continue
        long, short = _confidences([row for row in rows if row["counted"]])
        lean = "long" if long > short else "short" if short > long else "none"
        board.append({"symbol": symbol, "rows": rows, "long": long, "short": short, "lean": lean})
    return board
