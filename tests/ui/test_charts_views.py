"""The Charts page through Django's test client: access, the chart's data, markers, empty states, bad input."""
import json
from datetime import datetime
from decimal import Decimal

import pytest

from accounts.models import Membership
from echotrade.fields import decimal_text
from execution.models import Fill
from execution.services import position_close
from tests.conftest import make_user
from tests.helpers import decision_of, send_signal
from tests.ui.conftest import toast

pytestmark = pytest.mark.usefixtures("market")


@pytest.fixture
def position(yun_qiang, handjob):
    return decision_of(send_signal(leverage=4, stop_loss="60000"), handjob).position


def _chart(response) -> dict:
    """The data the page hands to Plotly (the json_script inside the panel)."""
    html = response.content.decode()
    start = html.index('<script id="chart-data" type="application/json">') + len('<script id="chart-data" type="application/json">')
    return json.loads(html[start:html.index("</script>", start)])


def test_it_answers_404_to_a_non_member(member_client, angry):
    assert member_client.get("/a/angry/charts").status_code == 404
    assert member_client.get("/a/angry/charts/panel?symbol=BTC/USDT").status_code == 404
    assert member_client.get("/a/nosuch/charts").status_code == 404


def test_it_asks_an_anonymous_visitor_to_log_in(client, handjob):
    response = client.get("/a/handjob/charts")
    assert response.status_code == 302 and response["Location"].startswith("/login")


def test_it_draws_200_hourly_btc_candles_by_default_with_a_tab_per_ticker_symbol(member_client):
    response = member_client.get("/a/handjob/charts")
    assert response.status_code == 200
    chart = _chart(response)
    assert chart["symbol"] == "BTC/USDT" and chart["timeframe"] == "1h"
    assert len(chart["candles"]) == 200
    starts = [datetime.fromisoformat(c["ts"]) for c in chart["candles"][-2:]]
    assert (starts[1] - starts[0]).total_seconds() == 3600
    page = response.content.decode()
    for symbol in ("BTC%2FUSDT", "ETH%2FUSDT", "SOL%2FUSDT"):
        assert f'href="/a/handjob/charts?symbol={symbol}&amp;timeframe=1h"' in page
    assert 'href="/a/handjob/charts"' in page  # the nav link
    assert 'href="/a/woods1/charts"' in page  # the switcher keeps the page


def test_the_panel_serves_the_symbol_and_timeframe_asked_for(member_client):
    response = member_client.get("/a/handjob/charts/panel", {"symbol": "eth-usdt", "timeframe": "5m"})
    assert response.status_code == 200
    chart = _chart(response)
    assert chart["symbol"] == "ETH/USDT" and chart["timeframe"] == "5m"
    starts = [datetime.fromisoformat(c["ts"]) for c in chart["candles"][-2:]]
    assert (starts[1] - starts[0]).total_seconds() == 300
    page = response.content.decode()
    assert '<a href="/a/handjob/charts?symbol=ETH%2FUSDT&amp;timeframe=15m"' in page
    assert 'aria-current="true">5m</a>' in page
    assert "<html" not in page  # a partial, not a page


def test_the_accounts_own_fills_are_the_markers(member_client, position, woods1, handjob):
    other = decision_of(position.signal, woods1).position  # woods1 copied the same signal
    assert other is not None
    entry = Fill.objects.get(position=position)
    markers = _chart(member_client.get("/a/handjob/charts?symbol=BTC/USDT"))["markers"]
    assert markers == [{
        "ts": markers[0]["ts"], "price": decimal_text(entry.price), "quantity": decimal_text(entry.quantity),
        "kind": "entry", "side": "long", "purpose": "Entry", "position": position.pk,
    }]
    assert datetime.fromisoformat(markers[0]["ts"]) == entry.created_at


def test_the_open_positions_entry_stop_and_targets_are_levels(member_client, yun_qiang, handjob):
    position = decision_of(send_signal(stop_loss="60000", take_profits=["70000", "72000"]), handjob).position
    levels = _chart(member_client.get("/a/handjob/charts"))["levels"]
    assert levels == [{
        "position": position.pk, "side": "long", "entry": decimal_text(position.entry_price),
        "stop_loss": "60000", "stop_kind": "fixed",
        "targets": [
            {"price": "70000", "status": "open", "label": "TP1 70,000 · 50 %"},
            {"price": "72000", "status": "open", "label": "TP2 72,000 · 50 %"},
        ],
        "stop_trail": [],  # the stop never moved: the line alone
        "protection_url": f"/a/handjob/positions/{position.pk}/protection",
    }]
    position_close(position=position)
    assert _chart(member_client.get("/a/handjob/charts"))["levels"] == []


def test_a_closed_position_adds_an_exit_marker(member_client, position):
    position_close(position=position)
    markers = _chart(member_client.get("/a/handjob/charts"))["markers"]
    assert [(m["kind"], m["purpose"], m["position"]) for m in markers] == [
        ("entry", "Entry", position.pk), ("exit", "Manual close", position.pk),
    ]
    page = member_client.get("/a/handjob/charts").content.decode()
    assert page.count(f'data-position="{position.pk}"') == 2  # both fills listed under the chart


