"""The guard at ingest (signals/services/ingest.py): refused for a source that can answer, recorded
and filtered for one that cannot; what a missing price and history imports do."""
from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from echotrade.exceptions import ImplausibleSignal, InvalidInput
from execution.models import Position
from signals.models import Signal
from signals.services import SignalInput, signal_ingest, signal_receive
from signals.tasks import sweep_undecided_signals
from tests.helpers import committed

pytestmark = pytest.mark.usefixtures("market")  # BTC at 67,000


def data(**fields) -> SignalInput:
    return SignalInput(**({"trader": "yun_qiang", "symbol": "BTC/USDT", "side": "long", "confidence": "0.9"} | fields))


def test_by_default_an_implausible_signal_is_refused_with_its_code_and_nothing_stored(yun_qiang):
    with pytest.raises(ImplausibleSignal) as refused:
        signal_ingest(data=data(symbol="BTC/EUR"))

    assert isinstance(refused.value, InvalidInput) and refused.value.code == "market_not_listed"
    assert refused.value.fields == {"symbol": [refused.value.checks[0]["detail"]]}
    assert not Signal.objects.exists()


def test_a_source_without_a_caller_records_it_and_every_account_filters_it(yun_qiang):
    with committed():
        signal, created = signal_receive(data=data(symbol="BTC/EUR"), refuse_implausible=False)

    assert created and [f["check"] for f in signal.guard_failures] == ["market_not_listed"]
    assert {(d.outcome, d.reason) for d in signal.decisions.all()} == {("filtered", "implausible_signal")}
    assert signal.decisions.count() == 3 and not Position.objects.exists()


def test_a_history_import_skips_the_market_checks_but_not_the_sides(yun_qiang):
    old, _ = signal_ingest(data=data(entry="20000", stop_loss="19000", take_profits=["22000"]), check_market=False)

    assert old.guard_failures == [] and not old.market_checked
    with pytest.raises(ImplausibleSignal):
        signal_ingest(data=data(entry="20000", stop_loss="21000"), check_market=False)


def test_a_signal_recorded_only_is_never_copied_by_the_sweep(yun_qiang):
    recorded, _ = signal_ingest(data=data(), record_only=True)
    Signal.objects.filter(pk=recorded.pk).update(received_at=timezone.now() - timedelta(hours=1))

    assert recorded.pk not in sweep_undecided_signals(older_than_seconds=0)
    assert not recorded.decisions.exists()


def test_a_decimal_leverage_is_stored_and_read_back_as_stated(yun_qiang):
    signal, _ = signal_ingest(data=data(leverage="12.5"))

    assert Signal.objects.get(pk=signal.pk).leverage == Decimal("12.5")
    assert Signal.objects.get(pk=signal.pk).leverage.as_tuple().exponent == -1  # 12.5, not 12.50
    assert Signal.objects.get(pk=signal_ingest(data=data(leverage=5, external_id="b"))[0].pk).leverage == 5


def test_a_parse_with_low_certainty_keeps_its_reasons(yun_qiang):
    signal, _ = signal_ingest(data=data(certainty="low", certainty_reasons=[("two_pairs", "BTC and ETH named.")]))

    assert signal.needs_review and signal.certainty_reasons == [{"code": "two_pairs", "detail": "BTC and ETH named."}]
