"""A NUL character anywhere in a request is a 400, never a 500.

PostgreSQL cannot store or compare text (or jsonb) that contains NUL, so one that reaches the
database fails the query. Schemathesis found it on PostgreSQL (``GET /api/signals?trader=…%00``);
these pin the fixes: the middleware (path, query, UI forms), the API's JSON parser, the webhook.
The query-parameter sweep over every API GET is in test_schemathesis.py.
"""
import json

import pytest
from django.test import Client

from accounts.models import Account
from signals.models import Signal
from traders.models import Trader

pytestmark = pytest.mark.usefixtures("market")


def test_an_api_json_body_with_a_nul_anywhere_is_400_and_records_nothing(api, yun_qiang):
    body = {"trader": "yun_qiang", "symbol": "BTC/USDT", "side": "long", "note": {"deep": ["a\x00b"]}}
    response = api.post("/api/signals", body, format="json")
    assert response.status_code == 400
    assert "NUL" in response.json()["detail"]
    assert not Signal.objects.exists()


def test_the_webhook_refuses_a_nul_in_the_alert(db, accounts):
    from signals.services.sources import trader_set_webhook_secret
    from traders.services import trader_create

    trader = trader_create(id="tv_nul", name="TV", source=Trader.Source.TRADINGVIEW)
    trader_set_webhook_secret(trader=trader, secret="s3cret-passphrase")
    alert = {"strategy": "tv_nul", "action": "buy", "ticker": "BTCUSDT", "passphrase": "s3cret-passphrase", "message": "\x00"}
    response = Client().post("/webhook/tradingview", json.dumps(alert), content_type="application/json")
    assert response.status_code == 400
    assert not Signal.objects.exists()


@pytest.mark.parametrize("encoding", ["multipart", "urlencoded"])
def test_a_ui_form_with_a_nul_is_400_and_changes_nothing(staff_user, encoding):
    client = Client()
    client.force_login(staff_user)
    if encoding == "multipart":
        response = client.post("/a/angry/pause", {"reason": "a\x00b"})
    else:
        response = client.post("/a/angry/pause", "reason=a%00b", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400
    assert "NUL" in response.content.decode()
    assert Account.objects.get(name="angry").paused is False


def test_a_ui_page_with_a_nul_in_its_filters_is_400(staff_user):
    client = Client()
    client.force_login(staff_user)
    assert client.get("/a/angry/audit", {"q": "a\x00"}).status_code == 400
