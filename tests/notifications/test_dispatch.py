"""An account's notifications end to end: a trade's audit event, after commit, a Celery task per channel,
the recording server standing in for Telegram, Discord and Slack (email through Django's outbox).

A temporary failure is retried with backoff (eager here: at once), a permanent one is logged once,
and the trade is recorded whatever happens to its notification.
"""
import logging
from decimal import Decimal

import pytest
from django.core import mail
from django.db import transaction

from accounts import notifications
from accounts.services import account_pause, account_resume
from analytics.alerts import alerts_evaluate
from echotrade.models import AuditEvent
from execution.alerts import price_alert_create, price_alerts_check
from execution.market.services import quote_set
from execution.models import Position
from execution.services import position_close, position_update_protection
from signals.models import SignalDecision
from tests.analytics.conftest import round_trip
from tests.conftest import make_user
from tests.helpers import decision_of, move_market, send_signal
from tests.notifications.conftest import BOT_TOKEN, wants
from traders.services import alert_rule_set

pytestmark = pytest.mark.usefixtures("market", "yun_qiang")

EVERY_CHANNEL = ("telegram", "email", "discord", "slack")


def own_destinations(recorder, name: str) -> dict:
    return {
        "telegram_chat_id": "777001", "email": f"{name}@example.com",
        "discord_webhook_url": f"{recorder.url}/discord/{name}", "slack_webhook_url": f"{recorder.url}/slack/{name}",
    }


def fill_text(account, position) -> str:
    event = AuditEvent.objects.get(account=account, action="order.filled", object_type="fill", after__position=position.pk)
    return f"{account.name} · fill: {event.message} (position #{position.pk})"


def test_a_fill_reaches_every_channel_the_account_chose_with_each_services_payload(recorder, woods1, angry, handjob):
    wants(woods1, events=["fill"], channels=EVERY_CHANNEL, **own_destinations(recorder, "woods1"))
    wants(angry, events=["stop", "liquidation"], channels=["slack"])  # no fills for angry
    position = decision_of(send_signal(), woods1).position
    text = fill_text(woods1, position)
    assert text.startswith(f"woods1 · fill: entry buy {position.quantity.normalize()} BTC/USDT @ ")

    [telegram] = recorder.to("/bot")
    assert telegram.path == f"/bot{BOT_TOKEN}/sendMessage"
    assert telegram.body == {"chat_id": "777001", "text": text, "disable_web_page_preview": True}
    [discord] = recorder.to("/discord")
    assert discord.path == "/discord/woods1" and discord.content_type == "application/json"
    assert discord.body == {"content": text, "allowed_mentions": {"parse": []}}
    [slack] = recorder.to("/slack")
    assert slack.path == "/slack/woods1" and slack.body == {"text": text}
    [email] = mail.outbox
    assert (email.to, email.subject, email.body) == (["woods1@example.com"], "EchoTrade · woods1 · Fill", text)
    # angry and handjob filled the same signal and wanted no fills: nothing else went out.
    assert decision_of(position.signal, angry).outcome == SignalDecision.Outcome.EXECUTED
    assert len(recorder.received) == 3


def test_an_account_without_its_own_webhook_uses_the_servers(recorder, woods1):
    wants(woods1, events=["fill"], channels=["discord", "slack"])
    send_signal()
    assert [r.path for r in recorder.received] == ["/discord/server-default", "/slack/server-default"]


def test_an_account_that_does_not_want_fills_gets_nothing(recorder, woods1, angry, handjob):
    wants(woods1, events=["stop", "liquidation", "alert", "auto_pause", "daily_summary"], channels=EVERY_CHANNEL,
          **own_destinations(recorder, "woods1"))
    wants(angry, events=["fill"], channels=[])  # wants fills, chose no channel
    position = decision_of(send_signal(), woods1).position
    assert position.status == Position.Status.OPEN
    assert recorder.received == [] and mail.outbox == []


def test_a_500_is_retried_and_then_the_message_gets_through(recorder, woods1, caplog):
    wants(woods1, events=["fill"], channels=["slack"], slack_webhook_url=f"{recorder.url}/slack/woods1")
    recorder.answer("/slack", 500, 503)
    with caplog.at_level(logging.WARNING, logger="accounts.tasks"):
        position = decision_of(send_signal(), woods1).position
    sent = recorder.to("/slack")
    assert len(sent) == 3 and sent[0] == sent[1] == sent[2]  # the same message, sent again
    assert sent[2].body == {"text": fill_text(woods1, position)}
    retries = [r.getMessage() for r in caplog.records if r.name == "accounts.tasks"]
    assert len(retries) == 2 and all("temporary, retry" in m and "Slack answered 5" in m for m in retries)
    assert position.status == Position.Status.OPEN


