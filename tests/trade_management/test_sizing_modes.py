"""The three sizing modes, the default stop, require_stop_loss and the trader's limits, by hand.

The pure rules (execution/sizing.py, signals/rules.py) first; then the same rules through the
real copy pipeline (tests/helpers.send_signal). The pipeline examples trade SOL/USDT at a flat
101 with a resting limit entry at 100, so a copy is sized at 100 (a limit entry's own price).
"""
from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

import pytest

from accounts.models import Account
from execution.models import Position
from execution.services import position_cancel
from execution.sizing import base_notional, size_position
from signals import rules
from tests.helpers import decision_of, move_market, send_signal
from traders.models import Trader

D = Decimal
SYMBOL = "SOL/USDT"
# Risk sizing, equity 100,000, risk 1 %, entry 100, stop 95, taker fee 0.0005:
#   loss per unit at the stop = 5 + (100 + 95) × 0.0005 = 5.0975
#   quantity = 1,000 ÷ 5.0975 = 196.174595389897… → 196.17459538 (rounded down to 1e-8)
#   notional = 196.17459538 × 100 = 19,617.459538
RISK_QUANTITY = D("196.17459538")


def size(**overrides):
    args = dict(
        equity=D(100000), free_cash=D(100000), price=D(100), leverage=1, base_position_pct=D("0.02"),
        trader_multiplier=D(1), risk_multiplier=D(1), global_multiplier=D(1), max_position_pct=D("0.25"),
        fee_rate=D("0.0005"),
    )
    return size_position(**{**args, **overrides})


# --- the rules ------------------------------------------------------------------------------------
def test_percent_equity_is_base_position_pct_of_equity():
    sizing = size(mode="percent_equity")
    # 2 % of 100,000 = 2,000 notional = 20 units at 100.
    assert (sizing.base, sizing.notional, sizing.quantity, sizing.mode) == (D(2000), D(2000), D(20), "percent_equity")


def test_fixed_amount_is_the_amount_whatever_the_equity():
    sizing = size(mode="fixed_amount", fixed_amount=D(500), equity=D(7000000))
    assert (sizing.base, sizing.quantity) == (D(500), D(5))


def test_risk_percent_of_a_long_loses_the_risk_at_the_stop_fees_included():
    sizing = size(mode="risk_percent", risk_pct=D("0.01"), stop_loss=D(95))
    assert sizing.base == D("19617.45953899")  # 1,000 ÷ 5.0975 × 100, to 8 places
    assert sizing.quantity == RISK_QUANTITY
    assert sizing.notional == D("19617.45953800")
    assert sizing.capped_by is None
    # Hitting the stop: 196.17459538 × 5.0975 = 999.99999994955 lost, fees included: at most 1 %.
    loss = sizing.quantity * (D(100) - D(95)) + sizing.quantity * (D(100) + D(95)) * D("0.0005")
    assert loss == D("999.999999949550")


def test_risk_percent_of_a_short_counts_the_stop_above():
    # Stop 105: 5 + (100 + 105) × 0.0005 = 5.1025; 1,000 ÷ 5.1025 = 195.98236158748… → 195.98236158.
    sizing = size(mode="risk_percent", risk_pct=D("0.01"), stop_loss=D(105))
    assert sizing.quantity == D("195.98236158")


def test_risk_percent_is_capped_by_max_position_pct():
    # 19,617.46 asked, 10 % of 100,000 = 10,000 allowed: 100 units.
    sizing = size(mode="risk_percent", risk_pct=D("0.01"), stop_loss=D(95), max_position_pct=D("0.10"))
    assert (sizing.requested_notional, sizing.notional, sizing.quantity) == (D("19617.45953899"), D(10000), D(100))
    assert sizing.capped_by == "max_position_pct"


def test_every_multiplier_applies_to_every_mode():
    # 500 × 2 × 1.5 × 0.5 = 750; the risk notional 19,617.45953899… × 0.5 = 9,808.729769…
    multiplied = dict(trader_multiplier=D(2), risk_multiplier=D("1.5"), global_multiplier=D("0.5"))
    assert size(mode="fixed_amount", fixed_amount=D(500), **multiplied).notional == D(750)
    risk = size(mode="risk_percent", risk_pct=D("0.01"), stop_loss=D(95), trader_multiplier=D("0.5"))
    assert risk.quantity == D("98.08729769")


