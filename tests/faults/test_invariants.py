"""The fault tests' yardstick can fail: it names each way a copy run can go wrong.

No services here: the rows are written by the product's own services in the test database.
"""
from __future__ import annotations

from decimal import Decimal

from execution.trade_management import TradePlan

from execution.services import position_open
from signals.services import SignalInput, signal_decide, signal_ingest
from signals.services.decide import decision_make
from tests.faults.conftest import copy_invariant_violations


def _signal(external_id: str):
    return signal_ingest(data=SignalInput(trader="yun_qiang", symbol="BTC/USDT", side="long", confidence="0.9",
                                          leverage=2, external_id=external_id))[0]


def test_a_fully_copied_signal_breaks_no_invariant(accounts, yun_qiang, market):
    signal = _signal("whole")
    decisions = signal_decide(signal=signal)
    assert [d.outcome for d in decisions] == ["executed"] * 3
    assert copy_invariant_violations([signal.pk], [a.pk for a in accounts.values()]) == []


def test_an_undecided_half_copied_signal_is_reported(accounts, yun_qiang, market):
    signal = _signal("half")
    decision_make(signal=signal, account_id=accounts["angry"].pk)  # the other two never decided
    problems = copy_invariant_violations([signal.pk], [a.pk for a in accounts.values()])
    assert any("never decided" in p for p in problems)
    assert any("2 (signal, account) pair(s) without a decision" in p for p in problems)


def test_a_second_position_for_one_execution_is_reported(accounts, yun_qiang, market):
    signal = _signal("twice")
    signal_decide(signal=signal)
    position_open(account=accounts["angry"], symbol="BTC/USDT", side="long", quantity=Decimal("0.001"), leverage=2,
                  quote=market["BTC/USDT"], plan=TradePlan(entries=(), targets=(), stop_loss=None), signal=signal)
    problems = copy_invariant_violations([signal.pk], [a.pk for a in accounts.values()])
    assert problems and "position count is not one per execution" in problems[0]
