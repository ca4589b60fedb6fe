"""The ccxt adapter against recorded Binance answers: orders, fills, fees, balances, positions, errors."""
from __future__ import annotations

from decimal import Decimal
from urllib.parse import urlsplit

import pytest
import requests

from echotrade.exceptions import InsufficientFunds, InvalidOrder, PermanentExchangeError, TemporaryExchangeError
from execution.exchanges.live import LiveExchange, client_order_id
from execution.models import Order, Position
from tests.live_exchange.conftest import API_KEY, SECRET, quote_like, recorded

QUOTE = quote_like()


def make_order(account, *, side="buy", type="market", purpose="entry", quantity="0.01", price=None, trigger=None,
               leverage=1, reduce_only=False, position_side="long"):
    position = Position.objects.create(account=account, symbol="BTC/USDT", side=position_side, leverage=leverage)
    return Order.objects.create(
        account=account, position=position, symbol="BTC/USDT", side=side, type=type, purpose=purpose,
        quantity=Decimal(quantity), price=Decimal(price) if price else None,
        trigger_price=Decimal(trigger) if trigger else None, reduce_only=reduce_only,
    )


@pytest.fixture
def spot(store_key):
    return LiveExchange(store_key())


@pytest.fixture
def futures(store_key):
    return LiveExchange(store_key(exchange="binance", market_type="usdm"))


# --- spot orders ----------------------------------------------------------------------------------
def test_a_spot_market_buy_is_sent_signed_to_the_testnet_and_fills_at_the_exchanges_average(spot, angry, exchange_http):
    order = make_order(angry)
    exchange_http.answer("POST", "/api/v3/order", "spot_order_market_buy_filled.json")

    [fill] = spot.submit(order, QUOTE)

    [sent] = exchange_http.calls("POST", "/api/v3/order")
    params = exchange_http.params(sent)
    assert urlsplit(sent.url).hostname == "testnet.binance.vision"
    assert params["symbol"] == "BTCUSDT" and params["side"] == "BUY" and params["type"] == "MARKET"
    assert params["quantity"] == "0.01"
    assert params["newClientOrderId"] == client_order_id(order)
    assert "signature" in params and sent.headers["X-MBX-APIKEY"] == API_KEY
    assert SECRET not in sent.url and SECRET not in str(sent.body)
    assert fill.quantity == Decimal("0.01")
    assert fill.price == Decimal("67001.7")  # 670.017 USDT for 0.01 BTC over two fills
    # The commission was 0.00001 BTC: valued at the fill price.
    assert fill.fee == Decimal("0.67001700")
    assert fill.liquidity == "taker" and fill.reference_price == QUOTE.ask


def test_a_spot_sell_books_the_commission_the_exchange_charged_in_usdt(spot, angry, exchange_http):
    order = make_order(angry, side="sell", purpose="close", reduce_only=True)
    exchange_http.answer("POST", "/api/v3/order", "spot_order_market_sell_filled.json")

    [fill] = spot.submit(order, QUOTE)

    assert fill.price == Decimal("66998") and fill.fee == Decimal("0.66998")
    assert fill.reference_price == QUOTE.bid
    assert "reduceOnly" not in exchange_http.params(exchange_http.calls("POST")[0])  # spot has no reduce-only


def test_a_key_marked_not_sandbox_trades_on_the_real_exchange(store_key, angry, exchange_http):
    adapter = LiveExchange(store_key(sandbox=False))
    exchange_http.answer("POST", "/api/v3/order", "spot_order_market_buy_filled.json")

    adapter.submit(make_order(angry), QUOTE)

    assert {urlsplit(r.url).hostname for r in exchange_http.requests} == {"api.binance.com"}


def test_a_resting_limit_reports_fills_as_the_exchange_reports_them(spot, angry, exchange_http):
    order = make_order(angry, type="limit", price="66000")
    exchange_http.answer("POST", "/api/v3/order", "spot_order_limit_buy_new.json")
    exchange_http.answer("GET", "/api/v3/order", "spot_order_limit_buy_query_new.json")
    exchange_http.answer("GET", "/api/v3/order", "spot_order_limit_buy_query_partial.json")
    exchange_http.answer("GET", "/api/v3/order", "spot_order_limit_buy_query_filled.json")

    assert spot.submit(order, QUOTE) == []
    assert spot.poll(order, QUOTE) == []
    [first] = spot.poll(order, QUOTE)
    order.filled_quantity, order.average_price = first.quantity, first.price  # what fill_apply books
    [second] = spot.poll(order, QUOTE)

    assert exchange_http.params(exchange_http.calls("POST")[0])["price"] == "66000"
    assert {exchange_http.params(r)["origClientOrderId"] for r in exchange_http.calls("GET", "/api/v3/order")} == {
        client_order_id(order)
    }
    assert (first.quantity, first.price, first.liquidity) == (Decimal("0.004"), Decimal("66000"), "maker")
    assert (second.quantity, second.price) == (Decimal("0.006"), Decimal("66000"))
    # No commission in a query answer: the account's maker rate, as the paper model charges.
    assert second.fee == (Decimal("66000") * Decimal("0.006") * angry.maker_fee_rate).quantize(Decimal("0.00000001"))


