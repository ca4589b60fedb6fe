"""The OpenAPI description: every API path is in it, it validates cleanly, and the docs load no internet asset."""
import re
from io import StringIO

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.management import call_command

from django.urls import URLPattern, URLResolver, get_resolver

# The schema and the two docs pages describe the API; they are not part of it.
DOC_ROUTES = {"api-schema", "api-docs"}
METHODS = ("get", "post", "put", "patch", "delete")


def _all_patterns(patterns, prefix: str = ""):
    """Every route of the urlconf with its full path, including those of included url modules."""
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _all_patterns(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            pattern.full_route = prefix + str(pattern.pattern)
            yield pattern


API_ROUTES = [
    p for p in _all_patterns(get_resolver().url_patterns)
    if p.full_route.startswith("api/") and p.name not in DOC_ROUTES and hasattr(p.callback, "view_class")
]


def openapi_path(pattern) -> str:
    """``api/traders/<slug:trader_id>/toggle`` → ``/api/traders/{trader_id}/toggle``."""
    return "/" + re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", pattern.full_route)


@pytest.fixture
def schema(api) -> dict:
    response = api.get("/api/schema?format=json")
    assert response.status_code == 200
    return response.json()


def asset_urls(html: str) -> list[str]:
    """Every URL the page loads by itself: scripts, stylesheets, icons, preconnects."""
    return re.findall(r"<script[^>]*\ssrc=[\"']([^\"']+)", html) + re.findall(r"<link[^>]*\shref=[\"']([^\"']+)", html)


def test_the_schema_is_an_openapi_3_document(schema):
    assert schema["openapi"].startswith("3.")
    assert schema["info"]["title"] == "EchoTrade API"


def test_the_schema_lists_every_api_path_of_the_urlconf(schema):
    expected = {openapi_path(p) for p in API_ROUTES}
    assert {"/api/traders", "/api/traders/{trader_id}/toggle", "/api/positions/{position_id}/close"} <= expected
    assert expected <= set(schema["paths"])
    assert {p for p in schema["paths"] if p.startswith("/api/")} == expected


@pytest.mark.parametrize("pattern", API_ROUTES, ids=[p.name for p in API_ROUTES])
def test_the_schema_documents_every_method_a_route_serves(schema, pattern):
    view = pattern.callback.view_class
    served = {m for m in METHODS if hasattr(view, m)}
    assert set(schema["paths"][openapi_path(pattern)]) & set(METHODS) == served


def test_the_schema_documents_the_documented_position_fields(schema):
    fields = set(schema["components"]["schemas"]["Position"]["properties"])
    assert {
        "id", "account", "symbol", "side", "quantity", "entry_price", "notional", "leverage", "margin", "stop_loss",
        "take_profits", "liquidation_price", "unrealised_pnl", "realised_pnl", "fees", "status", "opened_at", "closed_at",
    } <= fields


def test_the_schema_documents_a_signals_decisions_as_decision_objects(schema):
    decisions = schema["components"]["schemas"]["SignalOutput"]["properties"]["decisions"]
    assert decisions["type"] == "array"
    assert decisions["items"] == {"$ref": "#/components/schemas/DecisionOutput"}


def test_the_schema_documents_an_accounts_open_positions_as_position_objects(schema):
    open_positions = schema["components"]["schemas"]["AccountDetailOutput"]["properties"]["open_positions"]
    assert open_positions["items"] == {"$ref": "#/components/schemas/Position"}


def test_the_schema_validates_without_a_single_warning():
    call_command("spectacular", "--validate", "--fail-on-warn", stdout=StringIO())


@pytest.mark.parametrize("path", ["/api/docs", "/api/docs/"])
def test_the_docs_page_is_html(api, path):
    response = api.get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert 'url: "/api/schema"' in response.content.decode()


def test_the_docs_load_every_asset_from_our_own_static_files(api):
    html = api.get("/api/docs").content.decode()
    assets = asset_urls(html)
    assert assets
    assert not [url for url in assets if re.match(r"^(https?:)?//", url)]
    static_url = "/" + settings.STATIC_URL.strip("/") + "/"
    assert all(url.startswith(static_url) for url in assets), assets
    missing = [url for url in assets if not finders.find(url[len(static_url):].split("?")[0])]
    assert not missing
