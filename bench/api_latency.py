"""API read latency: the list and detail endpoints (``GET /api/traders`` with 100 traders, an
account with its open positions, the positions, signals and accounts lists, one position, signal
and trader), each against a bare Django view that returns the very same bytes.

Both go through the same Django handler and middleware (in-process, Django's test client, a
token-authenticated staff member), so the ratio is what the API code itself costs: DRF,
authentication, selectors, serializers, queries. Requests to the API and to the bare view are
interleaved so that the machine's load hits both alike. Runs on PostgreSQL. Prints one JSON object.
"""
from __future__ import annotations

import json
import os
import time
from decimal import Decimal

from _harness import env_for, scratch_database_url, setup_django, summary_ms

TRADERS = 100
SIGNALS = 15  # copied into the accounts first, so an account has positions, fills and audit to sum up
REQUESTS = int(os.environ.get("BENCH_REQUESTS", "300"))


def prepare() -> str:
    from django.contrib.auth.models import User
    from rest_framework.authtoken.models import Token

    from operations.management.commands.seed_demo import ACCOUNTS, STARTING_BALANCE
    from accounts.models import Account, Membership
    from execution.market.services import quote_set
    from signals.services import SignalInput, signal_decide, signal_ingest
    from traders.services import trader_create

    accounts = [
        Account.objects.create(name=name, starting_balance=STARTING_BALANCE, cash=STARTING_BALANCE,
                               **{k: v for k, v in profile.items() if k != "description"})
        for name, profile in ACCOUNTS.items()
    ]
    for i in range(TRADERS):
        trader_create(id=f"trader_{i:03d}", name=f"Trader {i}", min_confidence=Decimal("0.7"), max_leverage=10)
    quote_set(symbol="BTC/USDT", price=Decimal("67000"), bid=Decimal("66999"), ask=Decimal("67001"))
    for i in range(SIGNALS):
        signal, _ = signal_ingest(data=SignalInput(trader=f"trader_{i:03d}", symbol="BTC/USDT", side="long",
                                                   confidence="0.9", leverage=3, external_id=f"api-{i}"))
        signal_decide(signal=signal)
    user = User.objects.create_user("bench", password="bench-unused", is_staff=True)
    for account in accounts:
        Membership.objects.create(user=user, account=account, role=Membership.Role.OWNER)
    return Token.objects.create(user=user).key


def measure(client, token: str, api_path: str, key: str) -> tuple[dict, dict, int]:
    import _api_urls
    from django.db import connection

    auth = {"HTTP_AUTHORIZATION": f"Token {token}"}
    first = client.get(api_path, **auth)
    assert first.status_code == 200, (api_path, first.status_code, first.content[:300])
    _api_urls.BODIES[key] = first.content
    bare = client.get(f"/bare/{key}")
    assert bare.content == first.content
    queries = []
    with connection.execute_wrapper(lambda execute, sql, *args: queries.append(sql) or execute(sql, *args)):
        client.get(api_path, **auth)
    api_times, bare_times, api_cpu, bare_cpu = [], [], 0.0, 0.0
    for _ in range(REQUESTS):
        started, cpu = time.perf_counter(), time.process_time()
        response = client.get(api_path, **auth)
        api_times.append(time.perf_counter() - started)
        api_cpu += time.process_time() - cpu
        assert response.status_code == 200
        started, cpu = time.perf_counter(), time.process_time()
        client.get(f"/bare/{key}")
        bare_times.append(time.perf_counter() - started)
        bare_cpu += time.process_time() - cpu
    # CPU time (this process: Django and the API code, not PostgreSQL) moves less with a shared
    # machine's load than the clock does.
    api = summary_ms(api_times) | {"queries": len(queries), "cpu_mean_ms": round(api_cpu / REQUESTS * 1000, 3)}
    return api, summary_ms(bare_times) | {"cpu_mean_ms": round(bare_cpu / REQUESTS * 1000, 3)}, len(first.content)


def main() -> dict:
    database = scratch_database_url("echotrade_bench_api_latency", postgres=True)
    os.environ["QUOTE_MAX_AGE_SECONDS"] = "100000"
    setup_django(env_for(database, "", DJANGO_SETTINGS_MODULE="_api_settings"))
    from django.db import connection
    from django.test import Client

    token = prepare()
    from execution.models import Position
    from signals.models import Signal

    position = Position.objects.filter(account__name="angry").order_by("id").first()
    signal = Signal.objects.order_by("id").first()
    client = Client()
    results, table = {}, []
    for label, api_path, key in (("GET /api/traders (100)", "/api/traders", "traders"),
                                 ("GET /api/accounts/angry", "/api/accounts/angry", "account"),
                                 ("GET /api/accounts (3)", "/api/accounts", "accounts"),
                                 ("GET /api/accounts/angry/positions", "/api/accounts/angry/positions", "positions"),
                                 (f"GET /api/signals ({SIGNALS})", "/api/signals", "signals"),
                                 ("GET /api/positions/{id}", f"/api/positions/{position.pk}", "position"),
                                 ("GET /api/signals/{id}", f"/api/signals/{signal.pk}", "signal"),
                                 ("GET /api/traders/{id}", "/api/traders/trader_000", "trader")):
        api, bare, size = measure(client, token, api_path, key)
        results[key] = {"path": api_path, "bytes": size, "api": api, "bare_view": bare,
                        "p50_ratio": round(api["p50_ms"] / bare["p50_ms"], 2), "p99_ratio": round(api["p99_ms"] / bare["p99_ms"], 2),
                        "cpu_ratio": round(api["cpu_mean_ms"] / bare["cpu_mean_ms"], 2)}
        table.append([f"{label}: bare view, same bytes (reference)", f"p50 {bare['p50_ms']} ms", f"p99 {bare['p99_ms']} ms", ""])
        table.append([label, f"p50 {api['p50_ms']} ms", f"p99 {api['p99_ms']} ms",
                      f"×{results[key]['p50_ratio']} / ×{results[key]['p99_ratio']}"])
    return {"benchmark": "api_latency", "database": connection.vendor, "requests": REQUESTS, "transport": "in-process (Django test client)",
            **results, "table": table}


if __name__ == "__main__":
    print(json.dumps(main()))
