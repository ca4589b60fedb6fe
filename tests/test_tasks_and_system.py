"""The thin tasks (copy, sweep, snapshots), the beat schedule, the system switch, the market API."""
from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from accounts.models import PerformanceSnapshot
from echotrade.models import AuditEvent
from analytics.tasks import daily_snapshots
from bots.models import Bot
from bots.services import bot_create
from execution.market.feed import TICKS_KEPT, feed_record
from execution.market.services import quote_set
from execution.models import Position, Tick
from signals.models import Signal
from signals.services import SignalInput, signal_ingest
from signals.tasks import copy_signal, sweep_undecided_signals
from tests.conftest import make_user
from traders.models import TraderSnapshot

pytestmark = pytest.mark.usefixtures("market")


def ingest_only(**fields):
    signal, _ = signal_ingest(data=SignalInput(trader="yun_qiang", symbol="BTC/USDT", side="long", confidence="0.9", **fields))
    return signal


def test_copy_signal_decides_every_following_account_once_however_often_it_runs(yun_qiang, accounts):
    signal = ingest_only()
    assert copy_signal.delay(signal.pk).get() == 3
    assert copy_signal.delay(signal.pk).get() == 3
    assert Position.objects.filter(signal=signal).count() == 3
    signal.refresh_from_db()
    assert signal.decided_at is not None


def test_a_connection_dropped_while_reading_the_followers_is_retried_not_lost(yun_qiang, accounts, monkeypatch):
    # Found by tests/faults/test_postgres_drop.py: a drop at the follower query failed the task for
    # good, and with no sweep the signal was never copied.
    from django.db import OperationalError

    import signals.tasks

    signal, calls = ingest_only(), []
    read_followers = signals.tasks.follower_ids

    def dropped_once(found):
        calls.append(found.pk)
        if len(calls) == 1:
            raise OperationalError("terminating connection due to administrator command")
        return read_followers(found)

    monkeypatch.setattr(signals.tasks, "follower_ids", dropped_once)
    copy_signal.apply(args=(signal.pk,), throw=False)  # applied here: its retry runs at once

    assert calls == [signal.pk, signal.pk]
    assert Position.objects.filter(signal=signal).count() == 3
    signal.refresh_from_db()
    assert signal.decided_at is not None


def test_the_sweep_hands_stuck_signals_back_and_leaves_fresh_and_decided_ones(yun_qiang, accounts):
    stuck, fresh = ingest_only(external_id="stuck"), ingest_only(external_id="fresh")
    done = ingest_only(external_id="done")
    copy_signal.delay(done.pk)
    Signal.objects.filter(pk__in=[stuck.pk, done.pk]).update(received_at=timezone.now() - timedelta(minutes=5))
    assert sweep_undecided_signals.delay().get() == [stuck.pk]  # copied again, eagerly, right here
    assert Signal.objects.get(pk=stuck.pk).decided_at is not None
    assert Signal.objects.get(pk=fresh.pk).decided_at is None


def test_without_a_price_the_last_attempt_records_failed_decisions(yun_qiang, accounts, settings):
    from execution.market.sources import reset_price_source
    from execution.models import Quote

    Quote.objects.all().delete()
    settings.MARKET_DATA = "replay:/nonexistent.csv"
    reset_price_source()
    signal = ingest_only()
    copy_signal.delay(signal.pk)
    assert set(signal.decisions.values_list("outcome", "reason")) == {("failed", "no_price")}


def test_daily_snapshots_record_each_account_and_trader_once_per_day(yun_qiang, accounts):
    from tests.helpers import send_signal

    send_signal()
    daily_snapshots.delay()
    daily_snapshots.delay()
    assert PerformanceSnapshot.objects.filter(kind="daily").count() == 3
    angry = PerformanceSnapshot.objects.get(account__name="angry")
    assert angry.open_positions == 1 and angry.equity < Decimal("100000")  # paid the entry fee
    snapshot = TraderSnapshot.objects.get(trader=yun_qiang)
    assert (snapshot.signals, snapshot.executed) == (1, 3)


