"""The landing page shows where prices come from and the visitor's own accounts only."""
import pytest

from tests.conftest import make_user


@pytest.mark.usefixtures("market")
def test_home_lists_only_the_users_accounts_and_the_quotes(client, woods1, angry):
    client.force_login(make_user("w", accounts=[woods1]))
    page = client.get("/").content.decode()
    assert "woods1" in page and "angry" not in page
    assert "BTC/USDT" in page and "manual" in page  # the quote and its source


def test_home_tells_a_visitor_how_to_log_in(client, db):
    page = client.get("/").content.decode()
    assert "Log in" in page and "No prices yet" in page
