"""Per-trader alerts: each kind triggers, auto-pauses, reaches every following account's audit log."""
from decimal import Decimal

import pytest
from django.core import mail

from echotrade.models import AuditEvent
from signals.models import SignalDecision
from tests.analytics.conftest import round_trip
from tests.helpers import decision_of, send_signal
from echotrade import notify
from traders.models import Trader, TraderAlert
from traders.services import alert_rule_set, follow_set
from analytics.alerts import alerts_evaluate
from analytics.tasks import evaluate_trader_alerts

pytestmark = pytest.mark.usefixtures("market")


def losing_signal():
    """Every account copies at 67,000 and sells at 60,300 (−10 %): three losing copies.

    Notional ≈ 1,000 (woods1, half size) + 3,000 (angry) + 2,000 (handjob) = 6,000, so the loss is
    ≈ 600 + fees ≈ 606 on 300,000 of capital: a drawdown of ≈ 0.2 %.
    """
    return round_trip("yun_qiang", "BTC/USDT", 67000, 60300)


def test_a_drawdown_beyond_the_threshold_triggers_and_pauses_the_trader(yun_qiang):
    alert_rule_set(trader=yun_qiang, kind="drawdown", threshold="0.001", auto_pause=True)
    positions = losing_signal()
    [alert] = alerts_evaluate(trader=yun_qiang)
    expected = float(sum(p.net_pnl for p in positions)) / 300000  # ≈ −0.00202
    assert float(alert.value) == pytest.approx(expected, abs=1e-8)
    assert alert.paused_trader is True
    assert Trader.objects.get(pk="yun_qiang").active is False
    assert "drawdown 0.20% (alert beyond 0.10%)" in alert.message


def test_a_paused_trader_s_next_signal_is_filtered_everywhere(yun_qiang, angry):
    alert_rule_set(trader=yun_qiang, kind="drawdown", threshold="0.001", auto_pause=True)
    losing_signal()
    alerts_evaluate(trader=yun_qiang)
    decision = decision_of(send_signal(), angry)
    assert (decision.outcome, decision.reason) == (SignalDecision.Outcome.FILTERED, "trader_inactive")


def test_a_drawdown_within_the_threshold_stays_quiet(yun_qiang):
    alert_rule_set(trader=yun_qiang, kind="drawdown", threshold="0.05", auto_pause=True)
    losing_signal()
    assert alerts_evaluate(trader=yun_qiang) == []
    assert Trader.objects.get(pk="yun_qiang").active is True


def test_a_win_rate_below_the_threshold_over_the_window_triggers(yun_qiang):
    alert_rule_set(trader=yun_qiang, kind="win_rate", threshold="0.5", window=4, auto_pause=True)
    round_trip("yun_qiang", "BTC/USDT", 67000, 69000)  # three wins
    losing_signal()  # three losses
    # Last 4 copies: 1 win, 3 losses → 25 % < 50 %.
    [alert] = alerts_evaluate(trader=yun_qiang)
    assert (alert.kind, alert.value, alert.paused_trader) == ("win_rate", Decimal("0.25"), True)


def test_the_win_rate_is_not_judged_before_the_window_is_full(yun_qiang):
    alert_rule_set(trader=yun_qiang, kind="win_rate", threshold="0.5", window=4)
    losing_signal()  # 3 losing copies, window 4
    assert alerts_evaluate(trader=yun_qiang) == []


def test_consecutive_losses_trigger_at_the_threshold(yun_qiang):
    alert_rule_set(trader=yun_qiang, kind="consecutive_losses", threshold=3, auto_pause=True)
    round_trip("yun_qiang", "BTC/USDT", 67000, 69000)
    losing_signal()
    [alert] = alerts_evaluate(trader=yun_qiang)
    assert (alert.kind, alert.value) == ("consecutive_losses", Decimal(3))
    assert "3 losing trades in a row (alert at 3)" in alert.message
    assert Trader.objects.get(pk="yun_qiang").active is False


def test_a_rule_without_auto_pause_alerts_but_leaves_the_trader_on(yun_qiang):
    alert_rule_set(trader=yun_qiang, kind="consecutive_losses", threshold=2, auto_pause=False)
    losing_signal()
    [alert] = alerts_evaluate(trader=yun_qiang)
    assert alert.paused_trader is False
    assert Trader.objects.get(pk="yun_qiang").active is True


def test_an_alert_is_audited_for_every_account_following_the_trader(yun_qiang, accounts):
    follow_set(account=accounts["handjob"], trader=yun_qiang, enabled=False)
    alert_rule_set(trader=yun_qiang, kind="consecutive_losses", threshold=2, auto_pause=True)
    losing_signal()  # handjob no longer copies: woods1 and angry lose
    [alert] = alerts_evaluate(trader=yun_qiang)
    events = AuditEvent.objects.filter(action="trader.alert")
    assert sorted(e.account.name for e in events) == ["angry", "woods1"]
    assert {(e.object_id, e.message, e.after["paused_trader"]) for e in events} == {(str(alert.pk), alert.message, True)}
    # The pause itself is audited as a trader change.
    assert AuditEvent.objects.filter(action="trader.updated", object_id="yun_qiang", after={"active": False}).exists()