def test_a_mode_without_what_it_needs_says_so():
    common = dict(equity=D(100000), price=D(100), base_position_pct=D("0.02"), fee_rate=D("0.0005"))
    with pytest.raises(ValueError, match="fixed_amount sizing needs a fixed amount."):
        base_notional(mode="fixed_amount", fixed_amount=None, risk_pct=None, stop_loss=None, **common)
    with pytest.raises(ValueError, match="risk_percent sizing needs a risk percentage and a stop."):
        base_notional(mode="risk_percent", fixed_amount=None, risk_pct=D("0.01"), stop_loss=None, **common)
    with pytest.raises(ValueError, match="Unknown sizing mode 'kelly'."):
        base_notional(mode="kelly", fixed_amount=None, risk_pct=None, stop_loss=None, **common)


def facts(**fields):
    return SimpleNamespace(**fields)


def test_the_signals_stop_wins_over_the_default_stop():
    account = facts(default_stop_pct=D("0.03"))
    assert rules.stop_for(signal=facts(stop_loss=D(90), side="long"), account=account, price=D(100)) == D(90)


def test_the_default_stop_is_below_a_long_and_above_a_short():
    # 67,000 × (1 − 0.03) = 64,990; × 1.03 = 69,010.
    account = facts(default_stop_pct=D("0.03"))
    assert rules.stop_for(signal=facts(stop_loss=None, side="long"), account=account, price=D(67000)) == D(64990)
    assert rules.stop_for(signal=facts(stop_loss=None, side="short"), account=account, price=D(67000)) == D(69010)
    assert rules.stop_for(signal=facts(stop_loss=None, side="long"), account=facts(default_stop_pct=None), price=D(1)) is None


def test_the_traders_sizing_mode_and_amounts_override_the_accounts():
    account = facts(
        sizing_mode="risk_percent", fixed_amount=D(500), risk_pct=D("0.01"), base_position_pct=D("0.02"),
        risk_multiplier=D(1), global_position_multiplier=D(1), max_position_pct=D("0.25"), taker_fee_rate=D("0.0005"),
    )
    silent = facts(sizing_mode="", fixed_amount=None, risk_pct=None, position_multiplier=D(1))
    assert rules.sizing_mode_for(trader=silent, account=account) == "risk_percent"
    by_amount = facts(sizing_mode="fixed_amount", fixed_amount=D(750), risk_pct=None, position_multiplier=D(1))
    sized = rules.size_for(trader=by_amount, account=account, equity=D(100000), free_cash=D(100000), price=D(100), leverage=1)
    assert (sized.mode, sized.notional) == ("fixed_amount", D(750))
    # The trader's half a percent: 500 ÷ 5.0975 = 98.0872976949… → 98.08729769.
    by_risk = facts(sizing_mode="", fixed_amount=None, risk_pct=D("0.005"), position_multiplier=D(1))
    sized = rules.size_for(trader=by_risk, account=account, equity=D(100000), free_cash=D(100000), price=D(100),
                           leverage=1, stop_loss=D(95))
    assert sized.quantity == D("98.08729769")


# --- through the pipeline -------------------------------------------------------------------------
@pytest.fixture
def sol(db):
    move_market(SYMBOL, D(101), spread=D(0))


def account_set(account: Account, **fields) -> None:
    Account.objects.filter(pk=account.pk).update(**fields)


def trader_set(trader: Trader, **fields) -> None:
    Trader.objects.filter(pk=trader.pk).update(**fields)


def long_sol(**fields):
    fields.setdefault("entry", "100")
    fields.setdefault("take_profits", ["110"])
    return send_signal("yun_qiang", SYMBOL, "long", **fields)


@pytest.mark.usefixtures("sol")
def test_risk_sizing_through_the_pipeline_sizes_the_copy_to_lose_one_percent_at_the_stop(yun_qiang, handjob):
    account_set(handjob, sizing_mode="risk_percent", risk_pct=D("0.01"), max_position_pct=D("0.25"))
    decision = decision_of(long_sol(stop_loss="95"), handjob)
    assert decision.outcome == "executed"
    assert decision.sizing["mode"] == "risk_percent"
    assert D(decision.sizing["quantity"]) == RISK_QUANTITY
    assert decision.position.stop_loss == D(95)
    assert decision.position.orders.get(purpose="entry").quantity == RISK_QUANTITY


@pytest.mark.usefixtures("sol")
def test_risk_sizing_through_the_pipeline_is_capped_by_max_position_pct(yun_qiang, handjob):
    account_set(handjob, sizing_mode="risk_percent", risk_pct=D("0.01"), max_position_pct=D("0.10"))
    decision = decision_of(long_sol(stop_loss="95"), handjob)
    assert (decision.sizing["capped_by"], D(decision.sizing["quantity"])) == ("max_position_pct", D(100))


