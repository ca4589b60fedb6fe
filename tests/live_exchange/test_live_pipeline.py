"""A live account in the copy pipeline: real orders on success, a failed decision on refusal, retries on outages."""
from __future__ import annotations

from decimal import Decimal

import pytest
import requests
from celery.exceptions import Retry

from accounts.models import Account
from echotrade.models import AuditEvent
from execution.exchanges import PaperExchange, exchange_for
from execution.exchanges.live import LiveExchange, client_order_id
from execution.models import Fill, Order, Position
from execution.services import position_close
from execution.services.live import account_go_live
from signals.models import SignalDecision
from signals.services import SignalInput, signal_decide, signal_receive
from signals.tasks import copy_signal
from tests.helpers import decision_of, move_market, send_signal
from traders.services import trader_update

pytestmark = pytest.mark.usefixtures("market")
Reason = SignalDecision.Reason


def spot_fill(price: str, side: str = "BUY"):
    """Binance's FULL answer to a market order, for whatever quantity ccxt sent (commission in the coin bought)."""

    def answer(params):
        quantity = Decimal(params["quantity"])
        commission = (quantity * Decimal("0.001")) if side == "BUY" else quantity * Decimal(price) * Decimal("0.001")
        return {
            "symbol": params["symbol"], "orderId": 28457200, "orderListId": -1, "clientOrderId": params["newClientOrderId"],
            "transactTime": 1763740801234, "price": "0.00000000", "origQty": params["quantity"],
            "executedQty": params["quantity"], "cummulativeQuoteQty": str(quantity * Decimal(price)), "status": "FILLED",
            "timeInForce": "GTC", "type": "MARKET", "side": side, "workingTime": 1763740801234,
            "fills": [{"price": price, "qty": params["quantity"], "commission": str(commission),
                       "commissionAsset": "BTC" if side == "BUY" else "USDT", "tradeId": 1}],
            "selfTradePreventionMode": "EXPIRE_MAKER",
        }

    return answer


def undelivered_signal():
    """A received signal whose copy task has not run yet: it is queued on commit, and the test's
    transaction never commits (as if the broker still held it)."""
    signal, _ = signal_receive(
        data=SignalInput(trader="yun_qiang", symbol="BTC/USDT", side="long", confidence="0.9", leverage=1)
    )
    return signal


@pytest.fixture
def copied_trader(yun_qiang):
    """The demo's trader, promoted out of paper-only so its signals reach live accounts."""
    return trader_update(trader=yun_qiang, paper_trade_only=False)


@pytest.fixture
def live_angry(angry, owner, store_key):
    store_key()
    return account_go_live(account=angry, actor=owner, confirm="angry")


def test_a_live_accounts_signal_is_executed_on_the_exchange_at_the_exchanges_price(
    copied_trader, live_angry, exchange_http
):
    exchange_http.answer("POST", "/api/v3/order", spot_fill("67005.5"))
    cash_before = live_angry.cash

    decision = decision_of(send_signal(leverage=1), live_angry)

    assert decision.outcome == SignalDecision.Outcome.EXECUTED, decision.detail
    [sent] = exchange_http.calls("POST", "/api/v3/order")
    quantity = Decimal(exchange_http.params(sent)["quantity"])
    position = decision.position
    assert position.entry_price == Decimal("67005.5") and position.quantity == quantity
    fill = Fill.objects.get(position=position)
    assert fill.fee == (quantity * Decimal("0.001") * Decimal("67005.5")).quantize(Decimal("0.00000001"))
    live_angry.refresh_from_db()
    assert live_angry.cash == cash_before - fill.fee - position.margin
    # The paper accounts following the same trader never reached the exchange.
    assert len(exchange_http.calls("POST")) == 1


