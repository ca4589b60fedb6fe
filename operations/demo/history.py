"""The demo's past: N days of its simulated traders and bots trading, through the real services.

The clock is moved to each moment of the past (time-machine) and the services run as they would
have then: ``signal_ingest`` and ``signal_decide`` for the traders' signals; ``bot_run`` for the
bots, every one once a day over the last week and the mean-reversion ones at each bar where they
act (``operations.demo.bot_bars``); the position monitor on every five-minute step that reaches a
stop, target, entry or liquidation price; ``position_apply_funding`` every eight hours; and at
each day's end the marks, ``snapshot_take`` and ``trader_snapshot_take``. The trader ranking is
recorded once, at the end. Prices are the ``sim`` market's (``operations.demo.market``), so the
same seed and anchor give the same rows.

Idempotent: the first run records its plan (seed, window, anchor) in the audit log; each day is
one transaction, ended by that day's account snapshots, so the days with snapshots are done. A
run after an interrupted one resumes at the first missing day of the same plan; a run after a
complete one adds nothing. The past is written only before anything else happened: once the desk
has signals after the point where the history would resume, it is left alone.
"""
from __future__ import annotations

import logging
import random
import uuid
from collections import Counter
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from datetime import timezone as dt_timezone
from decimal import Decimal

import time_machine
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone

from accounts.models import Account, PerformanceSnapshot
from analytics.ranking import trader_ranking_record
from analytics.snapshots import snapshot_take, trader_snapshot_take
from bots.models import Bot
from bots.runner import bot_run
from echotrade.audit import audit_record
from echotrade.exceptions import EchoTradeError
from echotrade.models import AuditEvent
from execution.models import Position
from execution.market.sources import price_source_used
from execution.services import position_apply_funding, position_close
from operations.demo.bot_bars import BAR_STRATEGIES, acting_bars
from operations.demo.catalog import ACCOUNTS, ACTOR_LABEL
from operations.demo.desk import HISTORY_TIER_WEIGHTS, pick, signal_draw, simulated_traders, trader_edge
from operations.demo.market import HistoryMarket
from operations.demo.watch import Watch
from signals.models import Signal
from signals.services import signal_decide, signal_ingest
from traders.models import Trader

PLAN_ACTION = "demo.history_planned"
WARMUP_DAYS = 30  # candles before the first day, for the bots' moving averages


@dataclass
class HistoryResult:
    added: int = 0
    present: int = 0
    skipped: str = ""
    first: date | None = None
    last: date | None = None
    counts: Counter = field(default_factory=Counter)


@dataclass(frozen=True)
class Plan:
    seed: int
    start: datetime  # midnight UTC of the first day
    end: datetime  # midnight UTC after the last day
    anchor: datetime  # the sim candles the prices come from end here

    @property
    def days(self) -> int:
        return (self.end - self.start).days


Progress = Callable[[int, int, date, Counter], None]


