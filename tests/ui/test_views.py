"""The dashboard's views through Django's test client: who sees what, who may act, bad input, CSRF."""
from decimal import Decimal

import pytest
from django.test import Client

from echotrade.models import AuditEvent
from execution.selectors import account_summary
from execution.models import Position
from tests.conftest import make_user
from tests.helpers import decision_of, send_signal
from tests.ui.conftest import toast

pytestmark = pytest.mark.usefixtures("market")


@pytest.fixture
def position(yun_qiang, handjob) -> Position:
    return decision_of(send_signal(leverage=4, stop_loss="60000", take_profits=["70000", "72000"]), handjob).position


@pytest.fixture
def trader_client(client, handjob, woods1):
    client.force_login(make_user("hj", accounts=[handjob, woods1]))
    return client


def test_it_sends_a_visitor_to_the_login_page(client, handjob):
    response = client.get("/a/handjob/")
    assert response.status_code == 302 and response["Location"].startswith("/login?next=/a/handjob/")


def test_login_lands_on_the_first_accounts_dashboard(client, handjob):
    make_user("hj", accounts=[handjob])
    response = client.post("/login", {"username": "hj", "password": "pw-hj"})
    assert response.status_code == 302 and response["Location"] == "/a/handjob/"


def test_a_wrong_password_shows_the_error_on_the_form(client, handjob):
    make_user("hj", accounts=[handjob])
    page = client.post("/login", {"username": "hj", "password": "nope"}).content.decode()
    assert "correct username and password" in page


def test_the_dashboard_shows_the_accounts_money_positions_and_switcher(trader_client, handjob, position):
    page = trader_client.get("/a/handjob/").content.decode()
    handjob.refresh_from_db()
    assert f"{account_summary(account=handjob).equity:.2f}" in page
    assert f'id="position-{position.pk}"' in page and "Emergency pause" in page
    assert 'href="/a/woods1/"' in page and 'aria-current="page">handjob' in page
    assert "No performance snapshots yet" in page
    assert "/assets/plotly-" in page


def test_it_answers_404_for_another_accounts_pages(trader_client, angry):
    for url in ("/a/angry/", "/a/angry/metrics", "/a/angry/positions", "/a/angry/audit", "/a/nope/"):
        assert trader_client.get(url).status_code == 404, url


def test_it_refuses_another_accounts_position_through_this_accounts_url(trader_client, position):
    response = trader_client.post(f"/a/woods1/positions/{position.pk}/close", {"fraction": "1"})
    assert response.status_code == 404
    position.refresh_from_db()
    assert position.status == "open"


def test_a_viewer_sees_the_table_but_no_action_buttons(viewer_client, position):
    page = viewer_client.get("/a/handjob/").content.decode()
    assert f'id="position-{position.pk}"' in page
    assert "Emergency pause" not in page and "hx-post" not in page


def test_a_viewer_cannot_act_even_by_posting(viewer_client, handjob, position):
    for url, data in [
        (f"/a/handjob/positions/{position.pk}/close", {"fraction": "0.5"}),
        (f"/a/handjob/positions/{position.pk}/protection", {"stop_loss": "61000", "take_profits": ""}),
        ("/a/handjob/pause", {}),
    ]:
        response = viewer_client.post(url, data, HTTP_HX_REQUEST="true")
        assert response.status_code == 403, url
        assert toast(response)["level"] == "error"
    position.refresh_from_db()
    handjob.refresh_from_db()
    assert position.stop_loss == Decimal(60000) and position.quantity == position.initial_quantity
    assert not handjob.paused


def test_a_partial_close_redraws_the_table_with_a_toast(trader_client, position):
    before = position.quantity
    response = trader_client.post(f"/a/handjob/positions/{position.pk}/close", {"fraction": "0.5"}, HTTP_HX_REQUEST="true")
    position.refresh_from_db()
    assert response.status_code == 200
    assert position.quantity == before - (before * Decimal("0.5")).quantize(Decimal("0.00000001"))
    assert str(position.quantity.normalize()) in response.content.decode()
    assert toast(response) == {"level": "ok", "message": f"Closed 50 % of BTC/USDT long #{position.pk}."}
    assert AuditEvent.objects.filter(action="position.partially_closed", actor_label="hj").exists()


