"""The paper exchange: realistic fills, fees, slippage, limit entries, margin and liquidation price."""
from decimal import Decimal

import pytest

from execution.selectors import account_summary
from execution.liquidation import liquidation_price
from execution.models import Fill, Order, Position
from tests.helpers import decision_of, move_market, send_signal

D = Decimal
pytestmark = pytest.mark.usefixtures("market")


def test_a_market_long_fills_at_the_ask_plus_slippage_and_pays_the_taker_fee(yun_qiang, handjob):
    position = decision_of(send_signal(), handjob).position
    fill = Fill.objects.get(position=position)
    expected_price = (D("67001") * (1 + D("2") / 10000)).quantize(D("0.00000001"))
    assert fill.reference_price == D("67001")
    assert fill.price == expected_price
    assert fill.liquidity == "taker"
    assert fill.fee == (fill.price * fill.quantity * D("0.0005")).quantize(D("0.00000001"))
    assert position.entry_price == fill.price


def test_a_market_short_fills_at_the_bid_minus_slippage(yun_qiang, handjob):
    position = decision_of(send_signal(side="short"), handjob).position
    fill = Fill.objects.get(position=position)
    assert fill.reference_price == D("66999")
    assert fill.price == (D("66999") * (1 - D("2") / 10000)).quantize(D("0.00000001"))


def test_opening_moves_margin_and_fee_out_of_cash(yun_qiang, handjob):
    position = decision_of(send_signal(leverage=5), handjob).position
    handjob.refresh_from_db()
    fill = Fill.objects.get(position=position)
    assert position.margin == (fill.price * fill.quantity / 5).quantize(D("0.00000001"))
    assert handjob.cash == D("100000") - position.margin - fill.fee
    summary = account_summary(account=handjob)
    assert summary.equity == handjob.cash + position.margin + position.unrealised_pnl


def test_entry_zone_above_the_market_fills_at_once_no_worse_than_the_zone(yun_qiang, handjob):
    """Both ends of the zone are above the ask: each half is marketable and fills at once, never above its limit."""
    position = decision_of(send_signal(entry=["67500", "68000"]), handjob).position
    assert position.status == "open"
    entry_fills = Fill.objects.filter(position=position).order_by("order__price")
    assert [f.order.price for f in entry_fills] == [D("67500"), D("68000")]
    assert all(f.price <= f.order.price and f.liquidity == "taker" for f in entry_fills)


def test_entry_zone_below_the_market_rests_as_a_limit_order_with_margin_reserved(yun_qiang, handjob):
    """A long zone is split in two resting parts, the nearer (66,000) first, each with its margin and maker fee held."""
    position = decision_of(send_signal(entry=["65000", "66000"], leverage=2), handjob).position
    handjob.refresh_from_db()
    entries = list(position.orders.filter(purpose="entry").order_by("id"))
    assert [(e.type, e.status, e.price) for e in entries] == [("limit", "open", D("66000")), ("limit", "open", D("65000"))]
    held = sum(
        (e.quantity * e.price / 2).quantize(D("0.00000001")) + (e.quantity * e.price * D("0.0002")).quantize(D("0.00000001"))
        for e in entries
    )
    assert position.status == "pending"
    assert [e.reserved for e in entries] == [
        (e.quantity * e.price / 2).quantize(D("0.00000001")) + (e.quantity * e.price * D("0.0002")).quantize(D("0.00000001"))
        for e in entries
    ]
    assert position.margin == position.entry_reserve == held  # the fills' fees are held too, so they never overdraw
    assert handjob.cash == D("100000") - position.margin


def test_a_resting_entry_fills_as_maker_at_its_price_when_the_market_trades_through(yun_qiang, handjob):
    position = decision_of(send_signal(entry=["65000", "66000"], stop_loss="64000", take_profits=["70000"]), handjob).position
    move_market("BTC/USDT", "66500")
    position.refresh_from_db()
    assert position.status == "pending"
    move_market("BTC/USDT", "65900")
    position.refresh_from_db()
    fill = Fill.objects.get(position=position)
    assert (position.status, fill.price, fill.liquidity) == ("open", D("66000"), "maker")
    assert fill.fee == (D("66000") * fill.quantity * D("0.0002")).quantize(D("0.00000001"))
    working = {(o.purpose, o.quantity) for o in position.orders.filter(status="open")}
    rest = position.orders.get(purpose="entry", status="open")
    # The stop and the target cover what has filled; the 65,000 half still rests.
    assert working == {("stop_loss", fill.quantity), ("take_profit", fill.quantity), ("entry", rest.quantity)}
    assert rest.price == D("65000")


def test_a_short_entry_zone_rests_at_the_bottom_of_the_zone(yun_qiang, handjob):
    """A short sells the nearer end (the bottom) first, then averages up at the top."""
    position = decision_of(send_signal(side="short", entry=["68000", "69000"]), handjob).position
    assert list(position.orders.filter(purpose="entry").order_by("id").values_list("price", flat=True)) == [
        D("68000"), D("69000")
    ]
    assert position.status == "pending"


def test_liquidation_price_follows_binances_isolated_formula():
    # 0.1 BTC long at 67,000, 10x: margin 670, first bracket MMR 0.4 %, cum 0.
    price = liquidation_price(symbol="BTC/USDT", side="long", quantity=D("0.1"), entry_price=D("67000"), margin=D("670"))
    assert price == D("60542.16867470")  # (6700 - 670) / (0.1 × 0.996), worked by hand
    short = liquidation_price(symbol="BTC/USDT", side="short", quantity=D("0.1"), entry_price=D("67000"), margin=D("670"))
    assert short == ((D("6700") + D("670")) / (D("0.1") * (1 + D("0.004")))).quantize(D("0.00000001"))


