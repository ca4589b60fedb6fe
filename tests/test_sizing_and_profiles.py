"""The sizing rule, and the three demo profiles deciding the same signal differently."""
from decimal import Decimal

import pytest

from accounts.services import account_update_risk
from execution.models import Position
from execution.sizing import size_position
from tests.helpers import decision_of, send_signal
from traders.services import trader_set_multiplier

D = Decimal


def size(**overrides):
    args = dict(
        equity=D("100000"), free_cash=D("100000"), price=D("50000"), leverage=1, base_position_pct=D("0.02"),
        trader_multiplier=D("1"), risk_multiplier=D("1"), global_multiplier=D("1"), max_position_pct=D("0.10"),
        fee_rate=D("0.0005"),
    )
    return size_position(**{**args, **overrides})


def test_base_size_is_two_percent_of_equity():
    sizing = size()
    assert sizing.base == D("2000")
    assert sizing.notional == D("2000")
    assert sizing.quantity == D("0.04")


def test_every_multiplier_scales_the_notional():
    sizing = size(trader_multiplier=D("2"), risk_multiplier=D("1.5"), global_multiplier=D("0.5"))
    assert sizing.notional == D("3000")
    assert sizing.capped_by is None


def test_margin_is_notional_over_leverage():
    sizing = size(leverage=5)
    assert sizing.margin == D("400")


def test_it_caps_at_max_position_pct_of_equity():
    sizing = size(trader_multiplier=D("5"), risk_multiplier=D("2"), max_position_pct=D("0.10"))
    assert sizing.requested_notional == D("20000")
    assert sizing.notional == D("10000")
    assert sizing.capped_by == "max_position_pct"


def test_it_caps_at_free_cash_including_the_fee():
    sizing = size(free_cash=D("1000.5"), leverage=1)
    assert sizing.capped_by == "free_margin"
    assert sizing.margin + sizing.notional * D("0.0005") <= D("1000.5")
    assert sizing.notional > D("999")


def test_quantity_rounds_down_never_up():
    sizing = size(price=D("3"))
    assert sizing.quantity * D("3") <= D("2000")


@pytest.mark.usefixtures("market")
def test_a_08_signal_is_filtered_for_woods1_and_copied_at_15x_for_angry_and_1x_for_handjob(yun_qiang, woods1, angry, handjob):
    signal = send_signal(confidence="0.8", leverage=1)
    woods = decision_of(signal, woods1)
    assert (woods.outcome, woods.reason) == ("filtered", "confidence_below_threshold")
    angry_decision, handjob_decision = decision_of(signal, angry), decision_of(signal, handjob)
    assert angry_decision.outcome == handjob_decision.outcome == "executed"
    assert D(angry_decision.sizing["requested_notional"]) == D("3000")  # 2 % × $100k × 1.5
    assert D(handjob_decision.sizing["requested_notional"]) == D("2000")  # 2 % × $100k × 1.0
    angry_position = angry_decision.position
    handjob_position = handjob_decision.position
    # Each quantity is rounded down to 1e-8 on its own, so the ratio is 1.5 to within that rounding.
    assert abs(angry_position.quantity / handjob_position.quantity - D("1.5")) < D("0.000001")
    assert abs(angry_position.notional - D("3000")) < D("1")
    assert not Position.objects.filter(account=woods1).exists()


@pytest.mark.usefixtures("market")
def test_trader_and_global_multipliers_reach_the_position(yun_qiang, handjob):
    trader_set_multiplier(trader=yun_qiang, multiplier="2")
    account_update_risk(account=handjob, global_position_multiplier=D("0.5"))
    decision = decision_of(send_signal(), handjob)
    assert D(decision.sizing["requested_notional"]) == D("2000")  # 2000 × 2 × 1 × 0.5


@pytest.mark.usefixtures("market")
def test_sizing_uses_equity_not_starting_balance(yun_qiang, handjob):
    handjob.cash = D("50000")
    handjob.save()
    decision = decision_of(send_signal(), handjob)
    assert D(decision.sizing["equity"]) == D("50000")
    assert D(decision.sizing["requested_notional"]) == D("1000")
