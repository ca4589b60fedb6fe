"""The admin pages of alert rules (editable through alert_rule_set) and alerts (read-only, acknowledge)."""
import pytest
from django.urls import reverse

from echotrade.models import AuditEvent
from tests.analytics.conftest import round_trip
from tests.conftest import make_user
from traders.models import TraderAlert, TraderAlertRule
from traders.services import alert_rule_set
from analytics.alerts import alerts_evaluate

pytestmark = pytest.mark.usefixtures("market")


@pytest.fixture
def admin_client(client, db):
    user = make_user("root", staff=True)
    user.is_superuser = True
    user.save(update_fields=["is_superuser"])
    client.force_login(user)
    return client


def test_a_rule_added_in_the_admin_is_set_through_the_service(admin_client, yun_qiang):
    response = admin_client.post(reverse("admin:traders_traderalertrule_add"), {
        "trader": "yun_qiang", "kind": "consecutive_losses", "threshold": "4", "window": "", "auto_pause": "on",
        "enabled": "on",
    })
    assert response.status_code == 302
    rule = TraderAlertRule.objects.get(trader=yun_qiang)
    assert (rule.kind, rule.threshold, rule.auto_pause) == ("consecutive_losses", 4, True)
    assert AuditEvent.objects.filter(action="trader.alert_rule_set", object_id=str(rule.pk)).exists()


def test_a_bad_threshold_in_the_admin_is_a_form_error(admin_client, yun_qiang):
    response = admin_client.post(reverse("admin:traders_traderalertrule_add"), {
        "trader": "yun_qiang", "kind": "drawdown", "threshold": "3", "window": "", "enabled": "on",
    })
    assert response.status_code == 200
    assert not TraderAlertRule.objects.exists()
    assert "a fraction of the capital" in response.content.decode()


def test_alerts_are_acknowledged_from_the_admin_list(admin_client, yun_qiang):
    alert_rule_set(trader=yun_qiang, kind="consecutive_losses", threshold=2)
    round_trip("yun_qiang", "BTC/USDT", 67000, 60300)
    [alert] = alerts_evaluate(trader=yun_qiang)
    assert admin_client.get(reverse("admin:traders_traderalert_changelist")).status_code == 200
    admin_client.post(
        reverse("admin:traders_traderalert_changelist"), {"action": "acknowledge", "_selected_action": [str(alert.pk)]},
    )
    assert TraderAlert.objects.get(pk=alert.pk).acknowledged is True
    assert AuditEvent.objects.filter(action="trader.alert_acknowledged", object_id=str(alert.pk)).exists()
