"""Trade management in Chromium against a real daphne: the dashboard's row of a laddered position
(target fractions and states, the stop's kind, the entry parts) following the market live, the
trader card's preview answering each change of a setting, and the Charts page's target lines and
stop trail.

The ladder: a long with entries 67,100 and 66,000 (the market is at 67,000: the first part fills,
the second rests), a 64,000 stop and targets 68,000 / 69,000 / 70,000 shared by the trader's
first_heavy strategy (50 %, 25 %, 25 %), breakeven after TP1.
"""
from __future__ import annotations

from decimal import Decimal

import pytest
from playwright.sync_api import expect

from accounts.models import Membership
from execution.models import Position
from tests.conftest import make_user
from tests.helpers import decision_of, move_market, send_signal
from tests.ui.conftest import log_in, off_the_loop
from traders.models import Trader
from traders.services import trader_update

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("market")]


@pytest.fixture
def ladder(yun_qiang, handjob) -> Position:
    trader_update(trader=yun_qiang, tp_strategy="first_heavy", breakeven_after=1)
    signal = off_the_loop(
        send_signal, entries=["67100", "66000"], stop_loss="64000", take_profits=["68000", "69000", "70000"], leverage=4,
    )
    return decision_of(signal, handjob).position


def test_the_dashboard_shows_the_ladders_target_fractions_and_stop_kind_and_follows_the_market(page, web, handjob, ladder):
    make_user("hj", accounts=[handjob])
    log_in(page, web, "hj")
    page.goto(f"{web}/a/handjob/")
    expect(page.locator("#stream-state")).to_have_text("live")
    row = page.locator(f"#position-{ladder.pk}")
    expect(row.locator('[data-target="1"]')).to_have_text("TP1 68,000 · 50 %")
    expect(row.locator('[data-target="2"]')).to_have_text("TP2 69,000 · 25 %")
    expect(row.locator('[data-target="3"]')).to_have_text("TP3 70,000 · 25 %")
    expect(row.locator('[data-field="stop-kind"]')).to_have_text("fixed")
    expect(row.locator('[data-entry="1"]')).to_have_text("E1 67,100 · 50 % filled ✓")
    expect(row.locator('[data-entry="2"]')).to_have_text("E2 66,000 · 50 % resting")
    # TP1 fills: the account's event stream redraws the row with the target ticked and the stop at breakeven.
    off_the_loop(move_market, "BTC/USDT", "68100")
    expect(row.locator('[data-target="1"]')).to_have_text("TP1 68,000 · 50 % ✓")
    expect(row.locator('[data-target="1"]')).to_have_attribute("data-status", "filled")
    expect(row.locator('[data-field="stop-kind"]')).to_have_text("breakeven")
    ladder.refresh_from_db()
    assert ladder.stop_kind == "breakeven"
    expect(row.locator("[data-stop]")).to_contain_text(f"SL {ladder.stop_loss.normalize():,f}")


def test_the_trader_card_preview_follows_each_setting_and_the_save_keeps_it(page, web, handjob, yun_qiang):
    make_user("ops", accounts=[handjob], role=Membership.Role.OWNER, staff=True)
    log_in(page, web, "ops")
    page.goto(f"{web}/a/handjob/traders")
    card = page.locator("#trader-yun_qiang")
    card.locator(".trade-management > summary").click()
    preview = card.locator(".trade-preview")
    targets = preview.locator('[data-preview="targets"] [data-preview-text]')
    expect(targets).to_have_text("TP1 33.33 % · TP2 33.33 % · TP3 33.34 %")
    card.get_by_label("Split over the targets").select_option("first_heavy")
    expect(targets).to_have_text("TP1 50 % · TP2 25 % · TP3 25 %")
    # Custom fractions show only for the custom strategy; the preview normalises them as the rule does.
    fractions = card.get_by_label("Custom target fractions")
    expect(fractions).to_be_hidden()
    card.get_by_label("Split over the targets").select_option("custom")
    expect(fractions).to_be_visible()
    fractions.fill("6, 3, 1")
    expect(targets).to_have_text("TP1 60 % · TP2 30 % · TP3 10 %")
    card.get_by_label("Sizing").select_option("risk_percent")
    card.get_by_label("Risk at the stop (% of equity)").fill("1")
    expect(preview.locator('[data-preview="sizing"] [data-preview-text]')).to_have_text(
        "risks $1,000 (1 % of $100,000 equity) at the stop"
    )
    card.get_by_label("Trailing stop").select_option("percent_below_highest")
    card.get_by_label("Callback (%)").fill("1.5")
    expect(preview.locator('[data-preview="stop"]')).to_contain_text("from the entry, trailing 1.5 % behind the best price")
    card.get_by_role("button", name="Save trade management").click()
    expect(page.locator("#toasts")).to_contain_text("Yun Qiang's trade management saved.")
    trader = Trader.objects.get(pk="yun_qiang")
    assert trader.tp_strategy == "custom" and trader.tp_fractions == ["0.6", "0.3", "0.1"]
    assert trader.sizing_mode == "risk_percent" and trader.risk_pct == Decimal("0.01")
    assert trader.trailing == {"kind": "percent_below_highest", "callback_pct": "1.5", "activate_after_target": 0}
    # The redrawn card keeps the block open with what was saved.
    expect(page.locator("#trader-yun_qiang .trade-management")).to_have_attribute("open", "")
    expect(page.locator("#trader-yun_qiang").get_by_label("Custom target fractions")).to_have_value("0.6, 0.3, 0.1")


