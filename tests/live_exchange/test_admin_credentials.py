"""The admin for exchange keys (write-only fields, stored through the service) and the audit log's immutability."""
from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from rest_framework.test import APIClient

from accounts.models import Account
from echotrade.models import AuditEvent
from execution.models import ExchangeCredential
from tests.live_exchange.conftest import API_KEY, PASSWORD, SECRET

LIST_URL = "admin:execution_exchangecredential_changelist"
ADD_URL = "admin:execution_exchangecredential_add"


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("root", "root@example.com", "pw-root")


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


def form(account, **overrides):
    return {"account": account.pk, "exchange": "okx", "market_type": "spot", "sandbox": "on", "api_key": API_KEY,
            "secret": SECRET, "password": PASSWORD, **overrides}


def assert_no_secret(html: str, credential: ExchangeCredential):
    for secret in (API_KEY, SECRET, PASSWORD, credential.api_key_encrypted, credential.secret_encrypted,
                   credential.password_encrypted or "-no-password-"):
        assert secret not in html


def test_the_list_shows_account_exchange_sandbox_and_fingerprint_only(admin_client, store_key):
    credential = store_key(exchange="okx", password=PASSWORD)

    html = admin_client.get(reverse(LIST_URL)).content.decode()

    assert credential.fingerprint in html and "angry" in html and "OKX" in html
    assert_no_secret(html, credential)


def test_the_change_page_has_empty_write_only_key_fields(admin_client, store_key):
    credential = store_key(exchange="okx", password=PASSWORD)

    response = admin_client.get(reverse("admin:execution_exchangecredential_change", args=[credential.pk]))

    html = response.content.decode()
    assert response.status_code == 200
    assert 'type="password" name="api_key"' in html and 'type="password" name="secret"' in html
    assert credential.fingerprint in html
    assert_no_secret(html, credential)


def test_adding_a_key_in_the_admin_encrypts_and_audits_it(admin_client, fernet_key, superuser, angry):
    response = admin_client.post(reverse(ADD_URL), form(angry), follow=True)

    assert response.status_code == 200
    credential = ExchangeCredential.objects.get(account=angry)
    assert (credential.api_key(), credential.secret(), credential.password()) == (API_KEY, SECRET, PASSWORD)
    event = AuditEvent.objects.get(action="exchange_credential.stored", account=angry)
    assert event.actor == superuser
    assert_no_secret(response.content.decode(), credential)


def test_bad_input_in_the_admin_shows_next_to_the_field_and_stores_nothing(admin_client, fernet_key, angry):
    response = admin_client.post(reverse(ADD_URL), form(angry, exchange="binanceusdm", password=""))

    assert response.status_code == 200  # the form again, with the error
    assert response.context["adminform"].form.errors["market_type"] == ["binanceusdm trades USDT-margined futures only: use usdm."]
    assert not ExchangeCredential.objects.exists()
    assert API_KEY not in response.content.decode() and SECRET not in response.content.decode()


def test_without_a_server_key_the_admin_form_says_what_to_set(admin_client, no_fernet_key, angry):
    response = admin_client.post(reverse(ADD_URL), form(angry))

    assert response.status_code == 200
    assert "ECHOTRADE_CREDENTIALS_KEY" in response.content.decode()
    assert not ExchangeCredential.objects.exists()


def test_a_live_accounts_key_cannot_be_deleted_in_the_admin(admin_client, store_key, angry):
    credential = store_key()
    Account.objects.filter(pk=angry.pk).update(mode="live")

    response = admin_client.post(
        reverse("admin:execution_exchangecredential_delete", args=[credential.pk]), {"post": "yes"}
    )

    assert response.status_code == 403
    assert ExchangeCredential.objects.filter(pk=credential.pk).exists()


def test_deleting_a_paper_accounts_key_in_the_admin_goes_through_the_service(admin_client, store_key, angry):
    credential = store_key()

    admin_client.post(reverse("admin:execution_exchangecredential_delete", args=[credential.pk]), {"post": "yes"})

    assert not ExchangeCredential.objects.exists()
    assert AuditEvent.objects.filter(action="exchange_credential.deleted", account=angry).exists()


# --- the audit log cannot be edited or deleted -----------------------------------------------------
def test_the_admin_cannot_add_change_or_delete_an_audit_event_even_as_superuser(admin_client, store_key):
    store_key()
    event = AuditEvent.objects.get(action="exchange_credential.stored")

    assert admin_client.get(reverse("admin:accounts_auditevent_add")).status_code == 403
    assert admin_client.post(
        reverse("admin:accounts_auditevent_change", args=[event.pk]), {"action": "tampered"}
    ).status_code == 403
    assert admin_client.post(
        reverse("admin:accounts_auditevent_delete", args=[event.pk]), {"post": "yes"}
    ).status_code == 403
    bulk = admin_client.post(
        reverse("admin:accounts_auditevent_changelist"), {"action": "delete_selected", "_selected_action": [event.pk]}
    )
    assert bulk.status_code in (200, 302)
    event.refresh_from_db()
    assert event.action == "exchange_credential.stored" and AuditEvent.objects.filter(pk=event.pk).exists()


@pytest.mark.parametrize("method", ["put", "patch", "delete", "post"])
def test_the_audit_api_is_read_only(owner, store_key, method):
    store_key()
    client = APIClient()
    client.force_authenticate(owner)
    count = AuditEvent.objects.count()

    response = getattr(client, method)("/api/accounts/angry/audit", {"action": "tampered"}, format="json")

    assert response.status_code == 405
    assert AuditEvent.objects.count() == count
    assert not AuditEvent.objects.filter(action="tampered").exists()


def test_no_api_route_about_the_audit_log_accepts_a_write():
    from tests.api.test_auth import API_PATTERNS

    audit_routes = [p for p in API_PATTERNS if "audit" in p.full_route]
    assert audit_routes
    for pattern in audit_routes:
        view = pattern.callback.view_class
        assert not any(hasattr(view, method) for method in ("post", "put", "patch", "delete")), pattern.full_route
