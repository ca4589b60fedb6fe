"""PUT/GET/DELETE /api/accounts/{name}/credentials: owners store a key; nobody ever reads it back."""
from __future__ import annotations

import json

import pytest
from rest_framework.test import APIClient

from accounts.models import Account
from echotrade.models import AuditEvent
from execution.models import ExchangeCredential
from tests.conftest import make_user
from tests.live_exchange.conftest import API_KEY, PASSWORD, SECRET

URL = "/api/accounts/angry/credentials"
BODY = {"exchange": "binance", "market_type": "usdm", "sandbox": True, "api_key": API_KEY, "secret": SECRET}


def client_for(user) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


def assert_no_secret(text: str, credential: ExchangeCredential | None = None):
    for secret in (API_KEY, SECRET, PASSWORD):
        assert secret not in text
    if credential is not None:
        assert credential.api_key_encrypted not in text and credential.secret_encrypted not in text


def test_an_owner_stores_a_key_and_gets_its_metadata_back_never_the_key(fernet_key, owner):
    response = client_for(owner).put(URL, BODY, format="json")

    assert response.status_code == 200, response.content
    credential = ExchangeCredential.objects.get(account__name="angry")
    body = response.json()
    assert set(body) == {"account", "exchange", "market_type", "sandbox", "fingerprint", "created_at", "updated_at"}
    assert (body["exchange"], body["market_type"], body["sandbox"]) == ("binance", "usdm", True)
    assert body["fingerprint"] == credential.fingerprint
    assert_no_secret(response.content.decode(), credential)


def test_get_shows_the_metadata_only(fernet_key, owner, store_key):
    credential = store_key()

    response = client_for(owner).get(URL)

    assert response.status_code == 200
    assert response.json()["fingerprint"] == credential.fingerprint
    assert_no_secret(response.content.decode(), credential)


def test_get_without_a_stored_key_is_404(fernet_key, owner):
    assert client_for(owner).get(URL).status_code == 404


def test_putting_again_replaces_the_key_and_audits_old_and_new_fingerprints(fernet_key, owner, store_key):
    old = store_key()
    new_key = "Z" * 64

    response = client_for(owner).put(URL, {**BODY, "market_type": "spot", "api_key": new_key}, format="json")

    assert response.status_code == 200
    credential = ExchangeCredential.objects.get(account__name="angry")
    assert credential.api_key() == new_key and credential.market_type == "spot"
    event = AuditEvent.objects.filter(action="exchange_credential.stored").first()
    assert event.before["fingerprint"] == old.fingerprint and event.after["fingerprint"] == credential.fingerprint


def test_delete_removes_the_key_and_is_audited(fernet_key, owner, store_key):
    store_key()

    response = client_for(owner).delete(URL)

    assert response.status_code == 204
    assert not ExchangeCredential.objects.exists()
    assert AuditEvent.objects.filter(action="exchange_credential.deleted", account__name="angry").exists()


def test_a_live_accounts_key_cannot_be_deleted(fernet_key, owner, store_key, angry):
    store_key()
    Account.objects.filter(pk=angry.pk).update(mode="live")

    response = client_for(owner).delete(URL)

    assert response.status_code == 409 and "paper first" in response.json()["detail"]
    assert ExchangeCredential.objects.exists()


@pytest.mark.parametrize("member", ["trader_member", "viewer"])
def test_members_who_are_not_owners_cannot_store_or_delete_a_key(fernet_key, member, request, store_key):
    store_key()
    client = client_for(request.getfixturevalue(member))

    assert client.put(URL, BODY, format="json").status_code == 403
    assert client.delete(URL).status_code == 403
    assert ExchangeCredential.objects.get().market_type == "spot"  # unchanged


def test_a_non_member_gets_404_as_for_any_other_account(fernet_key, store_key, angry):
    stranger = client_for(make_user("mallory"))

    for response in (stranger.get(URL), stranger.put(URL, BODY, format="json"), stranger.delete(URL)):
        assert response.status_code == 404


@pytest.mark.parametrize("method", ["get", "put", "delete"])
def test_anonymous_requests_are_refused(fernet_key, angry, method):
    response = getattr(APIClient(), method)(URL, BODY, format="json")

    assert response.status_code in (401, 403)


BAD_BODIES = [
    ("missing secret", {k: v for k, v in BODY.items() if k != "secret"}, "secret"),
    ("empty key", {**BODY, "api_key": ""}, "api_key"),
    ("key with spaces", {**BODY, "api_key": "abc def"}, "api_key"),
    ("unknown exchange", {**BODY, "exchange": "mtgox"}, "exchange"),
    ("unknown market type", {**BODY, "market_type": "options"}, "market_type"),
    ("binanceusdm on spot", {**BODY, "exchange": "binanceusdm", "market_type": "spot"}, "market_type"),
    ("okx without passphrase", {**BODY, "exchange": "okx"}, "password"),
    ("sandbox not a boolean", {**BODY, "sandbox": "perhaps"}, "sandbox"),
    ("key too long", {**BODY, "api_key": "k" * 600}, "api_key"),
]


@pytest.mark.parametrize("case, body, field", BAD_BODIES, ids=[b[0] for b in BAD_BODIES])
def test_bad_input_is_a_400_naming_the_field_and_stores_nothing(fernet_key, owner, case, body, field):
    response = client_for(owner).put(URL, body, format="json")

    assert response.status_code == 400, response.content
    assert field in response.json()["errors"]
    assert not ExchangeCredential.objects.exists()
    assert_no_secret(json.dumps(response.json()))


def test_without_a_server_key_the_api_says_what_the_operator_must_set(no_fernet_key, owner):
    response = client_for(owner).put(URL, BODY, format="json")

    assert response.status_code == 503
    assert "ECHOTRADE_CREDENTIALS_KEY" in response.json()["detail"]
    assert not ExchangeCredential.objects.exists()
    # The rest of the app works without it.
    assert client_for(owner).get("/api/accounts/angry").status_code == 200


def test_the_audit_api_never_shows_the_key(fernet_key, owner, store_key):
    credential = store_key()

    response = client_for(owner).get("/api/accounts/angry/audit")

    assert response.status_code == 200
    assert "exchange_credential.stored" in response.content.decode()
    assert_no_secret(response.content.decode(), credential)


def test_the_account_api_never_shows_the_key(fernet_key, owner, store_key):
    credential = store_key()

    for path in ("/api/accounts", "/api/accounts/angry"):
        assert_no_secret(client_for(owner).get(path).content.decode(), credential)


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_the_audit_export_never_contains_the_key(client, fernet_key, owner, store_key, fmt):
    from execution.services.live import account_go_live

    credential = store_key(exchange="okx", password=PASSWORD)
    account_go_live(account=credential.account, actor=owner, confirm="angry")
    client.force_login(owner)

    response = client.get(f"/a/angry/audit/export.{fmt}")

    assert response.status_code == 200
    text = b"".join(response.streaming_content if response.streaming else [response.content]).decode()
    assert "exchange_credential.stored" in text and "account.live_enabled" in text
    assert credential.fingerprint in text
    assert_no_secret(text, credential)
