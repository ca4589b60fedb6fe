"""The dashboard in Chromium against a real daphne: metrics, live quotes, actions, phone width."""
from __future__ import annotations

import re
from decimal import Decimal

import pytest
from playwright.sync_api import expect

from execution.selectors import account_summary
from execution.market.feed import feed_record
from execution.market.services import quote_set
from execution.models import Position
from execution.services import position_close
from tests.conftest import make_user
from tests.helpers import decision_of, send_signal
from tests.ui.conftest import log_in, off_the_loop

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("market")]


@pytest.fixture
def position(yun_qiang, handjob, angry) -> Position:
    make_user("hj", accounts=[handjob, angry])
    signal = off_the_loop(send_signal, leverage=4, stop_loss="60000", take_profits=["70000", "72000"])
    return decision_of(signal, handjob).position


@pytest.fixture
def dashboard(page, web, position):
    log_in(page, web, "hj")
    page.goto(f"{web}/a/handjob/")
    expect(page.locator("#stream-state")).to_have_text("live")
    # The account's socket opens apart from the quotes': a change made before it is live would never be pushed.
    expect(page.locator("[data-account]")).to_have_attribute("data-account-stream", "live")
    return page


def test_it_shows_the_accounts_metrics_and_positions(dashboard, handjob, position):
    handjob.refresh_from_db()
    equity = account_summary(account=handjob).equity
    expect(dashboard.locator('[data-metric="equity"]')).to_have_text(f"{equity:.2f}")
    expect(dashboard.locator(f"#position-{position.pk}")).to_contain_text("BTC/USDT")
    expect(dashboard.locator(".pill.current")).to_have_text("handjob")


def test_the_ticker_shows_a_quote_pushed_over_the_websocket(dashboard):
    tick = dashboard.locator('.tick[data-symbol="SOL/USDT"]')
    off_the_loop(lambda: feed_record(quote=quote_set(symbol="SOL/USDT", price=Decimal("151.25"), change_24h=Decimal("-3.5"))))
    expect(tick.locator('[data-field="price"]')).to_have_text("151.25")
    expect(tick).to_have_class(re.compile(r"\bdown\b"))
    off_the_loop(lambda: feed_record(quote=quote_set(symbol="SOL/USDT", price=Decimal(152), change_24h=Decimal("1.2"))))
    expect(tick).to_have_class(re.compile(r"\bup\b"))


def test_closing_half_through_the_button_updates_the_table_and_the_database(dashboard, position):
    before = position.quantity
    row = dashboard.locator(f"#position-{position.pk}")
    row.get_by_role("button", name="50 %").click()  # the confirm dialog is accepted by the page fixture
    expect(dashboard.locator("#toasts")).to_contain_text("Closed 50 %")
    position.refresh_from_db()
    assert position.quantity == before - (before / 2).quantize(Decimal("0.00000001"))
    expect(row.locator('[data-field="quantity"]')).to_have_text(str(position.quantity.normalize()))


def test_a_wrong_side_stop_loss_shows_the_error_next_to_the_field_and_changes_nothing(dashboard, position):
    row = dashboard.locator(f"#position-{position.pk}")
    row.get_by_label("Stop loss").fill("70000")
    row.get_by_role("button", name="Save").click()
    error = dashboard.locator(f"#sl-{position.pk}-error")
    expect(error).to_contain_text("stop loss must be below the current price")
    expect(row.get_by_label("Stop loss")).to_have_value("70000")
    position.refresh_from_db()
    assert position.stop_loss == Decimal(60000)


def test_moving_the_stop_loss_saves_it_and_shows_it(dashboard, position):
    row = dashboard.locator(f"#position-{position.pk}")
    row.get_by_label("Stop loss").fill("62500")
    row.get_by_role("button", name="Save").click()
    expect(dashboard.locator("#toasts")).to_contain_text(f"Stop loss and targets of BTC/USDT #{position.pk} saved.")
    expect(dashboard.locator(f"#position-{position.pk}").get_by_label("Stop loss")).to_have_value("62500")
    position.refresh_from_db()
    assert position.stop_loss == Decimal(62500)


def test_the_table_follows_a_change_made_elsewhere_without_a_reload(dashboard, position):
    dashboard.evaluate("window.notReloaded = true")
    off_the_loop(position_close, position=position)  # as the API or Telegram would: the account's websocket tells the page
    expect(dashboard.locator(f"#position-{position.pk}")).to_have_count(0)
    expect(dashboard.locator("#positions")).to_contain_text("No open positions")
    assert dashboard.evaluate("window.notReloaded") is True


def test_the_emergency_pause_asks_and_then_pauses(dashboard, handjob):
    dashboard.get_by_role("button", name="Emergency pause").click()
    expect(dashboard.locator("#account-status")).to_contain_text("paused")
    handjob.refresh_from_db()
    assert handjob.paused


def test_another_accounts_dashboard_answers_404(page, web, position):
    log_in(page, web, "hj")
    assert page.goto(f"{web}/a/woods1/").status == 404


def test_at_phone_width_only_the_table_scrolls(page, web, position):
    log_in(page, web, "hj")
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(f"{web}/a/handjob/")
    expect(page.locator(f"#position-{position.pk}")).to_be_visible()
    widths = page.evaluate(
        "() => ({page: document.documentElement.scrollWidth, body: document.body.scrollWidth, view: window.innerWidth,"
        " table: document.querySelector('#positions .table-wrap').scrollWidth,"
        " wrap: document.querySelector('#positions .table-wrap').clientWidth})"
    )
    assert widths["page"] <= widths["view"] and widths["body"] <= widths["view"], widths
    assert widths["table"] > widths["wrap"], widths  # the table is wider than the phone and scrolls inside