def test_closing_a_live_position_sells_on_the_exchange(copied_trader, live_angry, exchange_http):
    exchange_http.answer("POST", "/api/v3/order", spot_fill("67005.5"))
    position = decision_of(send_signal(leverage=1), live_angry).position
    exchange_http.answer("POST", "/api/v3/order", spot_fill("67100", side="SELL"))

    position = position_close(position=position)

    sell = exchange_http.params(exchange_http.calls("POST", "/api/v3/order")[1])
    assert sell["side"] == "SELL" and Decimal(sell["quantity"]) == position.initial_quantity
    assert position.status == Position.Status.CLOSED
    assert position.realised_pnl == ((Decimal("67100") - Decimal("67005.5")) * position.initial_quantity).quantize(
        Decimal("0.00000001")
    )


def test_a_refused_order_ends_as_a_failed_decision_with_the_reason_and_touches_nothing_else(
    copied_trader, live_angry, exchange_http
):
    exchange_http.answer(
        "POST", "/api/v3/order", {"code": -2010, "msg": "Account has insufficient balance for requested action."}, 400
    )
    cash_before = live_angry.cash

    decision = decision_of(send_signal(leverage=1), live_angry)

    assert decision.outcome == SignalDecision.Outcome.FAILED
    assert decision.reason == Reason.EXCHANGE_REJECTED
    assert "insufficient funds" in decision.detail and "insufficient balance" in decision.detail
    assert not Position.objects.filter(account=live_angry).exists()
    assert not Order.objects.filter(account=live_angry).exists()
    live_angry.refresh_from_db()
    assert live_angry.cash == cash_before
    assert AuditEvent.objects.filter(account=live_angry, action="decision.failed").count() == 1


def test_a_spot_account_refuses_a_leveraged_signal_without_calling_the_exchange(copied_trader, live_angry, exchange_http):
    decision = decision_of(send_signal(leverage=5), live_angry)

    assert (decision.outcome, decision.reason) == (SignalDecision.Outcome.FAILED, Reason.EXCHANGE_REJECTED)
    assert "spot" in decision.detail and "leverage" in decision.detail
    assert exchange_http.requests == []


def test_an_outage_makes_the_copy_task_retry_with_backoff_and_decides_nothing_yet(
    copied_trader, live_angry, exchange_http, monkeypatch
):
    signal = undelivered_signal()
    exchange_http.answer("POST", "/api/v3/order", requests.exceptions.ConnectionError("Connection reset by peer"))
    exchange_http.answer("GET", "/api/v3/order", requests.exceptions.ConnectionError("Connection reset by peer"))
    # A worker's first try (not eager, retries left); the retry is only scheduled, not run here.
    monkeypatch.setitem(copy_signal.app.conf, "CELERY_TASK_ALWAYS_EAGER", False)
    copy_signal.push_request(
        id="first-try", args=[signal.pk], kwargs={}, retries=0, is_eager=False, called_directly=False
    )
    try:
        with pytest.raises(Retry) as retry:
            copy_signal.run(signal.pk)
    finally:
        copy_signal.pop_request()

    assert retry.value.when == 2  # 2 s, then 4, 8 … as the task's backoff says
    assert not SignalDecision.objects.filter(signal=signal, account=live_angry).exists()
    assert not Position.objects.filter(account=live_angry).exists()


def test_an_outage_on_the_last_try_is_recorded_as_exchange_unavailable(copied_trader, live_angry, exchange_http):
    exchange_http.answer("POST", "/api/v3/order", requests.exceptions.ConnectionError("Connection reset by peer"))
    exchange_http.answer("GET", "/api/v3/order", requests.exceptions.ConnectionError("Connection reset by peer"))

    decision = decision_of(send_signal(leverage=1), live_angry)

    assert (decision.outcome, decision.reason) == (SignalDecision.Outcome.FAILED, Reason.EXCHANGE_UNAVAILABLE)
    assert not Position.objects.filter(account=live_angry).exists()


