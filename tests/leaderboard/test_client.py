"""LeaderboardClient against recorded Binance answers, through its real requests session."""
from datetime import datetime, timezone
from decimal import Decimal

import pytest
import requests

from echotrade.exceptions import PermanentExchangeError, TemporaryExchangeError
from signals.sources.binance import LeaderPosition, RateLimiter
from signals.sources.binance.client import BASE_INFO_PATH, POSITIONS_PATH

from .conftest import BASE_INFO, POSITIONS, UID


def test_it_parses_a_long_position_from_the_recorded_answer(client, leaderboard_http):
    leaderboard_http.answer(POSITIONS, "positions_btc_long.json")
    answer = client.positions(UID)
    assert answer.sharing is True
    assert answer.positions == [
        LeaderPosition(
            symbol="BTC/USDT", side="long", quantity=Decimal("0.5"), entry_price=Decimal("66850.1"),
            mark_price=Decimal("67012.34"), leverage=5,
            update_time=datetime(2024, 6, 10, 7, 5, 12, 345000, tzinfo=timezone.utc),
        )
    ]
    assert answer.positions[0].update_time_ms == 1718003112345
    assert answer.update_time == datetime(2024, 6, 10, 7, 5, 59, 345000, tzinfo=timezone.utc)


def test_it_sends_the_documented_request_with_a_timeout(client, leaderboard_http):
    leaderboard_http.answer(POSITIONS, "positions_btc_long.json")
    client.positions(UID)
    (call,) = leaderboard_http.requests
    assert call["method"] == "POST"
    assert call["url"] == "https://www.binance.com" + POSITIONS_PATH
    assert call["json"] == {"encryptedUid": UID, "tradeType": "PERPETUAL"}
    assert call["headers"]["Content-Type"] == "application/json"
    assert call["timeout"] == 5


def test_it_reads_a_negative_amount_as_a_short_of_its_absolute_size(client, leaderboard_http):
    leaderboard_http.answer(POSITIONS, "positions_btc_closed_eth_short.json")
    (eth,) = client.positions(UID).positions
    assert (eth.symbol, eth.side, eth.quantity, eth.leverage) == ("ETH/USDT", "short", Decimal("12.5"), 5)


def test_it_reads_the_update_time_array_when_there_is_no_timestamp(client, leaderboard_http):
    body = {
        "code": "000000", "message": None, "messageDetail": None, "success": True,
        "data": {"otherPositionRetList": [{
            "symbol": "SOLUSDT", "entryPrice": 160.2, "markPrice": 161.0, "pnl": 8.0, "roe": 0.05,
            "updateTime": [2024, 6, 10, 7, 5, 12, 345000000], "amount": 10, "yellow": False, "tradeBefore": False,
        }], "updateTime": [2024, 6, 10, 7, 6, 0, 0], "updateTimeStamp": None},
    }
    leaderboard_http.answer(POSITIONS, (200, body))
    (sol,) = client.positions(UID).positions
    assert sol.update_time == datetime(2024, 6, 10, 7, 5, 12, 345000, tzinfo=timezone.utc)
    assert sol.leverage is None  # older answers carry no leverage


def test_an_empty_list_from_a_sharing_trader_means_no_positions(client, leaderboard_http):
    leaderboard_http.answer(POSITIONS, "positions_none.json")
    leaderboard_http.answer(BASE_INFO, "base_info_shared.json")
    answer = client.positions(UID)
    assert (answer.sharing, answer.positions) == (True, [])
    assert leaderboard_http.calls(BASE_INFO)[0]["json"] == {"encryptedUid": UID}


def test_an_empty_list_from_a_trader_who_hides_positions_is_not_sharing(client, leaderboard_http):
    leaderboard_http.answer(POSITIONS, "positions_none.json")
    leaderboard_http.answer(BASE_INFO, "base_info_not_shared.json")
    answer = client.positions(UID)
    assert (answer.sharing, answer.positions) == (False, [])


def test_null_data_is_not_sharing_and_guesses_nothing(client, leaderboard_http):
    leaderboard_http.answer(POSITIONS, "positions_not_shared.json")
    answer = client.positions(UID)
    assert (answer.sharing, answer.positions) == (False, [])


