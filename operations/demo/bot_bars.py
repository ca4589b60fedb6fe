"""The bars after which the history runs a bot: those where its strategy acts.

Live, every bot runs each minute (``bots.tasks.run_due_bots``) and acts at most once a bar. Over
the history's months that would be tens of thousands of runs, nearly all of which only record a
vote that nothing reads back. So besides the daily round of every bot, the history runs the bots
of ``BAR_STRATEGIES`` right after each bar close at which their strategy acts, over the whole
history. It finds those bars by evaluating the strategy on the candles the runner will read there
(the history's market, the runner's window); ``bot_run`` then runs there for real and its signal
goes through the pipeline, so a bar found wrongly costs one run that acts on nothing.

Only a strategy that keeps no state of its own qualifies: skipping the bars where it does not act
changes nothing it remembers. Mean reversion does not, and it sets a target and a stop, so its
copies close on their own in the past and the Bots page ranks results from the first minute. (The
grid sets them too, but remembers its ladder, and its fixed 0.6 strength is under every demo
profile's threshold; the other strategies' copies wait for a stop or a hand to close them.)
"""
from __future__ import annotations

from dataclasses import fields
from datetime import datetime, timedelta
from datetime import timezone as dt_timezone
from decimal import Decimal

from bots.models import Bot
from bots.strategies import Candles, Context, split_parameters, strategy_for
from execution.market.base import timeframe_seconds
from operations.demo.market import HistoryMarket

BAR_STRATEGIES = ("mean_reversion",)
# A runner that runs every minute sees a bar's close within the minute.
RUN_DELAY = timedelta(seconds=30)


def _runner_window(strategy) -> int:
    """The closed bars ``bots.runner`` reads: its ``candles_get`` limit, less the bar still forming."""
    return max(strategy.min_candles * 3, 200)


def acting_bars(*, bot: Bot, market: HistoryMarket, start: datetime, end: datetime) -> list[datetime]:
    """The moments in [start, end) to run ``bot`` at: just after each close at which it acts."""
    values, extra = split_parameters(bot.strategy, bot.parameters)
    strategy = strategy_for(bot.strategy, values)
    seconds = timeframe_seconds(bot.timeframe)
    window = _runner_window(strategy)
    moments = set()
    for symbol in bot.symbols:
        bars = Candles.from_rows(market.bars(symbol, bot.timeframe))
        for last in range(len(bars)):
            moment = datetime.fromtimestamp(int(bars.ts[last]) + seconds, tz=dt_timezone.utc) + RUN_DELAY
            if not start <= moment < end:
                continue
            first = max(0, last + 1 - window)
            candles = Candles(*(getattr(bars, column.name)[first:last + 1] for column in fields(bars)))
            context = Context(now=moment, symbol=symbol, prices={symbol: Decimal(repr(float(candles.close[-1])))})
            if strategy.evaluate(candles, dict(extra), context).act:
                moments.add(moment)
    return sorted(moments)
