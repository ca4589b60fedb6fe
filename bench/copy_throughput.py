"""Copy throughput: signals per second fully executed in three accounts, by one and by two workers.

Signals are recorded first (no copying), then handed to real ``celery worker`` processes through
Redis; the clock runs from the first hand-off until every signal is decided (every account's
order filled, position opened, audit written). One worker is the reference for two, in the
same run. Prints one JSON object.
"""
from __future__ import annotations

import json
import time
from decimal import Decimal

from _harness import (
    env_for,
    processes,
    redis_url,
    scratch_database_url,
    setup_django,
    wait_for,
    worker_command,
)

SIGNALS = 150


def prepare(count: int, offset: int) -> list[int]:
    from signals.services import SignalInput, signal_ingest

    ids = []
    for i in range(count):
        signal, _ = signal_ingest(data=SignalInput(
            trader="bench_trader", symbol="BTC/USDT", side="long" if i % 2 == 0 else "short", confidence="0.9",
            leverage=2, external_id=f"bench-{offset + i}",
        ))
        ids.append(signal.pk)
    return ids


def run(workers: int, env: dict, broker, offset: int) -> dict:
    from signals.models import Signal

    ids = prepare(SIGNALS, offset)
    with processes([worker_command(f"bench{offset}-{n}") for n in range(workers)], env):
        time.sleep(3)  # let the workers connect before the clock starts
        started = time.perf_counter()
        for signal_id in ids:
            broker.send_task("signals.tasks.copy_signal", args=[signal_id])
        wait_for(lambda: not Signal.objects.filter(pk__in=ids, decided_at__isnull=True).exists(), timeout=600, every=0.05)
        elapsed = time.perf_counter() - started
    return {"workers": workers, "signals": SIGNALS, "seconds": round(elapsed, 3), "signals_per_s": round(SIGNALS / elapsed, 2)}


def main() -> dict:
    from celery import Celery

    database = scratch_database_url()
    with redis_url() as (redis, redis_kind):
        env = env_for(database, redis)
        setup_django(env)
        from django.db import connection

        from execution.market.services import quote_set
        from operations.services import account_open
        from traders.services import trader_create

        for name in ("woods1", "angry", "handjob"):
            account_open(name=name, min_confidence=Decimal("0.6"), max_open_positions=100000)
        trader_create(id="bench_trader", name="Bench", max_leverage=10)
        quote_set(symbol="BTC/USDT", price=Decimal("67000"), bid=Decimal("66999"), ask=Decimal("67001"))
        broker = Celery("bench", broker=redis, set_as_current=False)
        # Quotes must stay fresh for the whole run, or the copies would fetch prices themselves.
        env["QUOTE_MAX_AGE_SECONDS"] = "100000"
        one = run(1, env, broker, 0)
        two = run(2, env, broker, SIGNALS)
        broker.close()
        database_kind = connection.vendor
    return {
        "benchmark": "copy_throughput", "database": database_kind, "redis": redis_kind, "accounts": 3,
        "one_worker": one, "two_workers": two, "speedup_two_vs_one": round(two["signals_per_s"] / one["signals_per_s"], 2),
    }


if __name__ == "__main__":
    print(json.dumps(main()))
