"""The browser tests' world: a real daphne (HTTP and websockets) on the test database, Redis
between it and the test process, and Debian's Chromium driven by Playwright.

The test process publishes quotes and account events through the same Redis channel layer as the
server, so what a test does in Python reaches the page over the websockets.
"""
from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from operations.embedded_redis import free_port, wait_until_listening
from tests.conftest import require_service
from tests.live.conftest import redis_url  # noqa: F401  (the fixture, reused as it is)

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]


@pytest.fixture(scope="module")
def web(redis_url, django_db_setup) -> str:  # noqa: F811
    """One daphne per test module (starting Django takes seconds); each test's data is its own.

    The test process's channel layer is switched to the same Redis, so what a test publishes
    reaches the page's websockets.
    """
    from django.test import override_settings

    from tests.live.conftest import _database_url

    env = {
        **os.environ, "DJANGO_SETTINGS_MODULE": "tests.ui.settings", "DATABASE_URL": _database_url(),
        "REDIS_URL": redis_url, "MARKET_DATA": "sim", "LOG_LEVEL": "WARNING",
        # The prices a test sets stay the market: the server must not refresh them from the sim walk.
        "QUOTE_MAX_AGE_SECONDS": "3600",
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "daphne", "-b", "127.0.0.1", "-p", str(port), "echotrade.asgi:application"],
        cwd=ROOT, env=env, stderr=subprocess.DEVNULL,
    )
    layer = {"BACKEND": "channels_redis.pubsub.RedisPubSubChannelLayer", "CONFIG": {"hosts": [redis_url]}}
    try:
        wait_until_listening(port, timeout=30)
        with override_settings(CHANNEL_LAYERS={"default": layer}):
            yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=15)


@pytest.fixture(scope="module")
def browser():
    """Module-scoped: while Playwright runs, its event loop lives in this thread, which breaks
    ``async_to_sync`` for every later test; it must be gone before the next module starts."""
    require_service("Chromium", Path(CHROMIUM).exists(), f"{CHROMIUM} is missing (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop running in this thread; Django then refuses ORM
    # calls unless told that this (test) process knows what it is doing. Only here, never in daphne.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()
    del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


class Visits(list):
    """Every URL the page asked for, websockets included."""

    def outside(self, origin: str) -> list[str]:
        host = origin.split("://", 1)[1]
        return [url for url in self if url.split("://", 1)[-1].split("/", 1)[0] != host]


@pytest.fixture
def visits() -> Visits:
    return Visits()


@pytest.fixture
def page(browser, web, visits):
    """A fresh desktop-sized page; every request it makes is recorded and must stay on the app's origin."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.on("request", lambda request: visits.append(request.url))
    page.on("websocket", lambda ws: visits.append(ws.url))
    page.on("dialog", lambda dialog: dialog.accept())  # hx-confirm: the tests say yes
    page.set_default_timeout(15_000)
    yield page
    context.close()
    assert not visits.outside(web), f"requests left the app: {visits.outside(web)}"


def log_in(page, web: str, username: str) -> None:
    """Through the real form, as a person would."""
    page.goto(f"{web}/login")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(f"pw-{username}")
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/a/**")


def off_the_loop(func, *args, **kwargs):
    """Run Django code that pushes to websockets in a thread of its own, and return its result.

    Playwright's sync API keeps an event loop in the test's thread, and ``async_to_sync`` (how a
    service publishes after commit) refuses to run in a thread with a running loop.
    """
    from django.db import connection

    def run():
        try:
            return func(*args, **kwargs)
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(run).result()


# --- Test-client fixtures shared by the tests/ui/test_*_views.py files ---------------------------
@pytest.fixture
def member(handjob, woods1):
    """A trader-role member of handjob and woods1 (not of angry)."""
    from tests.conftest import make_user

    return make_user("hj", accounts=[handjob, woods1])


@pytest.fixture
def member_client(client, member):
    client.force_login(member)
    return client


@pytest.fixture
def viewer_client(client, handjob):
    """A viewer of handjob: sees everything, may change nothing."""
    from accounts.models import Membership
    from tests.conftest import make_user

    client.force_login(make_user("eye", accounts=[handjob], role=Membership.Role.VIEWER))
    return client


def toast(response) -> dict:
    """The toast an htmx answer carries in its HX-Trigger header."""
    import json

    return json.loads(response["HX-Trigger"])["toast"]