@pytest.mark.parametrize("fraction", ["abc", "0", "2"])
def test_a_bad_fraction_answers_400_with_the_message_in_the_row(trader_client, position, fraction):
    response = trader_client.post(f"/a/handjob/positions/{position.pk}/close", {"fraction": fraction}, HTTP_HX_REQUEST="true")
    assert response.status_code == 400
    assert 'class="field-error"' in response.content.decode()
    position.refresh_from_db()
    assert position.quantity == position.initial_quantity


def test_a_wrong_side_stop_loss_answers_400_next_to_the_field_and_changes_nothing(trader_client, position):
    response = trader_client.post(
        f"/a/handjob/positions/{position.pk}/protection", {"stop_loss": "68000", "take_profits": "70000, 72000"},
        HTTP_HX_REQUEST="true",
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert f'id="sl-{position.pk}-error"' in page and "stop loss must be below the current price" in page
    assert 'value="68000"' in page  # what was typed stays in the field
    position.refresh_from_db()
    assert position.stop_loss == Decimal(60000)


def test_moving_the_stop_loss_saves_it(trader_client, position):
    response = trader_client.post(
        f"/a/handjob/positions/{position.pk}/protection", {"stop_loss": "61000", "take_profits": "70000, 72000"},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200 and toast(response)["level"] == "ok"
    position.refresh_from_db()
    assert position.stop_loss == Decimal(61000) and position.take_profits == ["70000", "72000"]


def test_a_target_that_is_not_a_number_is_shown_next_to_the_field(trader_client, position):
    response = trader_client.post(
        f"/a/handjob/positions/{position.pk}/protection", {"stop_loss": "60000", "take_profits": "70000, lots"},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 400 and f'id="tp-{position.pk}-error"' in response.content.decode()


def test_pause_and_resume_go_through_the_service(trader_client, handjob):
    response = trader_client.post("/a/handjob/pause", HTTP_HX_REQUEST="true")
    handjob.refresh_from_db()
    assert response.status_code == 200 and handjob.paused and "Resume" in response.content.decode()
    trader_client.post("/a/handjob/resume", HTTP_HX_REQUEST="true")
    handjob.refresh_from_db()
    assert not handjob.paused
    assert list(AuditEvent.objects.filter(account=handjob).values_list("action", flat=True).order_by("id"))[-2:] == [
        "account.paused", "account.resumed",
    ]


def test_actions_need_the_csrf_token(handjob, position):
    client = Client(enforce_csrf_checks=True)
    client.force_login(make_user("hj", accounts=[handjob]))
    assert client.post(f"/a/handjob/positions/{position.pk}/close", {"fraction": "1"}).status_code == 403
    assert client.post("/a/handjob/pause").status_code == 403
    page = client.get("/a/handjob/").content.decode()
    token = client.cookies["csrftoken"].value
    assert '"X-CSRFToken": "' in page  # htmx sends it from the body's hx-headers
    response = client.post(f"/a/handjob/positions/{position.pk}/close", {"fraction": "1"}, HTTP_X_CSRFTOKEN=token)
    assert response.status_code == 200
    position.refresh_from_db()
    assert position.status == "closed"


def test_actions_answer_only_post(trader_client, position):
    assert trader_client.get(f"/a/handjob/positions/{position.pk}/close").status_code == 405
    assert trader_client.get("/a/handjob/pause").status_code == 405


def test_the_audit_page_lists_the_accounts_events(trader_client, position):
    page = trader_client.get("/a/handjob/audit").content.decode()
    assert "position.opened" in page


def test_plotly_is_served_by_the_app_with_a_long_cache(client, db):
    import plotly

    response = client.get(f"/assets/plotly-{plotly.__version__}.min.js")
    assert response.status_code == 200 and "immutable" in response["Cache-Control"]
    assert client.get("/assets/plotly-0.0.1.min.js").status_code == 404