def test_a_400_is_not_retried_it_is_logged_once_and_the_trade_stands(recorder, woods1, caplog):
    secret_url = f"{recorder.url}/discord/woods1-s3cr3t-token"
    wants(woods1, events=["fill"], channels=["discord", "slack"], discord_webhook_url=secret_url)
    recorder.answer("/discord", 400)
    with caplog.at_level(logging.WARNING):
        decision = decision_of(send_signal(), woods1)
    assert len(recorder.to("/discord")) == 1  # not sent again
    assert len(recorder.to("/slack")) == 1  # the other channel is not held up
    [logged] = [r for r in caplog.records if r.name == "accounts.tasks"]
    assert logged.levelno == logging.ERROR and "permanent failure" in logged.getMessage()
    assert "Discord answered 400: Unknown Webhook" in logged.getMessage()
    assert "s3cr3t" not in caplog.text  # a webhook URL is never written to the log
    assert decision.outcome == SignalDecision.Outcome.EXECUTED and decision.position.status == Position.Status.OPEN


def test_a_service_that_stays_down_is_given_up_after_the_last_retry(recorder, settings, woods1, caplog):
    settings.NOTIFY_MAX_RETRIES = 2
    wants(woods1, events=["fill"], channels=["telegram"], telegram_chat_id="777001")
    recorder.answer("/bot", 502, 502, 502, 502)
    with caplog.at_level(logging.WARNING, logger="accounts.tasks"):
        decision = decision_of(send_signal(), woods1)
    assert len(recorder.to("/bot")) == 3  # the first send and two retries
    assert "dropped after 2 retries" in caplog.records[-1].getMessage()
    assert decision.outcome == SignalDecision.Outcome.EXECUTED


def test_an_unreachable_service_is_a_temporary_failure_and_the_trade_stands(recorder, settings, woods1, caplog):
    settings.NOTIFY_MAX_RETRIES = 1
    recorder.shutdown()
    recorder.server_close()  # nothing listens there any more
    wants(woods1, events=["fill"], channels=["slack"])
    with caplog.at_level(logging.WARNING, logger="accounts.tasks"):
        decision = decision_of(send_signal(), woods1)
    assert [r.levelno for r in caplog.records if r.name == "accounts.tasks"] == [logging.WARNING, logging.ERROR]
    assert "Slack could not be reached" in caplog.records[-1].getMessage()
    assert decision.outcome == SignalDecision.Outcome.EXECUTED


def test_a_trade_that_rolls_back_announces_nothing(recorder, woods1, django_capture_on_commit_callbacks):
    position = decision_of(send_signal(), woods1).position
    wants(woods1, events=["fill"], channels=["slack"])
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError), transaction.atomic():
            position_close(position=position)
            raise RuntimeError("the request failed after the close")
    assert recorder.received == []
    position.refresh_from_db()
    assert position.status == Position.Status.OPEN


def test_a_broken_notification_never_fails_the_trade(recorder, woods1, monkeypatch, caplog):
    wants(woods1, events=["fill"], channels=["slack"])

    def broken(event, obj=None):
        raise KeyError("a bug in the wording")

    monkeypatch.setattr(notifications, "notification_message", broken)
    with caplog.at_level(logging.ERROR, logger="echotrade.audit"):
        decision = decision_of(send_signal(), woods1)
    assert decision.outcome == SignalDecision.Outcome.EXECUTED and decision.position.status == Position.Status.OPEN
    assert "audit hook" in caplog.text and recorder.received == []


def test_a_moved_stop_is_told_to_an_account_that_wants_stops(recorder, woods1, django_capture_on_commit_callbacks):
    position = decision_of(send_signal(stop_loss="60000"), woods1).position
    wants(woods1, events=["stop"], channels=["slack"])
    with django_capture_on_commit_callbacks(execute=True):
        position_update_protection(position=position, take_profits=["70000"])  # targets only: no stop moved
    assert recorder.received == []
    with django_capture_on_commit_callbacks(execute=True):
        position_update_protection(position=position, stop_loss="61500")
    [slack] = recorder.received
    assert slack.body == {"text": f"woods1 · stop loss of BTC/USDT #{position.pk} moved: 60000 → 61500"}


