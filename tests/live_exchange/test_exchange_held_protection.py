"""Stops and targets held on the exchange (Binance USDⓈ-M), on recorded answers through ccxt.

A futures position's stop rests on Binance as a reduce-only ``STOP_MARKET`` (ccxt sends it to the
algo-order endpoint), each target as a reduce-only ``LIMIT``; the monitor asks Binance what they
filled instead of triggering them itself. A spot account keeps stops in our table.
"""
from __future__ import annotations

from decimal import Decimal
from urllib.parse import urlsplit

import pytest
import requests

from accounts.models import Account
from echotrade.models import AuditEvent
from execution import trade_management as management
from execution.exchanges.live import client_order_id
from execution.market.services import quote_set
from execution.models import Fill, Order, Position
from execution.services import position_close, position_open, position_update_protection
from execution.services.live import account_go_live
from tests.helpers import move_market
from tests.live_exchange.conftest import recorded

pytestmark = pytest.mark.usefixtures("market")

ALGO = "/fapi/v1/algoOrder"
ORDER = "/fapi/v1/order"
NOT_FOUND = (400, {"code": -2013, "msg": "Order does not exist."})
TRAIL_1_5 = {"kind": "percent_below_highest", "callback_pct": 1.5}
TARGETS = ((Decimal("69000"), Decimal("0.5")), (Decimal("70000"), Decimal("0.3")), (Decimal("71000"), Decimal("0.2")))


class FuturesBook:
    """Binance's side of the held orders: each answer is a recording in Binance's wire format with
    the request's own id, side, price and quantity, so a later query finds what was sent."""

    def __init__(self, http):
        self.algo: dict[str, dict] = {}  # clientAlgoId -> the algo order as a query returns it
        self.orders: dict[str, dict] = {}  # clientOrderId or orderId -> the order as a query returns it
        http.always[("POST", ALGO)] = (200, self._algo_new)
        http.always[("GET", ALGO)] = (200, lambda p: self.algo.get(p["clientAlgoId"], NOT_FOUND))
        http.always[("DELETE", ALGO)] = (200, self._algo_cancel)
        http.always[("POST", ORDER)] = (200, self._limit_new)
        http.always[("GET", ORDER)] = (200, self._order_query)
        http.always[("DELETE", ORDER)] = (200, self._limit_cancel)

    def _order_query(self, p):
        return self.orders.get(p.get("origClientOrderId", p.get("orderId")), NOT_FOUND)

    def _algo_new(self, p):
        echo = pick_dict(p, "clientAlgoId", "side", "quantity", "triggerPrice")
        self.algo[p["clientAlgoId"]] = {**recorded("fapi_algoOrder_stop_market_query_new.json"), **echo}
        return {**recorded("fapi_algoOrder_stop_market_new.json"), **echo}

    def _algo_cancel(self, p):
        if p["clientAlgoId"] not in self.algo:
            return 400, {"code": -20124, "msg": "Invalid algo id or it has been completed."}
        self.algo[p["clientAlgoId"]]["algoStatus"] = "CANCELED"
        return {**recorded("fapi_algoOrder_canceled.json"), "clientAlgoId": p["clientAlgoId"]}

    def _limit_new(self, p):
        echo = {"clientOrderId": p["newClientOrderId"], "origQty": p["quantity"], **pick_dict(p, "side", "price")}
        self.orders[p["newClientOrderId"]] = {**recorded("fapi_order_limit_sell_reduce_new.json"), **echo}
        return self.orders[p["newClientOrderId"]]

    def _limit_cancel(self, p):
        if p["origClientOrderId"] not in self.orders:
            return 400, {"code": -2011, "msg": "Unknown order sent."}
        self.orders[p["origClientOrderId"]]["status"] = "CANCELED"
        return {**recorded("fapi_order_limit_sell_reduce_canceled.json"), **self.orders[p["origClientOrderId"]]}

    def trigger(self, client_id: str, average: str) -> None:
        """The stop triggered on Binance: its algo order finished and Binance's market order filled."""
        actual = recorded("fapi_order_stop_market_triggered_filled.json")
        self.algo[client_id].update(algoStatus="FINISHED", actualOrderId=str(actual["orderId"]), actualPrice=average)
        self.orders[str(actual["orderId"])] = {**actual, "avgPrice": average, "clientOrderId": client_id}

    def fill(self, client_id: str) -> None:
        """A resting target traded through: Binance filled it at its price."""
        order = self.orders[client_id]
        order.update(status="FILLED", executedQty=order["origQty"], avgPrice=order["price"])

    def resting(self) -> list[tuple]:
        """What Binance holds for us now: (type, trigger or price, quantity)."""
        stops = [("STOP_MARKET", o["triggerPrice"], o["quantity"]) for o in self.algo.values()
                 if o["algoStatus"] == "NEW"]
        limits = [("LIMIT", o["price"], o["origQty"]) for o in self.orders.values() if o["status"] == "NEW"]
        return stops + limits