def test_the_feed_keeps_the_last_thousand_ticks_per_symbol(db):
    for i in range(TICKS_KEPT + 5):
        feed_record(quote=quote_set(symbol="ADA/USDT", price=Decimal("0.45") + Decimal(i) / 10000))
    assert Tick.objects.filter(symbol="ADA/USDT").count() == TICKS_KEPT
    assert Tick.objects.filter(symbol="ADA/USDT").order_by("id").first().price == Decimal("0.4505")


def test_the_beat_schedule_is_created_once_and_edits_survive(db):
    from django_celery_beat.models import PeriodicTask

    from operations.schedules import schedules_ensure

    from operations.schedules import schedule_definitions

    count = len(schedule_definitions())
    assert schedules_ensure() == (count, 0)
    PeriodicTask.objects.filter(task="bots.tasks.run_due_bots").update(enabled=False)
    assert schedules_ensure() == (0, count)
    assert not PeriodicTask.objects.get(task="bots.tasks.run_due_bots").enabled


def staff_api(accounts):
    client = APIClient()
    client.force_authenticate(make_user("boss", accounts=accounts.values(), staff=True))
    return client


def test_emergency_stop_pauses_everything_and_keeps_positions_open(yun_qiang, accounts):
    from tests.helpers import send_signal

    bot_create(name="b", account=accounts["angry"], strategy="dca", symbols=["BTC/USDT"])
    send_signal()
    response = staff_api(accounts).post("/api/system/stop", {"reason": "exchange outage"}, format="json")
    assert response.status_code == 200
    assert response.json() == {"accounts_paused": 3, "accounts": 3, "bots_enabled": 0, "bots": 1}
    assert Position.objects.filter(status="open").count() == 3
    later = send_signal(external_id="after-stop")
    assert set(later.decisions.values_list("reason", flat=True)) == {"account_paused"}
    assert AuditEvent.objects.filter(action="system.stopped", message="exchange outage").exists()


def test_starting_the_system_resumes_accounts_bots_and_follows(yun_qiang, accounts):
    from traders.services import follow_set

    client = staff_api(accounts)
    bot_create(name="b", account=accounts["angry"], strategy="dca", symbols=["BTC/USDT"])
    client.post("/api/system/stop", format="json")
    follow_set(account=accounts["woods1"], trader=yun_qiang, enabled=False)
    assert client.post("/api/system/start", format="json").json() == {"accounts_paused": 0, "accounts": 3, "bots_enabled": 1, "bots": 1}
    assert accounts["woods1"].follows.get(trader=yun_qiang).enabled
    assert Bot.objects.get().enabled


def test_only_staff_may_switch_the_system(accounts):
    client = APIClient()
    client.force_authenticate(make_user("plain", accounts=accounts.values()))
    assert client.post("/api/system/stop", format="json").status_code == 403
    assert client.post("/api/system/start", format="json").status_code == 403


def test_the_market_api_serves_quotes_candles_and_ticks(api):
    quotes = api.get("/api/market/quotes?symbols=BTC/USDT").json()
    assert [(q["symbol"], q["price"], q["source"]) for q in quotes] == [("BTC/USDT", "67000", "manual")]
    candles = api.get("/api/market/candles?symbol=ETHUSDT&timeframe=15m&limit=50").json()
    assert len(candles) == 50 and set(candles[0]) == {"ts", "open", "high", "low", "close", "volume"}
    feed_record(quote=quote_set(symbol="BTC/USDT", price=Decimal("67100")))
    assert api.get("/api/market/ticks?symbol=BTC/USDT").json()[-1]["price"] == "67100"


@pytest.mark.parametrize(
    "url",
    ["/api/market/candles?symbol=BTC/USDT&timeframe=7m", "/api/market/candles?symbol=nope!!", "/api/market/candles",
     "/api/market/candles?symbol=BTC/USDT&limit=0", "/api/market/ticks", "/api/market/ticks?symbol=BTC/USDT&limit=x",
     "/api/market/quotes?symbols=BTC/USDT,%3F%3F%3F"],
)
def test_bad_market_queries_are_400(api, url):
    response = api.get(url)
    assert response.status_code == 400 and response.json()["errors"]