def test_a_stop_that_is_hit_is_told_as_a_stop_and_as_a_fill(recorder, woods1, django_capture_on_commit_callbacks):
    position = decision_of(send_signal(stop_loss="60000"), woods1).position
    wants(woods1, events=["stop"], channels=["slack"])
    with django_capture_on_commit_callbacks(execute=True):
        move_market("BTC/USDT", Decimal("59900"))
    position.refresh_from_db()
    assert position.status == Position.Status.CLOSED
    [slack] = recorder.received
    assert slack.body["text"].startswith(f"woods1 · stop loss hit: stop_loss sell {position.initial_quantity.normalize()} BTC/USDT @ ")
    assert f"(position #{position.pk}), realised P&L -" in slack.body["text"]


def test_a_liquidation_is_told_once(recorder, handjob, django_capture_on_commit_callbacks):
    position = decision_of(send_signal(leverage=10), handjob).position
    wants(handjob, events=["fill", "liquidation"], channels=["discord"])
    with django_capture_on_commit_callbacks(execute=True):
        move_market("BTC/USDT", position.liquidation_price - 1)
    position.refresh_from_db()
    assert position.status == Position.Status.LIQUIDATED
    [discord] = recorder.received  # the liquidation's fill is not told a second time
    assert discord.body["content"].startswith(f"handjob · BTC/USDT #{position.pk} liquidated: mark ")


def test_a_price_alert_is_told_to_an_account_that_wants_alerts(recorder, woods1, django_capture_on_commit_callbacks):
    wants(woods1, events=["alert"], channels=["telegram"], telegram_chat_id="@woods_desk")
    price_alert_create(account=woods1, symbol="BTC/USDT", condition="above", price="68000", note="breakout")
    with django_capture_on_commit_callbacks(execute=True):
        price_alerts_check(quote=quote_set(symbol="BTC/USDT", price=Decimal("68010")))
    [telegram] = recorder.received
    assert telegram.body["chat_id"] == "@woods_desk"
    assert telegram.body["text"] == "🔔 woods1: BTC/USDT reached 68010 (alert above 68000) — breakout"


def test_a_trader_alert_that_pauses_the_trader_is_an_auto_pause(recorder, woods1, angry, handjob, yun_qiang,
                                                                  django_capture_on_commit_callbacks):
    alert_rule_set(trader=yun_qiang, kind="drawdown", threshold="0.001", auto_pause=True)
    round_trip("yun_qiang", "BTC/USDT", 67000, 60300)  # three losing copies: a 0.2 % drawdown
    wants(woods1, events=["auto_pause"], channels=["slack"], slack_webhook_url=f"{recorder.url}/slack/woods1")
    wants(angry, events=["alert"], channels=["slack"], slack_webhook_url=f"{recorder.url}/slack/angry")
    wants(handjob, events=["fill", "liquidation"], channels=["slack"], slack_webhook_url=f"{recorder.url}/slack/handjob")
    with django_capture_on_commit_callbacks(execute=True):
        [alert] = alerts_evaluate(trader=yun_qiang)
    assert alert.paused_trader is True
    assert sorted((r.path, r.body["text"]) for r in recorder.to("/slack")) == [
        ("/slack/angry", f"angry · {alert.message}"),
        ("/slack/server-default", alert.message),  # the desk-wide alert, as before (Discord's too)
        ("/slack/woods1", f"woods1 · {alert.message}"),
    ]
    assert [r.path for r in recorder.to("/discord")] == ["/discord/server-default"]
    assert alert.message.endswith("The trader is paused.")


def test_an_account_paused_by_the_system_is_an_auto_pause_and_by_a_person_it_is_not(
    recorder, woods1, django_capture_on_commit_callbacks,
):
    wants(woods1, events=["auto_pause"], channels=["slack"])
    with django_capture_on_commit_callbacks(execute=True):
        account_pause(account=woods1, actor=make_user("boss", accounts=[woods1]), reason="lunch")
        account_resume(account=woods1)
    assert recorder.received == []
    with django_capture_on_commit_callbacks(execute=True):
        account_pause(account=woods1, reason="daily loss limit reached")
    assert [r.body for r in recorder.received] == [{"text": "woods1 · paused: daily loss limit reached"}]
