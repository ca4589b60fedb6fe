"""Rate limits: logins (API token and the login form), posted signals, Telegram imports, the webhook.
(The public market data's limit: tests/sources/test_public_market_data.py.)

The N+1st attempt in a window answers 429 with Retry-After and a message that says when to try
again. Rates come from settings (env vars LOGIN_RATE, SIGNAL_POST_RATE, TELEGRAM_IMPORT_RATE,
WEBHOOK_RATE); the cache is emptied before every test (tests/conftest.py).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest
from django.test import Client
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from signals.models import Signal
from tests.conftest import make_user

pytestmark = pytest.mark.usefixtures("market")


@pytest.fixture
def rates(settings):
    """Set throttle rates for this test only (DRF reloads its settings when they change)."""

    def set_rates(**changes):
        current = settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]
        settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {**current, **changes}}

    return set_rates


@pytest.fixture
def alice(angry):
    return make_user("alice", accounts=[angry])


def token_attempt(password: str, *, username: str = "alice", ip: str = "10.0.0.1"):
    return APIClient().post(
        "/api/auth/token", {"username": username, "password": password}, format="json", REMOTE_ADDR=ip,
    )


# --- POST /api/auth/token -----------------------------------------------------------------------
def test_the_token_endpoint_answers_429_after_the_login_rate_with_retry_after(alice, rates):
    rates(login="3/min")
    assert [token_attempt("wrong").status_code for _ in range(3)] == [400, 400, 400]
    refused = token_attempt("pw-alice")  # even the right password: the guessing is what is refused
    assert refused.status_code == 429
    wait = int(refused["Retry-After"])
    assert 0 < wait <= 60  # what is left of the one-minute window
    assert refused.json() == {"detail": f"Too many login attempts. Expected available in {wait} seconds.", "code": "throttled"}
    assert not Token.objects.exists()


def test_the_token_endpoint_counts_a_username_over_many_addresses(alice, rates):
    rates(login="3/min")
    answers = [token_attempt("wrong", ip=f"10.0.1.{i}").status_code for i in range(4)]
    assert answers == [400, 400, 400, 429]
    # Another user from a fresh address is not held up by alice's attempts.
    make_user("bob")
    assert token_attempt("pw-bob", username="bob", ip="10.0.2.1").status_code == 200


def test_the_token_endpoint_counts_an_address_over_many_usernames(alice, rates):
    rates(login="3/min")
    answers = [token_attempt("wrong", username=f"user{i}", ip="10.0.3.3").status_code for i in range(4)]
    assert answers == [400, 400, 400, 429]


# --- The login form -----------------------------------------------------------------------------
def form_attempt(client: Client, password: str, *, username: str = "alice", ip: str = "10.0.0.1"):
    return client.post("/login", {"username": username, "password": password}, REMOTE_ADDR=ip)


def test_the_login_form_refuses_the_attempt_after_the_rate_with_a_readable_message(alice, rates):
    rates(login="3/min")
    client = Client()
    assert [form_attempt(client, "wrong").status_code for _ in range(3)] == [200, 200, 200]
    refused = form_attempt(client, "pw-alice")
    assert refused.status_code == 429
    assert 0 < int(refused["Retry-After"]) <= 60
    text = refused.content.decode()
    assert f"Too many attempts — try again in {refused['Retry-After']} seconds." in text
    assert 'role="alert"' in text and '<form method="post"' in text  # the form, with the message on it
    assert "_auth_user_id" not in client.session


def test_a_refused_login_attempt_does_not_even_check_the_password(alice, rates):
    from django.contrib.auth.signals import user_login_failed

    rates(login="1/min")
    form_attempt(Client(), "wrong")
    checked = []
    user_login_failed.connect(lambda **kwargs: checked.append(kwargs), weak=False, dispatch_uid="h7-probe")
    try:
        assert form_attempt(Client(), "wrong-again").status_code == 429
    finally:
        user_login_failed.disconnect(dispatch_uid="h7-probe")
    assert checked == []


def test_the_login_form_does_not_count_a_successful_login(alice, rates):
    rates(login="2/min")
    for _ in range(4):
        client = Client()
        assert form_attempt(client, "pw-alice").status_code == 302
        assert client.session["_auth_user_id"] == str(alice.pk)
    client = Client()
    assert [form_attempt(client, "wrong").status_code for _ in range(3)] == [200, 200, 429]


def test_the_login_form_counts_a_username_over_many_addresses(alice, rates):
    rates(login="3/min")
    client = Client()
    answers = [form_attempt(client, "wrong", ip=f"10.1.0.{i}").status_code for i in range(4)]
    assert answers == [200, 200, 200, 429]


def test_the_login_form_counts_an_address_over_many_usernames(alice, rates):
    rates(login="3/min")
    client = Client()
    answers = [form_attempt(client, "wrong", username=f"u{i}", ip="10.2.0.1").status_code for i in range(4)]
    assert answers == [200, 200, 200, 429]
    # Someone else, from another address, logs in as usual.
    assert form_attempt(Client(), "pw-alice", ip="10.2.0.2").status_code == 302


def test_the_login_form_lets_the_user_try_again_after_the_window(alice, rates, monkeypatch):
    rates(login="2/min")
    client = Client()
    assert [form_attempt(client, "wrong").status_code for _ in range(3)] == [200, 200, 429]
    later = time.time() + 61
    monkeypatch.setattr(time, "time", lambda: later)  # the cache's expiry reads the same clock
    assert form_attempt(client, "pw-alice").status_code == 302


# --- Signals ------------------------------------------------------------------------------------
SIGNAL = {"trader": "yun_qiang", "symbol": "BTC/USDT", "side": "long", "confidence": 0.9}


def test_posting_signals_is_limited_per_user_and_reading_is_not(api, yun_qiang, rates):
    rates(signals="2/min")
    answers = [api.post("/api/signals", {**SIGNAL, "external_id": f"s{i}"}, format="json") for i in range(3)]
    assert [a.status_code for a in answers] == [201, 201, 429]
    wait = int(answers[-1]["Retry-After"])
    assert 0 < wait <= 60
    assert f"Expected available in {wait} seconds" in answers[-1].json()["detail"]
    assert Signal.objects.count() == 2
    assert {api.get("/api/signals").status_code for _ in range(4)} == {200}


def test_the_telegram_import_is_limited(api, rates, accounts):
    from traders.services import trader_create

    trader_create(id="alpha_signals", name="Alpha Signals", source="telegram", handle="@Alpha_Signals")
    rates(telegram_import="1/min")
    url = "/api/traders/alpha_signals/import-telegram"
    first = api.post(url, {"messages": []}, format="json")
    second = api.post(url, {"messages": []}, format="json")
    assert first.status_code != 429
    assert second.status_code == 429 and 0 < int(second["Retry-After"]) <= 60


def test_the_webhook_answers_429_with_retry_after(settings):
    settings.WEBHOOK_RATE = "1/min"
    client = Client()
    alert = json.dumps({"strategy": "nobody", "action": "buy", "ticker": "BTCUSDT", "passphrase": "x"})
    assert client.post("/webhook/tradingview", alert, content_type="application/json").status_code == 401
    refused = client.post("/webhook/tradingview", alert, content_type="application/json")
    assert refused.status_code == 429 and 0 < int(refused["Retry-After"]) <= 60


# --- Configuration ------------------------------------------------------------------------------
def test_the_rates_come_from_the_environment():
    env = {
        **os.environ, "LOGIN_RATE": "7/hour", "SIGNAL_POST_RATE": "5/second", "TELEGRAM_IMPORT_RATE": "2/day",
        "NUM_PROXIES": "2", "PUBLIC_MARKET_DATA_RATE": "30/min",
    }
    code = "import echotrade.settings as s, json; print(json.dumps(s.REST_FRAMEWORK))"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    framework = json.loads(out)
    expected = {"login": "7/hour", "signals": "5/second", "telegram_import": "2/day", "market_data": "30/min"}
    assert {scope: framework["DEFAULT_THROTTLE_RATES"].get(scope) for scope in expected} == expected
    assert framework["NUM_PROXIES"] == 2


def test_a_forged_forwarded_for_header_does_not_reset_the_count(alice, rates):
    """Served directly (NUM_PROXIES=0), X-Forwarded-For is the client's own text, so it is ignored."""
    rates(login="2/min")
    client = Client()
    answers = [
        client.post("/login", {"username": f"u{i}", "password": "x"}, HTTP_X_FORWARDED_FOR=f"10.9.9.{i}").status_code
        for i in range(3)
    ]
    assert answers == [200, 200, 429]


