"""The Signals page in Chromium against a real daphne: approving from the queue, and the queue and
feed following the account's websocket without a reload."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from accounts.services import account_update_risk
from signals.models import SignalDecision
from tests.conftest import make_user
from tests.helpers import decision_of, send_signal
from tests.ui.conftest import log_in, off_the_loop

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("market")]


@pytest.fixture
def signals_page(page, web, handjob, yun_qiang):
    make_user("hj", accounts=[handjob])
    account_update_risk(account=handjob, approval_required=True)
    log_in(page, web, "hj")
    page.goto(f"{web}/a/handjob/signals")
    expect(page.locator(".signals")).to_have_attribute("data-live", "on")
    return page


def test_a_pending_signal_is_approved_from_the_queue(signals_page, handjob):
    decision = decision_of(off_the_loop(send_signal), handjob)
    assert decision.outcome == SignalDecision.Outcome.PENDING
    signals_page.reload()
    row = signals_page.locator("#pending-queue tr", has_text="BTC/USDT")
    row.get_by_role("button", name="Approve").click()  # the confirm dialog is accepted by the page fixture

    # The answer swaps the row for its outcome, but the account's event redraws the queue 0.3 s later
    # without it (it is no longer pending): on a busy machine that window can pass unseen. The feed
    # keeps the decision, so the outcome is looked for there, and the queue must have emptied.
    expect(signals_page.locator("#signal-feed [data-outcome='executed']")).to_be_visible()
    expect(signals_page.locator("#pending-queue [data-outcome='pending']")).to_have_count(0)
    decision.refresh_from_db()
    assert decision.outcome == SignalDecision.Outcome.EXECUTED
    assert decision.position is not None and decision.position.quantity > 0


def test_a_new_signal_appears_in_the_queue_and_the_feed_without_a_reload(signals_page, handjob):
    expect(signals_page.locator("#pending-queue")).to_contain_text("Nothing waits for approval")
    off_the_loop(send_signal, symbol="ETH/USDT")
    expect(signals_page.locator("#pending-queue")).to_contain_text("ETH/USDT")
    expect(signals_page.locator("#signal-feed")).to_contain_text("ETH/USDT")
