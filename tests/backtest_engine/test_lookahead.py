"""The engine decides only the bars where something may happen; the others must change nothing.

Walking every bar (an ``on_close`` with no ``next_close`` makes every bar a step to decide) is the
reference: a run that skips the quiet bars must give the same trades, refusals and curve, point
for point. And the float scan that finds the bars must never miss one nor act on a false alarm.
"""
from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import numpy as np
import pytest

from analytics.backtests.engine import Costs, Engine, Intent, Refused, Size, SourceClose
from execution import trade_management as management
from tests.backtest_engine.test_engine import FREE, MONDAY, at, bars, intent, only_trade, run

D = Decimal
COSTS = Costs(taker_rate=D("0.0005"), maker_rate=D("0.0002"), slippage_bps=D(2))


def walk(count: int, seed: int, start: float = 0) -> list:
    """Hourly bars of a random walk around 100, prices to 2 places."""
    rng = np.random.default_rng(seed)
    closes = np.round(100 * np.exp(np.cumsum(rng.normal(0, 0.01, count))), 2)
    opens = np.concatenate([[100.0], closes[:-1]])
    highs = np.round(np.maximum(opens, closes) * (1 + rng.uniform(0, 0.006, count)), 2)
    lows = np.round(np.minimum(opens, closes) * (1 - rng.uniform(0, 0.006, count)), 2)
    return bars(*zip(opens, highs, lows, closes), start=start)


def intents(symbol: str, series: list, seed: int) -> list[Intent]:
    """Market and limit entries, stops and target ladders, plans with trails, breakeven and entry
    ladders, a sizing that refuses when too many are open, and sources that close on their own."""
    rng = np.random.default_rng(seed)

    def size(entry) -> Size | Refused:
        return Refused("max_positions_reached") if entry.open_positions >= 3 else Size(D(1), entry.price)

    made = []
    for number, i in enumerate(sorted(rng.choice(len(series) - 5, 40, replace=False))):
        price, side = series[i].close, "long" if rng.random() < 0.5 else "short"
        sign = 1 if side == "long" else -1

        def away(fraction: float) -> Decimal:
            return (price * D(str(1 + sign * fraction))).quantize(D("0.01"))

        common = {"symbol": symbol, "side": side, "at": series[i].ts + timedelta(minutes=30), "size": size, "tag": number}
        kind = number % 5
        if kind == 0:
            made.append(Intent(**common, stop_loss=away(-0.02), targets=(away(0.015), away(0.03))))
        elif kind == 1:
            made.append(Intent(**common, limit=away(-0.005), stop_loss=away(-0.025), targets=(away(0.02),)))
        elif kind == 2:
            made.append(Intent(**common, plan=management.TradePlan(
                entries=(), targets=(management.Level(away(0.01), D("0.5")), management.Level(away(0.03), D("0.5"))),
                stop_loss=away(-0.02), breakeven_after=1, trailing=None,
            )))
        elif kind == 3:
            made.append(Intent(**common, plan=management.TradePlan(
                entries=(management.Level(away(-0.003), D("0.5")), management.Level(away(-0.01), D("0.5"))),
                targets=(management.Level(away(0.02), D(1)),), stop_loss=away(-0.03), cancel_unfilled_after_hours=12,
                trailing=management.trailing_parse({"kind": "percent_below_highest", "callback_pct": "1"}),
            )))
        else:
            made.append(Intent(**common, stop_loss=away(-0.04), close=SourceClose(
                at=series[i].ts + timedelta(hours=float(rng.uniform(1, 30))), price=away(float(rng.uniform(-0.02, 0.02))),
            )))
    return made


def every_bar(series_by_symbol: dict, made: list) -> Engine:
    return Engine(bars=series_by_symbol, cash=D(10000), costs=COSTS, intents=made, on_close=lambda *_: ())


def quiet_bars_skipped(series_by_symbol: dict, made: list) -> Engine:
    return Engine(bars=series_by_symbol, cash=D(10000), costs=COSTS, intents=made)


def trade_rows(run) -> list:
    return [(t.intent.tag, t.entries, t.exits, t.stop_moves, t.pnl) for t in run.trades]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_skipping_the_quiet_bars_changes_no_trade_and_no_point_of_the_curve(seed):
    series = {"BTC/USDT": walk(600, seed)}
    made = intents("BTC/USDT", series["BTC/USDT"], seed)

    walked, skipped = every_bar(series, made).run(), quiet_bars_skipped(series, made).run()

    assert len(walked.trades) > 20 and any(t.exit_reason == "source_closed" for t in walked.trades)
    assert trade_rows(skipped) == trade_rows(walked)
    assert (skipped.refused, skipped.unfilled, skipped.withdrawn) == (walked.refused, walked.unfilled, walked.withdrawn)
    assert skipped.curve == walked.curve and skipped.final_equity == walked.final_equity
    assert skipped.times == walked.times


