"""One contract, both adapters: what the execution services may rely on from any exchange.

The paper exchange derives fills from the quote; the live one is fed the exchange's recorded
answers for the same situation. Each test runs against both.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from execution.exchanges import ExchangeAdapter, PaperExchange
from execution.exchanges.live import LiveExchange
from tests.live_exchange.conftest import quote_like
from tests.live_exchange.test_live_adapter import make_order

QUOTE = quote_like()
CROSSED_LIMIT = quote_like("65990", "65989", "65991")  # the market traded through a 66,000 buy limit
BELOW_STOP = quote_like("64990", "64989", "64991")


class PaperScript:
    """The paper exchange needs no script: the quote is the whole market."""

    def __getattr__(self, name):
        return lambda: None


class LiveScript:
    """Queues the answers Binance gives in each situation."""

    def __init__(self, http):
        self.http = http

    def market_buy(self):
        self.http.answer("POST", "/api/v3/order", "spot_order_market_buy_filled.json")

    def market_sell(self):
        self.http.answer("POST", "/api/v3/order", "spot_order_market_sell_filled.json")

    def limit_rests_then_fills(self):
        self.http.answer("POST", "/api/v3/order", "spot_order_limit_buy_new.json")
        self.http.answer("GET", "/api/v3/order", "spot_order_limit_buy_query_filled.json")

    def limit_rests_then_cancelled(self):
        self.http.answer("POST", "/api/v3/order", "spot_order_limit_buy_new.json")
        self.http.answer("DELETE", "/api/v3/order", "spot_order_limit_buy_canceled.json")


@pytest.fixture(params=["paper", "live"])
def venue(request, store_key, exchange_http) -> tuple[ExchangeAdapter, object]:
    if request.param == "paper":
        return PaperExchange(), PaperScript()
    return LiveExchange(store_key()), LiveScript(exchange_http)


def test_a_market_buy_fills_in_full_at_once_as_a_taker_against_the_ask(venue, angry):
    adapter, script = venue
    script.market_buy()

    [fill] = adapter.submit(make_order(angry), QUOTE)

    assert fill.quantity == Decimal("0.01")
    assert fill.price >= QUOTE.ask and fill.fee > 0
    assert fill.liquidity == "taker" and fill.reference_price == QUOTE.ask


def test_a_market_sell_fills_in_full_at_once_against_the_bid(venue, angry):
    adapter, script = venue
    script.market_sell()

    [fill] = adapter.submit(make_order(angry, side="sell", purpose="close", reduce_only=True), QUOTE)

    assert fill.quantity == Decimal("0.01")
    assert fill.price <= QUOTE.bid and fill.fee > 0
    assert fill.reference_price == QUOTE.bid


def test_a_limit_below_the_market_rests_then_fills_at_its_price_as_a_maker(venue, angry):
    adapter, script = venue
    script.limit_rests_then_fills()
    order = make_order(angry, type="limit", price="66000")

    assert adapter.submit(order, QUOTE) == []
    [fill] = adapter.poll(order, CROSSED_LIMIT)

    assert (fill.quantity, fill.price, fill.liquidity) == (Decimal("0.01"), Decimal("66000"), "maker")
    assert fill.fee == (Decimal("660") * angry.maker_fee_rate).quantize(Decimal("0.00000001"))


def test_a_resting_limit_can_be_cancelled(venue, angry):
    adapter, script = venue
    script.limit_rests_then_cancelled()
    order = make_order(angry, type="limit", price="66000")

    assert adapter.submit(order, QUOTE) == []
    assert adapter.cancel(order) is None


def test_a_stop_loss_does_nothing_above_its_trigger_and_closes_in_full_below_it(venue, angry):
    adapter, script = venue
    stop = make_order(angry, side="sell", type="stop", purpose="stop_loss", trigger="65000", reduce_only=True)

    assert adapter.poll(stop, QUOTE) == []
    script.market_sell()
    [fill] = adapter.poll(stop, BELOW_STOP)

    assert fill.quantity == Decimal("0.01") and fill.liquidity == "taker"
