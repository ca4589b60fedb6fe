"""The Traders page in Chromium against a real daphne: the follow switch and the position-size slider."""
from __future__ import annotations

from decimal import Decimal

import pytest
from playwright.sync_api import expect

from accounts.models import Membership
from tests.conftest import make_user
from tests.ui.conftest import log_in
from traders.models import TraderFollow

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_follow_switch_turns_this_accounts_copying_off(page, web, handjob, angry, yun_qiang):
    make_user("hj", accounts=[handjob, angry])
    log_in(page, web, "hj")
    page.goto(f"{web}/a/handjob/traders")
    switch = page.locator("#trader-yun_qiang").get_by_role("switch")
    expect(switch).to_have_attribute("aria-checked", "true")
    switch.click()
    expect(page.locator("#toasts")).to_contain_text("handjob no longer copies Yun Qiang.")
    expect(page.locator("#trader-yun_qiang").get_by_role("switch")).to_have_attribute("aria-checked", "false")
    assert not TraderFollow.objects.get(account=handjob, trader=yun_qiang).enabled
    assert TraderFollow.objects.get(account=angry, trader=yun_qiang).enabled


def test_staff_move_the_size_slider_see_the_amount_and_save_it(page, web, handjob, yun_qiang):
    make_user("ops", accounts=[handjob], role=Membership.Role.OWNER, staff=True)
    log_in(page, web, "ops")
    page.goto(f"{web}/a/handjob/traders")
    card = page.locator("#trader-yun_qiang")
    expect(card.locator("[data-amount]")).to_have_text("2000.00")  # 2 % of 100,000 × 1.0
    card.get_by_label("Position size").fill("1.5")
    expect(card.locator("[data-amount]")).to_have_text("3000.00")
    card.get_by_label("Max leverage").fill("20")
    expect(card.locator("[data-leverage-warning]")).to_be_visible()
    card.get_by_role("button", name="Save Yun Qiang").click()
    expect(page.locator("#toasts")).to_contain_text("Yun Qiang's settings saved.")
    yun_qiang.refresh_from_db()
    assert yun_qiang.position_multiplier == Decimal("1.5") and yun_qiang.max_leverage == 20
