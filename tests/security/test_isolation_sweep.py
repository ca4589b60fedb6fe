"""Account isolation over the whole urlconf and every websocket route.

Every route that names something an account owns (its name, a position, a decision, a window ...)
is requested by the owner of account A (woods1) with account B's (angry's) objects, with every
method: each answer is 403, 404 or 405, and not one row of B changes. The routes come from the
urlconf itself, so a route added later is swept without editing this file; a route whose URL
kwargs this file cannot fill fails ``test_the_sweep_knows_how_to_fill_every_route`` until it is
taught how (KWARGS below, or an object of B in tests/security/conftest.py).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Callable

import pytest
from asgiref.sync import async_to_sync
from channels.testing import WebsocketCommunicator
from django.apps import apps
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from rest_framework.authtoken.models import Token

from accounts.models import Account
from execution.routing import websocket_urlpatterns
from tests.conftest import make_user
from tests.security.conftest import snapshot_of

METHODS = ("get", "post", "put", "patch", "delete")
REFUSED = {403, 404, 405}


@dataclass(frozen=True)
class Kwarg:
    """How to fill one URL kwarg with B's object. ``owned``: the object belongs to one account
    (requests for it must be refused); otherwise it is shared by all accounts (traders, signals)."""

    owned: bool
    value: Callable[[dict], object]


def _victims(key: str) -> Callable[[dict], object]:
    return lambda victim: victim[key]


# Filled by kwarg name, so every route that uses the same name is covered at once.
KWARGS: dict[str, Kwarg] = {
    "name": Kwarg(True, _victims("name")),
    "position_id": Kwarg(True, _victims("position_id")),
    "decision_id": Kwarg(True, _victims("decision_id")),
    "window_id": Kwarg(True, _victims("window_id")),
    "blackout_id": Kwarg(True, _victims("blackout_id")),
    "alert_id": Kwarg(True, _victims("alert_id")),
    "job_id": Kwarg(True, _victims("job_id")),
    "bot_id": Kwarg(True, _victims("bot_id")),
    # Shared by every account: traders are followed by all, a signal is the trader's. What an
    # account owns of them (its follow, its decisions) is reached through an owned kwarg.
    "trader_id": Kwarg(False, _victims("trader_id")),
    "signal_id": Kwarg(False, _victims("signal_id")),
    "version": Kwarg(False, lambda victim: "0"),
    "fmt": Kwarg(False, lambda victim: "csv"),
}
# Django's own admin checks staff status on every page (and the outsider is not staff).
SKIPPED_PREFIXES = ("admin/",)


def _model_owned_by_account(kwarg: str):
    """``<model>_id`` where <model> is a model with an ``account`` foreign key: filled generically
    with B's first such row, so a new per-account object needs no entry in KWARGS."""
    if not kwarg.endswith("_id"):
        return None
    wanted = kwarg[: -len("_id")].replace("_", "")
    for model in apps.get_models():
        field = next((f for f in model._meta.concrete_fields if f.name == "account"), None)
        if model.__name__.lower() == wanted and field is not None and field.related_model is Account:
            return model
    return None


def kwarg_filler(kwarg: str) -> Kwarg | None:
    if kwarg in KWARGS:
        return KWARGS[kwarg]
    model = _model_owned_by_account(kwarg)
    if model is None:
        return None

    def value(victim):
        row = model.objects.filter(account=victim["account"]).order_by("pk").first()
        if row is None:
            pytest.fail(f"B owns no {model.__name__}: create one in tests/security/conftest.py::victim for {kwarg}.")
        return row.pk

    return Kwarg(True, value)


# --- The routes ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Route:
    route: str
    kwargs: tuple[str, ...]

    def path(self, values: dict) -> str:
        path = self.route
        for key in self.kwargs:
            path = re.sub(r"<(?:\w+:)?%s>" % key, str(values[key]), path)
        # re_path routes (^health/?$): their named groups are filled the same way, anchors dropped.
        path = re.sub(r"\(\?P<(\w+)>[^)]*\)", lambda m: str(values[m.group(1)]), path)
        return "/" + path.lstrip("^").rstrip("$").replace("/?", "/").replace("\\", "")


