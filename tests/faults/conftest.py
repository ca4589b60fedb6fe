"""Fault tests: the live system (tests/live) with a part of it failing in the middle of a run.

They reuse the live fixtures (an embedded Redis-protocol server per run, the worker's environment,
a broker client) and add what a fault needs: a real ``redis-server`` of the test's own that can be
killed and started again on the same port (never the shared one on 6379), a ``celery worker``
with two processes as ``make run`` starts it, and the invariants every fault must leave intact.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections import Counter

import pytest

from operations.embedded_redis import free_port, wait_until_listening
from tests.conftest import require_service
from tests.live.conftest import ROOT, broker, live_env, redis_url  # noqa: F401  (fixtures reused as they are)

REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"


class RedisServer:
    """A disposable ``redis-server`` without persistence: a restart forgets every queued task."""

    def __init__(self):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL, start_new_session=True,
        )
        wait_until_listening(self.port)

    def kill(self) -> None:
        """kill -9: no shutdown, no goodbye to the clients, every key gone."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)


@pytest.fixture
def redis_server():
    if not os.path.exists(REDIS_SERVER):
        require_service("redis-server", False, f"{REDIS_SERVER} is not installed")
    server = RedisServer()
    server.start()
    yield server
    server.kill()


class PreforkWorker:
    """``celery worker --concurrency 2`` (prefork), as ``make run`` starts it, in its own process group."""

    def __init__(self, env: dict, concurrency: int = 2):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "echotrade", "worker", "--concurrency", str(concurrency),
             "--without-mingle", "--without-gossip", "--loglevel", "WARNING", "-n", f"faults-{time.monotonic_ns()}@%h"],
            cwd=ROOT, env=env, start_new_session=True,
        )

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()  # the main process shuts its pool down; SIGTERM to the group would not
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)


@pytest.fixture
def start_prefork_worker():
    workers: list[PreforkWorker] = []

    def start(env: dict) -> PreforkWorker:
        worker = PreforkWorker(env)
        workers.append(worker)
        return worker

    yield start
    for worker in workers:
        worker.stop()


def start_web(env: dict) -> tuple[subprocess.Popen, str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "daphne", "-b", "127.0.0.1", "-p", str(port), "echotrade.asgi:application"],
        cwd=ROOT, env=env, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    wait_until_listening(port, timeout=30)
    return process, f"127.0.0.1:{port}"


def post_signal(address: str, body: dict, token: str) -> int:
    """POST /api/signals as a source does; the status only (a failing server may not answer JSON)."""
    request = urllib.request.Request(f"http://{address}/api/signals", method="POST", data=json.dumps(body).encode())
    request.add_header("Content-Type", "application/json")
    request.add_header("Authorization", f"Token {token}")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def wait_until_settled(count, *, timeout: float, quiet_for: float = 4.0) -> int:
    """Wait until ``count()`` stops changing for ``quiet_for`` seconds (the queue has drained)."""
    deadline, last, since = time.monotonic() + timeout, count(), time.monotonic()
    while time.monotonic() < deadline:
        time.sleep(0.25)
        now = count()
        if now != last:
            last, since = now, time.monotonic()
        elif time.monotonic() - since >= quiet_for:
            return now
    return last


def copy_invariant_violations(signal_ids: list[int], account_ids: list[int]) -> list[str]:
    """Everything that breaks "each signal decided exactly once per account, each execution one trade".

    An empty list means: every signal is marked decided and has exactly one decision for every
    following account; every executed decision points at its own position, opened by exactly one
    filled entry order; no account holds a position or an order for a signal it did not execute.
    """
    from execution.models import Order, Position
    from signals.models import Signal, SignalDecision

    problems = []
    undecided = list(Signal.objects.filter(pk__in=signal_ids, decided_at__isnull=True).values_list("pk", flat=True))
    if undecided:
        problems.append(f"{len(undecided)} signal(s) never decided: {undecided[:10]}")
    decisions = list(SignalDecision.objects.filter(signal_id__in=signal_ids).values_list("signal_id", "account_id", "outcome", "position_id"))
    per_pair = Counter((s, a) for s, a, _, _ in decisions)
    doubled = [pair for pair, n in per_pair.items() if n > 1]
    if doubled:
        problems.append(f"{len(doubled)} (signal, account) pair(s) decided more than once: {doubled[:10]}")
    expected = {(s, a) for s in signal_ids for a in account_ids}
    missing = expected - set(per_pair)
    if missing:
        problems.append(f"{len(missing)} (signal, account) pair(s) without a decision: {sorted(missing)[:10]}")
    executed = {(s, a): p for s, a, outcome, p in decisions if outcome == SignalDecision.Outcome.EXECUTED}
    without_position = [pair for pair, p in executed.items() if p is None]
    if without_position:
        problems.append(f"{len(without_position)} executed decision(s) without a position: {without_position[:10]}")
    positions = Counter(Position.objects.filter(signal_id__in=signal_ids).values_list("signal_id", "account_id"))
    wrong = {pair: n for pair, n in positions.items() if n != 1 or pair not in executed}
    wrong.update({pair: 0 for pair in executed if pair not in positions})
    if wrong:
        problems.append(f"{len(wrong)} (signal, account) pair(s) whose position count is not one per execution: {list(wrong.items())[:10]}")
    entry_orders = Counter(
        Order.objects.filter(position__signal_id__in=signal_ids, purpose=Order.Purpose.ENTRY, status=Order.Status.FILLED)
        .values_list("position_id", flat=True)
    )
    bad_orders = {p: n for p, n in entry_orders.items() if n != 1}
    if bad_orders:
        problems.append(f"{len(bad_orders)} position(s) with more than one filled entry order: {list(bad_orders.items())[:10]}")
    return problems
