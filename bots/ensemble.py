"""Ensemble voting per account: how much the account's bots agree with one bot's call.

For a symbol, each enabled bot of the account counts with its latest vote of the last
``VOTE_WINDOW`` (at least three of its own bars): direction d ∈ {+1 long, −1 short, 0 flat},
strength s ∈ [0, 1] and a weight w from its recent results. For a call in direction D:
    confidence = max(0, Σ w·s·d·D / Σ w)

so a lone bot's call is worth its own strength, agreeing bots raise it and dissenting bots
(or flat ones, which add weight but no support) lower it. The account's confidence threshold
then decides, in the copy pipeline, like for any other source.

A bot's weight is 0.5 + its win rate over its last ``WEIGHT_TRADES`` closed trades (1.0 with
none yet): from 0.5 for a bot that lost every time to 1.5 for one that always won.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from bots.models import Bot, BotVote
from execution.market.base import TIMEFRAME_SECONDS
from execution.models import Position

VOTE_WINDOW = timedelta(minutes=10)
WEIGHT_TRADES = 20
DIRECTION = {"long": 1, "short": -1, "flat": 0}


def bot_weight(bot: Bot) -> Decimal:
    if bot.trader_id is None:
        return Decimal("1")
    closed = list(
        Position.objects.filter(account_id=bot.account_id, trader_id=bot.trader_id, status__in=Position.CLOSED_STATUSES)
        .order_by("-closed_at")[:WEIGHT_TRADES]
    )
    if not closed:
        return Decimal("1")
    wins = sum(1 for p in closed if p.net_pnl > 0)
    return Decimal("0.5") + Decimal(wins) / len(closed)


def agreement(votes, side: str) -> Decimal:
    """The formula above over ``(weight, strength, voted side)`` triples: the one place it lives."""
    votes = list(votes)
    total_weight = sum((weight for weight, _, _ in votes), Decimal(0))
    if total_weight == 0:
        return Decimal(0)
    support = sum((weight * strength * DIRECTION[voted] for weight, strength, voted in votes), Decimal(0))
    return max(Decimal(0), support * DIRECTION[side] / total_weight).quantize(Decimal("0.000001"))


def ensemble_confidence(*, account_id: int, symbol: str, side: str, now: datetime) -> tuple[Decimal, list[dict]]:
    """The agreement with a call of ``side`` on ``symbol``, and who voted how (for the audit)."""
    counted = []
    breakdown = []
    for bot in Bot.objects.filter(account_id=account_id, enabled=True):
        window = max(VOTE_WINDOW, timedelta(seconds=3 * TIMEFRAME_SECONDS.get(bot.timeframe, 3600)))
        vote = bot.votes.filter(symbol=symbol, created_at__gte=now - window).order_by("-created_at").first()
        if vote is None:
            continue
        weight = bot_weight(bot)
        counted.append((weight, vote.strength, vote.side))
        breakdown.append({"bot": bot.name, "side": vote.side, "strength": str(vote.strength), "weight": str(weight)})
    return agreement(counted, side), breakdown


def votes_recent(*, account_id: int, symbol: str | None = None, limit: int = 50):
    votes = BotVote.objects.filter(bot__account_id=account_id).select_related("bot")
    if symbol:
        votes = votes.filter(symbol=symbol)
    return votes[:limit]
