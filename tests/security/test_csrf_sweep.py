"""CSRF on every form and htmx request, and on session-authenticated API writes.

Every route outside /api/ and the Django admin is posted to by a logged-in owner without a CSRF
token: refused (403 for every page and htmx action), and nothing changes. The routes come from the
urlconf, so a route added later is covered without editing this file.
"""
from __future__ import annotations

import json
import re

import pytest
from django.test import Client
from django.urls import resolve
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from accounts.models import Account
from tests.conftest import make_user
from tests.security.conftest import snapshot_of
from tests.security.test_isolation_sweep import ROUTES, fill

# Routes that are CSRF-exempt on purpose, and why. Nothing else may be.
CSRF_EXEMPT = {
    # TradingView cannot send a token; the passphrase in the body authenticates, never a session.
    r"^webhook/tradingview/?$",
}
UI_ROUTES = [r for r in ROUTES if not r.route.startswith(("api/", "admin/")) and r.route not in CSRF_EXEMPT]
TOKEN = "a" * 32  # a CSRF secret: Django accepts the cookie's own value in the header


@pytest.fixture
def owner(victim):
    """B's owner, logged in with a session, so the view would act if CSRF let the request through."""
    return make_user("b-owner", accounts=[victim["account"]], role="owner")


def session_client(user) -> Client:
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    client.cookies["csrftoken"] = TOKEN
    return client


def test_the_sweep_sees_the_ui_forms():
    paths = {r.route for r in UI_ROUTES}
    assert {"login", "logout", "a/<slug:name>/pause", "a/<slug:name>/positions/<int:position_id>/close"} <= paths


@pytest.mark.parametrize("route", UI_ROUTES, ids=[r.route for r in UI_ROUTES])
def test_a_post_without_a_csrf_token_is_refused_and_changes_nothing(owner, victim, route):
    path = fill(route, victim)
    client = session_client(owner)
    before = snapshot_of(victim["account"])
    refused = client.post(path, {"reason": "csrf"}, HTTP_HX_REQUEST="true")
    after = snapshot_of(victim["account"])
    assert after == before
    if hasattr(resolve(path).func, "cls"):
        # A DRF view outside /api (health, UDF): DRF enforces CSRF only for session-authenticated
        # writes (proven below); one that takes no POST answers 405 before any authentication.
        assert refused.status_code in (403, 405), (path, refused.status_code)
        return
    # Django's CSRF check runs before the view, so even a page that takes no POST refuses it for that reason.
    assert refused.status_code == 403, (path, refused.status_code)
    assert b"CSRF" in refused.content


def test_the_pause_form_is_a_real_post_route_the_sweep_refuses(owner, victim):
    """The sweep's premise, shown on one form: with the token the POST acts, without it it does not."""
    client = session_client(owner)
    assert client.post("/a/angry/pause", {"reason": "x"}).status_code == 403
    assert Account.objects.get(name="angry").paused is False
    assert client.post("/a/angry/pause", {"reason": "x"}, HTTP_X_CSRFTOKEN=TOKEN).status_code in (200, 302)
    assert Account.objects.get(name="angry").paused is True


def test_every_page_sends_its_csrf_token_with_htmx_requests(owner, victim):
    """base.html puts the token in hx-headers on <body>: htmx adds it to every request it sends."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(owner)
    page = client.get("/a/angry/")
    assert page.status_code == 200
    body_tag = re.search(r"<body[^>]*hx-headers='([^']*)'", page.content.decode())
    assert body_tag, "base.html must set hx-headers on <body>"
    headers = json.loads(body_tag.group(1))
    # What htmx would send: the page's header, the cookie the page set. The server takes it.
    response = client.post("/a/angry/pause", {"reason": "from htmx"}, HTTP_HX_REQUEST="true", **{
        "HTTP_" + name.upper().replace("-", "_"): value for name, value in headers.items()
    })
    assert response.status_code == 200
    assert Account.objects.get(name="angry").paused is True


# --- The API ------------------------------------------------------------------------------------
def test_a_session_authenticated_api_write_needs_the_csrf_token(owner, victim):
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(owner)
    refused = client.post("/api/accounts/angry/pause", {"reason": "x"}, format="json")
    assert refused.status_code == 403
    assert "CSRF" in refused.json()["detail"]
    assert Account.objects.get(name="angry").paused is False
    client.cookies["csrftoken"] = TOKEN
    accepted = client.post("/api/accounts/angry/pause", {"reason": "x"}, format="json", HTTP_X_CSRFTOKEN=TOKEN)
    assert accepted.status_code == 200
    assert Account.objects.get(name="angry").paused is True


def test_a_token_authenticated_api_write_needs_no_csrf_token(owner, victim):
    client = APIClient(enforce_csrf_checks=True)
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=owner).key}")
    response = client.post("/api/accounts/angry/pause", {"reason": "x"}, format="json")
    assert response.status_code == 200
    assert Account.objects.get(name="angry").paused is True