def history_backfill(*, days: int, seed: int, progress: Progress | None = None) -> HistoryResult:
    """Write the missing days of the demo's history (see the module's docstring)."""
    accounts = list(Account.objects.filter(name__in=list(ACCOUNTS)).order_by("pk"))
    if len(accounts) != len(ACCOUNTS):
        return HistoryResult(skipped="the demo accounts are missing")
    plan = _plan_get()
    fresh = plan is None
    if fresh:
        plan = _plan_new(days=days, seed=seed)
    result = HistoryResult(first=plan.start.date(), last=(plan.end - timedelta(days=1)).date())
    done = set(
        PerformanceSnapshot.objects.filter(
            account__in=accounts, kind="daily", day__gte=plan.start.date(), day__lt=plan.end.date()
        ).values_list("day", flat=True)
    )
    result.present = len(done)
    resume = _midnight(max(done)) + timedelta(days=1) if done else plan.start
    if resume >= plan.end:
        return result
    later = Signal.objects.filter(received_at__gte=resume).order_by("received_at").first()
    if later is not None:
        result.skipped = (
            f"the desk has had signals since {later.received_at:%Y-%m-%d %H:%M} UTC; the past is written only before any"
        )
        return result
    result.first = resume.date()
    market = HistoryMarket(seed=plan.seed, anchor=plan.anchor, start=plan.start - timedelta(days=WARMUP_DAYS))
    bar_runs = _bar_runs(accounts, market, resume, plan.end)
    # Nobody is to be told about the past as news: no websocket pushes while it is written. And a
    # cache of its own: the candles cached for one moment of the past must expire on the history's
    # clock (a shared Redis counts real seconds), and never reach the live processes.
    private_cache = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": f"demo-{uuid.uuid4().hex}"}
    with override_settings(CHANNEL_LAYERS={}, CACHES={"default": private_cache}), price_source_used(market), \
            _quiet("celery.app.trace"), time_machine.travel(resume, tick=False) as clock:
        day = resume
        while day < plan.end:
            with transaction.atomic():
                if fresh and day == plan.start:
                    _plan_record(plan)  # with the first day: a run that fails on it leaves no plan behind
                last = day + timedelta(days=1) >= plan.end
                HistoryDay(
                    plan=plan, day=day, market=market, clock=clock, accounts=accounts, counts=result.counts,
                    bar_runs=[(when, bot) for when, bot in bar_runs if day <= when < day + timedelta(days=1)],
                    flatten=last and not _live_prices_are_simulated(),
                ).run()
                if last:
                    # With the last day, so a complete history always has its leaderboard.
                    trader_ranking_record(computed_at=timezone.now())
            result.added += 1
            if progress:
                progress(result.present + result.added, plan.days, day.date(), result.counts)
            day += timedelta(days=1)
        cache.clear()
    return result


def _bar_runs(
    accounts: list[Account], market: HistoryMarket, start: datetime, end: datetime
) -> list[tuple[datetime, int]]:
    """When the bots that run at their acting bars (``operations.demo.bot_bars``) run, and which."""
    bots = Bot.objects.filter(enabled=True, account__in=accounts, strategy__in=BAR_STRATEGIES).order_by("pk")
    return sorted(
        (when, bot.pk) for bot in bots for when in acting_bars(bot=bot, market=market, start=start, end=end)
    )


def _live_prices_are_simulated() -> bool:
    """Whether the live market data is the simulator the history's prices come from. Otherwise
    (a real exchange, or ``auto``, which uses one when it can) a position the history leaves open
    would meet prices far from its own: the history closes its positions before it ends."""
    return settings.MARKET_DATA.strip() == "sim"


@contextmanager
def _quiet(logger_name: str):
    """Only warnings from ``logger_name`` for the block. The bots' copy tasks run (eagerly, without
    a broker) as each day commits and find their signals decided: hundreds of "succeeded" lines
    that would bury the progress line."""
    logger = logging.getLogger(logger_name)
    level = logger.level
    logger.setLevel(max(level, logging.WARNING))
    try:
        yield
    finally:
        logger.setLevel(level)


def _plan_get() -> Plan | None:
    event = AuditEvent.objects.filter(action=PLAN_ACTION).order_by("-created_at", "-id").first()
    if event is None:
        return None
    after = event.after
    return Plan(
        seed=int(after["seed"]), start=datetime.fromisoformat(after["start"]),
        end=datetime.fromisoformat(after["end"]), anchor=datetime.fromisoformat(after["anchor"]),
    )


def _plan_new(*, days: int, seed: int) -> Plan:
    now = timezone.now()
    end = _midnight(now.date())
    return Plan(seed=seed, start=end - timedelta(days=days), end=end, anchor=now)


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=dt_timezone.utc)


