"""The Settings (risk) page through Django's test client: who may do what, what saves, bad input, CSRF."""
from decimal import Decimal

import pytest
from django.test import Client

from accounts.models import Account, Membership
from echotrade.models import AuditEvent
from accounts.services import account_pause, account_update_risk
from echotrade.exceptions import InvalidInput
from echotrade.limits import GLOBAL_MULTIPLIER_MAX, GLOBAL_MULTIPLIER_MIN
from tests.conftest import make_user
from tests.ui.conftest import toast

GOOD_FORM = {
    "global_position_multiplier": "1.5", "max_positions_override": "3", "confidence_threshold_override": "90",
    "daily_loss_limit_pct": "2.5", "approval_required": "on",
}


@pytest.fixture
def owner_client(client, handjob, woods1):
    client.force_login(make_user("boss", accounts=[handjob, woods1], role=Membership.Role.OWNER))
    return client


@pytest.fixture
def trader_client(client, handjob):
    client.force_login(make_user("hj", accounts=[handjob], role=Membership.Role.TRADER))
    return client


@pytest.fixture
def staff_client(client, staff_user):
    client.force_login(staff_user)
    return client


def _handjob() -> Account:
    return Account.objects.get(name="handjob")


# --- The page -----------------------------------------------------------------------------------
def test_the_page_shows_the_base_position_the_multiplier_means_for_this_account(owner_client, handjob):
    account_update_risk(account=handjob, global_position_multiplier=Decimal("1.5"))
    page = owner_client.get("/a/handjob/settings").content.decode()
    # 2 % of 100,000 equity = 2,000 base; × 1.5 = 3,000.
    assert 'data-base="2000.00"' in page and ">3000.00</span> USDT" in page
    assert 'min="0.5" max="2"' in page
    assert 'href="/a/handjob/settings"' in page  # the nav link
    assert 'href="/a/woods1/settings"' in page  # the switcher keeps the page


def test_the_multiplier_slider_spans_what_the_service_accepts_and_keeps_an_off_grid_value(owner_client, handjob):
    account_update_risk(account=handjob, global_position_multiplier=Decimal("1.33"))
    page = owner_client.get("/a/handjob/settings").content.decode()
    # A 0.05 step would make the browser send 1.35 when the form is saved unchanged.
    assert f'min="{GLOBAL_MULTIPLIER_MIN}" max="{GLOBAL_MULTIPLIER_MAX}" step="0.01"' in page and 'value="1.33"' in page
    for value in (GLOBAL_MULTIPLIER_MIN, GLOBAL_MULTIPLIER_MAX):
        assert account_update_risk(account=handjob, global_position_multiplier=value).global_position_multiplier == value
    for value in (GLOBAL_MULTIPLIER_MIN - Decimal("0.01"), GLOBAL_MULTIPLIER_MAX + Decimal("0.01")):
        with pytest.raises(InvalidInput):
            account_update_risk(account=handjob, global_position_multiplier=value)


def test_a_viewer_sees_the_values_read_only_and_no_control(viewer_client, handjob):
    account_update_risk(account=handjob, max_positions_override=4)
    page = viewer_client.get("/a/handjob/settings").content.decode()
    assert "Max open positions" in page and ">4 <span" in page
    assert "hx-post" not in page and "<form" not in page.split('id="main"', 1)[1]


def test_a_non_member_gets_404_for_the_page_and_every_action(owner_client, angry):
    assert owner_client.get("/a/angry/settings").status_code == 404
    for url, data in [
        ("/a/angry/settings/risk", GOOD_FORM), ("/a/angry/settings/pause", {"reason": "x"}),
        ("/a/angry/settings/resume", {}), ("/a/angry/settings/system/stop", {}), ("/a/angry/settings/system/start", {}),
    ]:
        assert owner_client.post(url, data, HTTP_HX_REQUEST="true").status_code == 404, url
    angry.refresh_from_db()
    assert not angry.paused and angry.global_position_multiplier == 1


def test_the_actions_answer_only_post(owner_client, handjob):
    for url in ("/a/handjob/settings/risk", "/a/handjob/settings/pause", "/a/handjob/settings/resume",
                "/a/handjob/settings/system/start", "/a/handjob/settings/system/stop"):
        assert owner_client.get(url).status_code == 405, url


def test_the_actions_need_the_csrf_token(handjob, staff_user):
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(staff_user)
    for url, data in [
        ("/a/handjob/settings/risk", GOOD_FORM), ("/a/handjob/settings/pause", {"reason": "x"}),
        ("/a/handjob/settings/system/stop", {}),
    ]:
        assert strict.post(url, data).status_code == 403, url
    account = _handjob()
    assert not account.paused and account.global_position_multiplier == 1
    assert not AuditEvent.objects.filter(action__in=["account.risk_updated", "account.paused", "system.stopped"]).exists()


