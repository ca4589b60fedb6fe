"""The favicon, and the 404 and 500 pages in the app's style."""
import pytest
from django.test import RequestFactory
from django.views.defaults import server_error

from tests.conftest import make_user


def test_favicon_ico_answers_the_svg_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert b"".join(response.streaming_content).startswith(b"<svg")
    assert "max-age" in response["Cache-Control"]


def test_every_page_names_the_icon_and_it_is_served(client, db):
    page = client.get("/login").content.decode()
    assert '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">' in page
    icon = client.get("/static/favicon.svg")
    assert icon.status_code == 200 and b"<svg" in b"".join(icon.streaming_content)


def test_an_unknown_address_gets_the_apps_404_page(client, db):
    response = client.get("/no-such-page")
    assert response.status_code == 404
    page = response.content.decode()
    assert "Page not found" in page and "<code>/no-such-page</code>" in page
    assert "/static/css/base.css" in page and 'class="brand"' in page  # base.html: the app's look
    assert "Log in" in page


def test_another_accounts_page_gets_the_same_404_page_as_a_missing_one(client, angry, woods1):
    client.force_login(make_user("w", accounts=[woods1]))
    for path in ("/a/angry/", "/a/nope/"):
        page = client.get(path)
        assert page.status_code == 404
        assert "Page not found" in page.content.decode() and "Your dashboard" in page.content.decode()


def test_the_500_page_renders_with_no_request_context_and_no_database():
    """No ``db`` fixture: any query here fails the test. Django's handler renders it without context."""
    response = server_error(RequestFactory().get("/boom"))
    assert response.status_code == 500
    page = response.content.decode()
    assert "Something went wrong on our side" in page and 'class="brand"' in page
    assert "#0f1419" in page  # base.css's background, inline: it needs no static file


@pytest.mark.urls("tests.ui.urls_boom")
def test_a_crashing_view_answers_the_500_page(client, db):
    client.raise_request_exception = False
    response = client.get("/boom")
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()
