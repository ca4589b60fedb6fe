"""POST /webhook/tradingview: passphrase auth, payload validation, idempotency, closes, rate limit."""
import json

import pytest

from echotrade.models import AuditEvent
from execution.models import Position
from signals.models import Signal, SignalDecision
from tests.helpers import committed
from tests.sources.conftest import PASSPHRASE

pytestmark = pytest.mark.usefixtures("market")

URL = "/webhook/tradingview"
# The trader-dashboard document's alert payload, with the trader named by its strategy.
ALERT = {
    "strategy": {"name": "tv_momentum", "version": "1.0", "signal_type": "entry"},
    "action": "buy",
    "ticker": "BINANCE:BTCUSDT",
    "contracts": 100,
    "position_size": 0.05,
    "price": 67000.5,
    "timestamp": "2025-07-19T20:30:00Z",
    "alert_name": "momentum_long_entry",
    "message": "RSI oversold + volume breakout detected",
    "passphrase": PASSPHRASE,
}


def post(client, payload, content_type="application/json"):
    """One alert delivered, its request committed: the copy task queued on that commit runs after."""
    body = payload if isinstance(payload, (str, bytes)) else json.dumps(payload)
    with committed():
        return client.post(URL, data=body, content_type=content_type)


def nothing_written():
    return not Signal.objects.exists() and not SignalDecision.objects.exists() and not Position.objects.exists()


def test_a_valid_alert_answers_202_with_the_signal_and_every_account_decides(anonymous, tv_momentum):
    response = post(anonymous, ALERT)
    assert response.status_code == 202
    body = response.json()
    assert body["duplicate"] is False
    signal = Signal.objects.get(pk=body["signal"])
    assert (signal.trader_id, signal.symbol, signal.side, signal.entry_kind) == ("tv_momentum", "BTC/USDT", "long", "market")
    assert signal.source_time.isoformat() == "2025-07-19T20:30:00+00:00"
    assert signal.raw["alert_name"] == "momentum_long_entry"
    assert signal.decisions.count() == 3
    assert Position.objects.filter(signal=signal).exists()


def test_the_passphrase_is_never_stored_with_the_signal(anonymous, tv_momentum):
    signal = Signal.objects.get(pk=post(anonymous, ALERT).json()["signal"])
    assert "passphrase" not in signal.raw
    assert PASSPHRASE not in json.dumps(list(AuditEvent.objects.values("message", "after", "before")), default=str)


def test_a_trader_field_names_the_trader_when_the_strategy_is_not_a_trader_id(anonymous, tv_momentum):
    response = post(anonymous, {**ALERT, "strategy": {"name": "momentum_strategy"}, "trader": "tv_momentum"})
    assert response.status_code == 202
    assert Signal.objects.get().trader_id == "tv_momentum"


def test_a_plain_strategy_string_names_the_trader(anonymous, tv_momentum):
    assert post(anonymous, {**ALERT, "strategy": "tv_momentum"}).status_code == 202


def test_json_sent_as_text_plain_is_accepted_as_tradingview_sends_it(anonymous, tv_momentum):
    assert post(anonymous, json.dumps(ALERT), content_type="text/plain; charset=utf-8").status_code == 202


@pytest.mark.parametrize("ticker", ["BINANCE:BTCUSDT", "BTCUSDT", "BTCUSDT.P", "BINANCE:BTCUSDT.P", "BTC/USDT", "btcusdt"])
def test_it_reads_every_ticker_form_as_the_pair(anonymous, tv_momentum, ticker):
    response = post(anonymous, {**ALERT, "ticker": ticker})
    assert response.status_code == 202
    assert Signal.objects.get().symbol == "BTC/USDT"


@pytest.mark.parametrize("action, side", [("buy", "long"), ("long", "long"), ("sell", "short"), ("SHORT", "short")])
def test_it_maps_the_action_to_a_side(anonymous, tv_momentum, action, side):
    assert post(anonymous, {**ALERT, "action": action}).status_code == 202
    assert Signal.objects.get().side == side


@pytest.mark.parametrize(
    "change",
    [
        {"passphrase": "wrong-passphrase-000000"},
        {"passphrase": None},
        {"passphrase": ""},
        {"passphrase": 12345},
        {"strategy": {"name": "nobody"}},
        {"strategy": None},
    ],
    ids=["wrong", "missing", "empty", "not-text", "unknown-trader", "no-trader"],
)
def test_a_wrong_or_missing_passphrase_is_401_and_writes_nothing(anonymous, tv_momentum, change):
    payload = {k: v for k, v in {**ALERT, **change}.items() if v is not None}
    response = post(anonymous, payload)
    assert response.status_code == 401
    assert "passphrase" in response.json()["detail"]
    assert nothing_written()


