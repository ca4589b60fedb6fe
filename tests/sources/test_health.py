"""GET /health: each check listed; 200 when healthy, 503 when degraded; no login, no secrets."""
import threading
from datetime import timedelta
from decimal import Decimal

import pytest
from django.db import transaction
from django.test import Client
from django.utils import timezone

from execution.market.feed import feed_record
from execution.market.services import quote_set
from execution.models import Quote, Tick


@pytest.fixture
def fresh_tick(db):
    return feed_record(quote=quote_set(symbol="BTC/USDT", price=Decimal("67000")))


def old_prices(seconds: int):
    then = timezone.now() - timedelta(seconds=seconds)
    Quote.objects.all().delete()
    Tick.objects.all().delete()
    Quote.objects.create(symbol="BTC/USDT", price=1, bid=1, ask=1, source="sim", ts=then)
    Tick.objects.create(symbol="BTC/USDT", price=1, bid=1, ask=1, ts=then)


def test_a_healthy_system_answers_200_with_every_check(client, fresh_tick):
    response = client.get("/health")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "redis", "workers", "market_data"}
    assert body["checks"]["database"] == {"status": "ok"}
    from django.conf import settings

    # Checked against the real Redis when one is configured (CI), skipped when there is none.
    assert body["checks"]["redis"]["status"] == ("ok" if settings.REDIS_URL else "skipped")
    assert body["checks"]["workers"]["mode"] == "eager"
    market = body["checks"]["market_data"]
    assert (market["status"], market["source"]) == ("ok", "manual")
    assert 0 <= market["last_tick_age_seconds"] < 5


def test_it_needs_no_login_and_takes_a_trailing_slash(fresh_tick):
    assert Client().get("/health/").status_code == 200


def test_a_stale_last_tick_is_503(client, settings, db):
    settings.HEALTH_MAX_TICK_AGE_SECONDS = 60
    old_prices(seconds=300)
    response = client.get("/health")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "degraded"
    assert body["checks"]["market_data"]["status"] == "error"
    assert body["checks"]["market_data"]["last_tick_age_seconds"] >= 300
    assert body["checks"]["database"]["status"] == "ok"


def test_no_price_at_all_is_503(client, db):
    response = client.get("/health")
    assert response.status_code == 503
    assert "no price recorded" in response.json()["checks"]["market_data"]["detail"]


def test_a_failing_database_is_503(rf, fresh_tick):
    from execution.udf import HealthApi

    # A real broken transaction: Django refuses every query until the atomic block ends.
    with transaction.atomic():
        transaction.set_rollback(True)
        response = HealthApi.as_view()(rf.get("/health"))
    assert response.status_code == 503
    assert response.data["checks"]["database"]["status"] == "error"
    assert response.data["checks"]["database"]["detail"] == "query failed (TransactionManagementError)"


def test_an_unreachable_redis_is_503_without_its_url(client, fresh_tick, settings):
    from operations.embedded_redis import free_port

    settings.REDIS_URL = f"redis://:topsecret@127.0.0.1:{free_port()}/0"
    response = client.get("/health")
    assert response.status_code == 503
    assert response.json()["checks"]["redis"]["status"] == "error"
    assert "topsecret" not in response.content.decode()


def test_a_reachable_redis_is_ok(client, fresh_tick, settings):
    from fakeredis import TcpFakeServer

    from operations.embedded_redis import free_port

    port = free_port()
    server = TcpFakeServer(("127.0.0.1", port), server_type="redis")
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        settings.REDIS_URL = f"redis://127.0.0.1:{port}/0"
        response = client.get("/health")
    finally:
        server.shutdown()
        server.server_close()
    assert response.json()["checks"]["redis"] == {"status": "ok"}
    assert response.status_code == 200


def test_a_memory_broker_without_eager_tasks_is_503(client, fresh_tick, settings):
    settings.CELERY_TASK_ALWAYS_EAGER = False
    response = client.get("/health")
    assert response.status_code == 503
    assert response.json()["checks"]["workers"]["status"] == "error"
