"""Dragging a stop-loss line on the Charts page, in Chromium against a real daphne: asked first, saved
through the dashboard's SL endpoint (position_update_protection), put back when refused or declined;
a viewer's chart does not move."""
from __future__ import annotations

from decimal import Decimal

import pytest
from playwright.sync_api import expect

from accounts.models import Membership
from echotrade.fields import decimal_text
from echotrade.models import AuditEvent
from execution.market.services import quote_set
from execution.models import Position
from tests.conftest import make_user
from tests.helpers import decision_of, send_signal
from tests.ui.conftest import log_in, off_the_loop

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("market")]

# Where a price is on the screen: the plot's left edge + half its width, its top + the y axis' pixel.
PIXEL = """(price) => {
  const el = document.getElementById('price-chart');
  const box = el.getBoundingClientRect(), xa = el._fullLayout.xaxis, ya = el._fullLayout.yaxis;
  return {x: box.left + xa._offset + xa._length / 2, y: box.top + ya._offset + ya.l2p(price), perPixel: (ya.range[1] - ya.range[0]) / ya._length};
}"""
STOP_LINE = "(i) => document.getElementById('price-chart')?.layout?.shapes?.[i]?.y0"


@pytest.fixture
def position(yun_qiang, handjob) -> Position:
    make_user("hj", accounts=[handjob])
    return decision_of(off_the_loop(send_signal, stop_loss="60000", take_profits=["70000"]), handjob).position


def open_chart(page, web, username: str):
    log_in(page, web, username)
    page.goto(f"{web}/a/handjob/charts")
    page.wait_for_function("(document.getElementById('price-chart') || {}).layout?.shapes?.length > 0")
    expect(page.locator(".charts")).to_have_attribute("data-watching", "handjob")
    return page


def drag(page, from_price: float, to_price: float) -> dict:
    start, end = page.evaluate(PIXEL, from_price), page.evaluate(PIXEL, to_price)
    page.mouse.move(start["x"], start["y"])
    page.mouse.down()
    page.mouse.move(end["x"], end["y"], steps=12)
    page.mouse.up()
    return end


def test_dragging_the_stop_asks_first_then_saves_it_and_leaves_the_targets(page, web, position):
    charts = open_chart(page, web, "hj")
    asked = []
    charts.on("dialog", lambda dialog: asked.append(dialog.message))  # the page fixture says yes
    end = drag(charts, 60000, 62000)
    expect(charts.locator(".toast.ok")).to_have_text(f"Stop loss and targets of BTC/USDT #{position.pk} saved.")
    expect(charts.locator(".chart-card")).to_have_attribute("data-stop-drag", "saved")
    position.refresh_from_db()
    # The account's event stream redraws the panel from the server: the line is where it was dropped.
    charts.wait_for_function(f"({STOP_LINE})(1) === {float(position.stop_loss)}")
    assert abs(position.stop_loss - Decimal("62000")) <= Decimal(str(3 * end["perPixel"]))
    assert asked == [f"Move the stop loss of BTC/USDT long #{position.pk} from 60000 to {decimal_text(position.stop_loss)}?"]
    assert position.take_profits == ["70000"]  # only the stop was sent
    event = AuditEvent.objects.get(action="position.protection_updated", object_id=str(position.pk))
    assert event.actor_label == "hj" and Decimal(event.after["stop_loss"]) == position.stop_loss
    # The line stays where it was dropped, level, and says its new price.
    expect(charts.locator("#price-chart .annotation-text").nth(1)).to_have_text(f"#{position.pk} SL {decimal_text(position.stop_loss)} · fixed")
    shape = charts.evaluate("document.getElementById('price-chart').layout.shapes[1]")
    assert shape["y0"] == shape["y1"] == float(position.stop_loss) and (shape["x0"], shape["x1"]) == (0, 1)


def test_a_stop_dragged_to_the_wrong_side_of_the_price_is_refused_and_snaps_back(page, web, position):
    charts = open_chart(page, web, "hj")
    off_the_loop(quote_set, symbol="BTC/USDT", price=Decimal("61000"), bid=Decimal("60999"), ask=Decimal("61001"))
    drag(charts, 60000, 62000)
    expect(charts.locator(".toast.error")).to_have_text(
        "A long position's stop loss must be below the current price 61000."
    )
    expect(charts.locator(".chart-card")).to_have_attribute("data-stop-drag", "refused")
    assert charts.evaluate(STOP_LINE, 1) == 60000
    expect(charts.locator("#price-chart .annotation-text").nth(1)).to_have_text(f"#{position.pk} SL 60000 · fixed")
    position.refresh_from_db()
    assert position.stop_loss == Decimal("60000")


def test_saying_no_puts_the_line_back_and_sends_nothing(page, web, position, visits):
    charts = open_chart(page, web, "hj")
    charts.evaluate("window.confirm = () => false")
    drag(charts, 60000, 62000)
    charts.wait_for_function(f"({STOP_LINE})(1) === 60000")
    assert not [url for url in visits if url.endswith(f"/positions/{position.pk}/protection")]
    position.refresh_from_db()
    assert position.stop_loss == Decimal("60000")


def test_only_the_stop_line_can_be_dragged(page, web, position):
    charts = open_chart(page, web, "hj")
    entry = float(position.entry_price)
    drag(charts, entry, entry - 2000)  # the entry line does not take the pointer: the chart pans
    assert charts.evaluate(STOP_LINE, 0) == entry
    assert charts.locator(".chart-card[data-stop-drag]").count() == 0


def test_a_viewers_chart_does_not_move(page, web, position, handjob):
    make_user("eye", accounts=[handjob], role=Membership.Role.VIEWER)
    charts = open_chart(page, web, "eye")
    assert charts.locator("#price-chart g[drag-helper]").count() == 0
    drag(charts, 60000, 62000)
    assert charts.evaluate(STOP_LINE, 1) == 60000
    position.refresh_from_db()
    assert position.stop_loss == Decimal("60000")
