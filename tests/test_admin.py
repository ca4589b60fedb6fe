"""The Django admin: every page opens, actions go through the services, the ledger stays read-only."""
from __future__ import annotations

from datetime import time, timedelta
from decimal import Decimal
from html.parser import HTMLParser
from io import StringIO

import pytest
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.core.management import call_command
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from accounts.models import Account
from echotrade.models import AuditEvent
from accounts.services import account_update_risk
from execution.market.services import quote_set
from execution.models import Position
from execution.services import position_close
from signals.models import BlackoutPeriod, SignalDecision, TradingWindow
from signals.services import SignalInput, signal_receive
from tests.helpers import committed
from traders.models import Trader, TraderFollow

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_user(settings):
    settings.ECHOTRADE_ADMIN_PASSWORD = "demo-admin-pw"
    call_command("seed_demo", "--no-history", stdout=StringIO())  # the set-up only: the history takes seconds
    return get_user_model().objects.get(username=settings.ECHOTRADE_ADMIN_USERNAME)


@pytest.fixture
def staff_client(client, admin_user):
    client.force_login(admin_user)
    return client


def btc_long_signal(external_id: str = "admin-test-1"):
    """yun_qiang goes long BTC at 67,000: every following account opens (or queues) a position."""
    quote_set(symbol="BTC/USDT", price=Decimal("67000"))
    with committed():
        signal, _ = signal_receive(
            data=SignalInput(trader="yun_qiang", symbol="BTC/USDT", side="long", confidence="0.9", leverage=2,
                             external_id=external_id),
            actor=None,
        )
    return signal


def changelist_url(model) -> str:
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")


def run_action(client, model, action: str, pks):
    return client.post(
        changelist_url(model), {"action": action, "_selected_action": [str(pk) for pk in pks]}, follow=True
    )


def messages_of(response) -> list[tuple[str, str]]:
    return [(m.level_tag, m.message) for m in get_messages(response.wsgi_request)]


class FormFields(HTMLParser):
    """What a browser would submit from the admin's change form (inputs, selects, textareas)."""

    def __init__(self):
        super().__init__()
        self.data: dict[str, str] = {}
        self._select = self._textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name and attrs.get("type") not in {"submit", "button"}:
            if attrs.get("type") != "checkbox":
                self.data[name] = attrs.get("value") or ""
            elif "checked" in attrs:
                self.data[name] = attrs.get("value") or "on"
        elif tag == "select" and name:
            self._select = name
            self.data.setdefault(name, "")
        elif tag == "option" and self._select and "selected" in attrs:
            self.data[self._select] = attrs.get("value", "")
        elif tag == "textarea" and name:
            self._textarea = name
            self.data[name] = ""

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea] += data.removeprefix("\n") if not self.data[self._textarea] else data


def change_form_data(client, url: str) -> dict[str, str]:
    parser = FormFields()
    parser.feed(client.get(url).content.decode())
    return {k: v for k, v in parser.data.items() if not k.startswith("_") and k != "csrfmiddlewaretoken"}


def test_every_registered_model_has_a_working_changelist_add_and_change_page(staff_client):
    btc_long_signal()  # so positions, orders, fills, signals, decisions and quotes have rows to show
    woods1 = Account.objects.get(name="woods1")
    TradingWindow.objects.create(account=woods1, weekdays=[0, 1, 2, 3, 4], start_time=time(8), end_time=time(20))
    BlackoutPeriod.objects.create(
        account=woods1, starts_at=timezone.now(), ends_at=timezone.now() + timedelta(hours=1), reason="CPI print"
    )
    for model, model_admin in admin.site._registry.items():
        opts = model._meta
        response = staff_client.get(changelist_url(model))
        assert response.status_code == 200, f"{opts.label} changelist answered {response.status_code}"
        add = staff_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_add"))
        assert add.status_code in (200, 403), f"{opts.label} add page answered {add.status_code}"
        row = model_admin.get_queryset(response.wsgi_request).first()
        if row is not None and opts.label != "authtoken.TokenProxy":  # its change URL takes a user id
            url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[row.pk])
            assert staff_client.get(url).status_code == 200, f"{opts.label} change page failed"


def test_the_site_header_names_echotrade(staff_client):
    assert "EchoTrade admin" in staff_client.get(reverse("admin:index")).content.decode()


