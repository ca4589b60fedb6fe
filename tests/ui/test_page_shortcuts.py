"""``/traders``, ``/signals`` ... without an account: that page of the account used last, or of the
first one the user may see; the home page for a user with no account; the login page for a visitor."""
import pytest

from accounts.models import Membership
from tests.conftest import make_user
from ui.helpers import LAST_ACCOUNT
from ui.views.goto import PAGES

pytestmark = pytest.mark.usefixtures("market")

# The page name → where it leads in handjob, the member's first account by name.
IN_HANDJOB = {page: f"/a/handjob/{page}" for page in PAGES} | {"dashboard": "/a/handjob/"}


def test_every_page_of_the_issue_has_a_shortcut():
    assert set(PAGES) == {"dashboard", "traders", "signals", "charts", "bots", "settings", "audit"}


@pytest.mark.parametrize("page", sorted(PAGES))
def test_a_visitor_is_sent_to_log_in_first(client, page):
    response = client.get(f"/{page}")
    assert response.status_code == 302 and response["Location"] == f"/login?next=/{page}"


@pytest.mark.parametrize("page", sorted(PAGES))
def test_with_no_account_used_yet_it_goes_to_that_page_of_the_first_account(member_client, page):
    response = member_client.get(f"/{page}")
    assert response.status_code == 302 and response["Location"] == IN_HANDJOB[page]
    assert member_client.get(response["Location"]).status_code == 200


def test_it_goes_to_that_page_of_the_account_used_last(member_client):
    assert member_client.get("/a/woods1/signals").status_code == 200
    assert member_client.get("/traders")["Location"] == "/a/woods1/traders"
    assert member_client.get("/a/handjob/audit").status_code == 200
    assert member_client.get("/charts")["Location"] == "/a/handjob/charts"


def test_a_partial_polled_by_another_tab_does_not_change_the_account_used_last(member_client):
    member_client.get("/a/woods1/")
    assert member_client.get("/a/handjob/metrics", HTTP_HX_REQUEST="true").status_code == 200
    assert member_client.get("/bots")["Location"] == "/a/woods1/bots"


def test_another_accounts_page_is_not_remembered(member_client, angry):
    assert member_client.get("/a/angry/").status_code == 404
    assert member_client.session.get(LAST_ACCOUNT) is None
    assert member_client.get("/audit")["Location"] == "/a/handjob/audit"


def test_an_account_the_user_has_left_is_forgotten(member_client, member):
    member_client.get("/a/woods1/")
    Membership.objects.filter(user=member, account__name="woods1").delete()
    assert member_client.get("/signals")["Location"] == "/a/handjob/signals"


def test_the_query_string_comes_along(member_client):
    assert member_client.get("/signals?outcome=filtered&symbol=BTC/USDT")["Location"] == (
        "/a/handjob/signals?outcome=filtered&symbol=BTC/USDT"
    )


def test_a_user_without_an_account_gets_the_home_page(client, db):
    client.force_login(make_user("nobody"))
    response = client.get("/traders")
    assert response.status_code == 302 and response["Location"] == "/"
    assert "not a member of any account" in client.get("/").content.decode()


def test_a_viewer_is_sent_to_their_account_too(viewer_client):
    assert viewer_client.get("/settings")["Location"] == "/a/handjob/settings"


def test_only_get_is_answered(member_client):
    assert member_client.post("/traders").status_code == 405
