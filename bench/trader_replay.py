"""Trader replay: 20 traders × 90 days of signals, replayed by ``trader_backtest_run`` on PostgreSQL.

Data, seeded: 20 traders with the trade management traders use (even or custom target shares,
zones split evenly or by custom fractions, breakeven after a target, percent and moving-target
trails, entry parts withdrawn after some hours or when the first target trades first), each with
three signals a day for 90 days on the simulator's markets. A signal is a market, single-price or
zone entry near the simulator's 4h candles at its time, with a stop and one to three targets; a
few failed the plausibility guard, and two traders' are Binance copy-trading history carrying the
lead's close. Prices: the simulator (the price source the replay reads through the feed), asked
once beforehand, as a busy desk's cache would have them.

Ours: the 20 replays one after another for one account (``trader_backtest_run``, what the
backtest job runs), wall and CPU seconds. Reference, in the same run: reading the same inputs and
nothing more (each trader's signals in the window, the feed's candles of each of its symbols
turned into Decimal bars): the floor any replay pays before it simulates anything. Goal: the 20
under 5 s of wall time (the database's share of the work is not in our CPU time; the machine is
shared, so the wall time is an upper bound). Prints one JSON object as its last line.
"""
from __future__ import annotations

import json
import os
import random
import time
from datetime import timedelta
from decimal import Decimal

from _harness import env_for, redis_url, scratch_database_url, setup_django

TRADERS, DAYS, SIGNALS_PER_DAY = 20, 90, 3
SEED = 90
GOAL_SECONDS = 5.0
SYMBOLS = ("BTC/USDT", "ETH/USDT", "SOL/USDT", "BNB/USDT", "XRP/USDT", "DOGE/USDT")
# Trade management per trader, in turn (``traders.models.Trader``'s fields).
MANAGEMENT = [
    {},
    {"tp_strategy": "custom", "tp_fractions": [0.5, 0.3, 0.2]},
    {"breakeven_after": 1},
    {"trailing": {"kind": "percent_below_highest", "callback_pct": "1.5", "activate_after_target": 1}},
    {"trailing": {"kind": "moving_target"}},
    {"entry_strategy": "custom", "entry_fractions": [0.7, 0.3], "cancel_unfilled_after_hours": 24},
    {"cancel_if_target_before_entry": True, "breakeven_after": 2},
]
IMPORTED_TRADERS = 2  # the last two: Binance copy-trading history


def prepare(now) -> tuple:
    from accounts.models import Account
    from analytics.backtests.trader_replay import CANDLE_LIMIT, timeframe_for
    from execution.market.feed import candles_get
    from operations.demo.catalog import STARTING_BALANCE
    from signals.models import Signal
    from traders.services import trader_create

    account = Account.objects.create(
        name="bench", starting_balance=STARTING_BALANCE, cash=STARTING_BALANCE, min_confidence=Decimal("0.65"),
        risk_multiplier=Decimal("1.5"), max_open_positions=50, daily_loss_limit_pct=Decimal("0.5"),
    )
    rng = random.Random(SEED)
    candles = {
        symbol: candles_get(symbol=symbol, timeframe=timeframe_for(DAYS), limit=CANDLE_LIMIT) for symbol in SYMBOLS
    }
    traders, signals = [], []
    for number in range(TRADERS):
        imported = number >= TRADERS - IMPORTED_TRADERS
        trader = trader_create(id=f"bench_{number}", name=f"Bench {number}", max_leverage=20,
                               min_confidence=Decimal("0.6"), **MANAGEMENT[number % len(MANAGEMENT)])
        traders.append(trader)
        for i in range(DAYS * SIGNALS_PER_DAY):
            at = now - timedelta(days=DAYS) + timedelta(hours=rng.uniform(0, 24 * DAYS))
            signals.append(a_signal(rng, trader, at, candles, f"bench-{number}-{i}", imported))
    Signal.objects.bulk_create(signals)
    return account, traders


