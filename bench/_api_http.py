"""What the HTTP benchmarks share (bench/ingest_http.py, bench/asgi_servers.py): the bench's
accounts and trader, clients that post over keep-alive connections, and the ASGI servers to run.

A leading underscore keeps bench/run.py from taking this module for a benchmark.
"""
from __future__ import annotations

import http.client
import json
import os
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLIENTS = 16
APP = "echotrade.asgi:application"
# Web processes per server: two per core, as the README's Production section runs them. Sync views
# wait on PostgreSQL and Redis for most of a request, so a core has work while another waits.
WEB_WORKERS = int(os.environ.get("BENCH_WEB_WORKERS", str(2 * (os.cpu_count() or 1))))


def server_command(server: str, port: int, workers: int = WEB_WORKERS) -> list[str]:
    """The command that serves ``APP`` on ``port`` with ``server`` (daphne: one process, as `make run`)."""
    python, host = sys.executable, "127.0.0.1"
    return {
        "daphne": [python, "-m", "daphne", "-b", host, "-p", str(port), APP],
        # Channels' router has no lifespan handler: the servers are told not to send one.
        "uvicorn": [python, "-m", "uvicorn", APP, "--host", host, "--port", str(port), "--workers", str(workers),
                    "--lifespan", "off", "--no-access-log", "--log-level", "warning"],
        "gunicorn+uvicorn-worker": [python, "-m", "gunicorn", APP, "--bind", f"{host}:{port}", "--workers", str(workers),
                                    "--worker-class", "uvicorn_worker.UvicornWorker", "--log-level", "warning"],
        "granian": [python, "-m", "granian", "--interface", "asginl", "--host", host, "--port", str(port),
                    "--workers", str(workers), "--log-level", "warning", APP],
    }[server]


def web_env(env: dict) -> dict:
    """The web processes run the product's settings plus the bare reference view (_api_urls)."""
    return {**env, "DJANGO_SETTINGS_MODULE": "_api_settings", "PYTHONPATH": str(HERE)}


def prepare() -> str:
    """The demo's three accounts (roomy enough that every signal executes all run long), a bench
    trader they follow, a BTC quote, and a staff member's API token, which is returned."""
    from django.contrib.auth.models import User
    from rest_framework.authtoken.models import Token

    from accounts.models import Account, Membership
    from execution.market.services import quote_set
    from operations.management.commands.seed_demo import ACCOUNTS, STARTING_BALANCE
    from traders.services import trader_create

    user = User.objects.create_user("bench", password="bench-unused", is_staff=True)
    for name, profile in ACCOUNTS.items():
        fields = {k: v for k, v in profile.items() if k != "description"}
        fields.update(max_open_positions=100000, base_position_pct=Decimal("0.001"))
        account = Account.objects.create(name=name, starting_balance=STARTING_BALANCE, cash=STARTING_BALANCE, **fields)
        Membership.objects.create(user=user, account=account, role=Membership.Role.OWNER)
    trader_create(id="bench_trader", name="Bench", min_confidence=Decimal("0.7"), max_leverage=10)
    quote_set(symbol="BTC/USDT", price=Decimal("67000"), bid=Decimal("66999"), ask=Decimal("67001"))
    return Token.objects.create(user=user).key


def signal_posts(external_ids: list[str]) -> list[tuple[str, str, bytes]]:
    return [("POST", "/api/signals", json.dumps({
        "trader": "bench_trader", "symbol": "BTC/USDT", "side": "long" if i % 2 else "short",
        "leverage": 5, "confidence": 0.9, "external_id": external_id}).encode()) for i, external_id in enumerate(external_ids)]


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


def ok(answers: dict, status: int) -> int:
    return sum(1 for answer in answers.values() if answer == status)


def headers_for(token: str) -> dict:
    return {"Content-Type": "application/json", "Authorization": f"Token {token}"}