def test_a_trader_without_a_passphrase_accepts_nothing(anonymous, tv_momentum):
    tv_momentum.webhook_secret_hash = ""
    tv_momentum.save(update_fields=["webhook_secret_hash"])
    assert post(anonymous, ALERT).status_code == 401
    assert post(anonymous, {**ALERT, "passphrase": ""}).status_code == 401
    assert nothing_written()


def test_a_trader_of_another_source_cannot_be_reached_through_the_webhook(anonymous, tv_momentum, yun_qiang):
    yun_qiang.webhook_secret_hash = tv_momentum.webhook_secret_hash
    yun_qiang.save(update_fields=["webhook_secret_hash"])
    assert post(anonymous, {**ALERT, "strategy": "yun_qiang"}).status_code == 401
    assert nothing_written()


def test_an_authentication_failure_is_checked_before_the_payload(anonymous, tv_momentum):
    response = post(anonymous, {"strategy": "tv_momentum", "action": "fly", "passphrase": "nope"})
    assert response.status_code == 401


@pytest.mark.parametrize(
    "body, reason",
    [
        ("", "empty"),
        ("{not json", "not JSON"),
        ("[1, 2]", "JSON object"),
        ('"buy BTC"', "JSON object"),
        ({**ALERT, "ticker": None}, "ticker"),
        ({**ALERT, "ticker": "!!!"}, "ticker"),
        ({**ALERT, "action": None}, "action"),
        ({**ALERT, "action": "hodl"}, "action"),
        ({**ALERT, "price": "abc"}, "price"),
        ({**ALERT, "price": -5}, "price"),
        ({**ALERT, "contracts": "many"}, "contracts"),
        ({**ALERT, "contracts": -1}, "contracts"),
        ({**ALERT, "position_size": True}, "position_size"),
        ({**ALERT, "timestamp": "yesterday"}, "timestamp"),
        ({**ALERT, "leverage": 500}, "leverage"),
        ({**ALERT, "confidence": 2}, "confidence"),
        ({**ALERT, "stop_loss": "x"}, "stop_loss"),
    ],
    ids=[
        "empty", "not-json", "list", "string", "no-ticker", "bad-ticker", "no-action", "bad-action", "price-text",
        "price-negative", "contracts-text", "contracts-negative", "size-bool", "bad-timestamp", "leverage",
        "confidence", "stop-loss",
    ],
)
def test_a_malformed_payload_is_400_with_the_reason_and_writes_nothing(anonymous, tv_momentum, body, reason):
    if isinstance(body, dict):
        body = {k: v for k, v in body.items() if v is not None}
    response = post(anonymous, body)
    assert response.status_code == 400
    payload = response.json()
    assert reason in payload["detail"] or reason in payload.get("errors", {})
    assert nothing_written()


def test_a_repeated_alert_is_recorded_as_a_duplicate_and_executes_once(anonymous, tv_momentum):
    first = post(anonymous, ALERT).json()
    positions = Position.objects.count()
    repeat = post(anonymous, ALERT)
    assert repeat.status_code == 202
    assert repeat.json()["duplicate"] is True
    assert repeat.json()["signal"] != first["signal"]
    assert Position.objects.count() == positions
    assert set(SignalDecision.objects.filter(signal_id=repeat.json()["signal"]).values_list("outcome", flat=True)) == {"duplicate"}


def test_an_explicit_id_makes_the_repeat_a_duplicate_even_at_another_time(anonymous, tv_momentum):
    post(anonymous, {**ALERT, "id": "order-77"})
    assert post(anonymous, {**ALERT, "id": "order-77", "timestamp": "2025-07-19T20:31:00Z"}).json()["duplicate"] is True


def test_the_next_firing_of_the_same_alert_is_a_new_signal(anonymous, tv_momentum):
    post(anonymous, ALERT)
    later = post(anonymous, {**ALERT, "timestamp": "2025-07-19T21:30:00Z"}).json()
    assert later["duplicate"] is False


