"""Receiving signals: validation, idempotent delivery, the approval queue, the audit trail."""
from decimal import Decimal

import pytest

from echotrade.models import AuditEvent
from accounts.services import account_update_risk
from echotrade.exceptions import Conflict, InvalidInput
from execution.models import Position
from signals.models import Signal, SignalDecision
from signals.services import SignalInput, decision_approve, decision_make, decision_reject, signal_ingest
from tests.helpers import decision_of, send_signal

pytestmark = pytest.mark.usefixtures("market")


def test_a_repeat_delivery_is_recorded_as_duplicate_and_executes_nothing(yun_qiang, angry, handjob):
    first = send_signal(external_id="tg-123")
    positions = Position.objects.count()
    repeat = send_signal(external_id="tg-123")
    assert repeat.duplicate_of_id == first.pk
    assert {d.outcome for d in repeat.decisions.all()} == {"duplicate"}
    assert repeat.decisions.count() == 3
    assert Position.objects.count() == positions
    assert AuditEvent.objects.filter(action="signal.duplicate", object_id=str(repeat.pk)).exists()


def test_the_same_external_id_from_another_trader_is_a_new_signal(yun_qiang, crypto_loby):
    send_signal(external_id="42")
    other = send_signal(trader="crypto_loby", external_id="42", confidence="0.95")
    assert other.duplicate_of is None


def test_deciding_twice_returns_the_first_decision(yun_qiang, handjob):
    signal = send_signal()
    again = decision_make(signal=signal, account_id=handjob.pk)
    assert again.pk == decision_of(signal, handjob).pk
    assert Position.objects.filter(account=handjob).count() == 1


def test_a_signal_without_external_id_gets_one(yun_qiang):
    assert len(send_signal().external_id) == 32


@pytest.mark.parametrize(
    "fields, bad_field",
    [
        ({"trader": "nobody"}, "trader"),
        ({"symbol": "not a pair!"}, "symbol"),
        ({"side": "sideways"}, "side"),
        ({"entry": "-5"}, "entry"),
        ({"entry": ["1", "2", "3"]}, "entry"),
        ({"confidence": "1.5"}, "confidence"),
        ({"leverage": 0}, "leverage"),
        ({"leverage": "0.5"}, "leverage"),  # below 1x (12.5x is a leverage since decimal leverage is kept)
        ({"stop_loss": "70000", "entry": "67000"}, "stop_loss"),
        ({"take_profits": ["60000"], "entry": "67000"}, "take_profits"),
        ({"side": "short", "stop_loss": "60000", "entry": "67000"}, "stop_loss"),
    ],
)
def test_an_invalid_signal_is_refused_with_the_field_named_and_nothing_written(yun_qiang, fields, bad_field):
    data = {"trader": "yun_qiang", "symbol": "BTC/USDT", "side": "long", "confidence": "0.9", **fields}
    with pytest.raises(InvalidInput) as error:
        signal_ingest(data=SignalInput(**data))
    assert bad_field in error.value.fields
    assert not Signal.objects.exists()


def test_buy_and_sell_mean_long_and_short_and_symbols_normalise(yun_qiang):
    signal, _ = signal_ingest(data=SignalInput(trader="yun_qiang", symbol="#ethusdt", side="BUY", entry=["3100", "3000"]))
    assert (signal.symbol, signal.side, signal.entry_kind) == ("ETH/USDT", "long", "zone")
    assert (signal.entry_low, signal.entry_high) == (Decimal("3000"), Decimal("3100"))


def test_a_signal_without_confidence_takes_the_traders_default(yun_qiang):
    signal, _ = signal_ingest(data=SignalInput(trader="yun_qiang", symbol="BTC", side="long"))
    assert signal.confidence == yun_qiang.default_confidence


def test_approval_required_leaves_the_decision_pending_and_opens_nothing(yun_qiang, handjob):
    account_update_risk(account=handjob, approval_required=True)
    decision = decision_of(send_signal(), handjob)
    assert (decision.outcome, decision.position) == ("pending", None)
    assert not Position.objects.filter(account=handjob).exists()


def test_approving_executes_the_pending_signal(yun_qiang, handjob, staff_user):
    account_update_risk(account=handjob, approval_required=True)
    decision = decision_of(send_signal(), handjob)
    approved = decision_approve(decision=decision, actor=staff_user)
    assert (approved.outcome, approved.decided_by) == ("executed", staff_user)
    assert approved.position.status == "open"


def test_approval_runs_the_checks_again(yun_qiang, handjob, staff_user):
    from accounts.services import account_pause

    account_update_risk(account=handjob, approval_required=True)
    decision = decision_of(send_signal(), handjob)
    account_pause(account=handjob)
    assert decision_approve(decision=decision, actor=staff_user).reason == "account_paused"


def test_rejecting_closes_the_decision_and_it_cannot_be_approved_after(yun_qiang, handjob, staff_user):
    account_update_risk(account=handjob, approval_required=True)
    decision = decision_of(send_signal(), handjob)
    rejected = decision_reject(decision=decision, actor=staff_user)
    assert (rejected.outcome, rejected.reason) == ("rejected", "rejected_by_user")
    with pytest.raises(Conflict):
        decision_approve(decision=rejected, actor=staff_user)


def test_every_step_of_an_executed_copy_is_in_the_audit_log(yun_qiang, handjob):
    signal = send_signal(stop_loss="60000")
    position = decision_of(signal, handjob).position
    actions = set(AuditEvent.objects.filter(account=handjob).values_list("action", flat=True))
    assert {"order.filled", "position.opened", "decision.executed"} <= actions
    assert AuditEvent.objects.filter(action="signal.received", object_id=str(signal.pk)).exists()
    opened = AuditEvent.objects.get(action="position.opened", object_id=str(position.pk))
    assert opened.after["quantity"] == str(position.quantity)


def test_the_audit_log_cannot_be_changed_or_deleted(yun_qiang):
    send_signal()
    event = AuditEvent.objects.first()
    event.message = "rewritten"
    with pytest.raises(PermissionError):
        event.save()
    with pytest.raises(PermissionError):
        event.delete()
    with pytest.raises(PermissionError):
        AuditEvent.objects.all().delete()
    with pytest.raises(PermissionError):
        AuditEvent.objects.update(message="x")


def test_a_failed_decision_is_recorded_with_its_reason(yun_qiang, handjob):
    from execution.models import Quote

    Quote.objects.all().delete()
    from django.test import override_settings

    with override_settings(MARKET_DATA="replay:/nonexistent.csv"):
        from execution.market.sources import reset_price_source

        reset_price_source()
        try:
            decision = decision_of(send_signal(), handjob)
        finally:
            reset_price_source()
    assert (decision.outcome, decision.reason) == ("failed", "no_price")
    assert SignalDecision.objects.filter(outcome="failed").count() == 3
