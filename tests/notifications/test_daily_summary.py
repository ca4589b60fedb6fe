"""The daily summary: a beat task tells each account that asked for it how its UTC day went, once."""
from datetime import timedelta

import pytest
from django.utils import timezone

from analytics.snapshots import snapshot_take
from analytics.tasks import send_daily_summaries
from execution.selectors import account_summary
from execution.services import position_close
from operations.schedules import schedule_definitions
from tests.helpers import decision_of, send_signal
from tests.notifications.conftest import wants

pytestmark = pytest.mark.usefixtures("market", "yun_qiang")


def test_the_summary_of_the_day_goes_to_each_account_that_asked_and_only_once(recorder, woods1, angry, handjob):
    wants(woods1, events=["daily_summary"], channels=["slack", "discord"],
          slack_webhook_url=f"{recorder.url}/slack/woods1", discord_webhook_url=f"{recorder.url}/discord/woods1")
    wants(angry, events=["fill", "stop"], channels=["slack"])  # angry did not ask for a summary
    first = snapshot_take(account=woods1)  # the day's first daily snapshot: where the change is measured from
    position = decision_of(send_signal(), woods1).position
    position_close(position=position)
    recorder.received.clear()  # angry's fill notifications

    today = timezone.now().date()
    assert send_daily_summaries(day=today.isoformat()) == 1
    position.refresh_from_db()
    woods1.refresh_from_db()
    equity = account_summary(account=woods1).equity
    change = equity - first.equity
    expected = "\n".join([
        f"woods1 · daily summary for {today.isoformat()} (UTC)",
        f"Equity {equity:,.2f} USDT ({change:+,.2f}, {change / first.equity:+.2%} on the day)",
        f"Closed 1 trade: 0 won, 1 lost, net P&L {position.net_pnl:+,.2f} USDT",
        "Opened 1, 2 fills; 0 open now, unrealised P&L +0.00 USDT",
    ])
    assert [(r.path, r.body) for r in recorder.received] == [
        ("/discord/woods1", {"content": expected, "allowed_mentions": {"parse": []}}),
        ("/slack/woods1", {"text": expected}),
    ]
    assert position.net_pnl < 0  # a round trip at market pays the spread and fees: the "lost" is real

    # A second run (a beat twice, a retried task) sends nothing more.
    assert send_daily_summaries(day=today.isoformat()) == 0
    assert len(recorder.received) == 2


def test_by_default_it_sums_up_yesterday_and_a_quiet_day_says_so(recorder, woods1):
    wants(woods1, events=["daily_summary"], channels=["slack"])
    assert send_daily_summaries.delay().get() == 1  # as beat calls it: no day given
    yesterday = (timezone.now() - timedelta(days=1)).date().isoformat()
    [summary] = recorder.received
    assert summary.body["text"].splitlines() == [
        f"woods1 · daily summary for {yesterday} (UTC)",
        "Equity 100,000.00 USDT",
        "Closed 0 trades",
        "Opened 0, 0 fills; 0 open now, unrealised P&L +0.00 USDT",
    ]


def test_a_failed_summary_send_is_retried(recorder, woods1):
    wants(woods1, events=["daily_summary"], channels=["slack"])
    recorder.answer("/slack", 502)
    assert send_daily_summaries() == 1
    assert len(recorder.to("/slack")) == 2 and recorder.received[0] == recorder.received[1]


def test_the_summary_is_on_the_beat_schedule(db):
    [entry] = [d for d in schedule_definitions() if d["task"] == "analytics.tasks.send_daily_summaries"]
    assert (entry["crontab"].minute, entry["crontab"].hour, str(entry["crontab"].timezone)) == ("15", "0", "UTC")
