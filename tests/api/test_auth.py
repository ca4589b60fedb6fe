"""Logging in to the API: token and session authentication, and no endpoint without a login."""
import pytest
from django.urls import get_resolver, reverse
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests.api.test_schema import _all_patterns
from tests.conftest import make_user
from tests.helpers import decision_of, send_signal

pytestmark = pytest.mark.usefixtures("market")

# Getting a token, reading the API's own description, and the public market data (quotes, while
# PUBLIC_MARKET_DATA is on: tests/sources/test_public_market_data.py) are open to everyone.
PUBLIC_ROUTES = {"api-token", "api-schema", "api-docs", "api-v1-quotes"}
# Every /api/ route of the whole urlconf, the apps' own url modules included.
API_PATTERNS = [
    p for p in _all_patterns(get_resolver().url_patterns)
    if p.full_route.startswith("api/") and hasattr(p.callback, "view_class")
]
PROTECTED = [
    (pattern.name, method)
    for pattern in API_PATTERNS
    if pattern.name not in PUBLIC_ROUTES
    for method in ("get", "post", "put", "patch", "delete")
    if hasattr(pattern.callback.view_class, method)
]


def route_path(name: str, objects: dict) -> str:
    """The path of the named API route, its placeholders filled with real objects' keys."""
    pattern = next(p for p in API_PATTERNS if p.name == name)
    # Login is checked before any lookup, so a placeholder without a fixture object can be any id.
    converters = pattern.pattern.converters
    return reverse(name, kwargs={key: objects.get(key, _placeholder(converters[key])) for key in converters})


def _placeholder(converter):
    from django.urls.converters import UUIDConverter

    return "00000000-0000-0000-0000-000000000001" if isinstance(converter, UUIDConverter) else 1


@pytest.fixture
def objects(yun_qiang, angry):
    signal = send_signal()
    decision = decision_of(signal, angry)
    return {
        "trader_id": yun_qiang.pk, "signal_id": signal.pk, "decision_id": decision.pk,
        "name": angry.name, "position_id": decision.position_id,
    }


@pytest.fixture
def alice(angry):
    return make_user("alice", accounts=[angry])


def test_the_right_credentials_get_a_token(alice):
    response = APIClient().post("/api/auth/token", {"username": "alice", "password": "pw-alice"}, format="json")
    assert response.status_code == 200
    assert response.json() == {"token": Token.objects.get(user=alice).key}


def test_asking_twice_returns_the_same_token(alice):
    client = APIClient()
    first = client.post("/api/auth/token", {"username": "alice", "password": "pw-alice"}, format="json").json()
    second = client.post("/api/auth/token", {"username": "alice", "password": "pw-alice"}, format="json").json()
    assert first == second


def test_the_token_authenticates_requests(alice):
    key = APIClient().post("/api/auth/token", {"username": "alice", "password": "pw-alice"}, format="json").json()["token"]
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    response = client.get("/api/accounts")
    assert response.status_code == 200
    assert [a["name"] for a in response.json()] == ["angry"]


@pytest.mark.parametrize(
    "body",
    [
        {"username": "alice", "password": "wrong"},
        {"username": "nobody", "password": "pw-alice"},
        {"username": "ALICE", "password": "pw-alice"},
    ],
)
def test_wrong_credentials_get_400_with_a_message_and_no_token(alice, body):
    response = APIClient().post("/api/auth/token", body, format="json")
    assert response.status_code == 400
    assert response.json()["errors"]["non_field_errors"] == ["Unable to log in with provided credentials."]
    assert not Token.objects.exists()


def test_an_inactive_user_gets_no_token(alice):
    alice.is_active = False
    alice.save(update_fields=["is_active"])
    response = APIClient().post("/api/auth/token", {"username": "alice", "password": "pw-alice"}, format="json")
    assert response.status_code == 400
    assert not Token.objects.exists()


def test_an_unknown_token_is_refused_with_401(alice):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Token 0123456789abcdef0123456789abcdef01234567")
    response = client.get("/api/accounts")
    assert response.status_code == 401
    assert response.json()["detail"] == "Invalid token."


def test_session_login_authenticates_requests(alice):
    client = APIClient()
    assert client.login(username="alice", password="pw-alice")
    response = client.get("/api/accounts")
    assert response.status_code == 200
    assert [a["name"] for a in response.json()] == ["angry"]


def test_every_protected_route_is_in_the_list_checked_below():
    """Guards the parametrisation: a new API route shows up here without anyone editing this file."""
    names = {p.name for p in API_PATTERNS}
    assert {name for name, _ in PROTECTED} == names - PUBLIC_ROUTES
    assert len(PROTECTED) >= 20


@pytest.mark.parametrize("slash", ["", "/"], ids=["no-slash", "slash"])
@pytest.mark.parametrize("name, method", PROTECTED, ids=[f"{m.upper()} {n}" for n, m in PROTECTED])
def test_every_api_endpoint_refuses_an_anonymous_request(objects, name, method, slash):
    response = getattr(APIClient(), method)(route_path(name, objects) + slash, {}, format="json")
    assert response.status_code in (401, 403)
    assert "detail" in response.json()


def _token_client(user) -> tuple[APIClient, Token]:
    token = Token.objects.create(user=user)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client, token


def test_a_deleted_token_is_refused_on_the_very_next_request(alice):
    client, token = _token_client(alice)
    assert client.get("/api/accounts").status_code == 200
    token.delete()
    response = client.get("/api/accounts")
    assert response.status_code == 401
    assert response.json()["detail"] == "Invalid token."


def test_the_token_of_a_user_made_inactive_is_refused_on_the_very_next_request(alice):
    client, _ = _token_client(alice)
    assert client.get("/api/accounts").status_code == 200
    alice.is_active = False
    alice.save(update_fields=["is_active"])
    response = client.get("/api/accounts")
    assert response.status_code == 401
    assert response.json()["detail"] == "User inactive or deleted."


def test_a_token_is_checked_in_one_query(alice):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from echotrade.api import TokenAuthentication

    token = Token.objects.create(user=alice)
    with CaptureQueriesContext(connection) as queries:
        user, auth = TokenAuthentication().authenticate_credentials(token.key)
    assert len(queries) == 1
    assert (user, user.username, auth.key, auth.user) == (alice, "alice", token.key, alice)
