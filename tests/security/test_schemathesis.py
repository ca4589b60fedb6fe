"""The whole API under generated input (schemathesis, in process through the WSGI app).

Every operation of ``/api/schema`` is called with schema-valid and schema-breaking requests, as a
logged-in member (and as staff for the writes only staff may make), on a database holding the
demo's accounts and traders, signals, open positions and a pending decision. Each answer must be
no 5xx and match the schema (body, content type, headers); after each call the books still
balance. Generation is derandomized and bounded per operation, so a run is reproducible and fits
CI. The number of cases run is printed and written to ``<pytest basetemp>/schemathesis-cases.json``
(and to ``$SCHEMATHESIS_CASES_JSON`` when set).
"""
from __future__ import annotations

import json
import os
import re
import socket
from collections import Counter
from decimal import Decimal

import pytest
import schemathesis
from django.urls import resolve
from drf_spectacular.generators import SchemaGenerator
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from rest_framework.authtoken.models import Token
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
)

from accounts.models import Account, Membership
from execution.models import Position
from tests.conftest import make_user

METHODS = ("get", "post", "put", "patch", "delete")
CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance, response_headers_conformance]
# Per operation and generation mode; ~50 operations x 2 modes fit in about two minutes on 2 cores.
MAX_EXAMPLES = int(os.environ.get("SCHEMATHESIS_MAX_EXAMPLES", "20"))
# Operations not called, and why. None is: the system start/stop switches only flip rows (beat and
# the workers are separate processes the API never starts), a backtest runs eagerly in process, and
# a live switch needs no network (no_network below fails any call that would leave the machine).
EXCLUDED: dict[tuple[str, str], str] = {}


def _operations() -> list[tuple[str, str]]:
    paths = SchemaGenerator().get_schema(request=None, public=True)["paths"]
    return [(path, method) for path, item in paths.items() for method in item if method in METHODS]


OPERATIONS = [op for op in _operations() if op not in EXCLUDED]
cases_run: Counter = Counter()


@pytest.fixture(scope="module")
def connections_kept():
    """What Django's own test client does around a request: a WSGI server closes "old" database
    connections when a request starts and ends, which would close the test's transaction."""
    from django.core import signals
    from django.db import close_old_connections

    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory, connections_kept):
    """The schema as the app serves it, bound to the WSGI app so calls stay in this process (and
    on this test's database connection)."""
    from echotrade.wsgi import application

    schema = schemathesis.openapi.from_wsgi("/api/schema?format=json", application)
    yield schema
    report = {
        "test": "schemathesis", "operations": len(cases_run), "cases": sum(cases_run.values()),
        "max_examples_per_operation_and_mode": MAX_EXAMPLES, "per_operation": dict(sorted(cases_run.items())),
    }
    targets = [tmp_path_factory.getbasetemp() / "schemathesis-cases.json"]
    if os.environ.get("SCHEMATHESIS_CASES_JSON"):
        targets.append(os.environ["SCHEMATHESIS_CASES_JSON"])
    for target in targets:
        with open(target, "w") as out:
            json.dump(report, out, indent=1)
    # Printed again in pytest's terminal summary (tests/security/conftest.py), past output capture.
    print(f"\nschemathesis: {report['cases']} generated cases over {report['operations']} operations")


@pytest.fixture
def no_network(monkeypatch):
    """Nothing here may reach past this machine (a live switch or a ccxt call would be a bug)."""
    connect = socket.socket.connect

    def local_only(sock, address):
        if isinstance(address, tuple) and address[0] not in ("127.0.0.1", "::1", "localhost"):
            raise OSError(f"the test tried to reach {address}")
        return connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", local_only)


