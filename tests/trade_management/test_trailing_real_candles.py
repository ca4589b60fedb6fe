"""A percent trailing stop on real exchange candles: the engine against a plain loop written here.

The candles are the real 5-minute files in ../shared/data/market (tests/shared_data.py finds them;
they are never copied into the project). The trade enters at market on one bar's open, with no
fixed stop and no target, and a trail ``callback_pct`` % behind the best price from the entry on
(``activate_after_target`` 0). The loop below restates the documented rule plainly, without the
engine or the trade-management module: on each bar, first the stop as it stood at the bar's open
(a long leaves when the low reaches it, at the stop or at the open when the bar opens below it),
then the best price takes the bar's high and the stop becomes best × (1 − callback / 100),
rounded down to 1e-8 (a short: the lowest low, × (1 + callback / 100), rounded up).
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

import pytest

from analytics.backtests import engine
from execution import trade_management as management
from tests.shared_data import shared_data

D = Decimal
STEP = D("0.00000001")
FILES = {"XRP/USDT": "market/XRP_USDT-5m.csv", "ETH/BTC": "market/ETH_BTC-5m.csv"}
FREE = engine.Costs(taker_rate=D(0), maker_rate=D(0))


@dataclass(frozen=True)
class Candle:
    ts: datetime
    open: Decimal
    high: Decimal
    low: Decimal
    close: Decimal


def candles(symbol: str) -> list[Candle]:
    path = shared_data(FILES[symbol])
    if not path.exists():
        pytest.skip(f"the real candles are not here: {path} is missing (../shared/data/market beside the checkout)")
    with path.open(newline="") as rows:
        return [
            Candle(datetime.fromisoformat(row["date"]), D(row["open"]), D(row["high"]), D(row["low"]), D(row["close"]))
            for row in csv.DictReader(rows)
        ]


def trailed_by_hand(bars: list[Candle], start: int, side: str, callback: Decimal):
    """(exit bar, exit price, stop at the exit), or None when the trail never fills before the data ends."""
    stop = best = None
    for index in range(start, len(bars)):
        bar = bars[index]
        if side == "long":
            if stop is not None and bar.low <= stop:
                return index, min(bar.open, stop), stop
            best = bar.high if best is None else max(best, bar.high)
            stop = (best * (1 - callback / 100)).quantize(STEP, rounding=ROUND_FLOOR)
        else:
            if stop is not None and bar.high >= stop:
                return index, max(bar.open, stop), stop
            best = bar.low if best is None else min(best, bar.low)
            stop = (best * (1 + callback / 100)).quantize(STEP, rounding=ROUND_CEILING)
    return None


CASES = [
    ("XRP/USDT", "long", 0, "1.5"), ("XRP/USDT", "long", 400, "1.5"), ("XRP/USDT", "long", 1000, "0.5"),
    ("XRP/USDT", "long", 1500, "3"), ("ETH/BTC", "long", 0, "1.5"), ("ETH/BTC", "long", 3000, "2"),
    ("ETH/BTC", "long", 5000, "0.75"), ("XRP/USDT", "short", 700, "1.5"), ("ETH/BTC", "short", 2000, "1"),
    # These leave on a bar that opens beyond the stop, so at that open: 221 bars of trailing for the first.
    ("ETH/BTC", "long", 5032, "1.5"), ("ETH/BTC", "long", 2923, "1.5"), ("XRP/USDT", "short", 259, "1.5"),
]


@pytest.mark.parametrize("symbol, side, start, callback", CASES)
def test_a_trailing_stop_leaves_on_the_bar_and_at_the_price_a_plain_loop_finds(symbol, side, start, callback):
    bars = candles(symbol)
    trailing = management.Trailing(kind="percent_below_highest", callback_pct=D(callback), activate_after_target=0)
    plan = management.TradePlan(entries=(), targets=(), stop_loss=None, trailing=trailing)
    intent = engine.Intent(symbol=symbol, side=side, at=bars[start].ts, quantity=D(1), plan=plan)

    (trade,) = engine.Engine(bars={symbol: bars}, cash=D(10000), costs=FREE, intents=[intent]).run().trades

    expected = trailed_by_hand(bars, start, side, D(callback))
    assert expected is not None, "each case is chosen so that its trail fills before the data ends"
    index, price, stop = expected
    assert (trade.entry_time, trade.entry_price) == (bars[start].ts, bars[start].open)
    assert (trade.exit_reason, trade.exit_time, trade.exit_price) == ("stop_loss", bars[index].ts, price)
    assert (trade.stop_loss, trade.stop_kind) == (stop, "trailing")
