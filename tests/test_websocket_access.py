"""Who may open a websocket, through the whole ASGI stack (echotrade/asgi.py): scripts with no
``Origin`` (websocat, Python ``websockets``), pages of this site, not pages of another site
(cross-site websocket hijacking); the account stream by session or by API token, members only.

tests/test_consumers.py covers what the streams send; tests/live runs them through daphne.
"""
from __future__ import annotations

import pytest
from asgiref.sync import async_to_sync
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.test import Client
from rest_framework.authtoken.models import Token

from echotrade.origins import origin_allowed
from tests.conftest import make_user
from tests.helpers import send_signal

# Channels closes database connections between consumer calls: only committed data survives that.
pytestmark = pytest.mark.django_db(transaction=True)

REFUSED = 4403  # the account stream's close code for "not yours"


def socket(path: str, headers: dict[str, str] | None = None) -> WebsocketCommunicator:
    from echotrade.asgi import application

    raw = [(b"host", b"testserver")] + [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    return WebsocketCommunicator(application, path, headers=raw)


def connect(path: str, headers: dict[str, str] | None = None) -> tuple[bool, int | None]:
    async def scenario():
        ws = socket(path, headers)
        connected, code = await ws.connect()
        await ws.disconnect()
        return connected, code

    return async_to_sync(scenario)()


def token_of(user) -> str:
    return Token.objects.create(user=user).key


# --- /stream: scripts and this site's pages, not other sites' pages ----------------------------
@pytest.mark.usefixtures("market")
def test_a_script_with_no_origin_subscribes_to_the_stream_and_gets_a_quote(db):
    async def scenario():
        ws = socket("/stream")
        assert (await ws.connect())[0]
        await ws.send_json_to({"action": "subscribe", "symbols": ["BTC/USDT"]})
        quote = await ws.receive_json_from()
        assert (await ws.receive_json_from()) == {"type": "subscribed", "symbols": ["BTC/USDT"]}
        await ws.disconnect()
        return quote

    quote = async_to_sync(scenario)()
    assert (quote["type"], quote["symbol"], quote["price"]) == ("quote", "BTC/USDT", "67000")


@pytest.mark.parametrize("origin", ["http://testserver", "http://localhost:8000", "http://127.0.0.1:8000"])
def test_a_page_of_this_site_connects(db, origin):
    assert connect("/stream", {"Origin": origin})[0] is True


@pytest.mark.parametrize("origin", [
    "https://evil.example",
    "http://testserver.evil.example",
    "null",  # a sandboxed frame or a local file
    "not an origin",
    "http://testserver:notaport",
])
def test_a_page_of_another_site_is_refused(db, origin):
    assert connect("/stream", {"Origin": origin})[0] is False


def test_two_origin_headers_are_refused(db):
    async def scenario():
        from echotrade.asgi import application

        headers = [(b"host", b"testserver"), (b"origin", b"http://testserver"), (b"origin", b"https://evil.example")]
        ws = WebsocketCommunicator(application, "/stream", headers=headers)
        return (await ws.connect())[0]

    assert async_to_sync(scenario)() is False


def test_an_origin_in_csrf_trusted_origins_connects(db, settings):
    """A deployment behind a proxy names its public origin there, as it does for forms."""
    settings.CSRF_TRUSTED_ORIGINS = ["https://desk.example.com", "https://*.trading.example"]
    assert connect("/stream", {"Origin": "https://desk.example.com"})[0] is True
    assert connect("/stream", {"Origin": "https://eu.trading.example"})[0] is True
    assert connect("/stream", {"Origin": "http://desk.example.com"})[0] is False  # another scheme is another origin


@pytest.mark.parametrize("origin, allowed", [
    (None, True),
    ("http://localhost", True),
    ("https://LOCALHOST:8443", True),
    ("http://[::1]:8000", False),  # not in the default ALLOWED_HOSTS
    ("https://evil.example", False),
    ("null", False),
    ("", False),
])
def test_origin_allowed_reads_allowed_hosts(origin, allowed):
    assert origin_allowed(origin) is allowed


def test_a_wildcard_allowed_host_is_honoured_as_django_does(settings):
    settings.ALLOWED_HOSTS = [".example.com"]
    assert origin_allowed("https://app.example.com") is True
    assert origin_allowed("https://example.com.evil.test") is False


# --- /ws/accounts/{name}: a member's session or token -----------------------------------------
@pytest.mark.usefixtures("market")
def test_a_script_with_a_token_gets_its_accounts_events(yun_qiang, angry):
    key = token_of(make_user("script", accounts=[angry]))

    async def scenario():
        ws = socket("/ws/accounts/angry", {"Authorization": f"Token {key}"})
        assert (await ws.connect())[0]
        assert (await ws.receive_json_from()) == {"type": "hello", "account": "angry"}
        await database_sync_to_async(send_signal)()
        actions = []
        while "decision.executed" not in actions:
            frame = await ws.receive_json_from(timeout=5)
            assert frame["type"] == "event"
            actions.append(frame["action"])
        await ws.disconnect()
        return actions

    assert {"order.filled", "position.opened", "decision.executed"} <= set(async_to_sync(scenario)())


def test_the_token_may_come_in_the_query_string(angry):
    key = token_of(make_user("script", accounts=[angry]))
    assert connect(f"/ws/accounts/angry?token={key}")[0] is True


def test_a_token_is_refused_another_accounts_stream(angry, woods1):
    key = token_of(make_user("script", accounts=[woods1]))
    assert connect("/ws/accounts/angry", {"Authorization": f"Token {key}"}) == (False, REFUSED)
    assert connect(f"/ws/accounts/angry?token={key}") == (False, REFUSED)
    assert connect("/ws/accounts/woods1", {"Authorization": f"Token {key}"})[0] is True  # the control


@pytest.mark.parametrize("sent", [
    {"headers": {"Authorization": "Token not-a-real-key"}},
    {"query": "?token=not-a-real-key"},
    {"query": "?token="},
])
def test_a_wrong_token_is_refused(angry, sent):
    make_user("script", accounts=[angry])
    assert connect("/ws/accounts/angry" + sent.get("query", ""), sent.get("headers")) == (False, REFUSED)


def test_a_token_of_an_inactive_user_is_refused(angry):
    user = make_user("script", accounts=[angry])
    key = token_of(user)
    user.is_active = False
    user.save(update_fields=["is_active"])
    assert connect("/ws/accounts/angry", {"Authorization": f"Token {key}"}) == (False, REFUSED)


def test_a_wrong_token_is_not_rescued_by_the_session_it_rides_with(angry):
    """As in the REST API: a token that is sent decides."""
    member = Client()
    member.force_login(make_user("member", accounts=[angry]))
    cookie = f"sessionid={member.session.session_key}"
    assert connect("/ws/accounts/angry", {"Cookie": cookie, "Origin": "http://testserver"})[0] is True  # the control
    assert connect("/ws/accounts/angry?token=wrong", {"Cookie": cookie, "Origin": "http://testserver"}) == (False, REFUSED)


def test_a_page_of_another_site_cannot_ride_a_members_session(angry):
    """Cross-site websocket hijacking: the browser sends the member's cookie, and its own Origin."""
    member = Client()
    member.force_login(make_user("member", accounts=[angry]))
    cookie = f"sessionid={member.session.session_key}"
    assert connect("/ws/accounts/angry", {"Cookie": cookie, "Origin": "https://evil.example"})[0] is False


def test_with_no_session_and_no_token_the_account_stream_is_refused(angry):
    assert connect("/ws/accounts/angry") == (False, REFUSED)