def test_liquidation_price_uses_the_notional_bracket():
    # 2 BTC at 67,000 = 134,000 notional: second bracket, MMR 0.5 %, cum 50.
    price = liquidation_price(symbol="BTC/USDT", side="long", quantity=D("2"), entry_price=D("67000"), margin=D("13400"))
    assert price == ((D("134000") - D("13400") - D("50")) / (D("2") * (1 - D("0.005")))).quantize(D("0.00000001"))


def test_a_1x_long_has_no_liquidation_price(yun_qiang, handjob):
    position = decision_of(send_signal(leverage=1), handjob).position
    assert position.liquidation_price is None


def test_a_leveraged_position_carries_its_liquidation_price(yun_qiang, handjob):
    position = decision_of(send_signal(leverage=10), handjob).position
    expected = liquidation_price(
        symbol="BTC/USDT", side="long", quantity=position.quantity, entry_price=position.entry_price, margin=position.margin
    )
    assert position.liquidation_price == expected
    assert D("60000") < position.liquidation_price < D("61000")


def test_the_monitor_liquidates_and_the_whole_margin_is_lost(yun_qiang, handjob):
    position = decision_of(send_signal(leverage=10), handjob).position
    handjob.refresh_from_db()
    cash_before, margin = handjob.cash, position.margin
    move_market("BTC/USDT", position.liquidation_price - 1)
    position.refresh_from_db()
    handjob.refresh_from_db()
    assert (position.status, position.close_reason, position.quantity) == ("liquidated", "liquidation", D("0"))
    assert handjob.cash == cash_before  # nothing of the margin comes back
    assert position.realised_pnl - (position.fees - Fill.objects.filter(position=position, order__purpose="entry").get().fee) == -margin


def test_a_stop_loss_closes_the_position_at_the_bid_with_slippage(yun_qiang, handjob):
    position = decision_of(send_signal(stop_loss="66000", leverage=2), handjob).position
    move_market("BTC/USDT", "65950", spread=D("10"))  # bid 65,945
    position.refresh_from_db()
    exit_fill = Fill.objects.get(position=position, order__purpose="stop_loss")
    assert (position.status, position.close_reason) == ("closed", "stop_loss")
    assert exit_fill.price == (D("65945") * (1 - D("2") / 10000)).quantize(D("0.00000001"))
    assert position.realised_pnl < 0
    assert not position.orders.filter(status="open").exists()


def test_the_take_profit_ladder_closes_in_parts(yun_qiang, handjob):
    position = decision_of(send_signal(take_profits=["68000", "69000", "70000"]), handjob).position
    initial = position.quantity
    targets = list(position.orders.filter(purpose="take_profit", status="open").order_by("price"))
    assert sum(o.quantity for o in targets) == initial
    move_market("BTC/USDT", "68100")
    position.refresh_from_db()
    assert position.status == "open"
    assert position.take_profits == ["69000", "70000"]
    assert [t["status"] for t in position.targets] == ["filled", "open", "open"]
    assert position.quantity == initial - targets[0].quantity
    assert position.realised_pnl > 0
    move_market("BTC/USDT", "70500")  # both remaining levels at once
    position.refresh_from_db()
    assert (position.status, position.close_reason, position.quantity) == ("closed", "take_profit", D("0"))
    assert Fill.objects.filter(position=position, order__purpose="take_profit", liquidity="maker").count() == 3


def test_stop_loss_shrinks_with_the_position_after_a_target(yun_qiang, handjob):
    position = decision_of(send_signal(stop_loss="60000", take_profits=["68000", "70000"]), handjob).position
    move_market("BTC/USDT", "68100")
    position.refresh_from_db()
    stop = position.orders.get(purpose="stop_loss", status="open")
    assert stop.quantity == position.quantity


def test_the_stop_is_taken_before_targets_on_the_same_tick(yun_qiang, handjob):
    """A pathological quote through both levels: we assume the worse outcome, as a careful backtest does."""
    position = decision_of(send_signal(side="short", stop_loss="68000", take_profits=["66000"]), handjob).position
    move_market("BTC/USDT", "68500")
    position.refresh_from_db()
    assert position.close_reason == "stop_loss"


def test_order_lifecycle_moves_from_open_to_filled(yun_qiang, handjob):
    position = decision_of(send_signal(entry="66000"), handjob).position
    entry = position.orders.get(purpose="entry")
    assert entry.status == Order.Status.OPEN
    move_market("BTC/USDT", "65000")
    entry.refresh_from_db()
    assert (entry.status, entry.filled_quantity) == (Order.Status.FILLED, entry.quantity)


def test_a_paper_only_trader_never_reaches_a_live_account(yun_qiang, handjob):
    handjob.mode = "live"
    handjob.save()
    assert yun_qiang.paper_trade_only
    decision = decision_of(send_signal(), handjob)
    assert decision.outcome == "executed"


def test_a_live_account_without_an_exchange_fails_cleanly_and_writes_nothing(yun_qiang, handjob):
    from traders.services import trader_update

    trader_update(trader=yun_qiang, paper_trade_only=False)
    handjob.mode = "live"
    handjob.save()
    decision = decision_of(send_signal(), handjob)
    handjob.refresh_from_db()
    assert (decision.outcome, decision.reason) == ("failed", "live_trading_unavailable")
    assert not Position.objects.filter(account=handjob).exists()
    assert not Order.objects.filter(account=handjob).exists()
    assert handjob.cash == D("100000")
