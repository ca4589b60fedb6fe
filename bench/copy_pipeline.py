"""The copy pipeline in-process on PostgreSQL: one signal through ingest, decide, size, fill,
position and audit for the three demo accounts, timed per signal, against the floor.

The floor is what the database alone costs: the very rows the pipeline wrote for a sample signal
(signal, decisions, orders, fills, positions, audit events: found by what each table gained),
inserted again by one raw psycopg transaction per signal with plain INSERTs (plus the same three
account balance updates). The ratio is what the product's checks, sizing, ORM and services add on
top of the writes themselves. No broker: the in-process path a worker runs inside ``copy_signal``.
Prints one JSON object.
"""
from __future__ import annotations

import json
import os
import time
from decimal import Decimal

from _harness import env_for, scratch_database_url, setup_django, summary_ms

SIGNALS = int(os.environ.get("BENCH_SIGNALS", "1000"))  # fewer for a smoke run
WARM_UP = 20


def prepare() -> list:
    from operations.management.commands.seed_demo import ACCOUNTS, STARTING_BALANCE
    from accounts.models import Account
    from execution.market.services import quote_set
    from traders.services import trader_create

    accounts = []
    for name, profile in ACCOUNTS.items():
        fields = {k: v for k, v in profile.items() if k != "description"}
        # The demo's profiles, made roomy enough that every one of the signals is executed in
        # every account (not filtered for positions or buying power half-way through the run).
        fields.update(max_open_positions=100000, base_position_pct=Decimal("0.001"))
        accounts.append(Account.objects.create(name=name, starting_balance=STARTING_BALANCE, cash=STARTING_BALANCE, **fields))
    trader_create(id="bench_trader", name="Bench", min_confidence=Decimal("0.7"), max_leverage=10)
    quote_set(symbol="BTC/USDT", price=Decimal("67000"), bid=Decimal("66999"), ask=Decimal("67001"))
    return accounts


def copy_one(i: int, prefix: str):
    from signals.services import SignalInput, signal_decide, signal_ingest

    signal, _ = signal_ingest(data=SignalInput(
        trader="bench_trader", symbol="BTC/USDT", side="long" if i % 2 == 0 else "short", confidence="0.9",
        leverage=5, external_id=f"{prefix}-{i}",
    ))
    return signal, signal_decide(signal=signal)


def product_run_one(i: int, prefix: str) -> float:
    started = time.perf_counter()
    copy_one(i, prefix)
    return time.perf_counter() - started


def written_rows(action) -> dict:
    """Run ``action`` and return, per model, the rows it inserted (by primary key growth)."""
    from django.apps import apps
    from django.db.models import Max

    models = [
        m for app in ("accounts", "traders", "signals", "execution", "bots") for m in apps.get_app_config(app).get_models()
        if m._meta.pk.get_internal_type() in ("AutoField", "BigAutoField")  # growing keys tell what is new
    ]
    before = {m: m.objects.aggregate(top=Max("pk"))["top"] or 0 for m in models}
    result = action()
    rows = {}
    for model in models:
        new = list(model.objects.filter(pk__gt=before[model]).order_by("pk").values())
        if new:
            rows[model] = new
    return result, rows


def insertion_order(models: list) -> list:
    """Parents before children, by the foreign keys among ``models`` (a link back is skipped)."""
    def depth(model, seen: tuple = ()) -> int:
        parents = {f.related_model for f in model._meta.concrete_fields if f.is_relation} & set(models)
        return 1 + max((depth(p, seen + (model,)) for p in parents if p not in seen and p is not model), default=0)

    return sorted(models, key=depth)


