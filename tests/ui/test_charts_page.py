"""The Charts page in Chromium against a real daphne: candles, timeframes, markers, the live candle, phone width."""
from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal

import pytest
from playwright.sync_api import expect

from execution.market.feed import feed_record
from execution.market.services import quote_set
from echotrade.fields import decimal_text
from execution.models import Fill, Position
from execution.services import position_close
from tests.conftest import make_user
from tests.helpers import decision_of, send_signal
from tests.ui.conftest import log_in, off_the_loop

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("market")]

TRACE = """(name) => {
  const t = document.getElementById('price-chart').data.find((t) => t.name === name);
  return t && {x: t.x, y: t.y, close: t.close, open: t.open, high: t.high, low: t.low, symbol: t.marker && t.marker.symbol};
}"""


@pytest.fixture
def position(yun_qiang, handjob) -> Position:
    make_user("hj", accounts=[handjob])
    return decision_of(off_the_loop(send_signal, leverage=4, stop_loss="60000"), handjob).position


@pytest.fixture
def charts(page, web, position):
    log_in(page, web, "hj")
    page.goto(f"{web}/a/handjob/charts")
    # Subscribed on /stream: a quote published from now on reaches the page.
    expect(page.locator(".charts")).to_have_attribute("data-subscribed", "BTC/USDT")
    expect(page.locator(".charts")).to_have_attribute("data-watching", "handjob")  # the account's events
    return page


def _wait_drawn(page, timeframe: str) -> None:
    """Until the swapped-in panel is the one asked for and Plotly has drawn it."""
    page.wait_for_function(
        """(tf) => document.getElementById('chart-panel').dataset.timeframe === tf
                   && (document.getElementById('price-chart') || {}).data !== undefined""", arg=timeframe,
    )


def _step_seconds(x: list[str]) -> float:
    last, before = (datetime.fromisoformat(t) for t in x[-1:-3:-1])
    return (last - before).total_seconds()


def test_the_chart_draws_the_candles(charts):
    candles = charts.evaluate(TRACE, "BTC/USDT")
    assert len(candles["close"]) == 200 and _step_seconds(candles["x"]) == 3600
    # Plotly drew them: one box path per candle.
    assert charts.locator("#price-chart .boxlayer path.box").count() == 200
    expect(charts.locator(".timeframes a[aria-current]")).to_have_text("1h")


def test_switching_the_timeframe_redraws_the_chart_and_the_url(charts, web):
    with charts.expect_request(re.compile(r"/a/handjob/charts/panel\?symbol=BTC%2FUSDT&timeframe=5m$")):
        charts.get_by_role("link", name="5m", exact=True).click()
    expect(charts.locator(".timeframes a[aria-current]")).to_have_text("5m")
    _wait_drawn(charts, "5m")
    assert _step_seconds(charts.evaluate(TRACE, "BTC/USDT")["x"]) == 300
    assert charts.url == f"{web}/a/handjob/charts?symbol=BTC%2FUSDT&timeframe=5m"
    charts.reload()  # the pushed URL draws the same chart
    expect(charts.locator(".timeframes a[aria-current]")).to_have_text("5m")


def test_the_accounts_entry_is_a_marker_on_the_chart(charts, position):
    fill = Fill.objects.get(position=position)
    entries = charts.evaluate(TRACE, "Entries")
    assert entries["y"] == [float(fill.price)] and entries["symbol"] == ["triangle-up"]
    assert charts.locator("#price-chart .scatterlayer .trace").first.locator("path.point").count() == 1
    # Its entry and stop loss as lines across the chart.
    lines = charts.evaluate("document.getElementById('price-chart').layout.shapes.map((s) => [s.y0, s.line.dash])")
    assert lines == [[float(position.entry_price), "dot"], [60000, "dash"]]
    expect(charts.locator("#price-chart .annotation-text").nth(1)).to_have_text(f"#{position.pk} SL 60000 · fixed")
    expect(charts.locator(f'#chart-trades tr[data-position="{position.pk}"] [data-field="price"]')).to_have_text(
        decimal_text(fill.price)
    )