def a_signal(rng: random.Random, trader, at, candles: dict, external_id: str, imported: bool):
    from signals.models import Signal

    symbol = rng.choice(SYMBOLS)
    price = price_at(candles[symbol], at)
    side = rng.choice(("long", "short"))
    sign = 1 if side == "long" else -1

    def away(fraction: float) -> Decimal:
        return (price * Decimal(str(1 + sign * fraction))).quantize(Decimal("0.00000001"))

    fields = {"entry_kind": "market", "entries": []}
    kind = rng.random()
    if not imported and kind < 0.25:
        level = away(-rng.uniform(0.002, 0.02))
        fields = {"entry_kind": "price", "entry_low": level, "entry_high": level, "entries": [str(level)]}
    elif not imported and kind < 0.45:
        a, b = sorted([away(-0.003), away(-rng.uniform(0.01, 0.03))])
        fields = {"entry_kind": "zone", "entry_low": a, "entry_high": b, "entries": [str(a), str(b)]}
    targets = [str(away(0.015 * (k + 1) * rng.uniform(0.8, 1.4))) for k in range(rng.randint(1, 3))]
    signal = Signal(
        trader=trader, symbol=symbol, side=side, leverage=rng.choice((1, 2, 3, 5, 10, 20)),
        confidence=Decimal(str(round(rng.uniform(0.6, 0.99), 2))), external_id=external_id, source_time=at,
        stop_loss=None if imported else away(-rng.uniform(0.02, 0.05)), take_profits=[] if imported else targets,
        **fields,
    )
    if imported:
        closed = at + timedelta(hours=rng.uniform(1, 72))
        # As signals.sources.binance.history records a lead's closed position.
        signal.raw = {
            "source": "binance_copy", "imported": True, "status": "All Closed", "opened": at.isoformat(),
            "closed": closed.isoformat(), "avg_cost": str(price), "avg_close_price": str(away(rng.uniform(-0.04, 0.05))),
        }
    elif rng.random() < 0.03:
        signal.guard_failures = [{"check": "stop_on_wrong_side", "field": "stop_loss", "detail": "bench"}]
    return signal


def price_at(rows: list[dict], at) -> Decimal:
    """The close of the last candle starting at or before ``at``."""
    from datetime import datetime

    chosen = rows[0]
    for row in rows:
        if datetime.fromisoformat(row["ts"]) > at:
            break
        chosen = row
    return Decimal(chosen["close"])


def ours(account, traders, now) -> dict:
    from analytics.backtests.trader_replay import trader_backtest_run

    results = []
    wall, cpu = time.perf_counter(), time.process_time()
    for trader in traders:
        results.append(trader_backtest_run(trader=trader, account=account, days=DAYS, initial_capital=Decimal(10000), now=now))
    took = {"seconds": round(time.perf_counter() - wall, 2), "cpu_seconds": round(time.process_time() - cpu, 2)}
    return took | {
        "signals": sum(r["signal_count"] for r in results), "trades": sum(len(r["trades"]) for r in results),
        "skipped": sum(len(r["skipped"]) for r in results),
    }


def inputs_only(traders, now) -> dict:
    """The floor: every trader's signals in the window and its symbols' candles as Decimal bars."""
    from datetime import datetime

    from django.db.models.functions import Coalesce

    from analytics.backtests.trader_replay import CANDLE_LIMIT, timeframe_for
    from execution.market.feed import candles_get
    from signals.models import Signal

    wall, cpu = time.perf_counter(), time.process_time()
    bars = 0
    for trader in traders:
        signals = list(
            Signal.objects.filter(trader=trader, duplicate_of__isnull=True).annotate(at=Coalesce("source_time", "received_at"))
            .filter(at__gte=now - timedelta(days=DAYS), at__lte=now).order_by("at", "id")
        )
        for symbol in {signal.symbol for signal in signals}:
            rows = candles_get(symbol=symbol, timeframe=timeframe_for(DAYS), limit=CANDLE_LIMIT)
            bars += len([(datetime.fromisoformat(r["ts"]), Decimal(r["open"]), Decimal(r["high"]), Decimal(r["low"]),
                          Decimal(r["close"])) for r in rows])
    return {"seconds": round(time.perf_counter() - wall, 2), "cpu_seconds": round(time.process_time() - cpu, 2), "bars": bars}


def main() -> dict:
    database = scratch_database_url("echotrade_bench_replay", postgres=True)
    with redis_url(12, real=True) as (redis, redis_kind):
        setup_django(env_for(database, redis))
        from django.utils import timezone

        now = timezone.now()
        account, traders = prepare(now)
        inputs_only(traders, now)  # once untimed: both are measured with the feed's cache and the database warm
        reference = inputs_only(traders, now)
        mine = ours(account, traders, now)
    ratio = round(mine["seconds"] / max(reference["seconds"], 0.01), 1)
    return {
        "benchmark": "trader_replay", "traders": TRADERS, "days": DAYS, "redis": redis_kind,
        "ours": mine, "inputs_only": reference,
        "ms_per_signal": round(1000 * mine["seconds"] / max(mine["signals"], 1), 3), "ratio_to_inputs_only": ratio,
        "goal": f"< {GOAL_SECONDS:g} s", "goal_met": mine["seconds"] < GOAL_SECONDS,
        "table": [
            [f"trader replay inputs only, {TRADERS} traders × {DAYS} days (reference)", f"{reference['seconds']} s",
             f"{reference['bars']} bars read", ""],
            [f"trader replay, {TRADERS} traders × {DAYS} days", f"{mine['seconds']} s ({mine['cpu_seconds']} s CPU)",
             f"{mine['signals']} signals, {mine['trades']} trades", f"×{ratio}; goal < {GOAL_SECONDS:g} s"],
        ],
    }


if __name__ == "__main__":
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    print(json.dumps(main()))