@pytest.fixture
def world(yun_qiang, crypto_loby, woods1, angry, handjob, market, settings, no_network) -> dict:
    """Demo accounts and traders with signals, open positions and a pending decision, a member of
    two of the accounts (not staff) and a staff owner of all three, on a configured server."""
    from cryptography.fernet import Fernet

    from accounts.services import account_update_risk
    from execution.alerts import price_alert_create
    from tests.helpers import decision_of, send_signal

    # Without a key, storing exchange credentials answers 503 on purpose (a server not set up).
    settings.ECHOTRADE_CREDENTIALS_KEYS = [Fernet.generate_key().decode()]
    # The rate limits have their own tests: here every generated request should reach its view.
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {scope: "100000/min" for scope in settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]},
    }

    position = decision_of(send_signal(leverage=4, stop_loss="60000", take_profits=["70000"]), angry).position
    send_signal(trader="crypto_loby", symbol="ETH/USDT", side="short", leverage=2, external_id="eth-1")
    account_update_risk(account=angry, approval_required=True)
    pending = decision_of(send_signal(external_id="pending-1"), angry)
    member = make_user("member", accounts=[woods1, angry], role=Membership.Role.OWNER)
    staff = make_user("staff", accounts=[woods1, angry, handjob], role=Membership.Role.OWNER, staff=True)
    return {
        "tokens": {user: Token.objects.create(user=user).key for user in (member, staff)},
        "member": member, "staff": staff,
        # Real values for path parameters, so the calls reach real objects as well as missing ones.
        "known": {
            "name": "angry", "position_id": position.pk, "decision_id": pending.pk, "signal_id": pending.signal_id,
            "trader_id": "yun_qiang", "alert_id": price_alert_create(
                account=angry, symbol="BTC/USDT", condition="above", price=Decimal("90000")).pk,
        },
    }


def _needs_staff(path: str, method: str, member) -> bool:
    """Whether the view's permissions refuse the member this method (staff-only writes)."""
    view = resolve(re.sub(r"\{\w+\}", "1", path)).func.view_class
    request = type("Request", (), {"method": method.upper(), "user": member})()
    return not all(permission().has_permission(request, view()) for permission in view.permission_classes)


def books_balance() -> None:
    """What a half-written change would break: equity = start + realised - fees - funding + unrealised."""
    for account in Account.objects.all():
        rows = list(Position.objects.filter(account=account))
        active = [p for p in rows if p.status in Position.ACTIVE_STATUSES]
        total = lambda items, field: sum((getattr(p, field) for p in items), Decimal(0))  # noqa: E731
        equity = account.cash + total(active, "margin") + total(active, "unrealised_pnl")
        books = (
            account.starting_balance + total(rows, "realised_pnl") - total(rows, "fees") - total(rows, "funding")
            + total(active, "unrealised_pnl")
        )
        assert equity == books, (account.name, equity, books)
        assert account.cash >= 0, (account.name, account.cash)


@pytest.mark.parametrize("path, method", OPERATIONS, ids=[f"{m.upper()} {p}" for p, m in OPERATIONS])
def test_the_api_survives_generated_requests(api_schema, world, path, method):
    operation = api_schema[path][method.upper()]
    user = world["staff"] if method != "get" and _needs_staff(path, method, world["member"]) else world["member"]
    headers = {"Authorization": f"Token {world['tokens'][user]}"}
    known = {k: v for k, v in world["known"].items() if k in {p.name for p in operation.path_parameters}}

    # Negative cases break a body or a query parameter; an operation with neither has none to break.
    modes = [GenerationMode.POSITIVE] + ([GenerationMode.NEGATIVE] if operation.body or operation.query else [])
    for mode in modes:
        @settings(
            max_examples=MAX_EXAMPLES, derandomize=True, deadline=None, database=None,
            phases=[Phase.explicit, Phase.generate, Phase.shrink],
            suppress_health_check=list(HealthCheck),
        )
        @given(case=operation.as_strategy(generation_mode=mode), real_ids=st.booleans())
        def call(case, real_ids):
            if real_ids and known:
                case.path_parameters = {**case.path_parameters, **known}
            cases_run[f"{method.upper()} {path}"] += 1
            case.call_and_validate(headers=headers, checks=CHECKS)
            books_balance()

        call()


QUERY_PARAMETERS = [
    (path, name)
    for path, item in SchemaGenerator().get_schema(request=None, public=True)["paths"].items()
    for name in sorted({p["name"] for p in item.get("get", {}).get("parameters", []) if p["in"] == "query"})
]


@pytest.mark.parametrize("path, name", QUERY_PARAMETERS, ids=[f"{p}?{n}" for p, n in QUERY_PARAMETERS])
def test_a_nul_character_in_any_query_parameter_is_refused_not_a_500(world, client, path, name):
    """PostgreSQL refuses NUL in text, so one that reaches a query is a 500 (schemathesis found the
    first on /api/signals). Every GET query parameter is tried with one, on real objects' paths."""
    client.force_login(world["staff"])
    url = re.sub(r"\{(\w+)\}", lambda m: str(world["known"].get(m.group(1), "1")), path)
    response = client.get(url, {name: "BTC\x00/USDT"})
    assert response.status_code < 500, (url, name, response.status_code)
