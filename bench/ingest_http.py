"""HTTP ingest under load: 2,000 signals posted by 16 concurrent clients to the production web
server (README, Production: PRODUCTION_SERVER with two processes per core), copied by two Celery
workers through Redis into the three demo accounts, on PostgreSQL.

Figures: signals accepted per second (answered 201); signals executed per second (every account
decided, the clock running from the first post) over the whole run and while the posts were
coming in; the copy queue's length (Redis) when the last post was answered and at its peak, so
whether the copies keep up shows; and, checked in the database afterwards, how many were lost
(accepted but missing or never decided) and duplicated (a second signal row, decision or position
for the same thing): both must be 0. The reference, in the same run and on the same server, is
the same number of requests by the same 16 clients to a bare Django view (bench/_api_urls.py):
what HTTP alone costs on this machine today. bench/asgi_servers.py compares the servers. Prints
one JSON object.
"""
from __future__ import annotations

import json
import os
import threading
import time

from _api_http import CLIENTS, WEB_WORKERS, fire, headers_for, ok, prepare, server_command, signal_posts, web_env
from _cpu import CpuMeter
from _harness import env_for, processes, redis_url, scratch_database_url, setup_django, wait_for, worker_command

SIGNALS = int(os.environ.get("BENCH_SIGNALS", "2000"))  # fewer for a smoke run
PRODUCTION_SERVER = "uvicorn"
DATABASE = "echotrade_bench_ingest_http"
COPY_QUEUE = "celery"  # Celery's default queue: a Redis list on the broker


def check(external_ids: list[str]) -> dict:
    """Lost and duplicated, from the database."""
    from django.db.models import Count

    from execution.models import Position
    from signals.models import Signal, SignalDecision

    signals = Signal.objects.filter(trader_id="bench_trader", external_id__in=external_ids)
    rows_per_id = signals.values("external_id").annotate(n=Count("id"))
    present = {r["external_id"] for r in rows_per_id}
    accounts = 3
    undecided = signals.filter(decided_at__isnull=True).count()
    decisions = SignalDecision.objects.filter(signal__in=signals)
    short = decisions.values("signal").annotate(n=Count("id")).filter(n__lt=accounts).count()
    missing_decisions = signals.count() - decisions.values("signal").distinct().count()
    return {
        "lost": len(set(external_ids) - present) + undecided + short + missing_decisions,
        "duplicated": sum(r["n"] - 1 for r in rows_per_id)
        + decisions.values("signal", "account").annotate(n=Count("id")).filter(n__gt=1).count()
        + Position.objects.filter(signal__in=signals).values("signal", "account").annotate(n=Count("id")).filter(n__gt=1).count(),
        "executed_decisions": decisions.filter(outcome="executed").count(),
        "positions": Position.objects.filter(signal__in=signals).count(),
    }


class QueueWatch:
    """Samples the copy queue's length every 0.2 s while the posts come in."""

    def __init__(self, redis_url: str):
        import redis

        self.client, self.peak, self._stop = redis.Redis.from_url(redis_url), 0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def length(self) -> int:
        return self.client.llen(COPY_QUEUE)

    def _run(self) -> None:
        while not self._stop.wait(0.2):
            self.peak = max(self.peak, self.length())

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.length()


def main() -> dict:
    from operations.embedded_redis import free_port, wait_until_listening

    database = scratch_database_url(DATABASE, postgres=True)
    with redis_url(13, real=True) as (redis, redis_kind):
        # As the production layout runs: each web process keeps its database connection.
        env = env_for(database, redis, QUOTE_MAX_AGE_SECONDS="100000", SIGNAL_POST_RATE="1000000/min", DB_CONN_MAX_AGE="60")
        setup_django(env)
        from django.db import connection

        from signals.models import Signal

        token = prepare()
        port = free_port()
        workers = [worker_command(f"ingest{n}") for n in range(2)]
        with processes([server_command(PRODUCTION_SERVER, port)], web_env(env)) as (server,), processes(workers, env) as copiers:
            wait_until_listening(port, timeout=90)
            web = f"127.0.0.1:{port}"
            time.sleep(3)  # let the workers connect before the clock starts
            headers = headers_for(token)
            fire(web, [("GET", "/bare/warm", None)] * CLIENTS * 4, headers)
            bare_s, bare_answers = fire(web, [("GET", "/bare/ping", None)] * SIGNALS, headers)
            external_ids = [f"http-{i}" for i in range(SIGNALS)]
            pending = Signal.objects.filter(trader_id="bench_trader", decided_at__isnull=True)
            groups = {"server": [server.pid], "workers": [c.pid for c in copiers]}
            meter, watch = CpuMeter(groups=groups, database=DATABASE), QueueWatch(redis)
            started = time.perf_counter()
            accept_s, answers = fire(web, signal_posts(external_ids), headers)
            queue_at_last_post = watch.stop()
            decided_by_last_post = Signal.objects.filter(trader_id="bench_trader", decided_at__isnull=False).count()
            cpu = meter.per_request(SIGNALS)
            wait_for(lambda: not pending.exists(), timeout=900, every=0.2)
            execute_s = time.perf_counter() - started
        accepted = ok(answers, 201)
        found = check(external_ids)
        database_kind = connection.vendor
    bare_rps, accepted_rps, executed_rps = SIGNALS / bare_s, accepted / accept_s, SIGNALS / execute_s
    executed_while_posting = decided_by_last_post / accept_s
    return {
        "benchmark": "ingest_http", "database": database_kind, "redis": redis_kind, "server": PRODUCTION_SERVER,
        "web_processes": WEB_WORKERS, "signals": SIGNALS, "clients": CLIENTS, "workers": 2,
        "accepted": accepted, "refused": SIGNALS - accepted,
        "bare_view_requests_per_s": round(bare_rps, 1), "bare_view_ok": ok(bare_answers, 200),
        "accepted_per_s": round(accepted_rps, 1), "accepted_vs_bare": round(accepted_rps / bare_rps, 3),
        "cpu_ms_per_post_while_copying": cpu,
        "executed_per_s": round(executed_rps, 2), "executed_per_s_while_posting": round(executed_while_posting, 2),
        "copy_queue_at_last_post": queue_at_last_post, "copy_queue_peak": max(watch.peak, queue_at_last_post), **found,
        "table": [
            [f"HTTP, 16 clients, {PRODUCTION_SERVER} ×{WEB_WORKERS}: bare view (reference)", f"{round(bare_rps, 1)} req/s", "", ""],
            ["HTTP ingest, 16 clients: accepted", f"{round(accepted_rps, 1)} signals/s", f"{accepted} of {SIGNALS}",
             f"×{round(accepted_rps / bare_rps, 3)}"],
            ["HTTP ingest → 2 workers: executed", f"{round(executed_rps, 2)} signals/s",
             f"queue {queue_at_last_post} at the last post; lost {found['lost']}, dup {found['duplicated']}",
             f"×{round(executed_rps / bare_rps, 3)}"],
        ],
    }


if __name__ == "__main__":
    print(json.dumps(main()))
