"""execution.fills: the one fill model, on hand-worked quotes and bars (pure, no database)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal

import pytest

from execution import fills
from tests.shared_data import shared_data

D = Decimal
STEP = D("0.00000001")


@dataclass(frozen=True)
class Bar:
    open: Decimal
    high: Decimal
    low: Decimal


def bar(open_: str, high: str, low: str) -> Bar:
    return Bar(D(open_), D(high), D(low))


# --- market orders ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "side, bid, ask, bps, price, reference",
    [
        ("buy", "66999", "67001", "2", (D("67001") * (1 + D("2") / 10000)).quantize(STEP), "67001"),
        ("sell", "66999", "67001", "2", (D("66999") * (1 - D("2") / 10000)).quantize(STEP), "66999"),
        ("buy", "100", "100.1", "0", "100.1", "100.1"),
        ("sell", "100", "100.1", "0", "100", "100"),
        # Rounded to eight places, as the exchange books it: 0.33333333 × 1.0003 = 0.333433329999...
        ("buy", "0.33333332", "0.33333333", "3", "0.33343333", "0.33333333"),
    ],
)
def test_a_market_order_takes_the_far_side_of_the_book_plus_slippage(side, bid, ask, bps, price, reference):
    fill = fills.market_fill(side=side, bid=D(bid), ask=D(ask), slippage_bps=D(bps))

    assert (fill.price, fill.liquidity, fill.reference_price) == (D(price), "taker", D(reference))


@pytest.mark.parametrize(
    "side, bid, ask, bps, expected",
    [
        # What decide.py sized market entries at before fills.py: the ask × (1 + bps/10000) for a long …
        ("long", "66999", "67001", "2", D("67001") * (1 + D("2") / 10000)),
        ("long", "0.33333332", "0.33333333", "3", D("0.33333333") * (1 + D("3") / 10000)),
        # … and the bid for a short (its fill, the bid less slippage, can only be lower).
        ("short", "66999", "67001", "2", D("66999")),
        ("long", "100", "100", "0", D("100")),
    ],
)
def test_market_sizing_price_is_the_most_a_market_entry_can_cost(side, bid, ask, bps, expected):
    assert fills.market_sizing_price(side=side, bid=D(bid), ask=D(ask), slippage_bps=D(bps)) == expected


def test_a_long_is_sized_at_its_unrounded_fill_price():
    sizing = fills.market_sizing_price(side="long", bid=D("0.33333332"), ask=D("0.33333333"), slippage_bps=D("3"))
    fill = fills.market_fill(side="buy", bid=D("0.33333332"), ask=D("0.33333333"), slippage_bps=D("3"))

    assert sizing.quantize(STEP) == fill.price


# --- limit orders ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "side, limit, bid, ask, bps, expected",
    [
        # Marketable: a taker fill at the market price with slippage …
        ("buy", "68000", "66999", "67001", "2", (D("67001") * (1 + D("2") / 10000)).quantize(STEP)),
        ("sell", "66000", "66999", "67001", "2", (D("66999") * (1 - D("2") / 10000)).quantize(STEP)),
        # … never worse than the limit, which slippage would otherwise cross.
        ("buy", "67002", "66999", "67001", "2", D("67002")),
        ("sell", "66998", "66999", "67001", "2", D("66998")),
        # At the touch is marketable.
        ("buy", "67001", "66999", "67001", "0", D("67001")),
        # Not marketable: it rests.
        ("buy", "67000.99", "66999", "67001", "2", None),
        ("sell", "66999.01", "66999", "67001", "2", None),
    ],
)
def test_a_limit_order_fills_at_once_as_taker_only_when_marketable(side, limit, bid, ask, bps, expected):
    fill = fills.limit_fill_on_submit(side=side, limit_price=D(limit), bid=D(bid), ask=D(ask), slippage_bps=D(bps))

    if expected is None:
        assert fill is None
    else:
        assert (fill.price, fill.liquidity) == (expected, "taker")
        assert fill.reference_price == (D(ask) if side == "buy" else D(bid))


@pytest.mark.parametrize(
    "side, limit, bid, ask, last, fills_now",
    [
        ("buy", "66000", "66499", "66501", "66500", False),
        ("buy", "66000", "65899", "65901", "65900", True),
        ("buy", "66000", "65999", "66000", "66000", True),
        ("sell", "70000", "69998", "70002", "70000", False),
        ("sell", "70000", "70100", "70102", "70101", True),
    ],
)
def test_a_resting_limit_fills_at_its_own_price_as_maker_when_crossed(side, limit, bid, ask, last, fills_now):
    fill = fills.resting_limit_fill(side=side, limit_price=D(limit), bid=D(bid), ask=D(ask), last=D(last))

    if not fills_now:
        assert fill is None
    else:
        assert (fill.price, fill.liquidity, fill.reference_price) == (D(limit), "maker", D(last))


# --- stops and other resting orders ------------------------------------------------------------------
@pytest.mark.parametrize(
    "side, trigger, last, triggered",
    [
        ("sell", "64000", "64000.01", False),  # a long's stop: sells at or below its trigger
        ("sell", "64000", "64000", True),
        ("sell", "64000", "60000", True),
        ("buy", "70000", "69999.99", False),  # a short's stop: buys at or above its trigger
        ("buy", "70000", "70000", True),
        ("buy", "70000", "75000", True),
    ],
)
def test_a_stop_triggers_on_the_last_price(side, trigger, last, triggered):
    assert fills.stop_triggered(side=side, trigger_price=D(trigger), last=D(last)) is triggered


def test_a_stop_that_the_market_jumped_through_fills_at_the_market_not_at_its_trigger():
    fill = fills.stop_fill(
        side="sell", trigger_price=D("64000"), bid=D("62999"), ask=D("63001"), last=D("63000"), slippage_bps=D("2")
    )

    assert (fill.price, fill.liquidity) == ((D("62999") * (1 - D("2") / 10000)).quantize(STEP), "taker")
    assert fills.stop_fill(
        side="sell", trigger_price=D("64000"), bid=D("64999"), ask=D("65001"), last=D("65000"), slippage_bps=D("2")
    ) is None


@pytest.mark.parametrize(
    "order_type, side, limit, trigger, bid, ask, last, triggered",
    [
        ("stop", "sell", None, "64000", "63999", "64001", "64000", True),
        ("stop", "buy", None, "70000", "69998", "70000", "69999", False),  # the ask is no trigger; the last price is
        ("limit", "sell", "70000", None, "70000", "70002", "70001", True),  # a long's target
        ("limit", "sell", "70000", None, "69999", "70001", "70000", False),  # the bid has not reached it yet
        ("limit", "buy", "60000", None, "59998", "60000", "59999", True),  # a short's target
    ],
)
def test_a_resting_order_is_triggered_by_the_same_rule_as_the_paper_fill(
    order_type, side, limit, trigger, bid, ask, last, triggered
):
    assert fills.resting_order_triggered(
        order_type=order_type, side=side, limit_price=limit and D(limit), trigger_price=trigger and D(trigger),
        bid=D(bid), ask=D(ask), last=D(last),
    ) is triggered


def test_a_market_order_never_rests():
    with pytest.raises(ValueError, match="rest"):
        fills.resting_order_triggered(
            order_type="market", side="buy", limit_price=None, trigger_price=None, bid=D(1), ask=D(1), last=D(1)
        )


@pytest.mark.parametrize(
    "side, liquidation, mark, reached",
    [
        ("long", "60000", "60000.01", False),
        ("long", "60000", "60000", True),
        ("long", "60000", "55000", True),
        ("short", "75000", "74999.99", False),
        ("short", "75000", "75000", True),
        ("long", None, "1", False),  # a 1x long has no liquidation price
    ],
)
def test_liquidation_is_reached_at_or_beyond_its_price(side, liquidation, mark, reached):
    assert fills.liquidation_reached(
        side=side, liquidation_price=liquidation and D(liquidation), mark_price=D(mark)
    ) is reached


@pytest.mark.parametrize(
    "side, targets, expected",
    [
        ("long", ["72000", "70000", "71000"], ["stop", "70000", "71000", "72000"]),
        ("short", ["58000", "60000", "59000"], ["stop", "60000", "59000", "58000"]),
    ],
)
def test_stops_come_before_targets_and_targets_nearest_first(side, targets, expected):
    ordered = fills.worst_first(side=side, stops=["stop"], targets=targets, price=D)

    assert ordered == expected


@pytest.mark.parametrize("call", [
    lambda: fills.market_fill(side="long", bid=D(1), ask=D(1), slippage_bps=D(0)),
    lambda: fills.market_sizing_price(side="buy", bid=D(1), ask=D(1), slippage_bps=D(0)),
    lambda: fills.funding_payment(side="sell", quantity=D(1), mark_price=D(1), rate=D(1)),
    lambda: fills.fee_rate(liquidity="both", taker_rate=D(1), maker_rate=D(1)),
])
def test_a_side_or_liquidity_it_does_not_know_is_an_error_not_the_other_side(call):
    with pytest.raises(ValueError):
        call()


# --- money ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "liquidity, price, quantity, expected",
    [
        ("taker", "67000", "0.3", D("67000") * D("0.3") * D("0.0005")),  # 10.05
        ("maker", "66000", "0.3", D("66000") * D("0.3") * D("0.0002")),  # 3.96
        ("taker", "0.12345678", "3", D("0.00018518517")),  # unrounded: callers round where they book
    ],
)
def test_a_fee_is_notional_times_the_rate_of_its_liquidity(liquidity, price, quantity, expected):
    rate = fills.fee_rate(liquidity=liquidity, taker_rate=D("0.0005"), maker_rate=D("0.0002"))

    assert fills.fee(price=D(price), quantity=D(quantity), rate=rate) == expected


@pytest.mark.parametrize(
    "side, quantity, mark, rate, payment",
    [
        ("long", "1", "60000", "0.0001", "6"),  # a long pays a positive rate
        ("short", "1", "60000", "0.0001", "-6"),  # a short receives it
        ("long", "2", "60000", "-0.0001", "-12"),  # a negative rate reverses both
        ("short", "2", "60000", "-0.0001", "12"),
        # freqtrade's test_calculate_funding_fees (is_short): size 10 at 2.0, 0.0001 → the short receives 0.002.
        ("short", "10", "2.0", "0.0001", "-0.002"),
        ("short", "10", "2.5", "0.0002", "-0.005"),
    ],
)
def test_funding_is_quantity_times_mark_times_rate_paid_by_longs_when_positive(side, quantity, mark, rate, payment):
    assert fills.funding_payment(side=side, quantity=D(quantity), mark_price=D(mark), rate=D(rate)) == D(payment)


def test_two_funding_payments_match_freqtrades_binance_example():
    # freqtrade test__fetch_and_calculate_funding_fees, binance, 00:00 → 08:00, 30 ADA short: rates
    # -0.000008 and -0.000003 at mark opens 2.77 and 2.77; freqtrade's fee for the short (received)
    # is -0.00091409999, so the short pays 0.0009141.
    paid = sum(
        fills.funding_payment(side="short", quantity=D(30), mark_price=D("2.77"), rate=D(rate))
        for rate in ("-0.000008", "-0.000003")
    )

    assert paid == D("0.0009141")
    assert float(-paid) == pytest.approx(-0.00091409999)


def test_funding_agrees_with_every_freqtrade_reference_row():
    path = shared_data("reference/freqtrade_funding_fees.json")
    if not path.exists():
        pytest.skip("the shared reference data is not beside this checkout")
    rows = json.loads(path.read_text())["test_calculate_funding_fees"]["rows"]
    checked = 0
    for row in rows:
        if row["mark_price"] == "nan":
            continue  # freqtrade turns a missing mark into 0; we never fund without a price
        # Those rows are shorts; freqtrade returns what the short receives.
        received = -fills.funding_payment(
            side="short", quantity=D(str(row["size"])), mark_price=D(str(row["mark_price"])),
            rate=D(str(row["funding_rate"])),
        )
        assert float(received) == pytest.approx(row["funding_fee"])
        checked += 1
    assert checked >= 3


# --- bars: limit entries ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "side, limit, candle, resting, expected",
    [
        # Placed on this bar and already marketable at its open: a taker fill at the open.
        ("buy", "101", ("100", "102", "99"), False, ("100", "taker")),
        ("sell", "99", ("100", "101", "98"), False, ("100", "taker")),
        # Not marketable at the open, reached within the bar: a maker fill at the limit.
        ("buy", "99", ("100", "101", "98.5"), False, ("99", "maker")),
        ("sell", "101", ("100", "101.5", "99"), False, ("101", "maker")),
        # Resting from an earlier bar, the market gaps through it: still the limit, never the open.
        ("buy", "99", ("97", "98", "96"), True, ("99", "maker")),
        ("sell", "101", ("103", "104", "102"), True, ("101", "maker")),
        # The range never reaches it.
        ("buy", "99", ("100", "101", "99.01"), True, None),
        ("sell", "101", ("100", "100.99", "99"), False, None),
    ],
)
def test_a_limit_on_a_bar_fills_at_the_open_when_marketable_else_at_its_limit(side, limit, candle, resting, expected):
    fill = fills.bar_limit_fill(side=side, limit_price=D(limit), bar=bar(*candle), resting=resting)

    assert (fill and (fill.price, fill.liquidity)) == (expected and (D(expected[0]), expected[1]))


# --- bars: exits -----------------------------------------------------------------------------------------------
LONG_STOP, LONG_TARGETS = D("95"), (D("104"), D("108"), D("112"))
SHORT_STOP, SHORT_TARGETS = D("105"), (D("96"), D("92"), D("88"))


@pytest.mark.parametrize(
    "side, candle, expected",
    [
        # Nothing reached.
        ("long", ("100", "103", "96"), []),
        ("short", ("100", "104", "97"), []),
        # The stop at its level …
        ("long", ("100", "101", "94"), [("stop_loss", "95", None)]),
        ("short", ("100", "106", "99"), [("stop_loss", "105", None)]),
        # … or at the open when the bar opens beyond it (worse than the stop).
        ("long", ("93", "94", "90"), [("stop_loss", "93", None)]),
        ("short", ("107", "110", "106"), [("stop_loss", "107", None)]),
        # Stop and target in one bar: the stop, alone.
        ("long", ("100", "110", "94"), [("stop_loss", "95", None)]),
        ("short", ("100", "106", "90"), [("stop_loss", "105", None)]),
        # Targets reached, nearest first, each at its level.
        ("long", ("100", "104", "99"), [("take_profit", "104", 0)]),
        ("long", ("100", "109", "99"), [("take_profit", "104", 0), ("take_profit", "108", 1)]),
        ("short", ("100", "101", "91"), [("take_profit", "96", 0), ("take_profit", "92", 1)]),
        # A bar that opens beyond targets still fills them at their levels, not at the open.
        ("long", ("113", "115", "111"),
         [("take_profit", "104", 0), ("take_profit", "108", 1), ("take_profit", "112", 2)]),
        ("short", ("95", "95.5", "93"), [("take_profit", "96", 0)]),
    ],
)
def test_a_bar_fills_the_stop_first_else_each_target_it_reaches(side, candle, expected):
    stop, targets = (LONG_STOP, LONG_TARGETS) if side == "long" else (SHORT_STOP, SHORT_TARGETS)

    exits = fills.bar_exits(side=side, bar=bar(*candle), stop_loss=stop, take_profits=targets)

    assert [(e.reason, e.price, e.target_index) for e in exits] == [(r, D(p), i) for r, p, i in expected]
    assert all(e.liquidity == ("taker" if e.reason == "stop_loss" else "maker") for e in exits)


def test_a_ladder_given_out_of_order_is_filled_nearest_first_with_the_callers_indexes():
    exits = fills.bar_exits(side="long", bar=bar("100", "109", "99"), stop_loss=None, take_profits=(D("108"), D("104")))

    assert [(e.price, e.target_index) for e in exits] == [(D("104"), 1), (D("108"), 0)]


@pytest.mark.parametrize(
    "side, candle, stop, target, expected",
    [
        ("long", ("100", "105", "99"), None, "104", ("take_profit", "104")),
        ("long", ("100", "105", "94"), "95", None, ("stop_loss", "95")),
        ("long", ("100", "101", "99"), None, None, None),
        ("short", ("100", "101", "95"), "105", "96", ("take_profit", "96")),
        ("short", ("106", "107", "95"), "105", "96", ("stop_loss", "106")),
    ],
)
def test_bar_exit_is_the_first_exit_of_one_stop_and_one_target(side, candle, stop, target, expected):
    exit_ = fills.bar_exit(side=side, bar=bar(*candle), stop_loss=stop and D(stop), take_profit=target and D(target))

    assert (exit_ and (exit_.reason, exit_.price)) == (expected and (expected[0], D(expected[1])))


def test_entry_side_is_the_order_that_opens_the_position():
    assert (fills.entry_side("long"), fills.entry_side("short")) == ("buy", "sell")
