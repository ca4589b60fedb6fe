"""Copy fan-out end to end: a signal posted over HTTP (daphne) and copied by real Celery workers
through Redis into desks of 3, 30, 300 and 1,000 accounts, on PostgreSQL, by one and by two workers.

Each desk has its own trader that every account of the desk (and no other) follows. Signals are
posted one at a time; the next waits until the last account has decided, so each is measured alone.
Per cell: p50/p99 of the time from the POST's answer to the signal's first and to its last entry
fill (the fills' own ``created_at``, cross-checked against the signal's ``first_fill_at`` and
``last_fill_at``) and to its ``decided_at``, and how many decisions executed. A fill's ``created_at``
is stamped when it is inserted, a little before its chunk commits; ``decided_at`` comes after the
last commit, so the two bracket when the last copy became visible.

Queries per account: before the workers start, one signal per desk is copied in-process through the
same task (``copy_signal``, its chunks applied eagerly) under ``CaptureQueriesContext``: every query
of the copy, the chunks' on-commit hooks included, divided by the accounts (and the slope between
desks: what one more account costs). Not counted: the result row each worker task stores.

Reference, in the same run: the floor. The rows that counted copy wrote (signal, decisions, orders,
fills, positions, audit events, ...) are written again by one raw psycopg transaction of plain
INSERTs (plus each account's cash update), once after every timed signal of the cell, so that the
machine's load weighs on both alike. Prints one JSON object.

BENCH_FANOUT_ACCOUNTS (e.g. "3,30") and BENCH_FANOUT_SIGNALS (signals per cell) shorten a run.
"""
from __future__ import annotations

import http.client
import json
import os
import sys
import tempfile
import time
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from _harness import (
    daphne_command,
    env_for,
    processes,
    redis_url,
    scratch_database_url,
    setup_django,
    summary_ms,
    wait_for,
    worker_command,
)
from copy_pipeline import Floor, written_rows

SIZES = [int(n) for n in os.environ.get("BENCH_FANOUT_ACCOUNTS", "3,30,300,1000").split(",")]
WORKERS = (1, 2)
# Enough that p50 and p99 mean something, few enough that the whole curve stays within minutes.
DEFAULT_SIGNALS = {3: 20, 30: 20, 300: 10, 1000: 6}
GOAL_LAST_FILL_P50_MS = {300: 1000, 1000: 3000}  # with 2 workers (issue 14)
GOAL_QUERIES_PER_ACCOUNT = 6
# Roomy: every signal of the run executes in every account (no position, leverage or money limit).
PROFILE = {"min_confidence": Decimal("0.5"), "max_leverage": 20, "max_open_positions": 100000,
           "base_position_pct": Decimal("0.001")}


