"""Running a bot: its strategy looks at fresh candles, votes, and an acting vote becomes a signal.

The signal goes through the copy pipeline under the bot's own trader (``bot_ensure_trader``),
with the ensemble's agreement as its confidence. Its external id names the bar it was decided
on, so running a bot twice on the same bar never trades twice (the repeat is a duplicate).
"""
from __future__ import annotations

import logging
from datetime import datetime, timedelta
from decimal import Decimal

from django.db.models import F, Q, Sum
from django.utils import timezone

from bots.ensemble import ensemble_confidence
from bots.models import Bot, BotVote
from bots.services import bot_ensure_trader
from bots.strategies import Candles, Context, split_parameters, strategy_for
from echotrade.exceptions import EchoTradeError
from execution.market.base import TIMEFRAME_SECONDS
from execution.market.feed import candles_get
from execution.models import Position
from execution.selectors import account_summary
from signals.services import SignalInput, signal_receive

logger = logging.getLogger(__name__)
# The part of the account's equity a portfolio-rebalancing bot manages.
REBALANCE_CAPITAL_PCT = Decimal("0.2")


def bot_run(*, bot: Bot, now: datetime | None = None) -> list[BotVote]:
    """One run over each of the bot's symbols. Errors are kept on the bot, never raised to beat."""
    now = now or timezone.now()
    bot = bot_ensure_trader(bot=bot)
    values, extra = split_parameters(bot.strategy, bot.parameters)
    strategy = strategy_for(bot.strategy, values)
    votes, errors = [], []
    for symbol in bot.symbols:
        try:
            votes.append(_run_symbol(bot, strategy, symbol, extra, now))
        except (EchoTradeError, ValueError) as error:
            message = getattr(error, "message", str(error))
            logger.warning("Bot %s on %s: %s", bot.name, symbol, message)
            errors.append(f"{symbol}: {message}")
    Bot.objects.filter(pk=bot.pk).update(state=bot.state, last_run_at=now, last_error="; ".join(errors)[:300])
    return votes


def _run_symbol(bot: Bot, strategy, symbol: str, extra: dict, now: datetime) -> BotVote:
    rows = candles_get(symbol=symbol, timeframe=bot.timeframe, limit=max(strategy.min_candles * 3, 200) + 1)
    candles = _closed_only(Candles.from_rows(rows), bot.timeframe, now)
    bar = int(candles.ts[-1])
    state = {**bot.state.get(symbol, {}), **extra}
    vote = strategy.evaluate(candles, state, _context(bot, symbol, now, Decimal(str(candles.close[-1]))))
    # Runs are more frequent than bars: a bar's decision is acted on once, however often it is seen.
    acts = bool(vote.act) and state.get("acted_bar") != bar
    if acts:
        state["acted_bar"] = bar
    bot.state[symbol] = {k: v for k, v in state.items() if k not in extra}
    record = BotVote.objects.create(
        bot=bot, symbol=symbol, side=vote.side, strength=Decimal(str(round(vote.strength, 6))), act=acts,
        reason=vote.reason[:200], price=Decimal(str(candles.close[-1])),
    )
    if acts:
        confidence, breakdown = ensemble_confidence(account_id=bot.account_id, symbol=symbol, side=vote.side, now=now)
        signal_receive(data=SignalInput(
            trader=bot.trader_id, symbol=symbol, side=vote.side, entry=None, stop_loss=vote.stop_loss,
            take_profits=list(vote.take_profits), leverage=1, confidence=confidence,
            external_id=f"bot:{bot.pk}:{symbol}:{bar}:{vote.side}",
            raw={"bot": bot.name, "strategy": bot.strategy, "reason": vote.reason, "ensemble": breakdown},
            source_time=now,
        ), refuse_implausible=False)  # no caller to answer: an implausible vote is recorded and filtered
        Bot.objects.filter(pk=bot.pk).update(last_signal_at=now)
    return record


def _closed_only(candles: Candles, timeframe: str, now: datetime) -> Candles:
    """Drop the bar still forming: strategies decide on closes, as in the backtest."""
    if len(candles) > 1 and candles.ts[-1] + TIMEFRAME_SECONDS[timeframe] > now.timestamp():
        return candles.upto(len(candles) - 1)
    return candles


def _context(bot: Bot, symbol: str, now: datetime, price: Decimal) -> Context:
    held = (
        Position.objects.filter(account_id=bot.account_id, trader_id=bot.trader_id, status="open", side="long")
        .values("symbol").annotate(notional=Sum(F("quantity") * F("entry_price")))
    )
    capital = account_summary(account=bot.account).equity * REBALANCE_CAPITAL_PCT
    return Context(
        now=now, symbol=symbol, holdings={row["symbol"]: row["notional"] for row in held},
        capital=capital, prices={symbol: price},
    )


def bots_due(*, now: datetime, every_seconds: int) -> list[int]:
    """Enabled bots that have not run in the last ``every_seconds``."""
    cutoff = now - timedelta(seconds=every_seconds)
    never_or_long_ago = Q(last_run_at__isnull=True) | Q(last_run_at__lte=cutoff)
    return list(Bot.objects.filter(never_or_long_ago, enabled=True).values_list("pk", flat=True))