def _walk(patterns, prefix: str = ""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield Route(route=prefix + str(pattern.pattern), kwargs=tuple(pattern.pattern.regex.groupindex))


ROUTES = [r for r in _walk(get_resolver().url_patterns) if not r.route.startswith(SKIPPED_PREFIXES)]
WS_ROUTES = list(_walk(websocket_urlpatterns))


def is_account_scoped(route: Route) -> bool:
    return any((kwarg_filler(k) or Kwarg(False, str)).owned for k in route.kwargs)


SCOPED = [r for r in ROUTES if is_account_scoped(r)]
SHARED = [r for r in ROUTES if r.kwargs and not is_account_scoped(r)]


def test_the_sweep_knows_how_to_fill_every_route():
    """A route with a kwarg nobody taught the sweep fails here, so it cannot slip past unswept."""
    unknown = {
        f"/{r.route}: {k}" for r in ROUTES + WS_ROUTES for k in r.kwargs if kwarg_filler(k) is None
    }
    assert not unknown, (
        "Teach tests/security/test_isolation_sweep.py::KWARGS how to fill these URL kwargs "
        f"(owned by an account, or shared): {sorted(unknown)}"
    )


def test_the_sweep_covers_the_account_pages_and_apis():
    """Guards the walk itself: if it found nothing, every test below would pass vacuously."""
    paths = {r.route for r in SCOPED}
    assert {"a/<slug:name>/", "api/accounts/<slug:name>", "api/positions/<int:position_id>/close"} <= paths
    assert len(SCOPED) >= 25


@pytest.fixture
def attacker(outsider) -> Client:
    client = Client()
    client.force_login(outsider)
    return client


def _send(client: Client, method: str, path: str):
    if method in ("get", "delete"):
        return getattr(client, method)(path)
    if path.startswith("/api/"):
        return getattr(client, method)(path, data=json.dumps({}), content_type="application/json")
    return getattr(client, method)(path, data="", content_type="application/x-www-form-urlencoded")


def fill(route: Route, victim: dict) -> str:
    unknown = [k for k in route.kwargs if kwarg_filler(k) is None]
    if unknown:
        pytest.fail(f"/{route.route}: teach KWARGS how to fill {unknown}")
    return route.path({k: kwarg_filler(k).value(victim) for k in route.kwargs})


@pytest.mark.parametrize("route", SCOPED, ids=[r.route for r in SCOPED])
def test_a_member_of_another_account_is_refused_and_changes_nothing(attacker, victim, route):
    path = fill(route, victim)
    before = snapshot_of(victim["account"])
    answers = {method: _send(attacker, method, path).status_code for method in METHODS}
    assert set(answers.values()) <= REFUSED, (path, answers)
    assert set(answers.values()) != {405}, (path, "no method reached the view", answers)
    assert snapshot_of(victim["account"]) == before, path

    # The control: B's own owner reaches the same objects, so the refusals above are about access
    # (not about objects that do not exist).
    owner = Client()
    owner.force_login(make_user("b-owner", accounts=[victim["account"]], role="owner", staff=True))
    answers = {method: _send(owner, method, path).status_code for method in METHODS}
    assert any(code not in (404, 405) for code in answers.values()), (path, answers)


@pytest.mark.parametrize("route", SHARED, ids=[r.route for r in SHARED])
def test_shared_objects_show_nothing_of_another_account(attacker, victim, route):
    """A trader or a signal is everyone's, but B's copies of it (decisions, positions) are not."""
    response = attacker.get(fill(route, victim))
    assert response.status_code < 500
    assert victim["name"].encode() not in response.content


# --- Websockets -------------------------------------------------------------------------------
def _ws_connect(path: str, session_key: str | None, token: str | None = None):
    from echotrade.asgi import application

    headers = [(b"origin", b"http://testserver"), (b"host", b"testserver")]
    if session_key:
        headers.append((b"cookie", f"sessionid={session_key}".encode()))
    if token:
        headers.append((b"authorization", f"Token {token}".encode()))

    async def scenario():
        ws = WebsocketCommunicator(application, path, headers=headers)
        connected, code = await ws.connect()
        await ws.disconnect()
        return connected, code

    return async_to_sync(scenario)()


WS_SCOPED = [r for r in WS_ROUTES if is_account_scoped(r)]


def test_the_websocket_sweep_covers_the_account_stream():
    assert "ws/accounts/<slug:name>" in {r.route for r in WS_SCOPED}


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("route", WS_SCOPED, ids=[r.route for r in WS_SCOPED])
def test_a_member_of_another_account_cannot_subscribe_to_its_stream(victim, outsider, route):
    path = fill(route, victim)
    client = Client()
    client.force_login(outsider)
    assert _ws_connect(path, client.session.session_key) == (False, 4403)
    # A script with the outsider's API token, in the header or the query string.
    token = Token.objects.create(user=outsider).key
    assert _ws_connect(path, None, token=token) == (False, 4403)
    assert _ws_connect(f"{path}?token={token}", None) == (False, 4403)
    # The control, through the same stack (session cookie, AuthMiddlewareStack): B's member gets in.
    member = Client()
    member.force_login(make_user("b-member", accounts=[victim["account"]]))
    assert _ws_connect(path, member.session.session_key)[0] is True


# --- Accounts named in the query string --------------------------------------------------------
def _account_query_operations() -> list[str]:
    """Every API GET that takes ``?account=<name>`` (signals, metrics, alerts ...), from the schema."""
    from drf_spectacular.generators import SchemaGenerator

    paths = SchemaGenerator().get_schema(request=None, public=True)["paths"]
    return sorted(
        path for path, item in paths.items()
        if any(p["name"] == "account" and p["in"] == "query" for p in item.get("get", {}).get("parameters", []))
    )


ACCOUNT_QUERY_PATHS = _account_query_operations()


def test_the_query_sweep_finds_the_account_filters():
    assert {"/api/signals", "/api/v1/alerts"} <= set(ACCOUNT_QUERY_PATHS)


@pytest.mark.parametrize("path", ACCOUNT_QUERY_PATHS)
def test_naming_another_account_in_the_query_shows_nothing_of_it(attacker, victim, path):
    url = re.sub(r"\{(\w+)\}", lambda m: str(kwarg_filler(m.group(1)).value(victim)), path)
    response = attacker.get(url, {"account": victim["name"]})
    assert response.status_code in REFUSED or victim["name"].encode() not in response.content, (url, response.status_code)