def test_with_several_symbols_on_clocks_of_their_own_too():
    # ETH's bars start later and every other hour is missing: the steps interleave.
    btc, eth = walk(400, 7), [bar for k, bar in enumerate(walk(400, 8, start=30)) if k % 2]
    series = {"BTC/USDT": btc, "ETH/USDT": eth}
    made = intents("BTC/USDT", btc, 7) + intents("ETH/USDT", eth, 8)

    walked, skipped = every_bar(series, made).run(), quiet_bars_skipped(series, made).run()

    assert len(walked.trades) > 20
    assert trade_rows(skipped) == trade_rows(walked)
    assert skipped.curve == walked.curve and skipped.refused == walked.refused


def test_a_bar_that_only_seems_to_reach_the_stop_in_floats_does_not_and_a_later_one_does():
    # 0.09999999999999999999 and 0.1 are the same float, but the low of 0.1 stays above that stop.
    stop = D("0.09999999999999999999")
    series = bars((0.11, 0.11, 0.11, 0.11), (0.11, 0.11, 0.1, 0.105), (0.105, 0.11, 0.1, 0.1), (0.1, 0.1, 0.09, 0.095))

    trade = only_trade(run(series, intent(stop_loss=stop, quantity=D(100))))

    assert (trade.exit_time, trade.exit_reason, trade.exit_price) == (at(3), "stop_loss", stop)


def test_a_source_close_comes_after_the_bars_stop_and_targets():
    closes_inside = intent(targets=(D(103),), close=SourceClose(at=at(1.5), price=D("102.5")), quantity=D(2))
    target_first = intent(targets=(D(101),), close=SourceClose(at=at(1.5), price=D("102.5")), quantity=D(2))
    series = bars((100, 100.5, 99, 100), (100, 102, 99.5, 101.5), (101.5, 104, 101, 103))

    left = only_trade(run(series, closes_inside))
    took_profit = only_trade(run(series, target_first))

    assert [(e.at, e.reason, e.price) for e in left.exits] == [(at(1), "source_closed", D("102.5"))]
    assert [(e.at, e.reason, e.price) for e in took_profit.exits] == [(at(1), "take_profit", D(101))]


def test_a_source_close_before_the_first_bar_leaves_on_the_entry_bar():
    trade = only_trade(run(bars((100, 101, 99, 100), (100, 102, 99, 101)),
                           intent(at=MONDAY - timedelta(hours=2), close=SourceClose(at=MONDAY - timedelta(hours=1), price=D(99)))))

    assert (trade.entry_time, trade.exit_time, trade.exit_price, trade.exit_reason) == (at(0), at(0), D(99), "source_closed")


def test_the_curve_holds_its_value_over_bars_nothing_happens_in():
    series = bars((100, 101, 99, 100), (100, 102, 99, 101), (101, 103, 100, 102), (102, 102, 101, 101.5))

    result = run(series, intent(quantity=D(2)), costs=FREE)

    # One open long of 2 from 100, marked at each close: nothing else happens after the fill.
    assert result.curve == [10000.0, 10000.0, 10002.0, 10004.0, 10003.0]


def test_each_point_of_the_curve_is_the_equity_marked_at_that_close():
    # The curve is computed for all bars at once; ``marked_equity`` adds up one close's positions
    # in Python floats, in the order the rule states. Several positions open at once, long and short.
    series = {"BTC/USDT": walk(300, 4), "ETH/USDT": walk(300, 5, start=0.5)}
    made = intents("BTC/USDT", series["BTC/USDT"], 4) + intents("ETH/USDT", series["ETH/USDT"], 5)
    marked: dict = {}

    def read(sim, symbol, index):
        marked[sim.bars[symbol][index].ts] = sim.marked_equity
        return ()

    result = Engine(bars=series, cash=D(10000), costs=COSTS, intents=made, on_close=read).run()

    assert {t.intent.symbol for t in result.trades} == {"BTC/USDT", "ETH/USDT"}
    assert result.curve[1:] == [marked[ts] for ts in result.times]
