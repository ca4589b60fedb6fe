"""CopyTradingClient against recorded Binance answers, and the request loop it shares with the leaderboard."""
import socket
from datetime import datetime, timezone
from decimal import Decimal

import pytest
import requests

from echotrade.exceptions import InvalidInput, PermanentExchangeError, TemporaryExchangeError
from signals.sources.binance import CopyTradingClient, LeaderboardClient, LeaderPosition, LoginRequired, RateLimiter
from signals.sources.binance.client import process_limiter, reset_process_limiter
from signals.sources.binance.copy_trading import DETAIL_PATH, HISTORY_PATH, POSITIONS_PATH

from .conftest import DETAIL, HISTORY, HISTORY_PAGES, PORTFOLIO, POSITIONS


def test_it_reads_the_open_legs_and_drops_the_flat_ones(copy_client, binance_http):
    binance_http.answer(POSITIONS, "positions_btc_long.json")
    answer = copy_client.positions(PORTFOLIO)
    assert answer.sharing is True
    assert answer.positions == [
        LeaderPosition(
            symbol="BTC/USDT", side="long", quantity=Decimal("0.500"), entry_price=Decimal("66850.10000000"),
            mark_price=Decimal("67012.34000000"), leverage=5,
        )
    ]
    assert answer.update_time is None  # copy trading sends no update time: the sync stamps its fetch


def test_it_sends_a_get_with_the_portfolio_id_and_a_timeout(copy_client, binance_http):
    binance_http.answer(POSITIONS, "positions_btc_long.json")
    copy_client.positions(PORTFOLIO)
    (call,) = binance_http.requests
    assert call["method"] == "GET"
    assert call["path"] == POSITIONS_PATH == "/bapi/futures/v1/friendly/future/copy-trade/lead-data/positions"
    assert call["params"] == {"portfolioId": PORTFOLIO}
    assert call["json"] is None and call["timeout"] == 5
    assert call["headers"]["clienttype"] == "web"


def test_a_hedge_mode_short_leg_is_a_short_of_its_absolute_size(copy_client, binance_http):
    binance_http.answer(POSITIONS, "positions_btc_closed_eth_short.json")
    (eth,) = copy_client.positions(PORTFOLIO).positions
    assert (eth.symbol, eth.side, eth.quantity, eth.leverage) == ("ETH/USDT", "short", Decimal("12.500"), 5)


def test_in_one_way_mode_the_sign_of_the_amount_is_the_side(copy_client, binance_http):
    binance_http.answer(POSITIONS, "positions_one_way_short.json")
    (sol,) = copy_client.positions(PORTFOLIO).positions
    assert (sol.symbol, sol.side, sol.quantity, sol.leverage) == ("SOL/USDT", "short", Decimal("40.0"), 20)


def test_all_flat_legs_from_a_lead_who_shows_positions_mean_no_positions(copy_client, binance_http):
    binance_http.answer(POSITIONS, "positions_none.json")
    binance_http.answer(DETAIL, "detail_shown.json")
    answer = copy_client.positions(PORTFOLIO)
    assert (answer.sharing, answer.positions) == (True, [])
    assert binance_http.calls(DETAIL)[0]["params"] == {"portfolioId": PORTFOLIO}


def test_all_flat_legs_from_a_lead_who_hides_positions_is_not_sharing(copy_client, binance_http):
    binance_http.answer(POSITIONS, "positions_none.json")
    binance_http.answer(DETAIL, "detail_hidden.json")
    assert (copy_client.positions(PORTFOLIO).sharing, copy_client.positions(PORTFOLIO).positions) == (False, [])


def test_null_data_is_not_sharing_and_guesses_nothing(copy_client, binance_http):
    binance_http.answer(POSITIONS, "positions_hidden.json")
    answer = copy_client.positions(PORTFOLIO)
    assert (answer.sharing, answer.positions) == (False, [])
    assert not binance_http.calls(DETAIL)


def test_it_parses_the_portfolio_detail(copy_client, binance_http):
    binance_http.answer(DETAIL, "detail_shown.json")
    detail = copy_client.detail(PORTFOLIO)
    assert (detail.portfolio_id, detail.nickname, detail.status, detail.position_show, detail.copier_count) == (
        PORTFOLIO, "SteadyLead", "ACTIVE", True, 87,
    )
    assert binance_http.requests[0]["path"] == DETAIL_PATH


def test_a_portfolio_binance_does_not_know_is_invalid_input_on_the_portfolio_id(copy_client, binance_http):
    binance_http.answer(DETAIL, "detail_unknown.json")
    with pytest.raises(InvalidInput) as raised:
        copy_client.detail("1234567")
    assert "portfolio_id" in raised.value.fields


def test_it_pages_through_the_history_until_the_total_is_reached(copy_client, binance_http):
    binance_http.answer(HISTORY, *HISTORY_PAGES, "history_empty.json")
    history = copy_client.history(PORTFOLIO)
    assert history.total == 5 and len(history.positions) == 5 and history.unreadable == []
    calls = binance_http.calls(HISTORY)
    assert [c["method"] for c in calls] == ["POST"] * 3  # the total was reached: no fourth, empty page
    assert calls[0]["path"] == HISTORY_PATH == "/bapi/futures/v1/public/future/copy-trade/lead-portfolio/position-history"
    assert [c["json"] for c in calls] == [
        {"portfolioId": PORTFOLIO, "pageNumber": n, "pageSize": 2} for n in (1, 2, 3)
    ]


