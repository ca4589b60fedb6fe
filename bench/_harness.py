"""What the benchmarks share: a scratch database, a Redis, and the system's processes.

The database is a fresh SQLite file, or, when DATABASE_URL names a PostgreSQL server, a fresh
``echotrade_bench`` database on it (a benchmark may name its own, and insist on PostgreSQL: then
the local server when DATABASE_URL is unset). Redis is REDIS_URL (database 14 or the one a
benchmark names, flushed), the local Redis for a benchmark that needs a real one, or the embedded
Redis-protocol server. Nothing here touches the data of a running EchoTrade.
"""
from __future__ import annotations

import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def summary_ms(values_s: list[float]) -> dict:
    ms = [v * 1000 for v in values_s]
    return {"n": len(ms), "p50_ms": round(percentile(ms, 50), 3), "p99_ms": round(percentile(ms, 99), 3),
            "mean_ms": round(statistics.fmean(ms), 3) if ms else None}


LOCAL_POSTGRES = "postgres://postgres@127.0.0.1:5432/postgres"
LOCAL_REDIS = "redis://127.0.0.1:6379/0"


def scratch_database_url(name: str = "echotrade_bench", *, postgres: bool = False) -> str:
    """A fresh database ``name``. ``postgres``: never SQLite (the local server when DATABASE_URL is unset)."""
    given = os.environ.get("DATABASE_URL", "")
    if postgres and not given.startswith("postgres"):
        given = LOCAL_POSTGRES
    if given.startswith("postgres"):
        import psycopg

        server = given.rsplit("/", 1)[0]
        with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            conn.execute(f"CREATE DATABASE {name}")
        return f"{server}/{name}"
    path = Path(tempfile.gettempdir()) / f"echotrade-bench-{os.getpid()}.sqlite3"
    path.unlink(missing_ok=True)
    return f"sqlite:///{path}"


@contextmanager
def redis_url(db: int = 14, *, real: bool = False):
    """REDIS_URL's database ``db``, flushed. ``real``: the local Redis when REDIS_URL is unset."""
    from operations.embedded_redis import free_port, wait_until_listening

    given = os.environ.get("REDIS_URL") or (LOCAL_REDIS if real else "")
    if given:
        import redis

        url = given.rsplit("/", 1)[0] + f"/{db}"
        redis.Redis.from_url(url).flushdb()
        yield url, "redis"
        return
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "operations.embedded_redis", "--port", str(port)], cwd=ROOT, stdout=subprocess.DEVNULL)
    wait_until_listening(port)
    try:
        yield f"redis://127.0.0.1:{port}/0", "embedded (fakeredis)"
    finally:
        server.terminate()
        server.wait(timeout=10)


def env_for(database_url: str, redis: str, **extra) -> dict:
    return {**os.environ, "DJANGO_SETTINGS_MODULE": "echotrade.settings", "DATABASE_URL": database_url,
            "REDIS_URL": redis, "MARKET_DATA": "sim", "CELERY_TASK_ALWAYS_EAGER": "0", "LOG_LEVEL": "WARNING", **extra}


def setup_django(env: dict) -> None:
    os.environ.update({k: v for k, v in env.items() if k in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL", "REDIS_URL", "MARKET_DATA", "CELERY_TASK_ALWAYS_EAGER", "LOG_LEVEL")})
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


@contextmanager
def processes(commands: list[list[str]], env: dict, stderr_to: Path | None = None):
    """``stderr_to``: a file the processes' error output is appended to (to say why a run failed)."""
    errors = open(stderr_to, "ab") if stderr_to else subprocess.DEVNULL
    started = [subprocess.Popen(cmd, cwd=ROOT, env=env, start_new_session=True, stdout=subprocess.DEVNULL, stderr=errors) for cmd in commands]
    try:
        yield started
    finally:
        for process in started:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in started:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
        if stderr_to:
            errors.close()


def worker_command(name: str) -> list[str]:
    return [sys.executable, "-m", "celery", "-A", "echotrade", "worker", "-P", "solo", "--without-mingle",
            "--without-gossip", "--loglevel", "WARNING", "-n", f"{name}@%h"]


def daphne_command(port: int) -> list[str]:
    return [sys.executable, "-m", "daphne", "-b", "127.0.0.1", "-p", str(port), "echotrade.asgi:application"]


def wait_for(check, timeout: float, every: float = 0.02):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(every)
    raise TimeoutError("benchmark condition not reached in time")