def test_with_retries_left_the_decision_raises_instead_of_recording(copied_trader, live_angry, exchange_http):
    from echotrade.exceptions import TemporaryExchangeError

    signal = undelivered_signal()
    exchange_http.answer("POST", "/api/v3/order", {"code": -1003, "msg": "Too many requests."}, status=429)
    exchange_http.answer("GET", "/api/v3/order", {"code": -1003, "msg": "Too many requests."}, status=429)

    with pytest.raises(TemporaryExchangeError):
        signal_decide(signal=signal, raise_temporary=True)

    assert not SignalDecision.objects.filter(signal=signal, account=live_angry).exists()


# --- paper_trade_only ---------------------------------------------------------------------------
def test_a_paper_only_trader_is_executed_on_paper_even_for_a_live_account(yun_qiang, live_angry, exchange_http):
    assert yun_qiang.paper_trade_only

    decision = decision_of(send_signal(leverage=1), live_angry)

    assert decision.outcome == SignalDecision.Outcome.EXECUTED
    assert exchange_http.requests == []  # no exchange was ever called
    assert isinstance(exchange_for(account=live_angry, trader=yun_qiang), PaperExchange)
    assert isinstance(exchange_for(account=live_angry, trader=None), LiveExchange)


def test_a_paper_position_stays_on_paper_after_its_trader_is_promoted_to_live(yun_qiang, live_angry, exchange_http):
    position = decision_of(send_signal(leverage=1), live_angry).position
    assert position.venue == "paper"
    trader_update(trader=yun_qiang, paper_trade_only=False)

    position = position_close(position=position)

    assert position.status == Position.Status.CLOSED
    assert exchange_http.requests == []  # the close of a paper entry never reaches the real exchange


def test_cancelling_a_pending_live_entry_withdraws_it_on_the_exchange_first(copied_trader, live_angry, exchange_http):
    from execution.services import position_cancel

    exchange_http.answer("POST", "/api/v3/order", "spot_order_limit_buy_new.json")
    position = decision_of(send_signal(leverage=1, entry=["66000"]), live_angry).position
    assert position.status == Position.Status.PENDING
    exchange_http.answer("DELETE", "/api/v3/order", "spot_order_limit_buy_canceled.json")

    position = position_cancel(position=position)

    assert position.status == Position.Status.CANCELLED
    [entry] = position.orders.filter(purpose=Order.Purpose.ENTRY)
    [sent] = exchange_http.calls("DELETE", "/api/v3/order")
    assert exchange_http.params(sent)["origClientOrderId"] == client_order_id(entry)


def test_a_live_position_is_recorded_as_live(copied_trader, live_angry, exchange_http):
    exchange_http.answer("POST", "/api/v3/order", spot_fill("67005.5"))
    assert decision_of(send_signal(leverage=1), live_angry).position.venue == "live"


def test_a_live_account_without_a_key_fails_as_live_trading_unavailable(copied_trader, angry, exchange_http):
    Account.objects.filter(pk=angry.pk).update(mode=Account.Mode.LIVE)  # e.g. created live in the admin

    decision = decision_of(send_signal(leverage=1), angry)

    assert (decision.outcome, decision.reason) == (SignalDecision.Outcome.FAILED, Reason.LIVE_TRADING_UNAVAILABLE)
    assert exchange_http.requests == []


def test_a_live_stop_loss_closes_the_position_with_a_market_sell_when_price_falls_through_it(
    copied_trader, live_angry, exchange_http
):
    exchange_http.answer("POST", "/api/v3/order", spot_fill("67005.5"))
    position = decision_of(send_signal(leverage=1, stop_loss="66000"), live_angry).position
    exchange_http.answer("POST", "/api/v3/order", spot_fill("65890", side="SELL"))

    move_market("BTC/USDT", "66500")  # above the stop: nothing is sent
    assert len(exchange_http.calls("POST", "/api/v3/order")) == 1
    move_market("BTC/USDT", "65900")

    sell = exchange_http.params(exchange_http.calls("POST", "/api/v3/order")[1])
    assert sell["side"] == "SELL" and sell["type"] == "MARKET"
    position.refresh_from_db()
    assert position.status == Position.Status.CLOSED and position.close_reason == "stop_loss"
