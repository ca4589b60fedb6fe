"""HTTP ingest under load: 2,000 signals posted by 16 concurrent clients to daphne, copied by two
Celery workers through Redis into the three demo accounts, on PostgreSQL.

Figures: signals accepted per second (answered 201), signals executed per second (every account
decided, the clock running from the first post), and, checked in the database afterwards, how many
were lost (accepted but missing or never decided) and duplicated (a second signal row, decision or
position for the same thing): both must be 0. The reference, in the same run and on the same
daphne, is the same number of requests by the same 16 clients to a bare Django view (bench/_api_urls.py):
what HTTP alone costs on this machine today. Prints one JSON object.
"""
from __future__ import annotations

import http.client
import json
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from pathlib import Path

from _harness import daphne_command, env_for, processes, redis_url, scratch_database_url, setup_django, wait_for, worker_command

HERE = Path(__file__).resolve().parent
SIGNALS = int(os.environ.get("BENCH_SIGNALS", "2000"))  # fewer for a smoke run
CLIENTS = 16


def prepare() -> str:
    from django.contrib.auth.models import User
    from rest_framework.authtoken.models import Token

    from operations.management.commands.seed_demo import ACCOUNTS, STARTING_BALANCE
    from accounts.models import Account, Membership
    from execution.market.services import quote_set
    from traders.services import trader_create

    user = User.objects.create_user("bench", password="bench-unused", is_staff=True)
    for name, profile in ACCOUNTS.items():
        fields = {k: v for k, v in profile.items() if k != "description"}
        # Roomy enough that every signal executes in every account all run long.
        fields.update(max_open_positions=100000, base_position_pct=Decimal("0.001"))
        account = Account.objects.create(name=name, starting_balance=STARTING_BALANCE, cash=STARTING_BALANCE, **fields)
        Membership.objects.create(user=user, account=account, role=Membership.Role.OWNER)
    trader_create(id="bench_trader", name="Bench", min_confidence=Decimal("0.7"), max_leverage=10)
    quote_set(symbol="BTC/USDT", price=Decimal("67000"), bid=Decimal("66999"), ask=Decimal("67001"))
    return Token.objects.create(user=user).key


def fire(web: str, requests: list[tuple[str, str, bytes | None]], headers: dict) -> tuple[float, dict]:
    """Send ``requests`` from CLIENTS keep-alive connections; returns (seconds, answers by index)."""
    host, port = web.split(":")
    answers, lock = {}, threading.Lock()

    def client(share: list[int]) -> None:
        conn = http.client.HTTPConnection(host, int(port), timeout=60)
        for i in share:
            method, path, body = requests[i]
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            response.read()
            with lock:
                answers[i] = response.status
        conn.close()

    started = time.perf_counter()
    with ThreadPoolExecutor(CLIENTS) as pool:
        list(pool.map(client, [list(range(n, len(requests), CLIENTS)) for n in range(CLIENTS)]))
    return time.perf_counter() - started, answers


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


def main() -> dict:
    from operations.embedded_redis import free_port, wait_until_listening

    database = scratch_database_url("echotrade_bench_ingest_http", postgres=True)
    with redis_url(13, real=True) as (redis, redis_kind):
        env = env_for(database, redis, QUOTE_MAX_AGE_SECONDS="100000", SIGNAL_POST_RATE="1000000/min")
        setup_django(env)
        from django.db import connection

        from signals.models import Signal

        token = prepare()
        port = free_port()
        web_env = {**env, "DJANGO_SETTINGS_MODULE": "_api_settings", "PYTHONPATH": str(HERE)}
        with processes([daphne_command(port)], web_env), processes([worker_command(f"ingest{n}") for n in range(2)], env):
            wait_until_listening(port, timeout=60)
            web = f"127.0.0.1:{port}"
            time.sleep(3)  # let the workers connect before the clock starts
            headers = {"Content-Type": "application/json", "Authorization": f"Token {token}"}
            fire(web, [("GET", "/bare/warm", None)] * CLIENTS, headers)
            bare_s, bare_answers = fire(web, [("GET", "/bare/ping", None)] * SIGNALS, headers)
            external_ids = [f"http-{i}" for i in range(SIGNALS)]
            posts = [("POST", "/api/signals", json.dumps({
                "trader": "bench_trader", "symbol": "BTC/USDT", "side": "long" if i % 2 else "short",
                "leverage": 5, "confidence": 0.9, "external_id": external_ids[i]}).encode()) for i in range(SIGNALS)]
            started = time.perf_counter()
            accept_s, answers = fire(web, posts, headers)
            pending = Signal.objects.filter(trader_id="bench_trader", decided_at__isnull=True)
            wait_for(lambda: not pending.exists(), timeout=900, every=0.2)
            execute_s = time.perf_counter() - started
        accepted = sum(1 for status in answers.values() if status == 201)
        found = check(external_ids)
        database_kind = connection.vendor
    bare_rps, accepted_rps, executed_rps = SIGNALS / bare_s, accepted / accept_s, SIGNALS / execute_s
    return {
        "benchmark": "ingest_http", "database": database_kind, "redis": redis_kind, "signals": SIGNALS, "clients": CLIENTS,
        "workers": 2, "accepted": accepted, "refused": SIGNALS - accepted,
        "bare_view_requests_per_s": round(bare_rps, 1), "bare_view_ok": sum(1 for s in bare_answers.values() if s == 200),
        "accepted_per_s": round(accepted_rps, 1), "executed_per_s": round(executed_rps, 2), **found,
        "table": [
            ["HTTP, 16 clients: bare view (reference)", f"{round(bare_rps, 1)} req/s", "", ""],
            ["HTTP ingest, 16 clients: accepted", f"{round(accepted_rps, 1)} signals/s", f"{accepted} of {SIGNALS}", f"×{round(accepted_rps / bare_rps, 3)}"],
            ["HTTP ingest → 2 workers: executed", f"{round(executed_rps, 2)} signals/s", f"lost {found['lost']}, dup {found['duplicated']}", f"×{round(executed_rps / bare_rps, 3)}"],
        ],
    }


if __name__ == "__main__":
    result = main()
    print(json.dumps(result))
