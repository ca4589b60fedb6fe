"""POST /api/accounts/{name}/live and /paper: an owner, a stored key and the account's name typed to confirm."""
from __future__ import annotations

import pytest

from accounts.models import Account
from echotrade.models import AuditEvent
from execution.models import Position
from tests.conftest import make_user
from tests.live_exchange.conftest import API_KEY, SECRET
from tests.live_exchange.test_credentials_api import client_for

LIVE, PAPER = "/api/accounts/angry/live", "/api/accounts/angry/paper"


def mode_of(account) -> str:
    account.refresh_from_db()
    return account.mode


def test_an_owner_with_a_stored_key_goes_live_by_typing_the_account_name(owner, store_key, angry):
    credential = store_key()

    response = client_for(owner).post(LIVE, {"confirm": "angry"}, format="json")

    assert response.status_code == 200, response.content
    assert response.json()["mode"] == "live"
    assert response.json()["credential"]["fingerprint"] == credential.fingerprint
    assert mode_of(angry) == "live"
    event = AuditEvent.objects.get(action="account.live_enabled", account=angry)
    assert event.actor == owner and event.before == {"mode": "paper"}
    assert event.after["fingerprint"] == credential.fingerprint and "confirmed" in event.message
    for secret in (API_KEY, SECRET):
        assert secret not in response.content.decode() and secret not in str(event.after)


@pytest.mark.parametrize("confirm", ["", "Angry", "angr", "woods1", "yes"])
def test_anything_but_the_exact_account_name_is_a_400_and_changes_nothing(owner, store_key, angry, confirm):
    store_key()

    response = client_for(owner).post(LIVE, {"confirm": confirm}, format="json")

    assert response.status_code == 400
    assert "confirm" in response.json()["errors"]
    assert mode_of(angry) == "paper"
    assert not AuditEvent.objects.filter(action="account.live_enabled").exists()


def test_a_missing_confirmation_is_a_400(owner, store_key, angry):
    store_key()

    response = client_for(owner).post(LIVE, {}, format="json")

    assert response.status_code == 400 and "confirm" in response.json()["errors"]


def test_going_live_without_a_stored_key_is_refused(fernet_key, owner, angry):
    response = client_for(owner).post(LIVE, {"confirm": "angry"}, format="json")

    assert response.status_code == 409 and "exchange key" in response.json()["detail"]
    assert mode_of(angry) == "paper"


@pytest.mark.parametrize("member", ["trader_member", "viewer"])
def test_only_an_owner_may_go_live(member, request, store_key, angry):
    store_key()

    response = client_for(request.getfixturevalue(member)).post(LIVE, {"confirm": "angry"}, format="json")

    assert response.status_code == 403
    assert mode_of(angry) == "paper"


def test_a_non_member_gets_404(store_key, angry):
    store_key()

    response = client_for(make_user("mallory")).post(LIVE, {"confirm": "angry"}, format="json")

    assert response.status_code == 404


def test_open_paper_positions_must_be_closed_before_going_live(owner, store_key, angry):
    store_key()
    Position.objects.create(account=angry, symbol="BTC/USDT", side="long", status="open")

    response = client_for(owner).post(LIVE, {"confirm": "angry"}, format="json")

    assert response.status_code == 409 and "close them" in response.json()["detail"]
    assert mode_of(angry) == "paper"


def test_going_live_twice_is_a_conflict(owner, store_key, angry):
    store_key()
    client = client_for(owner)
    client.post(LIVE, {"confirm": "angry"}, format="json")

    assert client.post(LIVE, {"confirm": "angry"}, format="json").status_code == 409


def test_an_owner_switches_back_to_paper_audited(owner, store_key, angry):
    store_key()
    client = client_for(owner)
    client.post(LIVE, {"confirm": "angry"}, format="json")

    response = client.post(PAPER, {}, format="json")

    assert response.status_code == 200 and response.json()["mode"] == "paper"
    assert mode_of(angry) == "paper"
    assert AuditEvent.objects.filter(action="account.live_disabled", account=angry, actor=owner).exists()


def test_back_to_paper_with_open_live_positions_is_refused(owner, store_key, angry):
    store_key()
    client = client_for(owner)
    client.post(LIVE, {"confirm": "angry"}, format="json")
    Position.objects.create(account=angry, symbol="BTC/USDT", side="long", status="open")

    response = client.post(PAPER, {}, format="json")

    assert response.status_code == 409
    assert mode_of(angry) == "live"


def test_a_non_owner_cannot_switch_to_paper(owner, trader_member, store_key, angry):
    store_key()
    client_for(owner).post(LIVE, {"confirm": "angry"}, format="json")

    assert client_for(trader_member).post(PAPER, {}, format="json").status_code == 403
    assert mode_of(angry) == "live"


def test_a_paper_account_going_paper_is_a_conflict(owner, angry):
    assert client_for(owner).post(PAPER, {}, format="json").status_code == 409


def test_a_live_account_keeps_its_venue_while_live(owner, store_key, angry):
    store_key()
    client = client_for(owner)
    client.post(LIVE, {"confirm": "angry"}, format="json")
    body = {"exchange": "binance", "market_type": "usdm", "sandbox": True, "api_key": API_KEY, "secret": SECRET}

    response = client.put("/api/accounts/angry/credentials", body, format="json")

    assert response.status_code == 409
    # Rotating the key on the same venue is allowed.
    rotated = client.put("/api/accounts/angry/credentials", {**body, "market_type": "spot"}, format="json")
    assert rotated.status_code == 200


def test_a_first_key_on_an_account_created_live_does_not_start_live_trading(owner, fernet_key, angry):
    Account.objects.filter(pk=angry.pk).update(mode="live")
    body = {"exchange": "binance", "market_type": "spot", "sandbox": True, "api_key": API_KEY, "secret": SECRET}

    response = client_for(owner).put("/api/accounts/angry/credentials", body, format="json")

    assert response.status_code == 409 and "switch it to paper" in response.json()["detail"]