# --- Risk settings ------------------------------------------------------------------------------
def test_an_owner_saves_the_risk_settings_through_the_service_with_an_audit_row(owner_client, handjob):
    response = owner_client.post("/a/handjob/settings/risk", GOOD_FORM, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert toast(response) == {"level": "ok", "message": "handjob's risk settings saved."}
    account = _handjob()
    assert account.global_position_multiplier == Decimal("1.5")
    assert account.max_positions_override == 3
    assert account.confidence_threshold_override == Decimal("0.9")
    assert account.daily_loss_limit_pct == Decimal("0.025")
    assert account.approval_required is True
    event = AuditEvent.objects.get(action="account.risk_updated", account=handjob)
    assert event.actor_label == "boss"
    assert event.before["global_position_multiplier"] == "1.000000"
    assert event.after == {
        "global_position_multiplier": "1.5", "max_positions_override": 3, "confidence_threshold_override": "0.9",
        "daily_loss_limit_pct": "0.025", "approval_required": True,
    }
    assert ">3750.00</span>" not in response.content.decode()  # the redrawn form shows the saved 1.5×
    assert ">3000.00</span> USDT" in response.content.decode()


def test_emptying_an_override_clears_it(owner_client, handjob):
    account_update_risk(account=handjob, max_positions_override=2, confidence_threshold_override=Decimal("0.95"))
    form = {**GOOD_FORM, "max_positions_override": "", "confidence_threshold_override": ""}
    assert owner_client.post("/a/handjob/settings/risk", form, HTTP_HX_REQUEST="true").status_code == 200
    account = _handjob()
    assert account.max_positions_override is None and account.confidence_threshold_override is None
    assert account.effective_max_positions == 10


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("global_position_multiplier", "3", "Must be 0.5× to 2×."),
        ("global_position_multiplier", "0.1", "Must be 0.5× to 2×."),
        ("global_position_multiplier", "abc", "Must be a number."),
        ("max_positions_override", "0", "A whole number from 1 to 1000"),
        ("max_positions_override", "2.5", "Must be a whole number."),
        ("max_positions_override", "1e999999999", "Out of range."),
        ("daily_loss_limit_pct", "-1e999999999", "Out of range."),
        ("confidence_threshold_override", "150", "Must be 0 % to 100 %"),
        ("daily_loss_limit_pct", "0", "Must be more than 0 % and at most 100 %."),
        ("daily_loss_limit_pct", "", "Required."),
        ("daily_loss_limit_pct", "NaN", "Must be a number."),
    ],
)
def test_a_bad_value_answers_400_next_to_its_field_and_saves_nothing(owner_client, handjob, field, value, message):
    before = Account.objects.filter(pk=handjob.pk).values().get()
    response = owner_client.post("/a/handjob/settings/risk", {**GOOD_FORM, field: value}, HTTP_HX_REQUEST="true")
    assert response.status_code == 400
    page = response.content.decode()
    error_id = {
        "global_position_multiplier": "risk-multiplier-error", "max_positions_override": "risk-max-positions-error",
        "confidence_threshold_override": "risk-confidence-error", "daily_loss_limit_pct": "risk-loss-limit-error",
    }[field]
    error = page.split(f'id="{error_id}">', 1)[1].split("</p>", 1)[0]
    assert message in error
    assert f'value="{value}"' in page or value == ""  # what was typed is kept
    assert toast(response)["level"] == "error"
    after = Account.objects.filter(pk=handjob.pk).values().get()
    assert {k: v for k, v in after.items() if k != "updated_at"} == {k: v for k, v in before.items() if k != "updated_at"}
    assert not AuditEvent.objects.filter(action="account.risk_updated").exists()


def test_the_service_refuses_the_same_values_as_the_page(handjob):
    with pytest.raises(InvalidInput) as refused:
        account_update_risk(account=handjob, global_position_multiplier=Decimal("2.5"), max_positions_override=0)
    assert set(refused.value.fields) == {"global_position_multiplier", "max_positions_override"}
    with pytest.raises(InvalidInput) as refused:
        account_update_risk(account=handjob, daily_loss_limit_pct=Decimal("0.0000001"))  # more places than stored
    assert "daily_loss_limit_pct" in refused.value.fields
    handjob.refresh_from_db()
    assert handjob.global_position_multiplier == 1 and handjob.daily_loss_limit_pct == Decimal("0.05")


