"""The account API: money at a glance, positions by status, the emergency switch, the audit log, viewers."""
from decimal import Decimal

import pytest
from rest_framework.test import APIClient

from accounts.models import Account
from accounts.services import account_pause
from execution.models import Position
from tests.conftest import make_user
from tests.helpers import decision_of, send_signal

pytestmark = pytest.mark.usefixtures("market")
MONEY_FIELDS = ("cash", "equity", "margin_used", "unrealised_pnl", "realised_pnl")


def client_for(user) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


def test_the_account_list_shows_only_the_users_accounts(angry, handjob, woods1):
    response = client_for(make_user("two", accounts=[angry, handjob])).get("/api/accounts")
    assert response.status_code == 200
    assert [a["name"] for a in response.json()] == ["angry", "handjob"]


def test_an_untouched_account_shows_its_starting_money(api):
    angry = next(a for a in api.get("/api/accounts/").json() if a["name"] == "angry")
    assert {k: angry[k] for k in MONEY_FIELDS} == {
        "cash": "100000", "equity": "100000", "margin_used": "0", "unrealised_pnl": "0", "realised_pnl": "0",
    }


def test_the_account_list_shows_the_margin_a_trade_holds_and_equity_adds_up(api, position):
    angry = next(a for a in api.get("/api/accounts").json() if a["name"] == "angry")
    money = {k: Decimal(angry[k]) for k in MONEY_FIELDS}
    assert money["margin_used"] == position.margin > 0
    assert money["cash"] == Account.objects.get(name="angry").cash < Decimal("100000")
    assert money["equity"] == money["cash"] + money["margin_used"] + money["unrealised_pnl"]


@pytest.mark.parametrize("path", ["/api/accounts/angry", "/api/accounts/angry/"])
def test_the_account_detail_includes_its_open_positions(api, position, path):
    response = api.get(path)
    assert response.status_code == 200
    body = response.json()
    assert body["name"] == "angry"
    assert set(MONEY_FIELDS) <= set(body)
    assert [p["id"] for p in body["open_positions"]] == [position.pk]
    assert body["open_positions_count"] == 1


def test_the_positions_list_shows_active_positions_by_default(api, position):
    response = api.get("/api/accounts/angry/positions")
    assert response.status_code == 200
    assert [p["id"] for p in response.json()["results"]] == [position.pk]


def test_the_positions_list_filters_by_status(api, position):
    assert api.get("/api/accounts/angry/positions?status=closed").json()["results"] == []
    api.post(f"/api/positions/{position.pk}/close", {}, format="json")
    assert [p["id"] for p in api.get("/api/accounts/angry/positions?status=closed").json()["results"]] == [position.pk]
    assert api.get("/api/accounts/angry/positions?status=active").json()["results"] == []
    assert [p["id"] for p in api.get("/api/accounts/angry/positions?status=all").json()["results"]] == [position.pk]


def test_an_invalid_position_status_is_400_naming_status(api, position):
    response = api.get("/api/accounts/angry/positions?status=sideways")
    assert response.status_code == 400
    assert "status" in response.json()["errors"]


def test_pausing_an_account_filters_the_next_signal_for_it_alone(api, yun_qiang, angry, outermost_atomic_commits):
    response = api.post("/api/accounts/angry/pause", {"reason": "too volatile"}, format="json")
    assert response.status_code == 200
    assert (response.json()["paused"], response.json()["paused_reason"]) == (True, "too volatile")
    decisions = {d["account"]: d for d in api.post("/api/signals", {
        "trader": "yun_qiang", "symbol": "BTC/USDT", "side": "long", "confidence": 0.9, "external_id": "p-1",
    }, format="json").json()["decisions"]}
    assert (decisions["angry"]["outcome"], decisions["angry"]["reason"]) == ("filtered", "account_paused")
    assert decisions["handjob"]["outcome"] == "executed"


def test_resuming_an_account_lets_signals_through_again(api, yun_qiang, angry):
    api.post("/api/accounts/angry/pause", {}, format="json")
    response = api.post("/api/accounts/angry/resume", format="json")
    assert (response.status_code, response.json()["paused"]) == (200, False)
    assert Account.objects.get(name="angry").paused is False
    decision = decision_of(send_signal(external_id="after-resume"), angry)
    assert decision.outcome == "executed"


def test_the_audit_log_is_paginated_and_lists_the_accounts_events(api, position):
    response = api.get("/api/accounts/angry/audit")
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == len(body["results"]) > 0
    assert {e["account"] for e in body["results"]} == {"angry"}
    assert "position.opened" in [e["action"] for e in body["results"]]


def test_the_audit_log_filters_by_action(api, position):
    everything = api.get("/api/accounts/angry/audit").json()["results"]
    positions = api.get("/api/accounts/angry/audit?action=position").json()["results"]
    assert positions and all(e["action"].startswith("position.") for e in positions)
    assert len(positions) < len(everything)


# --- A viewer may look but not act -----------------------------------------------------------
@pytest.fixture
def viewer(angry) -> APIClient:
    return client_for(make_user("watcher", accounts=[angry], role="viewer"))


@pytest.mark.parametrize(
    "path",
    ["/api/accounts", "/api/accounts/angry", "/api/accounts/angry/positions", "/api/accounts/angry/audit", "/api/positions/{id}"],
)
def test_a_viewer_may_read_the_account(viewer, position, path):
    assert viewer.get(path.format(id=position.pk)).status_code == 200


@pytest.mark.parametrize(
    "method, path, body, paused",
    [
        ("post", "/api/positions/{id}/close", {"fraction": 0.5}, False),
        ("patch", "/api/positions/{id}", {"stop_loss": 62000}, False),
        ("post", "/api/accounts/angry/pause", {}, False),
        ("post", "/api/accounts/angry/resume", None, True),
    ],
)
def test_a_viewer_gets_403_on_every_action_and_nothing_changes(viewer, position, angry, method, path, body, paused):
    if paused:
        account_pause(account=angry, reason="held")
    before = Position.objects.filter(pk=position.pk).values().get()
    response = getattr(viewer, method)(path.format(id=position.pk), body, format="json")
    assert response.status_code == 403
    assert response.json()["detail"] == "You may view 'angry' but not act on it."
    assert Position.objects.filter(pk=position.pk).values().get() == before
    assert Account.objects.get(pk=angry.pk).paused is paused
