"""The live pipeline and the backtest engine, fed the same price path, leave a trade the same way.

(a) Live: the signal goes through the real copy pipeline (``send_signal``), then the market moves
tick by tick and the real position monitor runs on each tick (``move_market``).
(b) Backtest: ``analytics.backtests.engine`` with one bar per tick (open = high = low = close =
the tick's price), the plan ``execution.trade_management.plan_for`` resolves for the same signal,
and the live copy's quantity and leverage.

To make the comparison exact rather than approximate, the market has no spread (bid = ask =
last: live fills at the price, as the engine fills at the bar's price) and handjob pays no
slippage; the engine charges handjob's own fee rates (taker 0.0005, maker 0.0002). Prices are
chosen so that every fee is exact to 1e-8: live rounds each fill's fee to 1e-8, the engine sums
them unrounded, and the breakeven level is computed from the fees paid.

A copy is 2 % of 100,000 = 2,000 notional = 20 SOL at 100 (handjob's percent sizing), 2x.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from accounts.models import Account
from analytics.backtests import engine
from execution import trade_management as management
from execution.models import Fill, Position
from signals import rules
from tests.helpers import decision_of, move_market, send_signal
from traders.models import Trader

D = Decimal
SOL = "SOL/USDT"
T0 = datetime(2026, 3, 2, tzinfo=UTC)
TARGETS = {"stop_loss": "95", "take_profits": ["102", "104", "106"], "take_profit_allocations": ["0.5", "0.25", "0.25"]}


@dataclass(frozen=True)
class Tick:
    ts: datetime
    open: Decimal
    high: Decimal
    low: Decimal
    close: Decimal


@dataclass(frozen=True)
class Case:
    signal: dict  # send_signal's fields
    path: tuple  # the prices, tick by tick; the signal arrives at the first
    exits: list[tuple]  # (tick, reason, price, quantity), by hand
    stops: list[tuple]  # (tick, stop, kind) after each move, by hand


CASES = {
    # TP1 and TP2 on one tick (10 and 5 of the 20), then a gap through the 95 stop fills the last 5 at 94.
    "a 50/25/25 ladder": Case(
        TARGETS, (100, 101, 104.5, 103, 94),
        exits=[(2, "take_profit", "102", "10"), (2, "take_profit", "104", "5"), (4, "stop_loss", "94", "5")],
        stops=[],
    ),
    # Fees paid after TP1: 1 (entry, taker) + 10 × 102 × 0.0002 = 1.204, over the 10 left: 100.1204.
    "breakeven after TP1": Case(
        {**TARGETS, "breakeven_after": 1}, (100, 101, 102.5, 101.5, 100.1),
        exits=[(2, "take_profit", "102", "10"), (4, "stop_loss", "100.1", "10")],
        stops=[(2, "100.1204", "breakeven")],
    ),
    # 2 % behind the best price since TP1: 102.5 → 100.45, 103.5 → 101.43, 104.5 → 102.41.
    "percent trailing after TP1": Case(
        {**TARGETS, "trailing": {"kind": "percent_below_highest", "callback_pct": "2", "activate_after_target": 1}},
        (100, 101, 102.5, 103.5, 104.5, 103, 102),
        exits=[(2, "take_profit", "102", "10"), (4, "take_profit", "104", "5"), (6, "stop_loss", "102", "5")],
        stops=[(2, "100.45", "trailing"), (3, "101.43", "trailing"), (4, "102.41", "trailing")],
    ),
    # After TP1 the stop goes to the entry, after TP2 to TP1.
    "moving target": Case(
        {**TARGETS, "trailing": {"kind": "moving_target"}}, (100, 102.5, 104.5, 103, 101.5),
        exits=[(1, "take_profit", "102", "10"), (2, "take_profit", "104", "5"), (4, "stop_loss", "101.5", "5")],
        stops=[(1, "100", "trailing"), (2, "102", "trailing")],
    ),
    # Two entry parts of 10: 100 at once (taker, 0.5), 98 on tick 2 (maker, 0.196): average 99. After TP1
    # (0.204) the fees paid are 0.9 over the 10 left: breakeven 99.09.
    "a zone's two parts, then breakeven": Case(
        {**TARGETS, "entry": ["98", "100"], "breakeven_after": 1}, (100, 99, 97.9, 100, 102.5, 99.5, 99),
        exits=[(4, "take_profit", "102", "10"), (6, "stop_loss", "99", "10")],
        stops=[(4, "99.09", "breakeven")],
    ),
}


@pytest.fixture
def handjob(handjob):
    Account.objects.filter(pk=handjob.pk).update(slippage_bps=D(0))
    handjob.refresh_from_db()
    return handjob


def live(case: Case, account: Account) -> tuple[Position, Decimal, list[tuple], list[tuple]]:
    """The real pipeline and monitor: the copy, its size, what filled on which tick, where the stop moved."""
    move_market(SOL, D(str(case.path[0])), spread=D(0))
    signal = send_signal("yun_qiang", SOL, "long", leverage=2, **case.signal)
    decision = decision_of(signal, account)
    assert decision.outcome == "executed", decision.detail
    position = decision.position
    exits, stops, seen = [], [], set()
    for index, price in enumerate(case.path[1:], start=1):
        stop_before = (position.stop_loss, position.stop_kind)
        move_market(SOL, D(str(price)), spread=D(0))
        position.refresh_from_db()
        for fill in Fill.objects.filter(position=position, order__purpose__in=("stop_loss", "take_profit")).order_by("id"):
            if fill.pk not in seen:
                seen.add(fill.pk)
                exits.append((index, fill.order.purpose, fill.price, fill.quantity))
        if (position.stop_loss, position.stop_kind) != stop_before and position.is_active:
            stops.append((index, position.stop_loss, position.stop_kind))
    return position, D(decision.sizing["quantity"]), exits, stops


def backtest(case: Case, position: Position, quantity: Decimal, account: Account) -> engine.Trade:
    """The engine on the same path: one bar a tick, the plan the pipeline resolves for the signal."""
    signal = position.signal
    stop = rules.stop_for(signal=signal, account=account, price=D(str(case.path[0])))
    intent = engine.Intent(
        symbol=SOL, side="long", at=T0, leverage=position.leverage, quantity=quantity,
        plan=management.plan_for(signal=signal, trader=Trader.objects.get(pk="yun_qiang"), stop_loss=stop),
    )
    ticks = [Tick(T0 + timedelta(minutes=i), *[D(str(price))] * 4) for i, price in enumerate(case.path)]
    costs = engine.Costs(taker_rate=account.taker_fee_rate, maker_rate=account.maker_fee_rate,
                         slippage_bps=account.slippage_bps)
    (trade,) = engine.Engine(bars={SOL: ticks}, cash=account.starting_balance, costs=costs, intents=[intent]).run().trades
    return trade


@pytest.mark.usefixtures("yun_qiang")
@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_live_and_backtest_leave_the_trade_alike(case, handjob):
    position, quantity, live_exits, live_stops = live(case, handjob)
    trade = backtest(case, position, quantity, handjob)

    tick_of = {T0 + timedelta(minutes=i): i for i in range(len(case.path))}
    engine_exits = [(tick_of[e.at], e.reason, e.price, e.quantity) for e in trade.exits]
    engine_stops = [(tick_of[m.at], m.price, m.kind) for m in trade.stop_moves]
    by_hand = [(i, reason, D(price), D(quantity)) for i, reason, price, quantity in case.exits]
    assert live_exits == engine_exits == by_hand
    assert live_stops == engine_stops == [(i, D(price), kind) for i, price, kind in case.stops]
    # The same trade in money too: the average entry, every fee, and the net P&L.
    assert position.status == "closed" and trade.pnl is not None
    assert (position.entry_price, position.fees) == (trade.entry_price, trade.fees)
    assert position.realised_pnl - position.fees == trade.pnl
