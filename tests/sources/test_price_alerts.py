"""Price alerts: /api/v1/alerts CRUD within the user's accounts, and firing each alert once."""
from decimal import Decimal

import pytest
from asgiref.sync import async_to_sync
from channels.routing import URLRouter
from channels.testing import WebsocketCommunicator
from rest_framework.test import APIClient

from accounts.models import Membership
from echotrade import notify
from echotrade.models import AuditEvent
from execution.alerts import price_alert_create, price_alerts_check
from execution.market.services import quote_set
from execution.models import PriceAlert
from execution.routing import websocket_urlpatterns
from tests.conftest import make_user

URL = "/api/v1/alerts"
NEW = {"account": "angry", "symbol": "BTC/USDT", "condition": "above", "price": "70000", "note": "breakout"}


def client_for(user) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


@pytest.fixture
def angry_user(angry):
    return client_for(make_user("angry_trader", accounts=[angry]))


@pytest.fixture
def sent(monkeypatch):
    """What would have gone to Telegram: never the network."""
    messages = []
    monkeypatch.setattr(notify, "telegram_send", lambda **kwargs: messages.append(kwargs))
    return messages


def alert(account, condition="above", price="70000", symbol="BTC/USDT"):
    return price_alert_create(account=account, symbol=symbol, condition=condition, price=Decimal(price))


# --- The API -----------------------------------------------------------------------------------
def test_creating_an_alert_answers_201_with_it(angry_user):
    response = angry_user.post(URL, {**NEW, "symbol": "btcusdt"}, format="json")
    assert response.status_code == 201
    body = response.json()
    assert {k: body[k] for k in ("account", "symbol", "condition", "price", "note", "active", "created_by")} == {
        "account": "angry", "symbol": "BTC/USDT", "condition": "above", "price": "70000", "note": "breakout",
        "active": True, "created_by": "angry_trader",
    }
    assert AuditEvent.objects.filter(action="alert.created", account__name="angry").exists()


@pytest.mark.parametrize(
    "change, field",
    [
        ({"condition": "sideways"}, "condition"),
        ({"price": "0"}, "price"),
        ({"price": "-1"}, "price"),
        ({"price": "lots"}, "price"),
        ({"symbol": "???"}, "symbol"),
        ({"account": None}, "account"),
    ],
)
def test_bad_input_is_400_against_its_field(angry_user, change, field):
    payload = {k: v for k, v in {**NEW, **change}.items() if v is not None}
    response = angry_user.post(URL, payload, format="json")
    assert response.status_code == 400
    assert field in response.json()["errors"]
    assert not PriceAlert.objects.exists()


def test_an_alert_on_another_account_is_404(angry_user, woods1):
    response = angry_user.post(URL, {**NEW, "account": "woods1"}, format="json")
    assert response.status_code == 404
    assert not PriceAlert.objects.exists()


def test_a_viewer_may_not_create_alerts(angry):
    viewer = client_for(make_user("watcher", accounts=[angry], role=Membership.Role.VIEWER))
    assert viewer.post(URL, NEW, format="json").status_code == 403


def test_the_list_holds_only_the_users_accounts_active_alerts_by_default(angry_user, angry, woods1):
    mine = alert(angry)
    alert(woods1)
    fired = alert(angry, condition="below", price="80000")
    price_alerts_check(quote=quote_set(symbol="BTC/USDT", price="67000"))
    assert [a["id"] for a in angry_user.get(URL).json()] == [mine.pk]
    assert [a["id"] for a in angry_user.get(URL, {"status": "triggered"}).json()] == [fired.pk]
    assert {a["id"] for a in angry_user.get(URL, {"status": "all"}).json()} == {mine.pk, fired.pk}
    assert angry_user.get(URL, {"status": "bogus"}).status_code == 400
    assert angry_user.get(URL, {"account": "woods1"}).status_code == 404


def test_deleting_an_alert_removes_it(angry_user, angry):
    mine = alert(angry)
    assert angry_user.delete(f"{URL}/{mine.pk}").status_code == 204
    assert not PriceAlert.objects.exists()
    assert AuditEvent.objects.filter(action="alert.deleted", object_id=str(mine.pk)).exists()


def test_another_accounts_alert_cannot_be_deleted(angry_user, woods1):
    theirs = alert(woods1)
    assert angry_user.delete(f"{URL}/{theirs.pk}").status_code == 404
    assert PriceAlert.objects.filter(pk=theirs.pk).exists()


def test_the_alerts_api_needs_a_login(db):
    assert APIClient().get(URL).status_code in (401, 403)


# --- Firing ------------------------------------------------------------------------------------
def test_an_alert_fires_when_the_price_crosses_its_level(angry, sent):
    above, below = alert(angry, "above", "70000"), alert(angry, "below", "60000")
    assert price_alerts_check(quote=quote_set(symbol="BTC/USDT", price="69999")) == []
    assert [a.pk for a in price_alerts_check(quote=quote_set(symbol="BTC/USDT", price="70000"))] == [above.pk]
    above.refresh_from_db()
    assert (above.active, above.triggered_price) == (False, Decimal("70000"))
    assert above.triggered_at is not None
    assert [a.pk for a in price_alerts_check(quote=quote_set(symbol="BTC/USDT", price="59000"))] == [below.pk]