def _plan_record(plan: Plan) -> None:
    audit_record(
        action=PLAN_ACTION, actor_label=ACTOR_LABEL,
        message=f"{plan.days} days of simulated history from {plan.start:%Y-%m-%d}, seed {plan.seed}",
        after={
            "seed": plan.seed, "start": plan.start.isoformat(), "end": plan.end.isoformat(),
            "anchor": plan.anchor.isoformat(),
        },
    )


# Sized to the time budget (README, "Demo data": 90 days well under a minute on two cores). A bot
# round (20 bots, their votes and signals) costs about as much as ten trader signals, so the round
# of every bot is once a day, over the last week; the bots of ``bot_bars.BAR_STRATEGIES`` also
# run at the bars where they act, over the whole history.
SIGNALS_PER_DAY = 3
BOT_HOUR = 13
BOT_DAYS = 7
FUNDING_HOURS = (0, 8, 16)
LOOKAHEAD_HOURS = 12  # how far ahead a simulated trader's "edge" sees
TIER_SURENESS = {"all": 1.0, "levered": 0.9, "bold": 0.7, "wild": 0.4, "weak": 0.1}


@dataclass
class HistoryDay:
    """One day: its events in time order, the monitor watching prices in between."""

    plan: Plan
    day: datetime
    market: HistoryMarket
    clock: object
    accounts: list[Account]
    counts: Counter
    bar_runs: list[tuple[datetime, int]] = field(default_factory=list)  # (when, bot id), this day's
    flatten: bool = False  # close every position before the day ends

    def run(self) -> None:
        rng = random.Random(f"{self.plan.seed}:demo-history:{self.day.date().isoformat()}")
        # From where yesterday's watch stopped (23:59:59), so the midnight step is watched too.
        self.watch = Watch(market=self.market, counts=self.counts, start=self.day - timedelta(seconds=1))
        events = [(self.day + timedelta(hours=h), 0, self._funding, None) for h in FUNDING_HOURS]
        if self.plan.end - self.day <= timedelta(days=BOT_DAYS):
            events.append((self.day + timedelta(hours=BOT_HOUR), 1, self._bots, None))
        events += [(when, 1, self._bot_at_bar, bot_id) for when, bot_id in self.bar_runs]
        for when, payload in self._signal_plan(rng):
            events.append((when, 2, self._signal, payload))
        events.sort(key=lambda event: (event[0], event[1]))
        for when, _, action, payload in events:
            self._at(when)
            action(payload)
        self._at(self.day + timedelta(days=1) - timedelta(seconds=1))
        if self.flatten:
            self._flatten()
        self._close_day()

    def _at(self, when: datetime) -> None:
        self.watch.until(when, self.clock)
        self.clock.move_to(when)

    # --- the simulated traders ------------------------------------------------------------
    def _signal_plan(self, rng: random.Random) -> list[tuple[datetime, dict]]:
        traders = simulated_traders()
        # Every trader's card has figures: the signals go to those that have posted least.
        so_far = Signal.objects.filter(trader__in=traders, received_at__gte=self.plan.start)
        posted = Counter(so_far.values_list("trader_id", flat=True))
        plan = []
        for _ in range(SIGNALS_PER_DAY if traders else 0):
            when = self.day + timedelta(seconds=rng.randrange(60, 86400 - 60))
            tier = rng.choices(list(HISTORY_TIER_WEIGHTS), weights=list(HISTORY_TIER_WEIGHTS.values()))[0]
            picked = pick(rng, traders, tier, posted=posted)
            if picked is not None:
                trader, symbol = picked
                posted[trader.pk] += 1
                plan.append((when, {"trader": trader, "symbol": symbol, "tier": tier, "rng": random.Random(rng.random())}))
        return plan

    def _signal(self, payload: dict) -> None:
        rng, trader, symbol, tier = payload["rng"], payload["trader"], payload["symbol"], payload["tier"]
        now = timezone.now()
        # The trader's edge: it calls the next hours' move right a little more often than chance,
        # more so in its surer tiers (so confidence means something on the analytics pages).
        right = "long" if self.market.change(symbol, now, LOOKAHEAD_HOURS) > 0 else "short"
        wrong = "short" if right == "long" else "long"
        odds = 0.5 + trader_edge(trader.pk, self.plan.seed) * TIER_SURENESS[tier]
        data = signal_draw(
            rng, trader=trader, symbol=symbol, tier_name=tier, price=self.market.price_at(symbol, now), now=now,
            external_id=f"demo:{trader.pk}:{now:%Y%m%d%H%M%S}", side=right if rng.random() < odds else wrong,
        )
        try:
            # Recorded as signal_receive records a live one, without queueing its copy task: the
            # history is the copy worker, deciding it now, at the time it came in (a task would
            # run only once the day commits, to find it decided).
            signal, created = signal_ingest(data=data)
        except EchoTradeError:  # refused (the guard): a live source would be told so; nothing to copy
            self.counts["refused"] += 1
            return
        if created:
            self._decided(signal_decide(signal=signal))

    def _decided(self, decisions) -> None:
        for decision in decisions:
            self.counts[f"decision.{decision.outcome}"] += 1
            if decision.position_id is not None:
                self.watch.changed(decision.signal.symbol)
        self.counts["signals"] += 1

    # --- the bots -------------------------------------------------------------------------
    def _bots(self, _payload) -> None:
        bots = list(Bot.objects.filter(enabled=True, account__in=self.accounts).select_related("account", "trader"))
        for bot in bots:
            self.counts["bot_votes"] += len(bot_run(bot=bot, now=timezone.now()))
        self._bot_signals_decided()

    def _bot_at_bar(self, bot_id: int) -> None:
        bot = Bot.objects.filter(pk=bot_id, enabled=True).select_related("account", "trader").first()
        if bot is not None:
            self.counts["bot_votes"] += len(bot_run(bot=bot, now=timezone.now()))
            self._bot_signals_decided()

    def _bot_signals_decided(self) -> None:
        # Their copy tasks, too, run only once this day commits (and then find them decided).
        undecided = Signal.objects.filter(
            trader__source=Trader.Source.BOT, decided_at__isnull=True, duplicate_of__isnull=True
        ).select_related("trader")
        for signal in undecided:
            self._decided(signal_decide(signal=signal))

    # --- funding and the day's end -----------------------------------------------------------
    def _funding(self, _payload) -> None:
        now = timezone.now()
        rng = random.Random(f"{self.plan.seed}:funding:{now.isoformat()}")
        rates = {}
        for position in Position.objects.filter(status=Position.Status.OPEN, account__in=self.accounts).order_by("pk"):
            # Positive most of the time, as on Binance: longs pay shorts about 0.01 % each 8 hours.
            rate = rates.setdefault(position.symbol, Decimal(str(round(rng.gauss(0.0001, 0.00008), 6))))
            position_apply_funding(position=position, rate=rate, mark_price=self.market.price_at(position.symbol, now))
            self.watch.changed(position.symbol)
            self.counts["funding"] += 1

    def _flatten(self) -> None:
        for position in Position.objects.filter(status__in=Position.ACTIVE_STATUSES, account__in=self.accounts):
            position_close(position=position)
            self.counts["flattened"] += 1

    def _close_day(self) -> None:
        now = timezone.now()
        self.watch.mark_all()
        # Loaded again: the snapshot is of tonight's cash, not this morning's.
        for account in Account.objects.filter(pk__in=[a.pk for a in self.accounts]):
            snapshot_take(account=account, now=now)
        # The traders with something to record: a day without a signal or a close is all zeros.
        active = set(Signal.objects.filter(received_at__gte=self.day).values_list("trader_id", flat=True))
        active |= set(Position.objects.filter(closed_at__gte=self.day).values_list("trader_id", flat=True))
        for trader in Trader.objects.filter(pk__in=active - {None}):
            trader_snapshot_take(trader=trader, day=now.date())
