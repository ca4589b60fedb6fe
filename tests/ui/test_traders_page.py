"""The Traders page in Chromium against a real daphne: the follow switch, the sliders, the trader's ON/OFF,
the Add-trader modal, delete with confirmation and the token chips, each checked on the page and in the DB."""
from __future__ import annotations

from decimal import Decimal

import pytest
from playwright.sync_api import expect

from accounts.models import Membership
from echotrade.models import AuditEvent
from tests.conftest import make_user
from tests.ui.conftest import log_in
from traders.models import Trader, TraderFollow

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


@pytest.fixture
def as_staff(page, web, handjob):
    """Staff on handjob's Traders page; ask for the traders before this fixture so their cards are there."""
    make_user("ops", accounts=[handjob], role=Membership.Role.OWNER, staff=True)
    log_in(page, web, "ops")
    page.goto(f"{web}/a/handjob/traders")
    return page


def test_staff_switch_the_trader_off_and_on(yun_qiang, as_staff):
    page, card = as_staff, as_staff.locator("#trader-yun_qiang")
    card.get_by_role("button", name="Trader ON · switch off").click()
    expect(page.locator("#toasts")).to_contain_text("Yun Qiang is off")
    expect(card.get_by_role("button", name="Trader OFF · switch on")).to_be_visible()
    expect(card.locator(".dot")).to_have_class("dot off")
    yun_qiang.refresh_from_db()
    assert not yun_qiang.active
    card.get_by_role("button", name="Trader OFF · switch on").click()
    expect(page.locator("#toasts")).to_contain_text("Yun Qiang is on for every account")
    expect(card.locator(".dot")).to_have_class("dot on")
    yun_qiang.refresh_from_db()
    assert yun_qiang.active


def test_staff_add_a_trader_through_the_modal_after_a_refused_id(yun_qiang, as_staff):
    page = as_staff
    page.get_by_role("button", name="+ Add trader").click()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_be_visible()
    dialog.get_by_label("Id", exact=True).fill("yun_qiang")  # taken
    dialog.get_by_label("Name", exact=True).fill("Whale Alerts")
    dialog.get_by_label("Source", exact=True).select_option("telegram")
    dialog.get_by_label("Max leverage (×)").fill("15")
    expect(dialog.locator("[data-leverage-warning]")).to_be_visible()  # above 10×
    dialog.get_by_label("Max leverage (×)").fill("8")
    expect(dialog.locator("[data-leverage-warning]")).to_be_hidden()
    dialog.get_by_role("button", name="Add trader").click()
    expect(dialog.locator("#id_id-error")).to_contain_text("'yun_qiang' is already used.")
    expect(dialog).to_be_visible()
    expect(dialog.get_by_label("Name", exact=True)).to_have_value("Whale Alerts")  # what was typed stays
    assert not Trader.objects.filter(name="Whale Alerts").exists()

    dialog.get_by_label("Id", exact=True).fill("whale_alerts")
    dialog.get_by_role("button", name="Add trader").click()
    expect(page.locator("#toasts")).to_contain_text("Whale Alerts added; every account follows it.")
    expect(dialog).to_be_hidden()
    new_card = page.locator("#trader-list #trader-whale_alerts")
    expect(new_card).to_contain_text("Whale Alerts")
    expect(new_card.locator("[data-paper]")).to_have_text("PAPER")
    trader = Trader.objects.get(pk="whale_alerts")
    assert (trader.name, trader.source, trader.max_leverage, trader.paper_trade_only) == ("Whale Alerts", "telegram", 8, True)


def test_staff_delete_a_trader_after_confirming(yun_qiang, crypto_loby, as_staff):
    page = as_staff
    asked = []
    page.on("dialog", lambda dialog: asked.append(dialog.message))  # the page fixture accepts it
    page.locator("#trader-crypto_loby").get_by_role("button", name="Delete").click()
    expect(page.locator("#toasts")).to_contain_text("Crypto Loby deleted")
    expect(page.locator("#trader-crypto_loby")).to_have_count(0)
    expect(page.locator("#trader-yun_qiang")).to_be_visible()
    assert asked and asked[0].startswith("Delete Crypto Loby?")
    crypto_loby.refresh_from_db()
    assert crypto_loby.deleted_at is not None
    assert AuditEvent.objects.filter(action="trader.deleted", object_id="crypto_loby", actor_label="ops").exists()


def test_staff_add_and_remove_a_token_chip(yun_qiang, as_staff):
    page, card = as_staff, as_staff.locator("#trader-yun_qiang")
    card.get_by_label("Add to the whitelist of Yun Qiang").fill("btc")
    card.get_by_label("Add to the whitelist of Yun Qiang").press("Enter")
    expect(page.locator("#toasts")).to_contain_text("BTC added to Yun Qiang's whitelist.")
    chip = card.locator('[data-list="whitelist"] [data-token="BTC"]')
    expect(chip).to_be_visible()
    yun_qiang.refresh_from_db()
    assert yun_qiang.token_whitelist == ["BTC"]

    card.get_by_label("Add to the blacklist of Yun Qiang").fill("BTC")  # already whitelisted: refused
    card.get_by_label("Add to the blacklist of Yun Qiang").press("Enter")
    expect(card.locator("#blacklist-yun_qiang-error")).to_contain_text("Also on the whitelist: BTC")
    yun_qiang.refresh_from_db()
    assert yun_qiang.token_blacklist == []

    card.get_by_role("button", name="Remove BTC from the whitelist").click()
    expect(page.locator("#toasts")).to_contain_text("BTC removed from Yun Qiang's whitelist.")
    expect(card.locator('[data-token="BTC"]')).to_have_count(0)
    expect(card.locator('[data-list="whitelist"]')).to_contain_text("any token")
    yun_qiang.refresh_from_db()
    assert yun_qiang.token_whitelist == []


def test_the_card_fits_a_phone_screen(browser, web, handjob, yun_qiang):
    make_user("ops", accounts=[handjob], role=Membership.Role.OWNER, staff=True)
    context = browser.new_context(viewport={"width": 390, "height": 844})
    phone = context.new_page()
    try:
        log_in(phone, web, "ops")
        phone.goto(f"{web}/a/handjob/traders")
        expect(phone.locator("#trader-yun_qiang")).to_be_visible()
        overflow = phone.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0
    finally:
        context.close()


def test_staff_duplicate_a_trader_and_the_copy_shows_in_the_paused_section(yun_qiang, as_staff):
    page = as_staff
    expect(page.locator("#paused-traders")).to_be_hidden()  # nothing paused yet
    page.locator("#trader-yun_qiang").get_by_role("button", name="Duplicate").click()
    expect(page.locator("#toasts")).to_contain_text("Yun Qiang (copy) added (yun_qiang_copy)")
    expect(page.locator("#paused-list #trader-yun_qiang_copy")).to_be_visible()  # the section opened by itself
    expect(page.locator("#paused-count")).to_have_text("1")
    copy = Trader.objects.get(pk="yun_qiang_copy")
    assert copy.max_leverage == yun_qiang.max_leverage and not copy.active
