"""Websocket consumers, in process (Channels' communicator, in-memory layer).

tests/live runs the same routes through daphne and Redis with a real client.
"""
from decimal import Decimal

import pytest
from asgiref.sync import async_to_sync
from channels.routing import URLRouter
from channels.testing import WebsocketCommunicator

from execution.market.feed import feed_record
from execution.market.services import quote_set
from execution.routing import websocket_urlpatterns
from tests.conftest import make_user
from tests.helpers import send_signal

application = URLRouter(websocket_urlpatterns)
# Channels closes database connections between consumer calls: only committed data survives that.
pytestmark = pytest.mark.django_db(transaction=True)


def run(scenario):
    return async_to_sync(scenario)()


def stream():
    return WebsocketCommunicator(application, "/stream")


@pytest.mark.usefixtures("market")
def test_a_subscriber_gets_the_latest_quote_then_every_update(db):
    async def scenario():
        ws = stream()
        assert (await ws.connect())[0]
        await ws.send_json_to({"action": "subscribe", "symbols": ["btc/usdt"]})
        first = await ws.receive_json_from()
        assert (first["type"], first["symbol"], first["price"]) == ("quote", "BTC/USDT", "67000")
        assert (await ws.receive_json_from()) == {"type": "subscribed", "symbols": ["BTC/USDT"]}
        from channels.db import database_sync_to_async

        await database_sync_to_async(lambda: feed_record(quote=quote_set(symbol="BTC/USDT", price=Decimal("67100"))))()
        update = await ws.receive_json_from()
        assert (update["symbol"], update["price"], update["bid"]) == ("BTC/USDT", "67100", "67100")
        assert set(update) >= {"type", "symbol", "price", "bid", "ask", "volume", "change_24h", "ts"}
        await ws.disconnect()
    run(scenario)


@pytest.mark.usefixtures("market")
def test_an_unsubscribed_symbol_stops_arriving(db):
    async def scenario():
        ws = stream()
        await ws.connect()
        await ws.send_json_to({"action": "subscribe", "symbols": ["ETH/USDT"]})
        await ws.receive_json_from()
        await ws.receive_json_from()
        await ws.send_json_to({"action": "unsubscribe", "symbols": ["ETH/USDT"]})
        assert (await ws.receive_json_from()) == {"type": "subscribed", "symbols": []}
        from channels.db import database_sync_to_async

        await database_sync_to_async(lambda: feed_record(quote=quote_set(symbol="ETH/USDT", price=Decimal("3300"))))()
        assert await ws.receive_nothing(timeout=0.2)
        await ws.disconnect()
    run(scenario)


@pytest.mark.usefixtures("market")
def test_a_burst_of_ticks_is_one_group_send_each_and_every_subscriber_ends_on_the_newest_price(db, monkeypatch):
    from channels.db import database_sync_to_async
    from channels.layers import get_channel_layer

    layer, group_sends = get_channel_layer(), []
    real_group_send = layer.group_send

    async def counted_group_send(group, message):
        group_sends.append(group)
        await real_group_send(group, message)

    monkeypatch.setattr(layer, "group_send", counted_group_send)
    newest = 67010

    def burst():
        for price in range(67001, newest + 1):
            feed_record(quote=quote_set(symbol="BTC/USDT", price=Decimal(price)))

    async def scenario():
        clients = [stream() for _ in range(20)]
        for ws in clients:
            assert (await ws.connect())[0]
            await ws.send_json_to({"action": "subscribe", "symbols": ["BTC/USDT"]})
            await ws.receive_json_from()  # the stored quote
            await ws.receive_json_from()  # "subscribed"
        await database_sync_to_async(burst)()
        seen = []
        for ws in clients:
            prices = []
            while prices[-1:] != [newest]:
                prices.append(int((await ws.receive_json_from())["price"]))
            seen.append(prices)
            await ws.disconnect()
        return seen

    seen = run(scenario)
    assert group_sends == ["quotes.BTC_USDT"] * 10  # one per tick, however many clients watch
    assert all(prices == sorted(set(prices)) for prices in seen)  # never an older price after a newer one


@pytest.mark.parametrize(
    "frame, says",
    [
        ("not json", "not JSON"),
        ("[1, 2]", "JSON object"),
        ('{"action": "dance", "symbols": ["BTC"]}', '"action"'),
        ('{"action": "subscribe"}', '"symbols"'),
        ('{"action": "subscribe", "symbols": "BTC"}', '"symbols"'),
        ('{"action": "subscribe", "symbols": ["not a pair!"]}', "BASE/QUOTE"),
    ],
)
def test_a_bad_frame_gets_an_error_frame_and_the_connection_stays_open(db, frame, says):
    async def scenario():
        ws = stream()
        await ws.connect()
        await ws.send_to(text_data=frame)
        error = await ws.receive_json_from()
        assert error["type"] == "error" and says in error["message"]
        await ws.send_json_to({"action": "subscribe", "symbols": ["BTC/USDT"]})
        assert (await ws.receive_json_from())["type"] == "subscribed"  # still open and working
        await ws.disconnect()
    run(scenario)


def account_socket(name: str, user):
    ws = WebsocketCommunicator(application, f"/ws/accounts/{name}")
    ws.scope["user"] = user
    return ws


@pytest.mark.usefixtures("market")
def test_a_member_receives_the_accounts_events_after_a_copy(yun_qiang, angry):
    user = make_user("a", accounts=[angry])

    async def scenario():
        ws = account_socket("angry", user)
        assert (await ws.connect())[0]
        assert (await ws.receive_json_from()) == {"type": "hello", "account": "angry"}
        from channels.db import database_sync_to_async

        await database_sync_to_async(send_signal)()
        actions = []
        while True:
            frame = await ws.receive_json_from()
            actions.append(frame["action"])
            if frame["action"] == "decision.executed":
                break
        assert {"order.filled", "position.opened"} <= set(actions)
        await ws.disconnect()
    run(scenario)


def test_a_non_member_is_refused(angry, woods1):
    outsider = make_user("w", accounts=[woods1])

    async def scenario():
        connected, code = await account_socket("angry", outsider).connect()
        assert (connected, code) == (False, 4403)
    run(scenario)


def test_an_anonymous_visitor_is_refused(angry):
    from django.contrib.auth.models import AnonymousUser

    async def scenario():
        connected, code = await account_socket("angry", AnonymousUser()).connect()
        assert (connected, code) == (False, 4403)
    run(scenario)
