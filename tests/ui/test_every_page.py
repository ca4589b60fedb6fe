"""Every page of the web UI in Chromium, at desktop and phone width: it renders, it asks nothing of
another origin, it does not scroll sideways on a phone, and a screenshot of it is saved.

The pages are found by walking the urlconf (every ``ui-*`` route that takes only the account name
or a trader id and answers a whole HTML page), so a page added later is covered without editing
this file. Screenshots go to ``build/screenshots/`` (named in the README).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from playwright.sync_api import expect

from bots.services import bot_create
from tests.conftest import make_user
from tests.helpers import send_signal
from tests.ui.conftest import log_in, off_the_loop

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("market")]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
KWARGS = {"name": "handjob", "trader_id": "yun_qiang"}


def _ui_routes(resolver=None, prefix_names=()):
    """(url name, route kwargs) of every named ``ui-*`` route."""
    for entry in (resolver or get_resolver()).url_patterns:
        if isinstance(entry, URLResolver):
            yield from _ui_routes(entry)
        elif isinstance(entry, URLPattern) and (entry.name or "").startswith("ui-"):
            yield entry.name, set(entry.pattern.converters)


def page_paths(client) -> dict[str, str]:
    """Name → path of every route that a member can open as a whole page with the known kwargs."""
    paths = {}
    for name, kwargs in _ui_routes():
        if not kwargs or not kwargs <= set(KWARGS):
            continue
        path = reverse(name, kwargs={key: KWARGS[key] for key in kwargs})
        response = client.get(path)
        if response.status_code == 200 and b"<html" in response.content[:500].lower():
            paths[name] = path
    return paths


@pytest.fixture
def world(handjob, angry, yun_qiang):
    user = make_user("desk", accounts=[handjob, angry], staff=True)
    off_the_loop(send_signal, leverage=3, stop_loss="60000", take_profits=["70000"])
    off_the_loop(bot_create, name="hj-trend", account=handjob, strategy="trend_following", symbols=["BTC/USDT"])
    return user


def test_every_page_renders_on_desktop_and_phone_and_stays_on_this_origin(browser, web, world, client):
    client.force_login(world)
    paths = page_paths(client)
    # The pages the issue asks for; the walk must find at least these.
    assert {"ui-dashboard", "ui-traders", "ui-signals", "ui-audit"} <= set(paths)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for width_name, viewport in VIEWPORTS.items():
        context = browser.new_context(viewport=viewport)
        page = context.new_page()
        requested: list[str] = []
        page.on("request", lambda request, seen=requested: seen.append(request.url))
        page.on("websocket", lambda ws, seen=requested: seen.append(ws.url))
        page.set_default_timeout(15_000)
        log_in(page, web, "desk")
        for name, path in sorted(paths.items()):
            response = page.goto(f"{web}{path}")
            assert response.status == 200, f"{path}: {response.status}"
            expect(page.locator("main")).to_be_visible()
            page.wait_for_load_state("networkidle")
            sideways = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert sideways <= 1, f"{path} scrolls sideways by {sideways}px at {width_name} width"
            page.screenshot(path=SCREENSHOTS / f"{name.removeprefix('ui-')}-{width_name}.png", full_page=True)
        context.close()
        outside = [url for url in requested if url.split("://", 1)[-1].split("/", 1)[0] != web.split("://", 1)[1]]
        assert not outside, f"pages requested other origins: {outside}"
    for name in paths:
        for width_name in VIEWPORTS:
            assert (SCREENSHOTS / f"{name.removeprefix('ui-')}-{width_name}.png").stat().st_size > 1000


def test_the_switcher_moves_to_the_same_page_of_another_account(page, web, world):
    log_in(page, web, "desk")
    page.goto(f"{web}/a/handjob/signals")
    page.get_by_role("navigation", name="Accounts").get_by_role("link", name="angry").click()
    page.wait_for_url("**/a/angry/signals")
    expect(page.locator(".pill.current")).to_have_text("angry")
