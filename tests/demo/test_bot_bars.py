"""The bars the history runs a band bot at are exactly those where ``bot_run`` acts."""
from __future__ import annotations

from datetime import datetime, timedelta
from datetime import timezone as dt_timezone
from io import StringIO

import pytest
import time_machine
from django.core.management import call_command
from django.test.utils import override_settings

from bots.models import Bot
from bots.runner import bot_run
from operations.demo.bot_bars import RUN_DELAY, acting_bars
from execution.market.sources import price_source_used
from operations.demo.market import HistoryMarket

pytestmark = pytest.mark.django_db
NOW = datetime(2026, 3, 10, 15, 30, tzinfo=dt_timezone.utc)
DAYS = 30
FOUR_HOURS = timedelta(hours=4)


def test_the_history_runs_a_band_bot_at_exactly_the_bars_where_the_runner_acts():
    call_command("seed_demo", "--no-history", stdout=StringIO())
    bot = Bot.objects.get(name="handjob-meanrev-link")
    assert bot.timeframe == "4h"
    market = HistoryMarket(seed=42, anchor=NOW, start=NOW - timedelta(days=DAYS + 30))
    end = NOW.replace(hour=0, minute=0)
    start = end - timedelta(days=DAYS)  # midnight: a 4h close
    found = acting_bars(bot=bot, market=market, start=start, end=end)

    acted = []
    cache = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "test-bot-bars"}}
    with override_settings(CHANNEL_LAYERS={}, CACHES=cache), price_source_used(market), \
            time_machine.travel(start, tick=False) as clock:
        moment = start + RUN_DELAY
        while moment < end:
            clock.move_to(moment)
            if any(vote.act for vote in bot_run(bot=bot, now=moment)):
                acted.append(moment)
            moment += FOUR_HOURS
    assert found, "no acting bar in the window: pick a longer one"
    assert found == acted
