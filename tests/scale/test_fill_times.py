"""A signal's first and last fill times only ever widen (signals.services.decide.signal_progress_record).

Two chunks of one signal finish together on two workers: the UPDATE that commits second may have
read the fills before the other chunk's committed, and must not put back an older last fill.
"""
from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from accounts.models import Account
from execution.market.services import quote_set
from execution.models import Fill
from signals.models import Signal
from signals.services.decide import signal_progress_record
from tests.helpers import send_signal
from traders.services import trader_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def copied_signal() -> Signal:
    quote_set(symbol="BTC/USDT", price=Decimal("67000"), bid=Decimal("66999"), ask=Decimal("67001"))
    for i in range(3):
        Account.objects.create(name=f"desk-{i}", min_confidence=Decimal("0.5"), max_leverage=20)
    trader_create(id="lead", name="Lead", min_confidence=Decimal("0.5"), max_leverage=10)
    signal = send_signal(trader="lead", leverage=2)
    signal.refresh_from_db()
    return signal


def test_a_later_fill_already_recorded_by_another_chunk_is_kept(copied_signal):
    fills = Fill.objects.filter(position__signal=copied_signal).order_by("created_at")
    later = fills.last().created_at + timedelta(seconds=5)  # what a chunk that read more fills stored
    earlier = fills.first().created_at - timedelta(seconds=5)
    Signal.objects.filter(pk=copied_signal.pk).update(first_fill_at=earlier, last_fill_at=later)

    signal_progress_record(signal=copied_signal)  # this chunk's view: only the fills above

    copied_signal.refresh_from_db()
    assert (copied_signal.first_fill_at, copied_signal.last_fill_at) == (earlier, later)


def test_fill_times_are_set_from_the_fills_when_none_was_recorded(copied_signal):
    Signal.objects.filter(pk=copied_signal.pk).update(first_fill_at=None, last_fill_at=None)

    signal_progress_record(signal=copied_signal)

    copied_signal.refresh_from_db()
    fills = Fill.objects.filter(position__signal=copied_signal).order_by("created_at")
    assert (copied_signal.first_fill_at, copied_signal.last_fill_at) == (fills.first().created_at, fills.last().created_at)