@pytest.fixture
def live_futures(angry, owner, store_key) -> Account:
    store_key(exchange="binance", market_type="usdm")
    return account_go_live(account=angry, actor=owner, confirm="angry")


@pytest.fixture
def book(exchange_http) -> FuturesBook:
    return FuturesBook(exchange_http)


def open_position(account, exchange_http, *, stop="65000", targets=TARGETS, trailing=None, leverage=5) -> Position:
    """A 0.01 BTC long at 5x, entered at market (Binance fills it at 67,010.1)."""
    exchange_http.answer("POST", "/fapi/v1/marginType", "fapi_marginType_ok.json")
    exchange_http.answer("POST", "/fapi/v1/leverage", "fapi_leverage.json")
    exchange_http.answer("POST", ORDER, "fapi_order_market_buy_filled.json")
    plan = management.TradePlan(
        entries=(), targets=tuple(management.Level(price, fraction) for price, fraction in targets),
        stop_loss=Decimal(stop), trailing=management.trailing_parse(trailing),
    )
    quote = quote_set(symbol="BTC/USDT", price=Decimal("67000"), bid=Decimal("66999"), ask=Decimal("67001"))
    return position_open(
        account=Account.objects.select_for_update().get(pk=account.pk), symbol="BTC/USDT", side="long",
        quantity=Decimal("0.01"), leverage=leverage, quote=quote, plan=plan,
    )


def sent(exchange_http, method: str, path: str) -> list[dict]:
    return [exchange_http.params(r) for r in exchange_http.calls(method, path)]


def calls_since(exchange_http, before: int) -> list[tuple[str, str]]:
    return [(r.method, urlsplit(r.url).path) for r in exchange_http.requests[before:]]


def pick(params: dict, *keys: str) -> tuple:
    return tuple(params[key] for key in keys)


def pick_dict(params: dict, *keys: str) -> dict:
    return {key: params[key] for key in keys}


def working(position, purpose) -> list[Order]:
    return list(position.orders.filter(purpose=purpose, status__in=Order.WORKING_STATUSES).order_by("pk"))