def test_a_trader_may_pause_but_not_change_risk(trader_client, handjob):
    page = trader_client.get("/a/handjob/settings").content.decode()
    assert "Emergency pause" in page and "Save risk settings" not in page
    response = trader_client.post("/a/handjob/settings/risk", GOOD_FORM, HTTP_HX_REQUEST="true")
    assert response.status_code == 403
    assert toast(response)["message"] == "Only an owner of 'handjob' changes its risk settings."
    assert _handjob().global_position_multiplier == 1


def test_a_viewer_cannot_act_even_by_posting(viewer_client, handjob):
    for url, data in [
        ("/a/handjob/settings/risk", GOOD_FORM), ("/a/handjob/settings/pause", {"reason": "x"}),
        ("/a/handjob/settings/system/stop", {}),
    ]:
        assert viewer_client.post(url, data, HTTP_HX_REQUEST="true").status_code == 403, url
    account = _handjob()
    assert not account.paused and account.global_position_multiplier == 1


# --- Emergency pause ----------------------------------------------------------------------------
def test_pause_with_a_reason_and_resume_go_through_the_services(trader_client, handjob):
    page = trader_client.get("/a/handjob/settings").content.decode()
    assert 'hx-confirm="Emergency pause handjob?' in page
    response = trader_client.post("/a/handjob/settings/pause", {"reason": "exchange outage"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and toast(response)["level"] == "warn"
    assert 'data-state="paused"' in response.content.decode() and "exchange outage" in response.content.decode()
    account = _handjob()
    assert account.paused and account.paused_reason == "exchange outage"
    event = AuditEvent.objects.get(action="account.paused", account=handjob)
    assert (event.actor_label, event.message) == ("hj", "exchange outage")

    response = trader_client.post("/a/handjob/settings/resume", HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and 'data-state="running"' in response.content.decode()
    assert not _handjob().paused
    assert AuditEvent.objects.filter(action="account.resumed", account=handjob, actor_label="hj").count() == 1


def test_a_too_long_reason_answers_400_next_to_the_field_and_does_not_pause(trader_client, handjob):
    response = trader_client.post("/a/handjob/settings/pause", {"reason": "x" * 201}, HTTP_HX_REQUEST="true")
    assert response.status_code == 400
    assert "At most 200 characters (201 given)." in response.content.decode().split('id="pause-reason-error">', 1)[1]
    assert not _handjob().paused
    assert not AuditEvent.objects.filter(action="account.paused").exists()


# --- The whole system ---------------------------------------------------------------------------
def test_staff_stop_and_start_the_whole_system(staff_client, accounts):
    page = staff_client.get("/a/handjob/settings").content.decode()
    assert "Start complete system" in page and 'hx-confirm="EMERGENCY STOP' in page
    response = staff_client.post("/a/handjob/settings/system/stop", {"reason": "flash crash"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and toast(response)["level"] == "warn"
    body = response.content.decode()
    assert "3 of 3 account(s) paused" in body
    assert 'id="settings-pause" class="card settings-block" aria-labelledby="pause-title" hx-swap-oob="true"' in body
    assert all(a.paused and a.paused_reason == "flash crash" for a in Account.objects.all())
    assert AuditEvent.objects.filter(action="system.stopped", actor_label="ops", message="flash crash").count() == 1

    response = staff_client.post("/a/handjob/settings/system/start", HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and "0 of 3 account(s) paused" in response.content.decode()
    assert not Account.objects.filter(paused=True).exists()
    assert AuditEvent.objects.filter(action="system.started", actor_label="ops").count() == 1


def test_only_staff_may_stop_the_whole_system(owner_client, handjob, woods1):
    page = owner_client.get("/a/handjob/settings").content.decode()
    assert "Emergency stop" not in page and "Start complete system" not in page
    account_pause(account=woods1, reason="kept")
    for url in ("/a/handjob/settings/system/stop", "/a/handjob/settings/system/start"):
        response = owner_client.post(url, HTTP_HX_REQUEST="true")
        assert response.status_code == 403, url
        assert toast(response)["message"] == "Only staff start or stop the whole system."
    assert not _handjob().paused and Account.objects.get(name="woods1").paused
    assert not AuditEvent.objects.filter(action__startswith="system.").exists()


def test_the_admin_form_refuses_what_the_page_refuses_as_a_form_error(client, staff_user, handjob):
    from django.urls import reverse

    from tests.test_admin import change_form_data

    staff_user.is_superuser = True
    staff_user.save(update_fields=["is_superuser"])
    client.force_login(staff_user)
    url = reverse("admin:accounts_account_change", args=[handjob.pk])
    data = {**change_form_data(client, url), "global_position_multiplier": "3"}
    response = client.post(url, data)
    assert response.status_code == 200 and "Must be 0.5× to 2×." in response.content.decode()
    assert _handjob().global_position_multiplier == 1
    assert not AuditEvent.objects.filter(action="account.risk_updated").exists()
