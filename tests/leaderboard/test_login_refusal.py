"""Binance refuses the leaderboard's positions without a login (since late 2023): the trader says
so (model, API, Traders card, audit), and nothing else changes."""
import pytest
from django.test import Client

from echotrade.models import AuditEvent
from execution.models import Position
from signals.models import Signal
from signals.sources.binance import LoginRequired
from signals.sources.binance.sync import positions_sync
from tests.conftest import make_user
from traders.models import LeaderboardSnapshot, Trader

from .conftest import BASE_INFO, POSITIONS, UID

pytestmark = pytest.mark.django_db


@pytest.fixture
def sync(client, leaderboard_http, whale, market, django_capture_on_commit_callbacks):
    leaderboard_http.answer(BASE_INFO, "base_info_shared.json")

    def run(*answers):
        leaderboard_http.answer(POSITIONS, *answers)
        with django_capture_on_commit_callbacks(execute=True):
            return positions_sync(trader=whale, client=client)

    return run


@pytest.fixture
def copied(sync, whale):
    """The whale's BTC long copied in every account before Binance starts refusing."""
    sync("positions_none.json")
    sync("positions_btc_long.json")
    return whale


def state(whale) -> tuple:
    return (
        list(Position.objects.filter(trader=whale).order_by("pk").values_list("pk", "status", "quantity")),
        Signal.objects.count(), LeaderboardSnapshot.objects.filter(trader=whale).count(),
        Trader.objects.get(pk=whale.pk).sharing_positions,
    )


@pytest.mark.parametrize("answer", [
    "positions_login_required.json",  # the envelope's "not login" code, as Binance's web answers it
    (200, {"code": "100002001", "message": "Please log in", "data": None, "success": False}),
    (401, {"code": "401", "message": "Unauthorized"}),
    (403, b"<html><body>403 Forbidden</body></html>"),
])
def test_the_client_reads_the_refusal_as_login_required(client, leaderboard_http, answer):
    leaderboard_http.answer(POSITIONS, answer)
    with pytest.raises(LoginRequired, match="getOtherPosition is refused without a Binance login"):
        client.positions(UID)
    assert len(leaderboard_http.requests) == 1  # never retried: asking again cannot help


def test_a_refusal_is_recorded_on_the_trader_and_nothing_else_changes(sync, copied):
    before = state(copied)
    report = sync("positions_login_required.json")
    assert report.refused and "not login" in report.summary()
    assert state(copied) == before  # no snapshot, no signal, no close, sharing as it was
    copied.refresh_from_db()
    assert copied.source_status == Trader.SourceStatus.LOGIN_REQUIRED
    assert "refused without a Binance login" in copied.source_message and "100001005" in copied.source_message
    assert copied.source_status_at is not None
    assert Position.objects.filter(trader=copied, status=Position.Status.OPEN).count() == 3


def test_a_refusal_is_audited_once_however_often_it_repeats(sync, copied):
    sync("positions_login_required.json")
    sync("positions_login_required.json")
    assert AuditEvent.objects.filter(action="leaderboard.login_required", object_id=copied.pk).count() == 1


def test_when_binance_answers_again_the_status_clears_and_copying_goes_on(sync, copied):
    sync("positions_login_required.json")
    sync("positions_btc_reduced.json")
    copied.refresh_from_db()
    assert (copied.source_status, copied.source_message) == (Trader.SourceStatus.OK, "")
    assert AuditEvent.objects.filter(action="leaderboard.answering", object_id=copied.pk).count() == 1
    assert Position.objects.filter(trader=copied, status=Position.Status.OPEN).count() == 3  # halved, not closed


def test_the_api_shows_the_refusal(sync, copied, api):
    sync("positions_login_required.json")
    body = api.get(f"/api/traders/{copied.pk}").json()
    assert body["source_status"] == "login_required"
    assert "refused without a Binance login" in body["source_message"] and body["source_status_at"]
    assert body["sharing_positions"] is True  # what the last answered sync saw


def test_the_api_cannot_set_the_status(sync, copied, api):
    sync("positions_login_required.json")
    response = api.patch(f"/api/traders/{copied.pk}", {"source_status": "ok", "source_message": ""}, format="json")
    assert response.status_code == 200
    copied.refresh_from_db()
    assert copied.source_status == Trader.SourceStatus.LOGIN_REQUIRED


def reader(accounts) -> Client:
    browser = Client()
    browser.force_login(make_user("reader", accounts=[accounts["handjob"]]))
    return browser


def test_the_traders_card_says_binance_wants_a_login(sync, copied, accounts):
    sync("positions_login_required.json")
    page = reader(accounts).get("/a/handjob/traders").content.decode()
    card = page[page.index('id="trader-whale"'):]
    assert 'data-source-status="login_required"' in card
    assert "Binance refuses this trader's positions without a login" in card
    assert "Follow their copy-trading lead portfolio instead." in card


def test_a_card_of_a_source_that_answers_says_nothing_of_it(sync, copied, accounts):
    assert "data-source-status" not in reader(accounts).get("/a/handjob/traders").content.decode()
