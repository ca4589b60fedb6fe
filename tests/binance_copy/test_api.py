"""The REST side of copy-trading leads: ``portfolio_id`` on /api/traders, and
``POST /api/traders/{id}/import-binance-history``."""
import pytest
from rest_framework.test import APIClient

from accounts.models import Membership
from signals.models import Signal
from tests.conftest import make_user
from traders.models import Trader
from traders.services import trader_create

from .conftest import DETAIL, HISTORY, PORTFOLIO, record_history

pytestmark = pytest.mark.django_db


def import_url(trader_id: str) -> str:
    return f"/api/traders/{trader_id}/import-binance-history"


@pytest.fixture
def member(accounts) -> APIClient:
    client = APIClient()
    client.force_authenticate(make_user("reader", accounts=[accounts["angry"]], role=Membership.Role.TRADER))
    return client


def test_a_copy_trading_lead_is_created_with_its_portfolio_id(api):
    response = api.post("/api/traders", {
        "id": "steady_lead", "name": "Steady Lead", "source": "binance_copy", "portfolio_id": f" {PORTFOLIO} ",
    }, format="json")
    assert response.status_code == 201
    body = response.json()
    assert (body["source"], body["portfolio_id"], body["source_status"], body["source_message"]) == (
        "binance_copy", PORTFOLIO, "", "",
    )
    assert Trader.objects.get(pk="steady_lead").portfolio_id == PORTFOLIO


@pytest.mark.parametrize("portfolio_id", ["abc", "12345", "3934251094384726784x", "1" * 33, "39342510 94384726784"])
def test_a_bad_portfolio_id_answers_400_on_the_field_and_creates_nothing(api, portfolio_id):
    response = api.post("/api/traders", {
        "id": "steady_lead", "name": "Steady Lead", "source": "binance_copy", "portfolio_id": portfolio_id,
    }, format="json")
    assert response.status_code == 400
    assert "portfolio_id" in response.json()["errors"]
    assert not Trader.objects.filter(pk="steady_lead").exists()


def test_a_bad_portfolio_id_answers_400_on_update_and_keeps_the_old_one(api, lead):
    response = api.patch(f"/api/traders/{lead.pk}", {"portfolio_id": "not-a-number"}, format="json")
    assert response.status_code == 400 and "portfolio_id" in response.json()["errors"]
    lead.refresh_from_db()
    assert lead.portfolio_id == PORTFOLIO


def test_staff_import_a_leads_history_and_get_the_counts(api, lead, binance_transport):
    record_history(binance_transport)
    response = api.post(import_url(lead.pk))
    assert response.status_code == 200
    body = response.json()
    assert (body["portfolio_id"], body["nickname"], body["positions"], body["signals_imported"], body["invalid"]) == (
        PORTFOLIO, "SteadyLead", 5, 5, 0,
    )
    assert body["first_opened_at"] == "2024-06-04T11:20:00Z"
    assert Signal.objects.filter(trader=lead).count() == 5


def test_importing_again_through_the_api_skips_what_is_recorded(api, lead, binance_transport):
    record_history(binance_transport)
    api.post(import_url(lead.pk))
    record_history(binance_transport)
    body = api.post(import_url(lead.pk)).json()
    assert (body["signals_imported"], body["duplicates_skipped"]) == (0, 5)
    assert Signal.objects.filter(trader=lead).count() == 5


def test_a_portfolio_binance_does_not_know_answers_400(api, lead, binance_transport):
    binance_transport.answer(DETAIL, "detail_unknown.json")
    response = api.post(import_url(lead.pk))
    assert response.status_code == 400
    assert response.json()["errors"] == {"portfolio_id": [f"Binance knows no lead portfolio {PORTFOLIO}."]}
    assert not Signal.objects.exists()


def test_a_trader_without_a_portfolio_or_of_another_source_answers_400(api, accounts, binance_transport):
    trader_create(id="blank_lead", name="Blank Lead", source="binance_copy")
    trader_create(id="tv", name="TV", source="tradingview", handle="someone")
    assert api.post(import_url("blank_lead")).status_code == 400
    assert api.post(import_url("tv")).status_code == 400
    assert not binance_transport.requests


def test_an_unknown_trader_answers_404(api, accounts):
    assert api.post(import_url("nobody")).status_code == 404


def test_binance_out_of_reach_answers_503_and_records_nothing(api, lead, binance_transport, monkeypatch):
    import requests

    monkeypatch.setattr("time.sleep", lambda seconds: None)  # the client's backoff, not the test's time
    binance_transport.answer(DETAIL, "detail_shown.json")
    binance_transport.answer(HISTORY, requests.ConnectionError("Failed to resolve 'www.binance.com'"))
    response = api.post(import_url(lead.pk))
    assert response.status_code == 503 and response.json()["code"] == "exchange_unavailable"
    assert not Signal.objects.exists()


def test_only_staff_import_a_history(member, lead, binance_transport):
    response = member.post(import_url(lead.pk))
    assert response.status_code == 403
    assert not binance_transport.requests and not Signal.objects.exists()