def test_a_pushed_quote_moves_the_live_candles_close(charts):
    off_the_loop(lambda: feed_record(quote=quote_set(symbol="BTC/USDT", price=Decimal("67123.5"))))
    expect(charts.locator("#live-close")).to_have_text("67123.5")
    candles = charts.evaluate(TRACE, "BTC/USDT")
    assert candles["close"][-1] == 67123.5 and candles["high"][-1] >= 67123.5
    off_the_loop(lambda: feed_record(quote=quote_set(symbol="ETH/USDT", price=Decimal("3300"))))  # another symbol
    off_the_loop(lambda: feed_record(quote=quote_set(symbol="BTC/USDT", price=Decimal("66000.25"))))
    expect(charts.locator("#live-close")).to_have_text("66000.25")
    candles = charts.evaluate(TRACE, "BTC/USDT")
    assert candles["close"][-1] == 66000.25 and candles["low"][-1] <= 66000.25 and candles["high"][-1] >= 67123.5


def test_a_close_made_elsewhere_adds_its_exit_marker_without_a_reload(charts, position):
    charts.evaluate("window.notReloaded = true")
    off_the_loop(position_close, position=position)  # as the API or Telegram would
    exit_fill = Fill.objects.filter(position=position).latest("id")
    expect(charts.locator('#chart-trades tr[data-marker="exit"] [data-field="price"]')).to_have_text(decimal_text(exit_fill.price))
    charts.wait_for_function("(document.getElementById('price-chart').data || []).find((t) => t.name === 'Exits')?.y.length === 1")
    assert charts.evaluate(TRACE, "Exits")["y"] == [float(exit_fill.price)]
    assert charts.evaluate("window.notReloaded") is True


def test_a_quote_after_the_last_candle_opens_the_next_one(charts, web):
    from datetime import timedelta

    from django.utils import timezone

    from execution.models import Quote

    charts.get_by_role("link", name="1m", exact=True).click()
    _wait_drawn(charts, "1m")
    before = charts.evaluate(TRACE, "BTC/USDT")
    # Two minutes on: the clock has moved past the drawn candle (an unsaved Quote: only its frame matters).
    later = Quote(symbol="BTC/USDT", price=Decimal("67500"), bid=Decimal("67499"), ask=Decimal("67501"),
                  source="manual", ts=timezone.now() + timedelta(minutes=2))
    off_the_loop(feed_record, quote=later)
    expect(charts.locator("#live-close")).to_have_text("67500")
    after = charts.evaluate(TRACE, "BTC/USDT")
    assert len(after["close"]) == len(before["close"]) + 1
    assert after["open"][-1] == before["close"][-1] and after["close"][-1] == 67500
    assert _step_seconds(after["x"]) >= 120


def test_a_symbol_tab_shows_that_symbol_live_and_says_when_there_are_no_trades(charts):
    charts.get_by_role("link", name="ETH/USDT").click()
    expect(charts.locator("#no-trades")).to_contain_text("handjob has no trades on ETH/USDT yet")
    expect(charts.locator(".charts")).to_have_attribute("data-subscribed", "ETH/USDT")
    assert charts.evaluate(TRACE, "Entries")["y"] == []
    off_the_loop(lambda: feed_record(quote=quote_set(symbol="ETH/USDT", price=Decimal("3211.5"))))
    expect(charts.locator("#live-close")).to_have_text("3211.5")


def test_at_phone_width_the_chart_fits(page, web, position):
    log_in(page, web, "hj")
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto(f"{web}/a/handjob/charts")
    expect(page.locator("#price-chart .main-svg").first).to_be_visible()
    widths = page.evaluate(
        "() => ({page: document.documentElement.scrollWidth, view: window.innerWidth,"
        " chart: document.getElementById('price-chart').getBoundingClientRect().width})"
    )
    assert widths["page"] <= widths["view"] and 300 <= widths["chart"] <= widths["view"], widths
    page.get_by_role("link", name="15m", exact=True).focus()
    page.keyboard.press("Enter")  # the buttons work from the keyboard
    expect(page.locator(".timeframes a[aria-current]")).to_have_text("15m")