def test_the_same_record_does_not_alert_twice(yun_qiang):
    alert_rule_set(trader=yun_qiang, kind="consecutive_losses", threshold=2)
    losing_signal()
    assert len(alerts_evaluate(trader=yun_qiang)) == 1
    assert alerts_evaluate(trader=yun_qiang) == []
    losing_signal()  # a new losing copy: the rule may speak again
    assert len(alerts_evaluate(trader=yun_qiang)) == 1
    assert TraderAlert.objects.count() == 2


def test_the_beat_task_evaluates_every_active_trader(yun_qiang, crypto_loby):
    alert_rule_set(trader=yun_qiang, kind="consecutive_losses", threshold=2)
    losing_signal()
    assert evaluate_trader_alerts.delay().get() == 1


def test_an_alert_goes_to_telegram_and_email_when_configured(yun_qiang, settings, monkeypatch, django_capture_on_commit_callbacks):
    settings.TELEGRAM_BOT_TOKEN, settings.TELEGRAM_ALERT_CHAT_ID = "123:abc", "-100200"
    settings.ALERT_EMAIL_TO = "ops@example.com"
    sent = []
    monkeypatch.setattr(notify, "telegram_send", lambda **kwargs: sent.append(kwargs))
    alert_rule_set(trader=yun_qiang, kind="consecutive_losses", threshold=2)
    losing_signal()
    with django_capture_on_commit_callbacks(execute=True):
        [alert] = alerts_evaluate(trader=yun_qiang)
    assert sent == [{"token": "123:abc", "chat_id": "-100200", "text": alert.message}]
    assert [(m.to, m.body) for m in mail.outbox] == [(["ops@example.com"], alert.message)]


def test_nothing_leaves_the_app_when_no_channel_is_configured(yun_qiang, monkeypatch, django_capture_on_commit_callbacks):
    sent = []
    monkeypatch.setattr(notify, "telegram_send", lambda **kwargs: sent.append(kwargs))
    alert_rule_set(trader=yun_qiang, kind="consecutive_losses", threshold=2)
    losing_signal()
    with django_capture_on_commit_callbacks(execute=True):
        assert len(alerts_evaluate(trader=yun_qiang)) == 1
    assert (sent, mail.outbox) == ([], [])


# --- The endpoints ---------------------------------------------------------------------------
def test_staff_sets_a_rule_and_setting_the_same_kind_again_replaces_it(api, yun_qiang):
    body = {"kind": "drawdown", "threshold": "0.15", "auto_pause": True}
    assert api.post("/api/traders/yun_qiang/alerts", body, format="json").status_code == 200
    response = api.post("/api/traders/yun_qiang/alerts", {**body, "threshold": "0.1"}, format="json")
    assert response.status_code == 200
    rules = api.get("/api/traders/yun_qiang/alerts").json()
    assert [(r["kind"], r["threshold"], r["auto_pause"], r["enabled"]) for r in rules] == [("drawdown", "0.1", True, True)]
    assert AuditEvent.objects.filter(action="trader.alert_rule_set").count() == 2


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"kind": "mood", "threshold": "0.1"}, "kind"),
        ({"kind": "drawdown"}, "threshold"),
        ({"kind": "drawdown", "threshold": "1.5"}, "threshold"),
        ({"kind": "win_rate", "threshold": "abc"}, "threshold"),
        ({"kind": "consecutive_losses", "threshold": "2.5"}, "threshold"),
        ({"kind": "drawdown", "threshold": "0.1", "window": 10}, "window"),
        ({"kind": "win_rate", "threshold": "0.6", "window": 0}, "window"),
        ({"kind": "drawdown", "threshold": "0.1", "auto_pause": "sometimes"}, "auto_pause"),
    ],
)
def test_a_bad_rule_is_400_naming_the_field(api, yun_qiang, body, field):
    response = api.post("/api/traders/yun_qiang/alerts", body, format="json")
    assert response.status_code == 400
    assert field in response.json()["errors"]


def test_only_staff_may_set_rules_but_members_may_read_them(member, yun_qiang):
    assert member.post("/api/traders/yun_qiang/alerts", {"kind": "drawdown", "threshold": "0.1"}, format="json").status_code == 403
    assert member.get("/api/traders/yun_qiang/alerts").status_code == 200


def test_the_history_lists_alerts_newest_first(api, yun_qiang):
    alert_rule_set(trader=yun_qiang, kind="consecutive_losses", threshold=2)
    losing_signal()
    alerts_evaluate(trader=yun_qiang)
    losing_signal()
    alerts_evaluate(trader=yun_qiang)
    history = api.get("/api/traders/yun_qiang/alerts/history").json()
    assert [h["message"] for h in history] == [
        "Yun Qiang: 6 losing trades in a row (alert at 2).", "Yun Qiang: 3 losing trades in a row (alert at 2).",
    ]
    assert len(api.get("/api/traders/yun_qiang/alerts/history?limit=1").json()) == 1


@pytest.mark.parametrize("limit", ["0", "x", "501"])
def test_a_bad_history_limit_is_400(api, yun_qiang, limit):
    response = api.get(f"/api/traders/yun_qiang/alerts/history?limit={limit}")
    assert response.status_code == 400
    assert "limit" in response.json()["errors"]


def test_alerts_of_an_unknown_trader_are_404(api, yun_qiang):
    assert api.get("/api/traders/nobody/alerts/history").status_code == 404
    assert api.post("/api/traders/nobody/alerts", {"kind": "drawdown", "threshold": "0.1"}, format="json").status_code == 404