def test_it_parses_base_info(client, leaderboard_http):
    leaderboard_http.answer(BASE_INFO, "base_info_shared.json")
    info = client.base_info(UID)
    assert (info.nick_name, info.position_shared, info.follower_count) == ("WhaleWatcher88", True, 18234)
    assert leaderboard_http.requests[0]["url"] == "https://www.binance.com" + BASE_INFO_PATH


def test_an_error_code_is_permanent_with_binances_message(client, leaderboard_http):
    leaderboard_http.answer(POSITIONS, "positions_error.json")
    with pytest.raises(PermanentExchangeError, match="code 000002.*illegal parameter"):
        client.positions(UID)
    assert len(leaderboard_http.requests) == 1  # never retried


def test_a_malformed_answer_is_permanent_with_a_clear_message(client, leaderboard_http):
    leaderboard_http.answer(POSITIONS, "positions_malformed.json")
    with pytest.raises(PermanentExchangeError, match="getOtherPosition sent an answer we cannot read.*not JSON"):
        client.positions(UID)


def test_a_position_without_an_amount_is_malformed(client, leaderboard_http):
    body = {"code": "000000", "success": True, "data": {"otherPositionRetList": [{"symbol": "BTCUSDT"}]}}
    leaderboard_http.answer(POSITIONS, (200, body))
    with pytest.raises(PermanentExchangeError, match="cannot read.*BTCUSDT"):
        client.positions(UID)


def test_the_second_request_waits_for_the_rate_limit(client, leaderboard_http, fake_time):
    leaderboard_http.answer(POSITIONS, "positions_btc_long.json")
    client.positions(UID)
    fake_time.now += 0.5
    client.positions(UID)
    assert fake_time.sleeps == [1.5]


def test_the_rate_limit_is_shared_by_every_client_in_the_process(leaderboard_http, fake_time):
    from signals.sources.binance import LeaderboardClient

    session = requests.Session()
    session.mount("https://", leaderboard_http)
    limiter = RateLimiter(2, clock=fake_time.clock, sleep=fake_time.sleep)
    leaderboard_http.answer(BASE_INFO, "base_info_shared.json")
    LeaderboardClient(session=session, limiter=limiter).base_info(UID)
    LeaderboardClient(session=session, limiter=limiter).base_info(UID)
    assert fake_time.sleeps == [2.0]


def test_it_backs_off_on_429_then_succeeds(client, leaderboard_http, fake_time):
    too_many = (429, {"code": "-1003", "message": "Too many requests", "success": False})
    leaderboard_http.answer(POSITIONS, too_many, too_many, "positions_btc_long.json")
    answer = client.positions(UID)
    assert answer.positions[0].symbol == "BTC/USDT"
    assert len(leaderboard_http.requests) == 3
    # backoff 1 s, the rest of the 2 s rate-limit interval (1 s), backoff 2 s (which outlasts it)
    assert fake_time.sleeps == [1.0, 1.0, 2.0]


def test_it_honours_retry_after_on_429(client, leaderboard_http, fake_time):
    leaderboard_http.answer(POSITIONS, (429, {"code": "-1003", "success": False}), "positions_btc_long.json")
    original = leaderboard_http._response

    def with_retry_after(request, status, body):
        response = original(request, status, body)
        if status == 429:
            response.headers["Retry-After"] = "7"
        return response

    leaderboard_http._response = with_retry_after
    client.positions(UID)
    assert fake_time.sleeps[0] == 7.0


def test_it_gives_up_after_the_last_try_with_a_temporary_error(client, leaderboard_http, fake_time):
    leaderboard_http.answer(POSITIONS, requests.Timeout("read timed out (read timeout=5)"))
    with pytest.raises(TemporaryExchangeError, match="failed 3 times, last with Timeout"):
        client.positions(UID)
    assert len(leaderboard_http.requests) == 3
    assert fake_time.sleeps == [1.0, 1.0, 2.0]  # no sleep after the last try


def test_a_server_error_is_retried(client, leaderboard_http):
    leaderboard_http.answer(POSITIONS, (502, b"<html>502 Bad Gateway</html>"), "positions_btc_long.json")
    assert client.positions(UID).sharing is True
    assert len(leaderboard_http.requests) == 2