def test_an_alert_fires_only_once(angry, sent):
    mine = alert(angry)
    quote = quote_set(symbol="BTC/USDT", price="71000")
    assert len(price_alerts_check(quote=quote)) == 1
    assert price_alerts_check(quote=quote) == []
    assert AuditEvent.objects.filter(action="alert.triggered", object_id=str(mine.pk)).count() == 1


@pytest.mark.django_db(transaction=True)
def test_racing_workers_fire_an_alert_once(postgres_db, angry, sent, settings):
    from concurrent.futures import ThreadPoolExecutor
    from threading import Barrier

    from django.db import connection

    settings.TELEGRAM_BOT_TOKEN, settings.TELEGRAM_ALERT_CHAT_ID = "123:abc", "-100200"
    mine = alert(angry)
    quote = quote_set(symbol="BTC/USDT", price="71000")
    racers = 4
    barrier = Barrier(racers)

    def check(_):
        barrier.wait()
        try:
            return len(price_alerts_check(quote=quote))
        finally:
            connection.close()

    with ThreadPoolExecutor(racers) as pool:
        fired = list(pool.map(check, range(racers)))
    assert sum(fired) == 1
    assert AuditEvent.objects.filter(action="alert.triggered", object_id=str(mine.pk)).count() == 1
    assert len(sent) == 1


def test_other_symbols_alerts_stay_untouched(angry, sent):
    eth = alert(angry, "above", "100", symbol="ETH/USDT")
    price_alerts_check(quote=quote_set(symbol="BTC/USDT", price="71000"))
    eth.refresh_from_db()
    assert eth.active


def test_a_triggered_alert_is_on_the_accounts_audit_log(angry, sent):
    mine = alert(angry)
    price_alerts_check(quote=quote_set(symbol="BTC/USDT", price="70500"))
    event = AuditEvent.objects.get(action="alert.triggered")
    assert (event.account, event.object_id) == (angry, str(mine.pk))
    assert "BTC/USDT reached 70500" in event.message


def test_telegram_is_told_when_configured(angry, sent, settings, django_capture_on_commit_callbacks):
    settings.TELEGRAM_BOT_TOKEN, settings.TELEGRAM_ALERT_CHAT_ID = "123:abc", "-100200"
    alert(angry)
    with django_capture_on_commit_callbacks(execute=True):
        price_alerts_check(quote=quote_set(symbol="BTC/USDT", price="70500"))
    assert len(sent) == 1
    assert (sent[0]["token"], sent[0]["chat_id"]) == ("123:abc", "-100200")
    assert "angry: BTC/USDT reached 70500" in sent[0]["text"]


@pytest.mark.parametrize("token, chat", [("", ""), ("123:abc", ""), ("", "-100200")])
def test_telegram_is_left_alone_when_not_configured(angry, sent, settings, token, chat, django_capture_on_commit_callbacks):
    settings.TELEGRAM_BOT_TOKEN, settings.TELEGRAM_ALERT_CHAT_ID = token, chat
    alert(angry)
    with django_capture_on_commit_callbacks(execute=True):
        assert len(price_alerts_check(quote=quote_set(symbol="BTC/USDT", price="70500"))) == 1
    assert sent == []


def test_a_telegram_failure_does_not_undo_the_alert(angry, settings, monkeypatch, django_capture_on_commit_callbacks):
    settings.TELEGRAM_BOT_TOKEN, settings.TELEGRAM_ALERT_CHAT_ID = "123:abc", "-100200"

    def down(**kwargs):
        raise OSError("network unreachable")

    monkeypatch.setattr(notify, "telegram_send", down)
    mine = alert(angry)
    with django_capture_on_commit_callbacks(execute=True):
        assert len(price_alerts_check(quote=quote_set(symbol="BTC/USDT", price="70500"))) == 1
    mine.refresh_from_db()
    assert mine.triggered_at is not None


@pytest.mark.django_db(transaction=True)
def test_a_member_sees_the_triggered_alert_on_the_account_websocket(angry, sent):
    from channels.db import database_sync_to_async

    user = make_user("a", accounts=[angry])
    mine = alert(angry)

    async def scenario():
        ws = WebsocketCommunicator(URLRouter(websocket_urlpatterns), "/ws/accounts/angry")
        ws.scope["user"] = user
        assert (await ws.connect())[0]
        assert (await ws.receive_json_from())["type"] == "hello"
        await database_sync_to_async(price_alerts_check)(quote=await database_sync_to_async(quote_set)(symbol="BTC/USDT", price="70500"))
        frame = await ws.receive_json_from()
        assert (frame["action"], frame["object_id"]) == ("alert.triggered", str(mine.pk))
        await ws.disconnect()

    async_to_sync(scenario)()