@pytest.mark.usefixtures("sol")
def test_a_signal_without_a_stop_is_sized_and_protected_with_the_default_stop(yun_qiang, handjob):
    # 100 × (1 − 0.05) = 95: the same stop, so the same 196.17459538 units as a signal stating 95.
    account_set(handjob, sizing_mode="risk_percent", risk_pct=D("0.01"), max_position_pct=D("0.25"),
                default_stop_pct=D("0.05"))
    decision = decision_of(long_sol(), handjob)
    assert decision.outcome == "executed"
    assert D(decision.sizing["quantity"]) == RISK_QUANTITY
    assert decision.position.stop_loss == D(95)
    assert "default stop 95.00000000" in decision.detail


@pytest.mark.usefixtures("sol")
def test_require_stop_loss_filters_a_signal_without_one(yun_qiang, handjob):
    account_set(handjob, require_stop_loss=True, default_stop_pct=D("0.05"))
    decision = decision_of(long_sol(), handjob)
    assert (decision.outcome, decision.reason) == ("filtered", "no_stop_loss")
    assert not Position.objects.filter(account=handjob).exists()


@pytest.mark.usefixtures("sol")
def test_risk_sizing_without_any_stop_is_filtered_no_stop_loss(yun_qiang, handjob):
    account_set(handjob, sizing_mode="risk_percent", risk_pct=D("0.01"))
    decision = decision_of(long_sol(), handjob)
    assert (decision.outcome, decision.reason) == ("filtered", "no_stop_loss")
    assert decision.detail.startswith("Sizing by risk needs a stop")


@pytest.mark.usefixtures("sol")
def test_risk_sizing_without_a_risk_percentage_fails_saying_so(yun_qiang, handjob):
    account_set(handjob, sizing_mode="risk_percent")
    decision = decision_of(long_sol(stop_loss="95"), handjob)
    assert (decision.outcome, decision.reason) == ("failed", "insufficient_funds")
    assert "no risk percentage" in decision.detail


@pytest.mark.usefixtures("sol")
def test_fixed_amount_through_the_pipeline_with_the_accounts_risk_multiplier(yun_qiang, handjob, angry):
    # 500 at 100 = 5 units; angry's 1.5× risk multiplier makes it 750 = 7.5 units.
    account_set(handjob, sizing_mode="fixed_amount", fixed_amount=D(500))
    account_set(angry, sizing_mode="fixed_amount", fixed_amount=D(500))
    signal = long_sol(stop_loss="95")
    assert D(decision_of(signal, handjob).sizing["quantity"]) == D(5)
    assert D(decision_of(signal, angry).sizing["quantity"]) == D("7.5")


@pytest.mark.usefixtures("sol")
def test_the_traders_fixed_amount_overrides_the_accounts_percent_sizing(yun_qiang, handjob):
    trader_set(yun_qiang, sizing_mode="fixed_amount", fixed_amount=D(750))
    decision = decision_of(long_sol(stop_loss="95"), handjob)
    assert (decision.sizing["mode"], D(decision.sizing["notional"]), D(decision.sizing["quantity"])) == (
        "fixed_amount", D(750), D("7.5"),
    )


@pytest.mark.usefixtures("sol")
def test_the_traders_risk_percentage_overrides_the_accounts(yun_qiang, handjob):
    # The account risks 1 %, the trader 0.5 %: 500 ÷ 5.0975 = 98.08729769 units.
    account_set(handjob, sizing_mode="risk_percent", risk_pct=D("0.01"), max_position_pct=D("0.25"))
    trader_set(yun_qiang, risk_pct=D("0.005"))
    decision = decision_of(long_sol(stop_loss="95"), handjob)
    assert D(decision.sizing["quantity"]) == D("98.08729769")


@pytest.mark.usefixtures("sol")
def test_the_traders_max_open_trades_filters_the_next_copy(yun_qiang, handjob):
    trader_set(yun_qiang, max_open_trades=1)
    first = decision_of(long_sol(stop_loss="95"), handjob)  # resting at 100: pending counts as open
    second = decision_of(long_sol(stop_loss="95", entry="99"), handjob)
    assert first.outcome == "executed"
    assert (second.outcome, second.reason) == ("filtered", "trader_max_trades")
    assert second.detail == "1 open copies of Yun Qiang, 1 allowed"
    assert Position.objects.filter(account=handjob).count() == 1


@pytest.mark.usefixtures("sol")
def test_the_traders_max_open_trades_frees_up_when_a_copy_ends(yun_qiang, handjob):
    trader_set(yun_qiang, max_open_trades=1)
    first = decision_of(long_sol(stop_loss="95"), handjob)  # resting at 100
    position_cancel(position=first.position)
    assert decision_of(long_sol(stop_loss="95", entry="99"), handjob).outcome == "executed"