# --- placing -------------------------------------------------------------------------------------
def test_a_live_futures_position_rests_a_reduce_only_stop_market_and_a_limit_per_target_on_binance(
    live_futures, exchange_http, book
):
    position = open_position(live_futures, exchange_http)

    [stop] = working(position, Order.Purpose.STOP_LOSS)
    [stop_sent] = sent(exchange_http, "POST", ALGO)
    # ccxt's unified stop (type "market" + triggerPrice) is Binance's conditional STOP_MARKET, on the algo endpoint.
    assert pick(stop_sent, "algoType", "type", "side", "quantity", "triggerPrice", "reduceOnly", "workingType") == (
        "CONDITIONAL", "STOP_MARKET", "SELL", "0.01", "65000", "true", "CONTRACT_PRICE"
    )
    assert stop_sent["clientAlgoId"] == client_order_id(stop) and "stopPrice" not in stop_sent
    # 0.01 BTC over 50/30/20 %: 0.005, 0.003, 0.002, each a reduce-only GTC limit at its target.
    entry, *target_sent = sent(exchange_http, "POST", ORDER)
    assert entry["type"] == "MARKET"
    assert [pick(t, "type", "timeInForce", "side", "price", "quantity", "reduceOnly") for t in target_sent] == [
        ("LIMIT", "GTC", "SELL", "69000", "0.005", "true"),
        ("LIMIT", "GTC", "SELL", "70000", "0.003", "true"),
        ("LIMIT", "GTC", "SELL", "71000", "0.002", "true"),
    ]
    targets = working(position, Order.Purpose.TAKE_PROFIT)
    assert [t["newClientOrderId"] for t in target_sent] == [client_order_id(t) for t in targets]
    assert all(o.exchange_held and o.status == Order.Status.OPEN for o in [stop, *targets])
    # The stop went out before the targets, right after the entry.
    assert [path for method, path in calls_since(exchange_http, 0) if method == "POST"] == [
        "/fapi/v1/marginType", "/fapi/v1/leverage", ORDER, ALGO, ORDER, ORDER, ORDER,
    ]


def test_a_stop_the_exchange_refuses_to_hold_is_watched_by_the_monitor_instead(live_futures, exchange_http, book):
    exchange_http.answer("POST", ALGO, {"code": -2021, "msg": "Order would immediately trigger."}, status=400)

    position = open_position(live_futures, exchange_http)

    [stop] = working(position, Order.Purpose.STOP_LOSS)
    assert not stop.exchange_held and stop.status == Order.Status.OPEN
    assert "would immediately trigger" in stop.status_reason
    assert all(t.exchange_held for t in working(position, Order.Purpose.TAKE_PROFIT))


# --- moving the stop -------------------------------------------------------------------------------
def test_moving_the_stop_places_the_new_stop_first_then_withdraws_the_old_one_and_leaves_the_targets(
    live_futures, exchange_http, book
):
    position = open_position(live_futures, exchange_http)
    [old] = working(position, Order.Purpose.STOP_LOSS)
    before = len(exchange_http.requests)

    position_update_protection(position=position, stop_loss="66000")

    assert calls_since(exchange_http, before) == [("POST", ALGO), ("DELETE", ALGO)]
    [new] = working(position, Order.Purpose.STOP_LOSS)
    assert sent(exchange_http, "POST", ALGO)[-1]["triggerPrice"] == "66000"
    assert sent(exchange_http, "DELETE", ALGO)[0]["clientAlgoId"] == client_order_id(old)
    old.refresh_from_db()
    assert old.status == Order.Status.CANCELLED and new.exchange_held and new.trigger_price == Decimal("66000")
    assert ("STOP_MARKET", "66000", "0.01") in book.resting() and ("STOP_MARKET", "65000", "0.01") not in book.resting()


def test_a_trailing_stop_is_replaced_on_the_exchange_only_once_it_moved_a_tenth_of_a_percent(
    live_futures, exchange_http, book
):
    open_position(live_futures, exchange_http, trailing=TRAIL_1_5)

    move_market("BTC/USDT", "67000")  # the trail: 67,000 × (1 − 1.5 %) = 65,995
    move_market("BTC/USDT", "67020")  # 66,014.7: 19.7 above the held stop, under 0.1 % (66.01)
    position = Position.objects.get(account=live_futures)
    assert position.stop_loss == Decimal("66014.7") and position.stop_kind == "trailing"
    assert [p["triggerPrice"] for p in sent(exchange_http, "POST", ALGO)] == ["65000", "65995"]
    move_market("BTC/USDT", "67200")  # 66,192: 197 above the held 65,995, past the step

    assert [p["triggerPrice"] for p in sent(exchange_http, "POST", ALGO)] == ["65000", "65995", "66192"]
    assert len(exchange_http.calls("DELETE", ALGO)) == 2
    [stop] = working(position, Order.Purpose.STOP_LOSS)
    assert stop.trigger_price == Decimal("66192")
    assert [s for s in book.resting() if s[0] == "STOP_MARKET"] == [("STOP_MARKET", "66192", "0.01")]
    assert exchange_http.calls("DELETE", ORDER) == []  # the targets stayed on the book