def test_a_call_through_ccxt_leaves_our_decimal_context_as_it_was(spot, angry, exchange_http):
    # ccxt's decimal_to_precision sets the thread's rounding to HALF_UP and traps Underflow; our
    # money arithmetic (and every quantize without an explicit rounding) must not inherit that.
    import decimal

    decimal.setcontext(decimal.Context())
    before = decimal.getcontext().copy()
    exchange_http.answer("POST", "/api/v3/order", "spot_order_limit_buy_new.json")

    spot.submit(make_order(angry, type="limit", price="66000"), QUOTE)

    after = decimal.getcontext()
    assert (after.rounding, after.prec, after.traps) == (before.rounding, before.prec, before.traps)


def test_cancel_withdraws_the_order_by_its_client_id(spot, angry, exchange_http):
    order = make_order(angry, type="limit", price="66000")
    exchange_http.answer("DELETE", "/api/v3/order", "spot_order_limit_buy_canceled.json")

    spot.cancel(order)

    [sent] = exchange_http.calls("DELETE", "/api/v3/order")
    assert exchange_http.params(sent)["origClientOrderId"] == client_order_id(order)


def test_cancelling_an_order_the_exchange_no_longer_has_is_not_an_error(spot, angry, exchange_http):
    exchange_http.answer("DELETE", "/api/v3/order", {"code": -2011, "msg": "Unknown order sent."}, status=400)

    spot.cancel(make_order(angry, type="limit", price="66000"))

    assert len(exchange_http.calls("DELETE")) == 1


def test_a_stop_loss_waits_in_our_table_and_sends_a_market_order_when_price_crosses_it(spot, angry, exchange_http):
    stop = make_order(angry, side="sell", type="stop", purpose="stop_loss", trigger="65000", reduce_only=True)
    exchange_http.answer("POST", "/api/v3/order", "spot_order_market_sell_filled.json")

    assert spot.poll(stop, quote_like("65500", "65499", "65501")) == []
    assert exchange_http.calls("POST") == []
    [fill] = spot.poll(stop, quote_like("64990", "64989", "64991"))

    params = exchange_http.params(exchange_http.calls("POST", "/api/v3/order")[0])
    assert params["type"] == "MARKET" and params["side"] == "SELL"
    assert fill.quantity == Decimal("0.01")


def test_cancelling_a_stop_loss_sends_nothing_because_it_never_left_our_table(spot, angry, exchange_http):
    spot.cancel(make_order(angry, side="sell", type="stop", purpose="stop_loss", trigger="65000", reduce_only=True))

    assert exchange_http.requests == []


# --- USDT-margined futures --------------------------------------------------------------------
def test_a_futures_entry_sets_isolated_margin_and_leverage_then_fills(futures, angry, exchange_http):
    order = make_order(angry, leverage=5)
    exchange_http.answer("POST", "/fapi/v1/marginType", "fapi_marginType_ok.json")
    exchange_http.answer("POST", "/fapi/v1/leverage", "fapi_leverage.json")
    exchange_http.answer("POST", "/fapi/v1/order", "fapi_order_market_buy_filled.json")

    [fill] = futures.submit(order, QUOTE)

    paths = [urlsplit(r.url).path for r in exchange_http.requests if r.method == "POST"]
    assert paths == ["/fapi/v1/marginType", "/fapi/v1/leverage", "/fapi/v1/order"]
    # Binance retired the futures testnet: ccxt's demo trading is the sandbox there.
    assert {urlsplit(r.url).hostname for r in exchange_http.requests} == {"demo-fapi.binance.com"}
    assert exchange_http.params(exchange_http.calls("POST", "/fapi/v1/marginType")[0])["marginType"] == "ISOLATED"
    assert exchange_http.params(exchange_http.calls("POST", "/fapi/v1/leverage")[0])["leverage"] == "5"
    assert fill.price == Decimal("67010.1") and fill.quantity == Decimal("0.01")
    # A futures order answer carries no commission: the account's taker rate.
    assert fill.fee == (Decimal("67010.1") * Decimal("0.01") * angry.taker_fee_rate).quantize(Decimal("0.00000001"))


