"""Every page with nothing to show says what will fill it (an account fresh from its creation)."""
import pytest

from bots.services import bot_create
from tests.analytics.conftest import round_trip

pytestmark = pytest.mark.usefixtures("market")


def page_of(client, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode()


def test_the_dashboard_without_positions_or_snapshots(member_client):
    page = page_of(member_client, "/a/handjob/")
    assert "No open positions. Signals that pass handjob's filters open positions here." in page
    assert "No performance snapshots yet. One is taken every day" in page


def test_the_projection_without_enough_history(member_client):
    page = page_of(member_client, "/a/handjob/projection")
    assert "Not enough history to project" in page and "One is taken every day." in page


def test_the_traders_page_without_traders(member_client):
    assert "No active trader. Traders are added by staff" in page_of(member_client, "/a/handjob/traders")


def test_the_signals_page_with_an_empty_feed_and_queue(member_client, yun_qiang):
    page = page_of(member_client, "/a/handjob/signals")
    assert "Nothing waits for approval. handjob copies signals without asking" in page
    assert "No signal has reached handjob yet. Every signal from a trader or bot it follows is listed here" in page


def test_the_charts_page_without_candles(member_client):
    page = page_of(member_client, "/a/handjob/charts?symbol=BTC/EUR")
    assert 'id="no-candles"' in page and "No candles for BTC/EUR" in page


def test_the_bots_page_without_bots(member_client):
    assert "handjob has no bots. Bots are created by staff" in page_of(member_client, "/a/handjob/bots")


def test_the_bots_ranking_without_a_closed_copy(member_client, handjob):
    bot_create(name="hj-dca", account=handjob, strategy="dca", symbols=["BTC/USDT"])
    page = page_of(member_client, "/a/handjob/bots")
    assert 'id="no-ranking"' in page and "It fills in as the copies of the bots' signals close" in page
    assert "No votes yet. Each running bot votes on its symbols" in page


def test_the_audit_log_without_events(member_client):
    page = page_of(member_client, "/a/handjob/audit")
    assert "Nothing has happened in handjob yet. Pauses, risk changes, trades and decisions will be listed here" in page


def test_trader_analytics_without_a_closed_copy(member_client, yun_qiang):
    page = page_of(member_client, "/a/handjob/traders/yun_qiang/analytics")
    assert "handjob has no closed copy of Yun Qiang yet" in page and "They fill in as copies close." in page


def test_compare_without_a_closed_copy_says_so_and_with_one_does_not(member_client, yun_qiang, crypto_loby):
    path = "/a/handjob/traders/compare?ids=yun_qiang,crypto_loby"
    page = page_of(member_client, path)
    assert 'id="no-closed-copies"' in page and "has no closed copy of these traders yet" in page
    round_trip("yun_qiang", "BTC/USDT", 67000, 68000)
    assert 'id="no-closed-copies"' not in page_of(member_client, path)


def test_compare_with_nothing_picked(member_client, yun_qiang):
    assert "Tick two or more traders above and press Compare" in page_of(member_client, "/a/handjob/traders/compare")