def test_a_symbol_the_account_traded_gets_a_tab(member_client, yun_qiang, handjob):
    from execution.market.services import quote_set

    quote_set(symbol="DOGE/USDT", price="0.15")
    send_signal(symbol="DOGE/USDT", external_id="doge-1")
    page = member_client.get("/a/handjob/charts").content.decode()
    assert 'href="/a/handjob/charts?symbol=DOGE%2FUSDT&amp;timeframe=1h"' in page


def test_it_says_so_when_the_account_has_no_trades_on_the_symbol(member_client, position):
    page = member_client.get("/a/handjob/charts?symbol=ETH/USDT").content.decode()
    assert 'id="no-trades"' in page and "handjob has no trades on ETH/USDT yet" in page
    assert 'id="no-trades"' not in member_client.get("/a/handjob/charts?symbol=BTC/USDT").content.decode()


def test_it_says_why_when_there_are_no_candles(member_client):
    response = member_client.get("/a/handjob/charts?symbol=BTC/EUR")
    assert response.status_code == 200
    page = response.content.decode()
    assert 'id="no-candles"' in page and "No candles for BTC/EUR at 1h yet: The simulator only quotes USDT pairs" in page
    assert 'id="chart-data"' not in page


@pytest.mark.parametrize("url", ["/a/handjob/charts", "/a/handjob/charts/panel"])
def test_a_bad_timeframe_or_symbol_answers_400_with_a_readable_message(member_client, url):
    response = member_client.get(url, {"timeframe": "2h"})
    assert response.status_code == 400
    assert "Unknown timeframe &#x27;2h&#x27;: use one of 1m, 5m, 15m, 1h, 4h, 1d." in response.content.decode()
    response = member_client.get(url, {"symbol": "not a pair!"})
    assert response.status_code == 400
    assert "is not a trading pair; write it as BASE/QUOTE" in response.content.decode()


def test_the_panels_refusal_comes_with_a_toast(member_client):
    response = member_client.get("/a/handjob/charts/panel", {"timeframe": "2h"}, HTTP_HX_REQUEST="true")
    toast = json.loads(response["HX-Trigger"])["toast"]
    assert toast["level"] == "error" and toast["message"].startswith("Unknown timeframe")


def test_a_viewer_sees_the_chart(client, handjob, position):
    client.force_login(make_user("eye", accounts=[handjob], role=Membership.Role.VIEWER))
    response = client.get("/a/handjob/charts")
    assert response.status_code == 200 and _chart(response)["markers"][0]["position"] == position.pk


@pytest.mark.parametrize("url", ["/a/handjob/charts", "/a/handjob/charts/panel"])
def test_the_chart_only_answers_get(member_client, url):
    assert member_client.post(url).status_code == 405


def test_a_member_who_may_act_gets_a_chart_whose_stop_can_be_dragged(member_client, position):
    response = member_client.get("/a/handjob/charts")
    assert _chart(response)["editable"] is True
    assert 'id="stop-drag-hint"' in response.content.decode()
    assert _chart(member_client.get("/a/handjob/charts/panel?symbol=BTC/USDT"))["editable"] is True
    assert 'id="stop-drag-hint"' not in member_client.get("/a/handjob/charts?symbol=ETH/USDT").content.decode()


def test_a_viewer_gets_a_chart_that_does_not_move(viewer_client, position):
    response = viewer_client.get("/a/handjob/charts")
    assert _chart(response)["editable"] is False
    assert 'id="stop-drag-hint"' not in response.content.decode()
    assert _chart(viewer_client.get("/a/handjob/charts/panel?symbol=BTC/USDT"))["editable"] is False


def test_a_dragged_stop_is_saved_through_the_dashboards_endpoint_and_the_targets_stay(member_client, yun_qiang, handjob):
    position = decision_of(send_signal(stop_loss="60000", take_profits=["70000"]), handjob).position
    url = _chart(member_client.get("/a/handjob/charts"))["levels"][0]["protection_url"]
    response = member_client.post(url, {"stop_loss": "61500"})  # the chart sends the stop alone
    assert response.status_code == 200
    assert toast(response) == {"level": "ok", "message": f"Stop loss and targets of BTC/USDT #{position.pk} saved."}
    position.refresh_from_db()
    assert (position.stop_loss, position.take_profits) == (Decimal("61500"), ["70000"])


def test_a_stop_dragged_past_the_price_is_a_400_with_the_message_and_nothing_changes(member_client, yun_qiang, handjob):
    position = decision_of(send_signal(stop_loss="60000"), handjob).position
    response = member_client.post(f"/a/handjob/positions/{position.pk}/protection", {"stop_loss": "67500"})
    assert response.status_code == 400
    assert f'id="sl-{position.pk}-error">A long position&#x27;s stop loss must be below the current price 67000.' in (
        response.content.decode()
    )
    position.refresh_from_db()
    assert position.stop_loss == Decimal("60000")


def test_a_viewer_cannot_save_a_dragged_stop(viewer_client, position):
    response = viewer_client.post(f"/a/handjob/positions/{position.pk}/protection", {"stop_loss": "61000"})
    assert response.status_code == 403
    position.refresh_from_db()
    assert position.stop_loss == Decimal("60000")