def test_a_futures_entry_goes_on_when_the_margin_mode_is_already_isolated(futures, angry, exchange_http):
    exchange_http.answer("POST", "/fapi/v1/marginType", {"code": -4046, "msg": "No need to change margin type."}, 400)
    exchange_http.answer("POST", "/fapi/v1/leverage", "fapi_leverage.json")
    exchange_http.answer("POST", "/fapi/v1/order", "fapi_order_market_buy_filled.json")

    assert len(futures.submit(make_order(angry, leverage=5), QUOTE)) == 1


def test_a_futures_close_is_sent_reduce_only(futures, angry, exchange_http):
    order = make_order(angry, side="sell", purpose="close", reduce_only=True)
    exchange_http.answer("POST", "/fapi/v1/order", "fapi_order_market_sell_reduce_filled.json")

    [fill] = futures.submit(order, QUOTE)

    assert exchange_http.params(exchange_http.calls("POST", "/fapi/v1/order")[0])["reduceOnly"] == "true"
    assert exchange_http.calls("POST", "/fapi/v1/leverage") == []  # only entries set leverage
    assert fill.price == Decimal("67150")


# --- balances and positions -----------------------------------------------------------------
def test_the_spot_balance_lists_every_currency_held(spot, exchange_http):
    exchange_http.answer("GET", "/api/v3/account", "spot_account.json")

    balance = spot.fetch_balance()

    assert set(balance) == {"BTC", "USDT"}
    assert balance["USDT"] == {"free": Decimal("9329.983"), "used": Decimal("660"), "total": Decimal("9989.983")}


def test_spot_positions_are_the_coins_held(spot, exchange_http):
    exchange_http.answer("GET", "/api/v3/account", "spot_account.json")

    [position] = spot.fetch_positions()

    assert position["symbol"] == "BTC/USDT" and position["quantity"] == Decimal("0.01") and position["side"] == "long"


def test_the_futures_balance_is_the_margin_wallet(futures, exchange_http):
    exchange_http.answer("GET", "/fapi/v3/account", "fapi_v3_account.json")

    balance = futures.fetch_balance()

    assert balance["USDT"]["total"] == Decimal("10000.2289")  # ccxt's total: wallet plus unrealised P&L
    assert balance["USDT"]["free"] == Decimal("9865.3097")


def test_futures_positions_list_the_open_ones_with_entry_and_pnl(futures, exchange_http):
    exchange_http.answer("GET", "/fapi/v3/positionRisk", "fapi_v3_positionRisk.json")

    [position] = futures.fetch_positions()

    assert position["symbol"] == "BTC/USDT" and position["side"] == "long"
    assert position["quantity"] == Decimal("0.01") and position["entry_price"] == Decimal("67010.1")
    assert position["unrealised_pnl"] == Decimal("0.899")


# --- errors ----------------------------------------------------------------------------------------
ERRORS = [
    ("connection refused", requests.exceptions.ConnectionError("Connection refused"), 200, TemporaryExchangeError),
    ("read timeout", requests.exceptions.ReadTimeout("read timed out"), 200, TemporaryExchangeError),
    ("rate limit", {"code": -1003, "msg": "Too many requests; current limit is 6000 request weight per 1 MINUTE."}, 429,
     TemporaryExchangeError),
    ("maintenance", {"code": -1001, "msg": "Internal error; unable to process your request. Please try again."}, 503,
     TemporaryExchangeError),
    ("insufficient funds", {"code": -2010, "msg": "Account has insufficient balance for requested action."}, 400,
     InsufficientFunds),
    ("invalid order", {"code": -1013, "msg": "Filter failure: NOTIONAL"}, 400, InvalidOrder),
    ("bad symbol", {"code": -1121, "msg": "Invalid symbol."}, 400, InvalidOrder),
    ("rejected key", {"code": -2015, "msg": "Invalid API-key, IP, or permissions for action."}, 401,
     PermanentExchangeError),
]