class Floor:
    """The sample signal's rows written again by one raw psycopg transaction per call."""

    def __init__(self, sample: dict, cash_updates: list[tuple[int, Decimal]], database_url: str):
        import psycopg

        self.sample, self.cash_updates = sample, cash_updates
        self.by_name = {m._meta.model_name: m for m in sample}
        self.plans = []
        for model in insertion_order(list(sample)):
            fields = [f for f in model._meta.concrete_fields if not f.primary_key]
            columns = ", ".join(f'"{f.column}"' for f in fields)
            sql = (f'INSERT INTO "{model._meta.db_table}" ({columns}) VALUES ({", ".join(["%s"] * len(fields))})'
                   f' RETURNING "{model._meta.pk.column}"')
            self.plans.append((model, fields, sql))
        self.conn = psycopg.connect(database_url)

    def write(self, i: int) -> float:
        started = time.perf_counter()
        with self.conn.transaction(), self.conn.cursor() as cursor:
            new_pk: dict = {m: {} for m in self.sample}
            for model, fields, sql in self.plans:
                for row in self.sample[model]:
                    cursor.execute(sql, self.values(row, fields, new_pk, i))
                    new_pk[model][row["id"]] = cursor.fetchone()[0]
            for account_id, amount in self.cash_updates:
                cursor.execute('UPDATE "accounts_account" SET "cash" = "cash" - %s WHERE "id" = %s', (amount, account_id))
        return time.perf_counter() - started

    def values(self, row: dict, fields: list, new_pk: dict, i: int) -> list:
        """The row's values, its links pointing at the rows written just before it."""
        from django.db import models as djm
        from psycopg.types.json import Jsonb

        values = []
        for f in fields:
            value = row[f.attname]
            if f.is_relation and f.related_model in new_pk and value in new_pk[f.related_model]:
                value = new_pk[f.related_model][value]
            elif f.attname == "external_id" and value:
                value = f"floor-{i}"
            elif f.attname == "object_id" and row.get("object_type") in self.by_name:
                value = str(new_pk[self.by_name[row["object_type"]]].get(int(value), value))
            elif isinstance(f, djm.JSONField) and value is not None:
                value = Jsonb(value)
            values.append(value)
        return values


def main() -> dict:
    database = scratch_database_url("echotrade_bench_copy_pipeline", postgres=True)
    os.environ["QUOTE_MAX_AGE_SECONDS"] = "100000"  # the one stored quote stays fresh all run
    setup_django(env_for(database, ""))
    from django.db import connection

    from accounts.models import Account

    accounts = prepare()
    for i in range(WARM_UP):
        product_run_one(i, "warm")
    cash_before = {a.pk: a.cash for a in Account.objects.all()}
    (signal, decisions), sample = written_rows(lambda: copy_one(0, "sample"))
    cash_updates = [(a.pk, cash_before[a.pk] - a.cash) for a in Account.objects.all()]
    assert [d.outcome for d in decisions] == ["executed"] * len(accounts), [d.detail for d in decisions]
    queries: list[str] = []
    with connection.execute_wrapper(lambda execute, sql, *args: queries.append(sql) or execute(sql, *args)):
        copy_one(1, "counted")

    # Interleaved, one of each in turn, so that the busy machine's load weighs on both alike.
    writer, product, floor = Floor(sample, cash_updates, database), [], []
    for i in range(SIGNALS):
        product.append(product_run_one(i, "bench"))
        floor.append(writer.write(i))
    writer.conn.close()
    from signals.models import SignalDecision

    executed = SignalDecision.objects.filter(signal__external_id__startswith="bench-", outcome="executed").count()
    p, f = summary_ms(product), summary_ms(floor)
    rows = {m._meta.db_table: len(r) for m, r in sample.items()}
    return {
        "benchmark": "copy_pipeline", "database": connection.vendor, "signals": SIGNALS, "accounts": len(accounts),
        "executed_decisions": executed, "rows_per_signal": rows, "queries_per_signal": len(queries),
        "pipeline": p, "pipeline_first_100": summary_ms(product[:100]), "pipeline_last_100": summary_ms(product[-100:]),
        "floor_raw_inserts": f,
        "p50_ratio": round(p["p50_ms"] / f["p50_ms"], 2), "p99_ratio": round(p["p99_ms"] / f["p99_ms"], 2),
        "table": [
            ["copy pipeline, floor: raw INSERTs (reference)", f"p50 {f['p50_ms']} ms", f"p99 {f['p99_ms']} ms", ""],
            ["copy pipeline, 1 signal → 3 accounts", f"p50 {p['p50_ms']} ms", f"p99 {p['p99_ms']} ms",
             f"×{round(p['p50_ms'] / f['p50_ms'], 2)} / ×{round(p['p99_ms'] / f['p99_ms'], 2)}"],
        ],
    }


if __name__ == "__main__":
    print(json.dumps(main()))