def test_a_refused_setting_shows_its_message_next_to_the_field(page, web, handjob, yun_qiang):
    make_user("ops", accounts=[handjob], role=Membership.Role.OWNER, staff=True)
    log_in(page, web, "ops")
    page.goto(f"{web}/a/handjob/traders")
    card = page.locator("#trader-yun_qiang")
    card.locator(".trade-management > summary").click()
    card.get_by_label("Sizing").select_option("fixed_amount")
    expect(card.locator('[data-preview="sizing"] .field-error')).to_have_text("Fixed-amount sizing needs the amount per copy.")
    card.get_by_role("button", name="Save trade management").click()
    expect(page.locator("#fixed-amount-yun_qiang-error")).to_have_text("Fixed-amount sizing needs the amount per copy.")
    expect(page.locator("#toasts .toast.error")).to_contain_text("Not saved.")
    assert Trader.objects.get(pk="yun_qiang").sizing_mode == ""


def test_the_chart_draws_the_targets_with_their_state_and_the_stops_trail(page, web, handjob, ladder):
    off_the_loop(move_market, "BTC/USDT", "68100")  # TP1 fills, the stop moves to breakeven
    ladder.refresh_from_db()
    make_user("hj", accounts=[handjob])
    log_in(page, web, "hj")
    page.goto(f"{web}/a/handjob/charts")
    page.wait_for_function("(document.getElementById('price-chart') || {}).layout?.shapes?.length > 0")
    labels = page.evaluate("document.getElementById('price-chart').layout.annotations.map((a) => a.text)")
    stop = f"{ladder.stop_loss.normalize():f}"
    assert labels == [
        f"#{ladder.pk} long entry {ladder.entry_price.normalize():f}",
        f"#{ladder.pk} SL {stop} · breakeven",
        f"#{ladder.pk} TP1 68,000 · 50 % ✓",
        f"#{ladder.pk} TP2 69,000 · 25 %",
        f"#{ladder.pk} TP3 70,000 · 25 %",
    ]
    trail = page.evaluate(
        f"document.getElementById('price-chart').data.find((t) => t.name === '#{ladder.pk} stop trail')"
    )
    assert trail["line"]["shape"] == "hv" and trail["y"][:2] == [64000, float(ladder.stop_loss)]
    expect(page.locator("#chart-levels")).to_contain_text(f"SL {stop} (breakeven, trail drawn)")


def test_the_settings_sizing_preview_follows_the_form_and_the_save_keeps_it(page, web, handjob):
    make_user("hj", accounts=[handjob])  # a trader-role member may act, as PATCH /api/accounts/{name} allows
    log_in(page, web, "hj")
    page.goto(f"{web}/a/handjob/settings")
    block = page.locator("#settings-sizing")
    headline = block.locator('[data-preview="sizing"] [data-preview-text]')
    expect(headline).to_have_text("2 % of $100,000 equity = $2,000 notional")
    block.get_by_label("Size each copy by").select_option("fixed_amount")
    expect(block.locator('[data-preview="sizing"] .field-error')).to_have_text("Fixed-amount sizing needs the amount per copy.")
    block.get_by_label("Fixed amount per copy (USDT notional)").fill("500")
    expect(headline).to_have_text("fixed $500 notional")
    block.get_by_label("Default stop (% from the entry)").fill("3")
    expect(block.locator('[data-preview="stops"]')).to_contain_text("a long at $1,000 stops at $970, a short at $1,030.")
    block.get_by_role("button", name="Save sizing").click()
    expect(page.locator("#toasts")).to_contain_text("handjob's sizing saved.")
    handjob.refresh_from_db()
    assert (handjob.sizing_mode, handjob.fixed_amount, handjob.default_stop_pct) == ("fixed_amount", Decimal(500), Decimal("0.03"))