def test_optional_stop_loss_targets_and_leverage_reach_the_signal(anonymous, tv_momentum):
    post(anonymous, {**ALERT, "stop_loss": 65000, "take_profit": 70000, "leverage": 3})
    signal = Signal.objects.get()
    assert (signal.stop_loss, signal.take_profits, signal.leverage) == (65000, ["70000"], 3)


def test_a_close_alert_closes_the_traders_open_positions_in_that_symbol(anonymous, tv_momentum):
    post(anonymous, ALERT)
    opened = set(Position.objects.filter(trader=tv_momentum, status="open").values_list("pk", flat=True))
    assert opened
    response = post(anonymous, {**ALERT, "action": "close", "timestamp": "2025-07-19T22:00:00Z"})
    assert response.status_code == 202
    assert response.json()["action"] == "close"
    assert set(response.json()["closed"]) == opened
    assert not Position.objects.filter(trader=tv_momentum, status__in=Position.ACTIVE_STATUSES).exists()
    assert Signal.objects.count() == 1  # a close is not a new signal


def test_a_close_alert_leaves_other_symbols_sides_and_traders_open(anonymous, tv_momentum, yun_qiang):
    from tests.helpers import send_signal

    post(anonymous, ALERT)
    post(anonymous, {**ALERT, "ticker": "ETHUSDT"})
    other_trader = send_signal(trader="yun_qiang")
    response = post(anonymous, {**ALERT, "action": "close_short"})
    assert response.json()["closed"] == []
    post(anonymous, {**ALERT, "action": "exit"})
    still_open = Position.objects.filter(status="open")
    assert {p.symbol for p in still_open.filter(trader=tv_momentum)} == {"ETH/USDT"}
    assert still_open.filter(signal=other_trader).exists()


def test_a_repeated_close_finds_nothing_left_and_fails_nothing(anonymous, tv_momentum):
    post(anonymous, ALERT)
    post(anonymous, {**ALERT, "action": "close"})
    again = post(anonymous, {**ALERT, "action": "close"})
    assert again.status_code == 202
    assert again.json()["closed"] == [] and again.json()["failed"] == []


def test_a_close_is_on_the_audit_log(anonymous, tv_momentum):
    post(anonymous, ALERT)
    post(anonymous, {**ALERT, "action": "close"})
    event = AuditEvent.objects.get(action="trader.positions_closed")
    assert (event.object_id, event.actor_label) == ("tv_momentum", "tradingview")


def test_it_needs_no_csrf_token_or_session(tv_momentum):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    response = client.post(URL, data=json.dumps(ALERT), content_type="application/json")
    assert response.status_code == 202


def test_it_answers_429_after_the_rate_limit(anonymous, tv_momentum, settings):
    settings.WEBHOOK_RATE = "3/min"
    answers = [post(anonymous, {**ALERT, "id": f"a{i}"}).status_code for i in range(5)]
    assert answers == [202, 202, 202, 429, 429]
    assert Signal.objects.count() == 3


def test_the_rate_limit_counts_each_source_on_its_own(anonymous, tv_momentum, settings):
    settings.WEBHOOK_RATE = "1/min"
    assert post(anonymous, ALERT).status_code == 202
    assert post(anonymous, {**ALERT, "strategy": "another_strategy"}).status_code == 401  # its own budget
    assert post(anonymous, {**ALERT, "id": "x"}).status_code == 429


def test_the_webhook_takes_a_trailing_slash_too(anonymous, tv_momentum):
    response = anonymous.post(URL + "/", data=json.dumps(ALERT), content_type="application/json")
    assert response.status_code == 202


@pytest.mark.django_db(transaction=True)
def test_racing_deliveries_of_one_alert_execute_it_once(postgres_db, tv_momentum):
    from concurrent.futures import ThreadPoolExecutor
    from threading import Barrier

    from django.db import connection
    from rest_framework.test import APIClient

    racers = 4
    barrier = Barrier(racers)

    def deliver(_):
        barrier.wait()
        try:
            return post(APIClient(), ALERT).json()
        finally:
            connection.close()

    with ThreadPoolExecutor(racers) as pool:
        answers = list(pool.map(deliver, range(racers)))
    assert sorted(a["duplicate"] for a in answers) == [False] + [True] * (racers - 1)
    original = Signal.objects.get(duplicate_of__isnull=True)
    assert Position.objects.filter(signal=original).count() == original.decisions.filter(outcome="executed").count()
    assert Position.objects.count() == Position.objects.filter(signal=original).count()
