"""The live system for integration tests: real Redis, a real ``celery worker``, a real daphne.

Redis is ``REDIS_URL`` when it is set (CI's real Redis, database 15, flushed first); otherwise the
embedded Redis-protocol server that ``make run`` uses. The worker and the web server run as
subprocesses on the test database, so these tests commit for real (``transaction=True``).
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from celery import Celery
from django.db import connection

from operations.embedded_redis import free_port, wait_until_listening

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.django_db(transaction=True)


def _database_url() -> str:
    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{settings['NAME']}"
    return f"postgres://{settings['USER']}@{settings['HOST'] or '127.0.0.1'}:{settings['PORT'] or 5432}/{settings['NAME']}"


@pytest.fixture(scope="session")
def redis_url():
    given = os.environ.get("REDIS_URL")
    if given:
        import redis

        url = given.rsplit("/", 1)[0] + "/15" if given.count("/") >= 3 else given + "/15"
        try:
            redis.Redis.from_url(url).flushdb()
        except redis.RedisError as error:
            from tests.conftest import require_service

            require_service("Redis", False, f"{given} does not answer: {error}")
        yield url
        return
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "operations.embedded_redis", "--port", str(port)], cwd=ROOT, stdout=subprocess.DEVNULL)
    wait_until_listening(port)
    yield f"redis://127.0.0.1:{port}/0"
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture
def live_env(redis_url, db) -> dict:
    return {
        **os.environ, "DJANGO_SETTINGS_MODULE": "echotrade.settings", "DATABASE_URL": _database_url(),
        "REDIS_URL": redis_url, "MARKET_DATA": "sim", "CELERY_TASK_ALWAYS_EAGER": "0",
        "CELERY_VISIBILITY_TIMEOUT": "3600", "LOG_LEVEL": "WARNING",
    }


class Worker:
    """A ``celery worker`` in its own process group, so kill -9 takes all of it at once."""

    def __init__(self, env: dict):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "echotrade", "worker", "-P", "solo", "--without-mingle",
             "--without-gossip", "--loglevel", "WARNING", "-n", f"live-{time.monotonic_ns()}@%h"],
            cwd=ROOT, env=env, start_new_session=True,
        )

    def kill(self) -> None:
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()


@pytest.fixture
def start_worker(live_env):
    workers: list[Worker] = []

    def start() -> Worker:
        worker = Worker(live_env)
        workers.append(worker)
        return worker

    yield start
    for worker in workers:
        worker.stop()


@pytest.fixture
def worker(start_worker) -> Worker:
    return start_worker()


@pytest.fixture
def web(live_env) -> str:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "daphne", "-b", "127.0.0.1", "-p", str(port), "echotrade.asgi:application"],
        cwd=ROOT, env=live_env, stderr=subprocess.DEVNULL,
    )
    wait_until_listening(port, timeout=30)
    yield f"127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=15)


@pytest.fixture
def broker(redis_url) -> Celery:
    """A client of the live broker, to hand tasks to the real worker from the test process."""
    app = Celery("live-tests", broker=redis_url, set_as_current=False)  # never replace the project app
    yield app
    app.close()


def wait_for(check, *, timeout: float = 30.0, every: float = 0.05, what: str = "the condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(every)
    raise AssertionError(f"Timed out after {timeout:.0f}s waiting for {what}.")


def http_json(method: str, url: str, body: dict | None = None, token: str | None = None) -> tuple[int, dict]:
    request = urllib.request.Request(url, method=method, data=json.dumps(body).encode() if body is not None else None)
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Token {token}")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


def session_cookie(user) -> str:
    """A logged-in session for ``user``, stored in the shared database, as the browser would hold it."""
    from django.test import Client

    client = Client()
    client.force_login(user)
    return f"sessionid={client.cookies['sessionid'].value}"