def test_pause_traders_action_deactivates_and_audits(staff_client, admin_user):
    run_action(staff_client, Trader, "pause_traders", ["yun_qiang", "crypto_loby"])
    assert not Trader.objects.filter(pk__in=["yun_qiang", "crypto_loby"], active=True).exists()
    event = AuditEvent.objects.get(action="trader.updated", object_id="yun_qiang")
    assert event.actor == admin_user
    assert event.after == {"active": False}


def test_resume_traders_action_reactivates_and_audits(staff_client):
    run_action(staff_client, Trader, "pause_traders", ["yun_qiang"])
    run_action(staff_client, Trader, "resume_traders", ["yun_qiang"])
    assert Trader.objects.get(pk="yun_qiang").active is True
    assert AuditEvent.objects.filter(action="trader.updated", object_id="yun_qiang").count() == 2


def test_deleting_a_trader_in_the_admin_soft_deletes_it(staff_client):
    btc_long_signal()  # its signal (PROTECT) would block a real delete
    response = staff_client.post(
        reverse("admin:traders_trader_delete", args=["yun_qiang"]), {"post": "yes"}, follow=True
    )
    assert response.status_code == 200
    trader = Trader.objects.get(pk="yun_qiang")
    assert trader.deleted_at is not None and trader.active is False
    assert AuditEvent.objects.filter(action="trader.deleted", object_id="yun_qiang").exists()


def test_adding_a_trader_in_the_admin_makes_every_account_follow_it(staff_client, admin_user):
    url = reverse("admin:traders_trader_add")
    data = change_form_data(staff_client, url)
    data.update(id="new_whale", name="New Whale", source="telegram", token_blacklist='["doge"]')
    assert staff_client.post(url, data).status_code == 302
    trader = Trader.objects.get(pk="new_whale")
    assert trader.token_blacklist == ["DOGE"]
    assert TraderFollow.objects.filter(trader=trader, enabled=True).count() == 3
    assert AuditEvent.objects.get(action="trader.created", object_id="new_whale").actor == admin_user


def test_editing_a_trader_goes_through_the_service_and_is_audited(staff_client):
    url = reverse("admin:traders_trader_change", args=["crypto_loby"])
    data = change_form_data(staff_client, url)
    data.update(min_confidence="0.8", token_whitelist='["btc", "ETH/USDT"]')
    response = staff_client.post(url, data)
    assert response.status_code == 302, response.context and response.context["adminform"].form.errors
    trader = Trader.objects.get(pk="crypto_loby")
    assert trader.min_confidence == Decimal("0.8")
    assert trader.token_whitelist == ["BTC", "ETH/USDT"]
    event = AuditEvent.objects.get(action="trader.updated", object_id="crypto_loby")
    assert event.after["min_confidence"] == "0.8"
    assert TraderFollow.objects.filter(trader=trader, enabled=True).count() == 3  # the view-only inline wrote nothing


def test_a_token_on_both_lists_is_a_form_error_not_a_server_error(staff_client):
    url = reverse("admin:traders_trader_change", args=["crypto_loby"])
    data = change_form_data(staff_client, url)
    data.update(token_whitelist='["BTC"]', token_blacklist='["btc"]')
    response = staff_client.post(url, data)
    assert response.status_code == 200
    assert "Also on the whitelist: BTC" in response.content.decode()
    assert Trader.objects.get(pk="crypto_loby").token_whitelist == []


def test_account_emergency_pause_action_pauses_and_audits(staff_client, admin_user):
    woods1 = Account.objects.get(name="woods1")
    response = run_action(staff_client, Account, "pause_accounts", [woods1.pk])
    woods1.refresh_from_db()
    assert woods1.paused is True and woods1.paused_reason
    event = AuditEvent.objects.get(action="account.paused", account=woods1)
    assert event.actor == admin_user
    assert any("Paused 1 account" in text for _, text in messages_of(response))


def test_account_resume_action_resumes_and_audits(staff_client):
    woods1 = Account.objects.get(name="woods1")
    run_action(staff_client, Account, "pause_accounts", [woods1.pk])
    run_action(staff_client, Account, "resume_accounts", [woods1.pk])
    woods1.refresh_from_db()
    assert woods1.paused is False
    assert AuditEvent.objects.filter(action="account.resumed", account=woods1).exists()


