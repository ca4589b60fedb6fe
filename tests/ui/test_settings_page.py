"""The Settings page in Chromium against a real daphne: the emergency pause and the multiplier slider."""
from __future__ import annotations

from decimal import Decimal

import pytest
from playwright.sync_api import expect

from accounts.models import Account, Membership
from echotrade.models import AuditEvent
from tests.conftest import make_user
from tests.ui.conftest import log_in

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_trader_pauses_the_account_from_the_settings_page_after_confirming(page, web, handjob):
    make_user("hj", accounts=[handjob])
    log_in(page, web, "hj")
    page.goto(f"{web}/a/handjob/settings")
    dialogs = []
    page.on("dialog", lambda dialog: dialogs.append(dialog.message))  # the page fixture accepts it
    expect(page.locator("#settings-pause [data-state]")).to_have_text("taking signals")
    page.get_by_label("Reason").fill("exchange outage")
    page.get_by_role("button", name="Emergency pause").click()
    expect(page.locator("#toasts")).to_contain_text("handjob is paused: no new signals are taken.")
    expect(page.locator("#settings-pause [data-state]")).to_have_text("paused")
    expect(page.locator("#settings-pause")).to_contain_text("exchange outage")
    assert dialogs and dialogs[0].startswith("Emergency pause handjob?")
    account = Account.objects.get(name="handjob")
    assert account.paused and account.paused_reason == "exchange outage"
    assert AuditEvent.objects.filter(action="account.paused", actor_label="hj").count() == 1
    expect(page.get_by_role("button", name="Resume handjob")).to_be_visible()


def test_an_owner_moves_the_multiplier_slider_sees_the_amount_and_saves_it(page, web, handjob):
    make_user("boss", accounts=[handjob], role=Membership.Role.OWNER)
    log_in(page, web, "boss")
    page.goto(f"{web}/a/handjob/settings")
    form = page.locator("#settings-risk")
    expect(form.locator("[data-amount]")).to_have_text("2000.00")  # 2 % of 100,000 × 1
    form.get_by_label("Global position multiplier").fill("1.5")
    expect(form.locator("[data-amount]")).to_have_text("3000.00")
    expect(form.locator("output[data-multiplier]")).to_have_text("1.5×")
    form.get_by_role("button", name="Save risk settings").click()
    expect(page.locator("#toasts")).to_contain_text("handjob's risk settings saved.")
    assert Account.objects.get(name="handjob").global_position_multiplier == Decimal("1.5")
    assert AuditEvent.objects.filter(action="account.risk_updated", actor_label="boss").count() == 1


def test_a_bad_value_shows_its_error_next_to_the_field_in_the_browser(page, web, handjob):
    make_user("boss", accounts=[handjob], role=Membership.Role.OWNER)
    log_in(page, web, "boss")
    page.goto(f"{web}/a/handjob/settings")
    form = page.locator("#settings-risk")
    # Past the input's own min: the browser would refuse it, so submit without its check, as a script could.
    form.get_by_label("Max open positions override").fill("0")
    form.locator("form").evaluate("f => f.setAttribute('novalidate', '')")
    form.get_by_role("button", name="Save risk settings").click()
    expect(page.locator("#risk-max-positions-error")).to_contain_text("A whole number from 1 to 1000")
    expect(form.get_by_label("Max open positions override")).to_have_attribute("aria-invalid", "true")
    assert Account.objects.get(name="handjob").max_positions_override is None


def test_staff_emergency_stop_pauses_every_account_after_confirming(page, web, accounts):
    make_user("ops", accounts=accounts.values(), role=Membership.Role.OWNER, staff=True)
    log_in(page, web, "ops")
    page.goto(f"{web}/a/angry/settings")
    dialogs = []
    page.on("dialog", lambda dialog: dialogs.append(dialog.message))
    page.get_by_role("button", name="Emergency stop").click()
    expect(page.locator("#toasts")).to_contain_text("Emergency stop: every account is paused")
    expect(page.locator("[data-system-state]")).to_contain_text("3 of 3 account(s) paused")
    expect(page.locator("#settings-pause [data-state]")).to_have_text("paused")  # redrawn out of band
    assert dialogs and dialogs[0].startswith("EMERGENCY STOP")
    assert Account.objects.filter(paused=True).count() == 3


def test_the_settings_page_fits_a_phone(page, web, handjob):
    make_user("boss", accounts=[handjob], role=Membership.Role.OWNER, staff=True)
    log_in(page, web, "boss")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{web}/a/handjob/settings")
    expect(page.get_by_role("button", name="Save risk settings")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
