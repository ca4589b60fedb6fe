"""The trader analytics and compare pages in Chromium against a real daphne and a real Celery worker.

The daphne of tests/ui runs with REDIS_URL, so a backtest job goes to the broker, not eagerly:
a ``celery worker`` on the same Redis and test database runs it, as in production, while the page
polls the job partial every second.
"""
from __future__ import annotations

import os
import re
from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from tests.analytics.conftest import closed_days_ago, round_trip
from tests.conftest import make_user
from tests.live.conftest import Worker, _database_url
from tests.trader_backtest.conftest import record_signal
from tests.ui.conftest import log_in, off_the_loop
from traders.models import BacktestJob

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def worker(web, redis_url):
    """A real worker on the daphne's broker and database (web first: it needs the test database)."""
    env = {
        **os.environ, "DJANGO_SETTINGS_MODULE": "tests.ui.settings", "DATABASE_URL": _database_url(),
        "REDIS_URL": redis_url, "MARKET_DATA": "sim", "CELERY_TASK_ALWAYS_EAGER": "0", "LOG_LEVEL": "WARNING",
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    running = Worker(env)
    yield running
    running.stop()


def plotted_trace_types(page, selector: str) -> list[str]:
    """What Plotly actually drew in the element: its rendered class and the types of its traces."""
    expect(page.locator(selector)).to_have_class(re.compile(r"\bjs-plotly-plot\b"))
    return page.eval_on_selector(selector, "el => el.data.map(trace => trace.type)")


def test_a_backtest_runs_with_a_progress_bar_to_100_and_draws_the_equity_curve(page, web, worker, handjob, yun_qiang):
    make_user("hj", accounts=[handjob])
    now = timezone.now()
    for days_ago in range(20, 0, -1):  # twenty signals, so the job reports progress along the way
        record_signal(yun_qiang, at=now - timedelta(days=days_ago, hours=3), stop_loss=None, take_profits=())
    log_in(page, web, "hj")
    page.goto(f"{web}/a/handjob/traders/yun_qiang/analytics")
    expect(page.get_by_text("No backtest of Yun Qiang in handjob yet.")).to_be_visible()

    page.get_by_label("Days").fill("30")
    page.get_by_label("Initial capital (USDT)").fill("25000")
    page.get_by_role("button", name="Run backtest").click()

    expect(page.locator("#toasts")).to_contain_text("Backtest of Yun Qiang started: last 30 days.")
    progress = page.get_by_role("progressbar")
    expect(progress).to_be_visible()
    expect(progress).to_have_attribute("value", "100", timeout=60_000)
    expect(page.locator("[data-progress-text]")).to_have_text("100 % · Done")
    assert plotted_trace_types(page, "#backtest-equity-chart") == ["scatter", "scatter"]
    job = BacktestJob.objects.get()
    assert (job.status, job.parameters) == ("done", {"days": 30, "initial_capital": "25000"})
    # The trades never close before the window ends, so handjob's limit of 10 open positions holds.
    assert job.result["trade_count"] == 10
    assert {row["reason"] for row in job.result["skipped"]} == {"max_positions_reached"}
    expect(page.locator(".backtest-figures")).to_contain_text("Trades")
    expect(page.locator("#backtest-job")).to_contain_text("Maximum open positions reached × 10")
    # Parameters stay adjustable: a bad one comes back next to its field, nothing new starts.
    page.get_by_label("Days").fill("0")
    page.get_by_role("button", name="Run again").click()
    expect(page.locator("#bt-days-error")).to_contain_text("greater than or equal to 1")
    assert BacktestJob.objects.count() == 1


def test_the_analytics_page_draws_the_calibration_chart(page, web, handjob, yun_qiang, market):
    make_user("hj", accounts=[handjob])
    off_the_loop(lambda: round_trip("yun_qiang", "BTC/USDT", 67000, 68000, confidence=Decimal("0.8")))
    log_in(page, web, "hj")
    page.goto(f"{web}/a/handjob/traders/yun_qiang/analytics")
    assert plotted_trace_types(page, '[data-chart="calibration"]') == ["bar", "scatter"]
    assert plotted_trace_types(page, '[data-chart="tokens"]') == ["bar"]


def test_the_compare_page_draws_the_radar_and_the_correlation_heatmap(page, web, handjob, yun_qiang, crypto_loby, market):
    make_user("hj", accounts=[handjob])

    def history():
        for days_ago, price in ((3, 68000), (2, 66000), (1, 69000)):
            for trader in ("yun_qiang", "crypto_loby"):
                closed_days_ago(round_trip(trader, "BTC/USDT", 67000, price), days_ago)

    off_the_loop(history)
    log_in(page, web, "hj")
    page.goto(f"{web}/a/handjob/traders/compare")
    expect(page.get_by_text("Tick two or more traders")).to_be_visible()
    page.get_by_label("Yun Qiang").check()
    page.get_by_label("Crypto Loby").check()
    page.get_by_role("button", name="Compare").click()

    expect(page.locator("#compare-yun_qiang")).to_be_visible()
    expect(page.locator("#compare-crypto_loby")).to_be_visible()
    assert plotted_trace_types(page, "#radar-chart") == ["scatterpolar", "scatterpolar"]
    assert plotted_trace_types(page, "#correlation-chart") == ["heatmap"]
    assert page.eval_on_selector("#radar-chart", "el => el.data.map(t => t.name)") == ["Yun Qiang", "Crypto Loby"]


def test_the_compare_page_fits_a_phone(browser, web, handjob, yun_qiang, crypto_loby, visits):
    make_user("hj", accounts=[handjob])
    context = browser.new_context(viewport={"width": 390, "height": 844})
    phone = context.new_page()
    try:
        log_in(phone, web, "hj")
        phone.goto(f"{web}/a/handjob/traders/compare?ids=yun_qiang,crypto_loby")
        expect(phone.locator("#radar-chart")).to_be_visible()
        overflow = phone.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0
    finally:
        context.close()