@pytest.mark.parametrize("case, body, status, expected", ERRORS, ids=[e[0] for e in ERRORS])
def test_ccxt_errors_become_temporary_or_permanent_exchange_errors(spot, angry, exchange_http, case, body, status, expected):
    exchange_http.answer("POST", "/api/v3/order", body, status=status)
    if expected is TemporaryExchangeError:  # the adapter looks the order up before giving up
        exchange_http.answer("GET", "/api/v3/order", {"code": -2013, "msg": "Order does not exist."}, status=400)

    with pytest.raises(expected) as raised:
        spot.submit(make_order(angry), QUOTE)

    assert isinstance(raised.value, TemporaryExchangeError) == (expected is TemporaryExchangeError)
    assert raised.value.message.startswith("Binance testnet ")
    assert len(raised.value.message) <= 240


def test_futures_margin_shortfall_is_insufficient_funds(futures, angry, exchange_http):
    exchange_http.answer("POST", "/fapi/v1/order", {"code": -2019, "msg": "Margin is insufficient."}, status=400)

    with pytest.raises(InsufficientFunds):
        futures.submit(make_order(angry, side="sell", purpose="close", reduce_only=True), QUOTE)


def test_a_timeout_after_the_exchange_took_the_order_is_resolved_by_looking_it_up(spot, angry, exchange_http):
    order = make_order(angry)
    exchange_http.answer("POST", "/api/v3/order", requests.exceptions.ReadTimeout("read timed out"))
    filled = {**recorded(
        "spot_order_limit_buy_query_filled.json"), "type": "MARKET", "price": "0.00000000", "cummulativeQuoteQty": "670.00000000"}
    exchange_http.answer("GET", "/api/v3/order", filled)

    [fill] = spot.submit(order, QUOTE)

    assert len(exchange_http.calls("POST", "/api/v3/order")) == 1  # not sent twice
    assert exchange_http.params(exchange_http.calls("GET", "/api/v3/order")[0])["origClientOrderId"] == client_order_id(order)
    assert fill.quantity == Decimal("0.01") and fill.price == Decimal("67000")


def test_an_error_message_never_repeats_the_key_or_secret(spot, angry, exchange_http, caplog):
    echo = {"code": -2015, "msg": f"Invalid API-key {API_KEY} signature=abc123 for secret {SECRET}"}
    exchange_http.answer("POST", "/api/v3/order", echo, status=401)

    with pytest.raises(PermanentExchangeError) as raised:
        spot.submit(make_order(angry), QUOTE)

    assert API_KEY not in raised.value.message and SECRET not in raised.value.message
    assert "abc123" not in raised.value.message
    assert API_KEY not in caplog.text and SECRET not in caplog.text
    assert "refused the API key" in raised.value.message


def test_a_failed_poll_reports_nothing_so_the_monitor_goes_on_and_tries_again(spot, angry, exchange_http):
    stop = make_order(angry, side="sell", type="stop", purpose="stop_loss", trigger="65000", reduce_only=True)
    exchange_http.answer("POST", "/api/v3/order", {"code": -1003, "msg": "Too many requests."}, status=429)
    exchange_http.answer("GET", "/api/v3/order", {"code": -2013, "msg": "Order does not exist."}, status=400)
    exchange_http.answer("POST", "/api/v3/order", "spot_order_market_sell_filled.json")
    below = quote_like("64990", "64989", "64991")

    assert spot.poll(stop, below) == []
    [fill] = spot.poll(stop, below)  # the next price update, still through the stop

    assert fill.quantity == Decimal("0.01")
    assert len(exchange_http.calls("POST", "/api/v3/order")) == 2


# --- other venues: configured, not yet exercised against recordings -------------------------------
def test_a_bybit_sandbox_key_builds_a_testnet_client_for_linear_perpetuals(store_key):
    from execution.exchanges.live import make_client

    client = make_client(store_key(exchange="bybit", market_type="usdm"))

    assert "testnet" in str(client.urls["api"])
    assert client.options["defaultType"] == "swap"
    assert (client.apiKey, client.secret) == (API_KEY, SECRET)


def test_an_okx_key_carries_its_passphrase_and_its_sandbox_is_simulated_trading(store_key):
    from execution.exchanges.live import make_client

    client = make_client(store_key(exchange="okx", password="okx-pass"))

    assert client.password == "okx-pass"
    assert client.headers.get("x-simulated-trading") == "1"
    assert LiveExchange(store_key(exchange="okx", market_type="usdm", password="p")).market_symbol("BTC/USDT") == (
        "BTC/USDT:USDT"
    )
