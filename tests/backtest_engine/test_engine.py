"""analytics.backtests.engine: the one backtest loop, on hand-worked hourly bars (pure, no database)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from analytics.backtests import engine
from analytics.backtests.engine import Costs, Engine, EntryState, Intent, Refused, Size

D = Decimal
MONDAY = datetime(2026, 3, 2, tzinfo=UTC)
FREE = Costs(taker_rate=D(0), maker_rate=D(0))
FLAT = (100, 101, 99, 100)


@dataclass(frozen=True)
class Bar:
    ts: datetime
    open: Decimal
    high: Decimal
    low: Decimal
    close: Decimal


def at(hours: float) -> datetime:
    return MONDAY + timedelta(hours=hours)


def bars(*rows, start: float = 0) -> list[Bar]:
    """Hourly bars from ``start`` hours after MONDAY 00:00; each row is (open, high, low, close)."""
    return [Bar(at(start + i), *(D(str(v)) for v in row)) for i, row in enumerate(rows)]


def intent(**fields) -> Intent:
    return Intent(**{"symbol": "BTC/USDT", "side": "long", "at": at(0), "quantity": D(1), **fields})


def run(series, *intents, costs: Costs = FREE, cash=D(10000), **kwargs) -> engine.Run:
    by_symbol = series if isinstance(series, dict) else {"BTC/USDT": series}
    return Engine(bars=by_symbol, cash=cash, costs=costs, intents=intents, **kwargs).run()


def only_trade(result: engine.Run) -> engine.Trade:
    (trade,) = result.trades
    return trade


# --- 1. exits from the fill bar ------------------------------------------------------------------
def test_a_market_entry_fills_at_the_open_and_its_stop_is_checked_on_that_bar():
    result = run(bars(FLAT, (100, 100.5, 94, 95)), intent(at=at(0.5), stop_loss=D(95)))

    trade = only_trade(result)
    assert (trade.entry_time, trade.entry_price, trade.entry_liquidity) == (at(1), D(100), "taker")
    assert (trade.exit_time, trade.exit_price, trade.exit_reason, trade.pnl) == (at(1), D(95), "stop_loss", D(-5))


def test_a_resting_limit_checks_only_its_stop_on_the_rest_of_its_fill_bar_at_the_stops_level():
    # Placed at 100, the 97 limit fills inside bar 1, which then falls to 96 and also rises to 106.
    result = run(bars(FLAT, (100, 106, 96, 99)), intent(limit=D(97), stop_loss=D("96.5"), targets=(D(105),)))

    trade = only_trade(result)
    assert (trade.entry_price, trade.entry_liquidity) == (D(97), "maker")
    assert (trade.exit_time, trade.exit_reason, trade.exit_price) == (at(1), "stop_loss", D("96.5"))


def test_a_resting_limits_targets_wait_for_the_bar_after_its_fill():
    result = run(bars(FLAT, (100, 106, 96, 99), (99, 105.5, 98, 105)), intent(limit=D(97), targets=(D(105),)))

    trade = only_trade(result)
    assert (trade.exit_time, trade.exit_reason, trade.exit_price) == (at(2), "take_profit", D(105))


def test_a_limit_marketable_at_the_open_fills_there_as_taker_and_is_exposed_to_the_whole_bar():
    result = run(bars((100, 106, 99, 104)), intent(limit=D(101), targets=(D(105),)))

    trade = only_trade(result)
    assert (trade.entry_price, trade.entry_liquidity) == (D(100), "taker")
    assert (trade.exit_time, trade.exit_reason) == (at(0), "take_profit")


# --- 2. levels behind the fill -----------------------------------------------------------------
def test_a_stop_and_a_target_the_market_has_already_passed_are_dropped():
    # Filled at 100: a long's stop at 101 and target at 99 would both "fill" at once.
    result = run(bars((100, 102, 98, 100), (100, 102, 98, 101)), intent(stop_loss=D(101), targets=(D(99), D(103))))

    trade = only_trade(result)
    assert (trade.stop_loss, trade.targets) == (None, [D(103)])
    assert (trade.exit_reason, trade.exit_price) == ("end_of_window", D(101))


# --- 3. fees by liquidity ----------------------------------------------------------------------
COSTS = Costs(taker_rate=D("0.0005"), maker_rate=D("0.0002"))


def test_a_resting_entry_and_a_target_pay_the_maker_rate():
    result = run(bars(FLAT, (100, 100, 96, 99), (99, 101, 98, 100)), intent(limit=D(97), targets=(D(100),), quantity=D(2)),
                 costs=COSTS)

    trade = only_trade(result)
    # 0.0002 × 2 × 97 + 0.0002 × 2 × 100 = 0.0788; gross 2 × 3 = 6.
    assert (trade.fees, trade.pnl) == (D("0.0788"), D("5.9212"))


def test_a_market_entry_and_a_stop_pay_the_taker_rate():
    result = run(bars((100, 101, 94, 95)), intent(stop_loss=D(95), quantity=D(2)), costs=COSTS)

    # 0.0005 × 2 × (100 + 95) = 0.195; gross −10.
    assert (only_trade(result).fees, only_trade(result).pnl) == (D("0.195"), D("-10.195"))
    assert result.final_equity == D("9989.805")


# --- 4. slippage on taker fills ----------------------------------------------------------------
SLIPPAGE = Costs(taker_rate=D(0), maker_rate=D(0), slippage_bps=D(10))


def test_taker_fills_are_moved_against_us_by_the_slippage():
    long = only_trade(run(bars((100, 101, 94, 95)), intent(stop_loss=D(95)), costs=SLIPPAGE))
    short = only_trade(run(bars((100, 106, 99, 105)), intent(side="short", stop_loss=D(105)), costs=SLIPPAGE))

    assert (long.entry_price, long.exit_price) == (D("100.1"), D("94.905"))  # buys 0.1 % up, sells 0.1 % down
    assert (short.entry_price, short.exit_price) == (D("99.9"), D("105.105"))


def test_a_target_and_a_resting_limit_get_no_slippage_and_a_marketable_limit_never_passes_its_limit():
    resting = only_trade(run(bars(FLAT, (100, 105, 96, 104), (104, 106, 103, 105)),
                             intent(limit=D(97), targets=(D(105),)), costs=SLIPPAGE))
    capped = only_trade(run(bars(FLAT), intent(limit=D("100.05")), costs=SLIPPAGE))

    assert (resting.entry_price, resting.exit_price) == (D(97), D(105))
    assert capped.entry_price == D("100.05")  # 100 + 0.1 % would be 100.1


# --- 5. the target ladder ----------------------------------------------------------------------
LADDER = {"quantity": D(3), "stop_loss": D(95), "targets": (D(104), D(108))}


def test_each_target_closes_an_even_share_and_the_last_the_rest():
    trade = only_trade(run(bars(FLAT, (100, 104.5, 99, 104), (104, 109, 103, 108)), intent(**LADDER)))

    assert [(e.at, e.price, e.quantity, e.liquidity) for e in trade.exits] == [
        (at(1), D(104), D("1.5"), "maker"), (at(2), D(108), D("1.5"), "maker"),
    ]
    assert (trade.exit_price, trade.exit_reason, trade.pnl) == (D(106), "take_profit", D(18))


def test_the_stop_closes_what_the_ladder_left():
    trade = only_trade(run(bars(FLAT, (100, 104.5, 99, 104), (103, 103, 94, 95)), intent(**LADDER)))

    assert [(e.reason, e.quantity) for e in trade.exits] == [("take_profit", D("1.5")), ("stop_loss", D("1.5"))]
    assert (trade.exit_price, trade.exit_reason, trade.pnl) == (D("99.5"), "stop_loss", D("-1.5"))


def test_a_bar_through_several_targets_fills_them_nearest_first_and_shares_round_down():
    trade = only_trade(run(bars((100, 110, 99, 109)), intent(quantity=D(1), targets=(D(108), D(104), D(106)))))

    assert [(e.price, e.quantity) for e in trade.exits] == [
        (D(104), D("0.33333333")), (D(106), D("0.33333333")), (D(108), D("0.33333334")),
    ]


# --- the engine's state, seen by a sizing callback ---------------------------------------------
class Recorder:
    """A sizing callback that sizes 1 unit (or refuses with ``refuse``) and remembers what it saw."""

    def __init__(self, refuse: str | None = None, margin: Decimal = D(100)):
        self.seen: list[EntryState] = []
        self.refuse, self.margin = refuse, margin

    def __call__(self, entry: EntryState) -> Size | Refused:
        self.seen.append(entry)
        return Refused(self.refuse) if self.refuse else Size(quantity=D(1), margin=self.margin)


def test_a_market_entry_sees_a_position_that_leaves_later_in_its_bar_as_still_open():
    first, second, third = Recorder(margin=D(500)), Recorder(), Recorder()
    result = run(
        bars(FLAT, (100, 101, 94, 96), FLAT),
        intent(at=at(0), stop_loss=D(95), quantity=None, size=first),
        intent(at=at(1), quantity=None, size=second),  # at the open of the bar that stops the first
        intent(at=at(1), limit=D(96), quantity=None, size=third),  # fills inside that bar, after the stop
    )

    assert (second.seen[0].open_positions, second.seen[0].free_cash) == (1, D(9500))
    assert (third.seen[0].open_positions, third.seen[0].equity) == (1, D(9995))  # the stop's −5 is realised
    assert [t.intent.size for t in result.trades] == [first, second, third]


def test_the_days_loss_is_the_pipelines_over_the_fills_of_the_utc_day():
    later_today, tomorrow = Recorder(), Recorder()
    costs = Costs(taker_rate=D("0.001"), maker_rate=D("0.001"))
    run(
        bars(FLAT, (100, 101, 94, 96), *[FLAT] * 28),  # to Tuesday 05:00
        intent(at=at(0), stop_loss=D(95), quantity=D(2)),
        intent(at=at(5), quantity=None, size=later_today),
        intent(at=at(25), quantity=None, size=tomorrow),
        costs=costs,
    )

    # Lost 2 × 5 = 10 plus fees 0.001 × 2 × (100 + 95) = 0.39.
    assert later_today.seen[0].loss_today == D("10.39")
    assert tomorrow.seen[0].loss_today == 0


def test_refused_and_unfilled_intents_are_handed_back():
    refused = intent(quantity=None, size=Recorder(refuse="max_positions_reached"), tag="a")
    never_reached, too_late = intent(limit=D(90), tag="b"), intent(at=at(5), tag="c")
    unknown_symbol = intent(symbol="ETH/USDT", tag="d")

    result = run(bars(FLAT, FLAT), refused, never_reached, too_late, unknown_symbol)

    assert result.trades == [] and result.final_equity == D(10000)
    assert [(i.tag, reason) for i, reason in result.refused] == [("a", "max_positions_reached")]
    assert sorted(i.tag for i in result.unfilled) == ["b", "c", "d"]


def test_an_opposite_intent_that_reverses_closes_the_position_at_the_same_open():
    result = run(bars(FLAT, (102, 103, 101, 102), (104, 104, 97, 98)),
                 intent(), intent(side="short", at=at(1.5), reverse=True))

    long, short = result.trades
    assert (long.exit_time, long.exit_price, long.exit_reason, long.pnl) == (at(2), D(104), "reversed", D(4))
    assert (short.entry_time, short.entry_price, short.exit_reason, short.pnl) == (at(2), D(104), "end_of_window", D(6))


# --- several symbols, and the curve ------------------------------------------------------------
def test_it_marks_every_open_position_at_its_symbols_last_close():
    series = {"BTC/USDT": bars(FLAT, (100, 111, 99, 110)), "ETH/USDT": bars((10, 10, 10, 10), (10, 12, 9, 11), (11, 11, 11, 12))}
    result = run(series, intent(), intent(symbol="ETH/USDT", quantity=D(10)), costs=COSTS)

    # Fees at entry: 0.0005 × 100 = 0.05 and 0.0005 × 100 = 0.05.
    assert result.times == [at(0), at(1), at(2)]
    assert result.curve == pytest.approx([10000, 9999.9, 10019.9, 10029.9])
    assert result.final_equity == D(10000) + sum(t.pnl for t in result.trades)


def test_entries_on_one_bar_fill_in_arrival_order_across_symbols():
    order = []

    def size(entry: EntryState) -> Size:
        order.append(entry.symbol)
        return Size(quantity=D(1), margin=D(1))

    series = {"BTC/USDT": bars(FLAT, FLAT), "ETH/USDT": bars(FLAT, FLAT)}
    run(series, intent(at=at(0.7), quantity=None, size=size),
        intent(symbol="ETH/USDT", at=at(0.2), quantity=None, size=size))

    assert order == ["ETH/USDT", "BTC/USDT"]


def test_the_curve_starts_at_the_cash_and_never_goes_below_zero():
    result = run(bars(FLAT, (100, 100, 1, 1)), intent(quantity=D(200)), cash=D(10000))

    assert result.curve[0] == 10000 and result.curve[-1] == 0.0
    figures = engine.summary(cash=D(10000), final_equity=result.final_equity, pnls=[t.pnl for t in result.trades],
                             curve=result.curve, periods_per_year=365)
    assert (figures["trade_count"], figures["win_rate"], figures["max_drawdown"]) == (1, 0.0, -1.0)


@pytest.mark.parametrize("fields, message", [
    ({"quantity": None}, "either a quantity or a sizing callback"),
    ({"size": lambda entry: Size(D(1), D(1))}, "either a quantity or a sizing callback"),
    ({"side": "buy"}, "'long' or 'short'"),
    ({"limit": D(99), "reverse": True}, "Only a market intent reverses"),
])
def test_an_intent_that_cannot_be_simulated_is_refused_when_made(fields, message):
    with pytest.raises(ValueError, match=message):
        intent(**fields)
