"""The trader-dashboard document's calls without a login (``PUBLIC_MARKET_DATA``), and their rate
limit per client IP (``PUBLIC_MARKET_DATA_RATE``). Price alerts belong to an account: always a login."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests.conftest import make_user

pytestmark = pytest.mark.usefixtures("market")

NOW = int(time.time())
# The document's verification calls (curl), and the rest of the UDF feed.
MARKET_DATA = [
    "/udf/config",
    "/udf/symbols?symbol=BTC/USDT",
    "/udf/search?query=BTC",
    f"/udf/history?symbol=BTC/USDT&resolution=60&from={NOW - 86400}&to={NOW}",
    "/udf/time",
    "/api/v1/quotes?symbols=BTC/USDT,ETH/USDT",
]


@pytest.fixture
def rates(settings):
    def set_rates(**changes):
        current = settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]
        settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {**current, **changes}}

    return set_rates


@pytest.mark.parametrize("path", ["/health", *MARKET_DATA])
def test_the_documented_calls_answer_without_a_login(anonymous, path):
    response = anonymous.get(path)
    assert response.status_code == 200, (path, response.content[:200])


def test_the_quotes_call_answers_the_documents_shape_to_anyone(anonymous):
    body = anonymous.get("/api/v1/quotes", {"symbols": "BTC/USDT,ETH/USDT"}).json()
    assert [q["symbol"] for q in body["quotes"]] == ["BTC/USDT", "ETH/USDT"]
    assert body["quotes"][0]["price"] == "67000"


@pytest.mark.parametrize("path", MARKET_DATA)
def test_with_public_market_data_off_they_need_a_login(anonymous, settings, path):
    settings.PUBLIC_MARKET_DATA = False
    refused = anonymous.get(path)
    assert refused.status_code == 401, path
    assert refused["WWW-Authenticate"] == "Token"


def test_with_public_market_data_off_a_token_or_a_session_still_reads_them(anonymous, settings, db):
    settings.PUBLIC_MARKET_DATA = False
    user = make_user("script")
    anonymous.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    assert anonymous.get("/api/v1/quotes", {"symbols": "BTC/USDT"}).status_code == 200
    session = APIClient()
    session.force_login(user)
    assert session.get("/udf/config").status_code == 200


def test_health_stays_open_when_market_data_is_private(anonymous, settings):
    """A load balancer's probe cannot log in; /health shows no secrets (tests/sources/test_health.py)."""
    settings.PUBLIC_MARKET_DATA = False
    assert anonymous.get("/health").status_code == 200


def test_price_alerts_still_need_a_login(anonymous):
    assert anonymous.get("/api/v1/alerts").status_code == 401
    created = anonymous.post(
        "/api/v1/alerts", {"account": "angry", "symbol": "BTC/USDT", "condition": "above", "price": "90000"}, format="json",
    )
    assert created.status_code == 401


def test_past_the_rate_an_address_gets_429_with_retry_after(anonymous, rates):
    rates(market_data="3/min")
    answers = [anonymous.get("/udf/config", REMOTE_ADDR="10.4.0.1") for _ in range(4)]
    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    wait = int(answers[-1]["Retry-After"])
    assert 0 < wait <= 60
    assert answers[-1].json() == {"detail": f"Request was throttled. Expected available in {wait} seconds.", "code": "throttled"}
    # Another address is not held up by the first one's requests.
    assert anonymous.get("/udf/config", REMOTE_ADDR="10.4.0.2").status_code == 200


def test_the_limit_counts_every_market_data_call_of_an_address_together(anonymous, rates):
    rates(market_data="3/min")
    assert anonymous.get("/health", REMOTE_ADDR="10.5.0.1").status_code == 200
    assert anonymous.get("/udf/time", REMOTE_ADDR="10.5.0.1").status_code == 200
    assert anonymous.get("/api/v1/quotes", {"symbols": "BTC/USDT"}, REMOTE_ADDR="10.5.0.1").status_code == 200
    assert anonymous.get("/udf/config", REMOTE_ADDR="10.5.0.1").status_code == 429


def test_a_logged_in_user_is_counted_apart_from_the_others_at_their_address(anonymous, rates, db):
    """A desk behind one NAT: the anonymous visitors' count does not hold up a logged-in user."""
    rates(market_data="2/min")
    assert [anonymous.get("/udf/time", REMOTE_ADDR="10.6.0.1").status_code for _ in range(3)] == [200, 200, 429]
    member = APIClient()
    member.force_authenticate(make_user("desk"))
    assert [member.get("/udf/time", REMOTE_ADDR="10.6.0.1").status_code for _ in range(3)] == [200, 200, 429]


@pytest.fixture
def unreachable_cache(settings):
    from operations.embedded_redis import free_port

    settings.CACHES = {"default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
    }}


def test_with_the_cache_down_the_limit_lets_requests_through_not_a_500(anonymous, rates, unreachable_cache, caplog):
    rates(market_data="1/min")
    assert [anonymous.get("/udf/config").status_code for _ in range(3)] == [200, 200, 200]
    assert "MarketDataRateThrottle not applied: the cache is unreachable" in caplog.text


@pytest.mark.parametrize("value, public", [(None, True), ("1", True), ("0", False), ("false", False)])
def test_the_setting_comes_from_the_environment(value, public):
    env = {k: v for k, v in os.environ.items() if k != "PUBLIC_MARKET_DATA"}
    if value is not None:
        env["PUBLIC_MARKET_DATA"] = value
    code = "import echotrade.settings as s, json; print(json.dumps(s.PUBLIC_MARKET_DATA))"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    assert json.loads(out) is public