def test_it_reads_a_closed_position_in_our_spelling(copy_client, binance_http):
    binance_http.answer(HISTORY, "history_page_1.json")
    first, second = copy_client.history_page(PORTFOLIO, 1).positions
    assert (first.id, first.symbol, first.side, first.status) == ("118230045", "BTC/USDT", "long", "All Closed")
    assert first.opened == datetime(2024, 6, 9, 2, 26, 40, tzinfo=timezone.utc)
    assert first.closed == datetime(2024, 6, 9, 16, 20, tzinfo=timezone.utc)
    assert (first.avg_cost, first.avg_close_price, first.closing_pnl) == (Decimal("69120.5"), Decimal("69890.1"), Decimal("384.8"))
    assert (second.symbol, second.side) == ("ETH/USDT", "short")


def test_the_history_stops_at_the_page_limit(copy_client, binance_http):
    binance_http.answer(HISTORY, *HISTORY_PAGES)
    history = copy_client.history(PORTFOLIO, max_pages=2)
    assert len(history.positions) == 4 and len(binance_http.calls(HISTORY)) == 2


def test_an_entry_it_cannot_read_is_reported_not_guessed(copy_client, binance_http):
    body = {"code": "000000", "success": True, "data": {"total": 2, "list": [
        {"id": 1, "symbol": "BTCUSDT", "side": "Both", "opened": 1717500000000},
        {"id": 2, "symbol": "ETHUSDT", "side": "Short", "opened": 1717600000000, "status": "All Closed"},
    ]}}
    binance_http.answer(HISTORY, (200, body))
    page = copy_client.history_page(PORTFOLIO, 1)
    assert [p.id for p in page.positions] == ["2"]
    assert page.unreadable == [{"id": 1, "error": "side 'Both' is neither Long nor Short"}]


def test_a_position_without_an_amount_is_unreadable(copy_client, binance_http):
    body = {"code": "000000", "success": True, "data": [{"symbol": "BTCUSDT", "positionSide": "LONG"}]}
    binance_http.answer(POSITIONS, (200, body))
    with pytest.raises(PermanentExchangeError, match="Binance copy trading positions sent an answer we cannot read"):
        copy_client.positions(PORTFOLIO)


def test_a_login_refusal_is_its_own_error(copy_client, binance_http):
    binance_http.answer(POSITIONS, "positions_login_required.json")
    with pytest.raises(LoginRequired, match="refused without a Binance login.*code 100001005: not login"):
        copy_client.positions(PORTFOLIO)
    assert len(binance_http.requests) == 1  # never retried


# --- One rate limit and one backoff for every Binance client ---------------------------------------
def test_every_client_in_the_process_shares_one_rate_limiter(settings):
    reset_process_limiter()
    try:
        assert CopyTradingClient().limiter is LeaderboardClient().limiter is process_limiter()
    finally:
        reset_process_limiter()


def test_copy_trading_and_leaderboard_requests_wait_for_each_other(session, binance_http, fake_time):
    limiter = RateLimiter(2, clock=fake_time.clock, sleep=fake_time.sleep)
    binance_http.answer(DETAIL, "detail_shown.json")
    binance_http.answer("getOtherLeaderboardBaseInfo", {"code": "000000", "success": True, "data": {"positionShared": True}})
    CopyTradingClient(session=session, limiter=limiter).detail(PORTFOLIO)
    LeaderboardClient(session=session, limiter=limiter).base_info("4F8A2C1D9E7B6A5F3C0D8E2B1A9F7C6E")
    assert fake_time.sleeps == [2.0]


def test_it_backs_off_on_429_like_the_leaderboard_then_succeeds(copy_client, binance_http, fake_time):
    too_many = (429, {"code": "-1003", "message": "Too many requests", "success": False})
    binance_http.answer(POSITIONS, too_many, too_many, "positions_btc_long.json")
    assert copy_client.positions(PORTFOLIO).positions[0].symbol == "BTC/USDT"
    assert len(binance_http.requests) == 3
    # backoff 1 s, the rest of the 2 s rate-limit interval (1 s), backoff 2 s (which outlasts it)
    assert fake_time.sleeps == [1.0, 1.0, 2.0]


def test_it_gives_up_after_the_last_try_with_a_temporary_error(copy_client, binance_http, fake_time):
    binance_http.answer(HISTORY, requests.ConnectionError("Failed to resolve 'www.binance.com'"))
    with pytest.raises(TemporaryExchangeError, match="Binance copy trading position-history failed 3 times, last with ConnectionError"):
        copy_client.history(PORTFOLIO)
    assert len(binance_http.requests) == 3 and fake_time.sleeps == [1.0, 1.0, 2.0]


def test_a_test_that_tries_the_network_fails():
    # The autouse guard: nothing in these tests can open a connection to Binance.
    with pytest.raises(OSError, match="network access is disabled"):
        socket.create_connection(("203.0.113.7", 443))
    with pytest.raises(OSError, match="network access is disabled"):
        socket.socket().connect(("203.0.113.7", 443))