def test_an_account_added_in_the_admin_starts_with_its_balance_as_cash_and_follows_every_trader(staff_client):
    url = reverse("admin:accounts_account_add")
    data = change_form_data(staff_client, url)
    data.update(name="steady", description="Test account", starting_balance="25000")
    assert staff_client.post(url, data).status_code == 302
    account = Account.objects.get(name="steady")
    assert account.cash == account.starting_balance == Decimal("25000")
    assert account.follows.filter(enabled=True).count() == 20
    assert AuditEvent.objects.filter(action="account.created", account=account).exists()


def test_risk_edits_in_the_account_form_are_audited_and_cash_cannot_be_edited(staff_client):
    angry = Account.objects.get(name="angry")
    url = reverse("admin:accounts_account_change", args=[angry.pk])
    data = change_form_data(staff_client, url)
    assert "cash" not in data and "starting_balance" not in data
    data.update(min_confidence="0.7", cash="999999999")
    assert staff_client.post(url, data).status_code == 302
    angry.refresh_from_db()
    assert angry.min_confidence == Decimal("0.7")
    assert angry.cash == Decimal("100000")
    assert AuditEvent.objects.filter(action="account.risk_updated", account=angry).exists()


def test_an_audit_event_cannot_be_deleted_or_changed_in_the_admin(staff_client):
    event = AuditEvent.objects.filter(action="account.created").first()
    delete_url = reverse("admin:accounts_auditevent_delete", args=[event.pk])
    assert staff_client.get(delete_url).status_code == 403
    assert staff_client.post(delete_url, {"post": "yes"}).status_code == 403
    change_url = reverse("admin:accounts_auditevent_change", args=[event.pk])
    assert staff_client.get(change_url).status_code == 200  # viewing is allowed
    assert staff_client.post(change_url, {"action": "tampered"}).status_code == 403
    event.refresh_from_db()
    assert event.action == "account.created"


def test_the_audit_log_offers_no_actions_at_all(admin_user):
    request = RequestFactory().get("/")
    request.user = admin_user
    assert admin.site._registry[AuditEvent].get_actions(request) == {}


def test_close_positions_action_closes_an_open_position_through_the_service(staff_client, admin_user):
    btc_long_signal()
    position = Position.objects.filter(account__name="angry", status="open").get()
    response = run_action(staff_client, Position, "close_positions", [position.pk])
    position.refresh_from_db()
    assert position.status == Position.Status.CLOSED
    assert AuditEvent.objects.get(action="position.closed", object_id=str(position.pk)).actor == admin_user
    assert ("success", "Closed 1 position(s) at market.") in messages_of(response)


def test_closing_a_non_open_position_shows_an_error_not_a_500(staff_client):
    btc_long_signal()
    position = Position.objects.filter(account__name="handjob", status="open").get()
    position_close(position=position)
    response = run_action(staff_client, Position, "close_positions", [position.pk])
    assert response.status_code == 200
    errors = [text for level, text in messages_of(response) if level == "error"]
    assert errors == [f"Position #{position.pk}: Position #{position.pk} is already closed."]


def test_approve_and_reject_actions_conclude_pending_decisions(staff_client, admin_user):
    for name in ("angry", "handjob"):
        account_update_risk(account=Account.objects.get(name=name), approval_required=True)
    signal = btc_long_signal()
    to_approve = SignalDecision.objects.get(signal=signal, account__name="angry", outcome="pending")
    to_reject = SignalDecision.objects.get(signal=signal, account__name="handjob", outcome="pending")
    run_action(staff_client, SignalDecision, "approve_decisions", [to_approve.pk])
    run_action(staff_client, SignalDecision, "reject_decisions", [to_reject.pk])
    to_approve.refresh_from_db()
    to_reject.refresh_from_db()
    assert to_approve.outcome == "executed" and to_approve.decided_by == admin_user
    assert to_approve.position.status == Position.Status.OPEN
    assert (to_reject.outcome, to_reject.reason) == ("rejected", "rejected_by_user")


def test_approving_a_decision_that_is_not_pending_is_skipped_with_a_warning(staff_client):
    signal = btc_long_signal()
    executed = SignalDecision.objects.get(signal=signal, account__name="angry")
    response = run_action(staff_client, SignalDecision, "approve_decisions", [executed.pk])
    assert ("warning", "Skipped 1 decision(s) that were not pending.") in messages_of(response)
    executed.refresh_from_db()
    assert executed.outcome == "executed"