def test_a_temporary_error_while_replacing_leaves_the_old_stop_in_place_and_our_books_unchanged(
    live_futures, exchange_http, book
):
    position = open_position(live_futures, exchange_http, trailing=TRAIL_1_5)
    [old] = working(position, Order.Purpose.STOP_LOSS)
    exchange_http.answer("POST", ALGO, requests.exceptions.ConnectionError("Connection reset by peer"))

    move_market("BTC/USDT", "67000")

    position.refresh_from_db()
    assert (position.stop_loss, position.stop_kind) == (Decimal("65000"), "fixed")
    assert working(position, Order.Purpose.STOP_LOSS) == [old]
    assert len(exchange_http.calls("POST", ALGO)) == 2  # the stop at opening, and the replacement that failed
    assert exchange_http.calls("DELETE", ALGO) == []  # the old stop was never withdrawn
    assert ("STOP_MARKET", "65000", "0.01") in book.resting()
    assert not AuditEvent.objects.filter(action="position.stop_moved").exists()
    # The next price, with Binance back, moves it.
    move_market("BTC/USDT", "67000")
    [new] = working(position, Order.Purpose.STOP_LOSS)
    assert new.trigger_price == Decimal("65995") and new.exchange_held


# --- fills the exchange reports ------------------------------------------------------------------
def test_the_monitor_books_a_held_stops_fill_as_binance_reports_it_even_at_a_price_it_never_saw(
    live_futures, exchange_http, book
):
    position = open_position(live_futures, exchange_http)
    [stop] = working(position, Order.Purpose.STOP_LOSS)
    cash_before = Account.objects.get(pk=live_futures.pk).cash
    book.trigger(client_order_id(stop), "64990.00")  # a wick while EchoTrade was down: Binance sold at 64,990

    move_market("BTC/USDT", "65500")  # above the stop: EchoTrade would not have triggered it itself

    position.refresh_from_db()
    assert position.status == Position.Status.CLOSED and position.close_reason == "stop_loss"
    fill = Fill.objects.get(order=stop)
    assert (fill.price, fill.quantity, fill.liquidity) == (Decimal("64990"), Decimal("0.01"), "taker")
    # Futures answers carry no commission: the account's taker rate, 64,990 × 0.01 × 0.05 % = 0.32495.
    assert fill.fee == Decimal("0.32495")
    assert position.realised_pnl == Decimal("-20.201")  # (64,990 − 67,010.1) × 0.01
    assert sent(exchange_http, "GET", ORDER)[0]["orderId"] == "4095231188"  # the market order Binance placed
    assert [p["type"] for p in sent(exchange_http, "POST", ORDER)] == ["MARKET", "LIMIT", "LIMIT", "LIMIT"]
    # Margin back (67,010.1 × 0.01 ÷ 5 = 134.0202) plus the loss, less the fee.
    cash = Account.objects.get(pk=live_futures.pk).cash
    assert cash == cash_before + Decimal("134.0202") - Decimal("20.201") - Decimal("0.32495")
    # The targets were withdrawn from Binance's book once the position was flat.
    assert book.resting() == [] and working(position, Order.Purpose.TAKE_PROFIT) == []