def test_behind_a_proxy_the_forwarded_address_is_counted(alice, rates, settings):
    rates(login="2/min")
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}
    client = Client()
    answers = [
        client.post("/login", {"username": f"u{i}", "password": "x"}, HTTP_X_FORWARDED_FOR=f"10.9.9.{i % 2}").status_code
        for i in range(5)
    ]
    assert answers == [200, 200, 200, 200, 429]  # two clients behind one proxy, two attempts each


# --- A cache outage ------------------------------------------------------------------------------
@pytest.fixture
def unreachable_cache(settings):
    """The cache is Redis on a port where nothing listens: every read and write of a counter fails."""
    from operations.embedded_redis import free_port

    settings.CACHES = {"default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
    }}


def test_with_the_cache_down_a_signal_is_still_accepted_not_a_500(unreachable_cache, api, yun_qiang, caplog):
    response = api.post("/api/signals", {"trader": "yun_qiang", "symbol": "BTC/USDT", "side": "long"}, format="json")
    assert response.status_code == 201, response.content
    assert Signal.objects.count() == 1
    assert "the cache is unreachable" in caplog.text


def test_with_the_cache_down_the_login_form_and_the_token_still_work(unreachable_cache, alice):
    assert Client().post("/login", {"username": "alice", "password": "wrong"}).status_code == 200  # the form again
    assert Client().post("/login", {"username": "alice", "password": "pw-alice"}).status_code == 302
    response = APIClient().post("/api/auth/token", {"username": "alice", "password": "pw-alice"}, format="json")
    assert response.status_code == 200 and response.json()["token"]
