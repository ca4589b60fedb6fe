"""The live desk: a beat task posts one simulated trader's signal, which the accounts decide."""
from __future__ import annotations

from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from django_celery_beat.models import PeriodicTask

from execution.market.services import quote_set
from execution.models import Position
from operations.demo.desk import LIVE_CYCLE
from operations.tasks import post_demo_signal
from signals.models import Signal, SignalDecision
from traders.models import Trader

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    call_command("seed_demo", "--no-history", stdout=StringIO())


def post(capture) -> Signal:
    with capture(execute=True):
        signal_id = post_demo_signal()
    return Signal.objects.get(pk=signal_id)


def test_seed_demo_schedules_the_desk_every_few_seconds(demo):
    task = PeriodicTask.objects.get(task="operations.tasks.post_demo_signal")
    assert task.enabled and task.interval.every <= 20


def test_the_first_signal_is_decided_and_executed_by_every_account(demo, django_capture_on_commit_callbacks):
    signal = post(django_capture_on_commit_callbacks)
    assert signal.trader.simulated and signal.raw["simulated"] is True
    assert signal.external_id.startswith("demo-live:")
    decisions = dict(signal.decisions.values_list("account__name", "outcome"))
    assert decisions == {"woods1": "executed", "angry": "executed", "handjob": "executed"}
    assert Position.objects.filter(signal=signal, status="open").count() == 3


def test_over_a_cycle_woods1_filters_more_than_angry(demo, django_capture_on_commit_callbacks):
    for _ in LIVE_CYCLE:
        post(django_capture_on_commit_callbacks)
    executed = {
        name: SignalDecision.objects.filter(account__name=name, outcome="executed").count()
        for name in ("woods1", "handjob", "angry")
    }
    assert executed["woods1"] < executed["handjob"] < executed["angry"]
    filtered = SignalDecision.objects.filter(account__name="woods1", outcome="filtered")
    assert {"confidence_below_threshold", "leverage_above_max"} <= set(filtered.values_list("reason", flat=True))
    assert Signal.objects.count() == len(LIVE_CYCLE)


# Real market data is far from the simulator's start prices: the desk prices off the live quote.
REAL = {
    "BTC/USDT": "101000", "ETH/USDT": "4100", "SOL/USDT": "240", "BNB/USDT": "910", "XRP/USDT": "2.4",
    "DOGE/USDT": "0.31", "ADA/USDT": "0.92", "AVAX/USDT": "28", "LINK/USDT": "23",
}


def test_prices_follow_the_live_quote_with_stop_and_targets_on_the_right_sides(demo, django_capture_on_commit_callbacks):
    for symbol, price in REAL.items():
        quote_set(symbol=symbol, price=Decimal(price), source="ccxt:binance")
    for _ in LIVE_CYCLE:
        signal = post(django_capture_on_commit_callbacks)
        market = Decimal(REAL[signal.symbol])
        sign = 1 if signal.side == "long" else -1
        assert (market - signal.stop_loss) * sign > 0
        assert abs(signal.stop_loss / market - 1) < Decimal("0.2")
        assert all((price - market) * sign > 0 for price in signal.take_profit_prices)
        if signal.entry_low is not None:
            assert abs(signal.entry_low / market - 1) < Decimal("0.01")


def test_without_simulated_traders_the_desk_posts_nothing(demo):
    Trader.objects.filter(simulated=True).update(simulated=False)
    assert post_demo_signal() is None
    assert not Signal.objects.exists()


def test_a_simulated_traders_card_says_so(demo, client):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username="admin"))
    page = client.get(reverse("ui-traders", args=["woods1"])).content.decode()
    assert page.count("data-simulated") == Trader.objects.filter(simulated=True, deleted_at=None).exclude(source="bot").count()