def test_a_target_binance_filled_is_booked_and_only_the_stop_is_resized_for_what_is_left(
    live_futures, exchange_http, book
):
    position = open_position(live_futures, exchange_http)
    [old_stop] = working(position, Order.Purpose.STOP_LOSS)
    first, *others = working(position, Order.Purpose.TAKE_PROFIT)
    book.fill(client_order_id(first))
    before = len(exchange_http.requests)

    move_market("BTC/USDT", "69050")

    fill = Fill.objects.get(order=first)
    # A resting limit fills at its price as a maker: 69,000 × 0.005 × 0.02 % = 0.069.
    assert (fill.price, fill.quantity, fill.liquidity) == (Decimal("69000"), Decimal("0.005"), "maker")
    assert fill.fee == Decimal("0.069")
    assert fill.realised_pnl == Decimal("9.9495")  # (69,000 − 67,010.1) × 0.005
    position.refresh_from_db()
    assert position.quantity == Decimal("0.005")
    assert [t["status"] for t in position.targets] == ["filled", "open", "open"]
    # Targets 2 and 3 still split what is left 60/40 (0.003, 0.002): they stay; the stop shrinks to 0.005.
    writes = [call for call in calls_since(exchange_http, before) if call[0] != "GET"]
    assert writes == [("POST", ALGO), ("DELETE", ALGO)]
    assert sent(exchange_http, "POST", ALGO)[-1]["quantity"] == "0.005"
    assert working(position, Order.Purpose.TAKE_PROFIT) == others
    assert sorted(book.resting()) == [
        ("LIMIT", "70000", "0.003"), ("LIMIT", "71000", "0.002"), ("STOP_MARKET", "65000", "0.005"),
    ]
    old_stop.refresh_from_db()
    assert old_stop.status == Order.Status.CANCELLED


def test_a_held_stop_cancelled_on_the_exchange_is_laid_again(live_futures, exchange_http, book):
    position = open_position(live_futures, exchange_http)
    [old] = working(position, Order.Purpose.STOP_LOSS)
    book.algo[client_order_id(old)]["algoStatus"] = "CANCELED"  # withdrawn by hand in Binance's app

    move_market("BTC/USDT", "67000")

    old.refresh_from_db()
    assert old.status == Order.Status.CANCELLED
    [new] = working(position, Order.Purpose.STOP_LOSS)
    assert new.exchange_held and ("STOP_MARKET", "65000", "0.01") in book.resting()


# --- closing ----------------------------------------------------------------------------------------
def test_closing_a_held_position_withdraws_its_stop_and_targets_before_the_close_goes_out(
    live_futures, exchange_http, book
):
    position = open_position(live_futures, exchange_http)
    before = len(exchange_http.requests)
    exchange_http.answer("POST", ORDER, "fapi_order_market_sell_reduce_filled.json")

    position = position_close(position=position)

    # The targets first, the stop last (it protects longest), then the close.
    assert calls_since(exchange_http, before) == [("DELETE", ORDER)] * 3 + [("DELETE", ALGO), ("POST", ORDER)]
    assert position.status == Position.Status.CLOSED and book.resting() == []


# --- spot: today's behaviour -------------------------------------------------------------------------
def test_a_spot_live_account_keeps_its_stop_in_our_table_and_sells_at_market_when_price_crosses_it(
    angry, owner, store_key, exchange_http
):
    store_key()  # Binance spot
    account = account_go_live(account=angry, actor=owner, confirm="angry")
    exchange_http.answer("POST", "/api/v3/order", "spot_order_market_buy_filled.json")
    plan = management.TradePlan(entries=(), targets=(management.Level(Decimal("70000"), Decimal("1")),),
                                stop_loss=Decimal("65000"))
    quote = quote_set(symbol="BTC/USDT", price=Decimal("67000"), bid=Decimal("66999"), ask=Decimal("67001"))
    position = position_open(account=Account.objects.select_for_update().get(pk=account.pk), symbol="BTC/USDT",
                             side="long", quantity=Decimal("0.01"), leverage=1, quote=quote, plan=plan)

    assert len(exchange_http.calls("POST")) == 1  # the entry only: nothing rests on the exchange
    [stop] = working(position, Order.Purpose.STOP_LOSS)
    assert not stop.exchange_held
    exchange_http.answer("POST", "/api/v3/order", "spot_order_market_sell_filled.json")
    move_market("BTC/USDT", "64990")

    sell = exchange_http.params(exchange_http.calls("POST", "/api/v3/order")[1])
    assert (sell["type"], sell["side"]) == ("MARKET", "SELL")
    position.refresh_from_db()
    assert position.status == Position.Status.CLOSED and position.close_reason == "stop_loss"