def log(message: str) -> None:
    print(f"[copy_fanout {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def signals_per_cell(size: int) -> int:
    given = os.environ.get("BENCH_FANOUT_SIGNALS")
    return int(given) if given else DEFAULT_SIGNALS.get(size, 10)


def desk_open(size: int) -> str:
    """``size`` accounts opened by the account service, following one new trader (and only it)."""
    from accounts.services import account_create
    from traders.services import follow_set, trader_create

    accounts = [account_create(name=f"desk{size}-{i}", **PROFILE) for i in range(size)]
    trader = trader_create(id=f"desk{size}", name=f"Desk of {size}", min_confidence=Decimal("0.5"),
                           max_leverage=10, follow_all_accounts=False)
    for account in accounts:
        follow_set(account=account, trader=trader, enabled=True)
    return trader.pk


def signal_input(trader_id: str, external_id: str, n: int) -> dict:
    return {"trader": trader_id, "symbol": "BTC/USDT", "side": "long" if n % 2 == 0 else "short",
            "leverage": 5, "confidence": 0.9, "external_id": external_id}


def counted_copy(trader_id: str, size: int) -> tuple[int, int, dict, list]:
    """Copy one signal in-process through ``copy_signal``; (queries, executed, rows written, cash updates)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from accounts.models import Account
    from echotrade.celery import app
    from signals.models import SignalDecision
    from signals.services import SignalInput, signal_ingest
    from signals.tasks import copy_signal

    def copy() -> tuple[int, int]:
        signal, _ = signal_ingest(data=SignalInput(**signal_input(trader_id, f"counted-{size}", 0)))
        with CaptureQueriesContext(connection) as queries:
            copy_signal.apply(args=(signal.pk,), throw=True)  # a desk over one chunk: its group runs here too (eager)
        return len(queries), SignalDecision.objects.filter(signal=signal, outcome="executed").count()

    desk = Account.objects.filter(follows__trader_id=trader_id)
    cash_before = dict(desk.values_list("pk", "cash"))
    # The app reads its settings under Django's CELERY_ namespace: ``conf.task_always_eager = True`` is not seen.
    eager = app.conf.task_always_eager
    app.conf["CELERY_TASK_ALWAYS_EAGER"] = True
    assert app.conf.task_always_eager, "the copy would be sent to the workers, not run here"
    try:
        (queries, executed), rows = written_rows(copy)
    finally:
        app.conf["CELERY_TASK_ALWAYS_EAGER"] = eager
    cash_updates = [(pk, cash_before[pk] - cash) for pk, cash in desk.values_list("pk", "cash")]
    return queries, executed, rows, cash_updates


class BatchedFloor(Floor):
    """bench/copy_pipeline.py's floor, each table's rows sent by one pipelined ``executemany``: the
    copy batches its INSERTs, so one round trip per row would be no floor at a thousand accounts."""

    def write(self, i: int) -> float:
        started = time.perf_counter()
        with self.conn.transaction(), self.conn.cursor() as cursor:
            new_pk: dict = {m: {} for m in self.sample}
            for model, fields, sql in self.plans:
                rows = self.sample[model]
                cursor.executemany(sql, [self.values(row, fields, new_pk, i) for row in rows], returning=True)
                ids = [cursor.fetchone()[0]]
                while cursor.nextset():
                    ids.append(cursor.fetchone()[0])
                new_pk[model] = {row["id"]: pk for row, pk in zip(rows, ids, strict=True)}
            cursor.executemany('UPDATE "accounts_account" SET "cash" = "cash" - %s WHERE "id" = %s',
                               [(amount, account_id) for account_id, amount in self.cash_updates])
        return time.perf_counter() - started


class Poster:
    """One keep-alive HTTP connection to daphne, posting as a staff user."""

    def __init__(self, port: int, token: str, errors: Path):
        self.errors = errors
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.headers = {"Content-Type": "application/json", "Authorization": f"Token {token}"}

    def post(self, body: dict) -> tuple[int, float, float]:
        """(signal id, wall-clock time of the answer, seconds the request took)."""
        started = time.perf_counter()
        self.conn.request("POST", "/api/signals", body=json.dumps(body).encode(), headers=self.headers)
        response = self.conn.getresponse()
        data = response.read()
        answered = time.time()
        if response.status != 201:
            said = self.errors.read_text(errors="replace")[-3000:] if self.errors.exists() else ""
            raise RuntimeError(f"POST /api/signals answered {response.status}; the processes said:\n{said}")
        return json.loads(data)["id"], answered, time.perf_counter() - started


def copied(signal_id: int) -> dict:
    """Wait for the signal's last decision; what its copy did, from the fills and the decisions."""
    from django.db.models import Count, Max, Min

    from execution.models import Fill, Order
    from signals.models import Signal, SignalDecision

    wait_for(lambda: Signal.objects.filter(pk=signal_id, decided_at__isnull=False).exists(), timeout=600, every=0.02)
    signal = Signal.objects.get(pk=signal_id)
    fills = Fill.objects.filter(position__signal_id=signal_id, order__purpose=Order.Purpose.ENTRY).aggregate(
        first=Min("created_at"), last=Max("created_at"), n=Count("id"))
    outcomes = dict(SignalDecision.objects.filter(signal_id=signal_id).values_list("outcome").annotate(n=Count("id")))
    return {"first": fills["first"], "last": fills["last"], "decided": signal.decided_at, "outcomes": outcomes,
            "disagree": {name: [str(stored), str(found)] for name, stored, found in (
                ("first_fill_at", signal.first_fill_at, fills["first"]), ("last_fill_at", signal.last_fill_at, fills["last"]),
            ) if stored != found}}


def since(answered: float, moment: datetime | None) -> float:
    return float("nan") if moment is None else moment.timestamp() - answered


def run_cell(poster: Poster, trader_id: str, size: int, workers: int, floor: BatchedFloor, serial: list[int]) -> dict:
    signals = signals_per_cell(size)
    first, last, decided, posts, floors = [], [], [], [], []
    executed, disagree, other = 0, [], {}
    # One untimed signal: the desk's first copy in these workers.
    for n in range(-1, signals):
        signal_id, answered, took = poster.post(signal_input(trader_id, f"w{workers}-{n}", n))
        result = copied(signal_id)
        serial[0] += 1
        if n < 0:
            continue
        first.append(since(answered, result["first"]))
        last.append(since(answered, result["last"]))
        decided.append(since(answered, result["decided"]))
        posts.append(took)
        executed += result["outcomes"].get("executed", 0)
        for outcome, count in result["outcomes"].items():
            if outcome != "executed":
                other[outcome] = other.get(outcome, 0) + count
        if result["disagree"]:  # the signal's own fields against its fills: stored, found
            disagree.append({"signal": signal_id, **result["disagree"]})
        time.sleep(0.2)  # the workers' tail (task results, pushes) settles before the next is timed
        floors.append(floor.write(serial[0]))
    cell = {
        "accounts": size, "workers": workers, "signals": signals,
        "first_fill": summary_ms(first), "last_fill": summary_ms(last), "decided": summary_ms(decided),
        "post": summary_ms(posts), "floor": summary_ms(floors),
        "executed": executed, "decisions_expected": signals * size, "not_executed": other,
        "signal_fill_fields_disagree": disagree, "load_1min": float(open("/proc/loadavg").read().split()[0]),
    }
    cell["last_fill_p50_vs_floor"] = round(cell["last_fill"]["p50_ms"] / cell["floor"]["p50_ms"], 1)
    cell["last_fill_p99_vs_floor"] = round(cell["last_fill"]["p99_ms"] / cell["floor"]["p99_ms"], 1)
    log(f"{size} accounts, {workers} worker(s): last fill p50 {cell['last_fill']['p50_ms']} ms, "
        f"floor p50 {cell['floor']['p50_ms']} ms, executed {executed}/{signals * size}")
    return cell


def prepare_user() -> str:
    from django.contrib.auth.models import User
    from rest_framework.authtoken.models import Token

    user = User.objects.create_user("bench", password="bench-unused", is_staff=True)
    return Token.objects.create(user=user).key


def table(cells: list[dict], counts: dict) -> list[list[str]]:
    rows = []
    for size in SIZES:
        one = next(c for c in cells if c["accounts"] == size)
        rows.append([f"copy fan-out, {size} accounts: floor, raw INSERTs (reference)",
                     f"p50 {one['floor']['p50_ms']} ms", f"p99 {one['floor']['p99_ms']} ms", ""])
        for cell in (c for c in cells if c["accounts"] == size):
            label = f"copy fan-out, {size} accounts, {cell['workers']} worker(s)"
            goal = GOAL_LAST_FILL_P50_MS.get(size) if cell["workers"] == 2 else None
            verdict = f"; goal ≤ {goal} ms {'met' if cell['last_fill']['p50_ms'] <= goal else 'MISSED'}" if goal else ""
            rows.append([f"{label}: first fill", f"p50 {cell['first_fill']['p50_ms']} ms",
                         f"p99 {cell['first_fill']['p99_ms']} ms", ""])
            rows.append([f"{label}: last fill", f"p50 {cell['last_fill']['p50_ms']} ms", f"p99 {cell['last_fill']['p99_ms']} ms",
                         f"×{cell['last_fill_p50_vs_floor']} / ×{cell['last_fill_p99_vs_floor']} floor, "
                         f"executed {cell['executed']}/{cell['decisions_expected']}{verdict}"])
        count = counts[size]
        if "per_extra_account" in count:  # the goal is on what one more account costs, as tests/scale counts it
            met = "met" if count["per_extra_account"] <= GOAL_QUERIES_PER_ACCOUNT else "MISSED"
            slope = f"+{count['per_extra_account']} per extra account; goal ≤ {GOAL_QUERIES_PER_ACCOUNT}: {met}"
        else:
            slope = "(the fixed cost per signal weighs most here)"
        rows.append([f"copy fan-out, {size} accounts: queries", f"{count['queries']} in all",
                     f"{count['per_account']} per account", slope])
    return rows


def main() -> dict:
    from operations.embedded_redis import free_port, wait_until_listening

    started, load_before = time.monotonic(), open("/proc/loadavg").read().split()[:3]
    database = scratch_database_url("echotrade_bench_fanout", postgres=True)
    with redis_url(9, real=True) as (redis, redis_kind):
        # The one stored quote stays fresh all run: the paper exchange fills at it, offline.
        # The workers keep their database connection between tasks, as in the Production layout.
        env = env_for(database, redis, QUOTE_MAX_AGE_SECONDS="100000", SIGNAL_POST_RATE="1000000/min",
                      DB_CONN_MAX_AGE="60")
        setup_django(env)
        from django.conf import settings
        from django.db import connection

        from execution.market.services import quote_set

        quote_set(symbol="BTC/USDT", price=Decimal("67000"), bid=Decimal("66999"), ask=Decimal("67001"))
        token = prepare_user()
        traders, counts, floors = {}, {}, {}
        for size in SIZES:
            traders[size] = desk_open(size)
            queries, executed, rows, cash_updates = counted_copy(traders[size], size)
            assert executed == size, f"the counted copy executed {executed} of {size}"
            floors[size] = BatchedFloor(rows, cash_updates, database)
            counts[size] = {"queries": queries, "per_account": round(queries / size, 2),
                            "rows_written": {m._meta.db_table: len(r) for m, r in rows.items()}}
            log(f"desk of {size} open; its counted copy made {queries} queries")
        smallest = min(SIZES)
        for size in SIZES:
            if size != smallest:
                slope = (counts[size]["queries"] - counts[smallest]["queries"]) / (size - smallest)
                counts[size]["per_extra_account"] = round(slope, 2)

        port, cells, serial = free_port(), [], [0]
        errors = Path(tempfile.gettempdir()) / f"copy_fanout-{os.getpid()}.log"  # daphne's and the workers' stderr
        with processes([daphne_command(port)], env, stderr_to=errors):
            wait_until_listening(port, timeout=60)
            poster = Poster(port, token, errors)
            for workers in WORKERS:
                with processes([worker_command(f"fanout{workers}-{n}") for n in range(workers)], env, stderr_to=errors):
                    time.sleep(3)  # let the workers connect before the first post
                    for size in SIZES:
                        cells.append(run_cell(poster, traders[size], size, workers, floors[size], serial))
            poster.conn.close()
        for floor in floors.values():
            floor.conn.close()
        errors.unlink(missing_ok=True)
        database_kind = connection.vendor
        chunk = settings.COPY_CHUNK_SIZE
    return {
        "benchmark": "copy_fanout", "database": database_kind, "redis": redis_kind, "chunk_size": chunk,
        "load_average_before": load_before,
        "load_average_after": open("/proc/loadavg").read().split()[:3], "seconds": round(time.monotonic() - started, 1),
        "queries": counts, "cells": cells, "table": table(cells, counts),
    }


if __name__ == "__main__":
    print(json.dumps(main(), default=str))
