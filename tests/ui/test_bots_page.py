"""The Bots page in Chromium against a real daphne: stop (after a confirmation) and start a bot."""
from __future__ import annotations

from decimal import Decimal

import pytest
from playwright.sync_api import expect

from accounts.models import Membership
from bots.models import Bot, BotVote
from bots.services import bot_create
from tests.conftest import make_user
from tests.ui.conftest import log_in, off_the_loop

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def bot(handjob) -> Bot:
    bot = off_the_loop(bot_create, name="hj-dca", account=handjob, strategy="dca", symbols=["BTC/USDT"], timeframe="1h")
    BotVote.objects.create(bot=bot, symbol="BTC/USDT", side="long", strength=Decimal("0.7"), reason="interval reached")
    return bot


def _enabled(bot: Bot) -> bool:
    bot.refresh_from_db(fields=["enabled"])
    return bot.enabled


def test_a_member_stops_the_bot_after_confirming_and_starts_it_again(page, web, handjob, bot):
    make_user("hj", accounts=[handjob])
    asked = []
    page.on("dialog", lambda dialog: asked.append(dialog.message))  # the page fixture accepts it
    log_in(page, web, "hj")
    page.goto(f"{web}/a/handjob/bots")
    card = page.locator(f"#bot-{bot.pk}")
    votes = page.locator("#votes-btcusdt")
    expect(votes.locator('[data-field="confidence"]')).to_contain_text("Long 0.70")

    card.get_by_role("button", name="Stop hj-dca").click()
    expect(page.locator("#toasts")).to_contain_text("hj-dca stopped")
    expect(card.locator('[data-field="status"]')).to_have_text("Stopped")
    assert asked == ["Stop hj-dca? It stops voting and sending signals; its open positions stay open."]
    assert not _enabled(bot)
    # The ensemble counts running bots only: the board redraws without the stopped bot's vote.
    expect(votes).to_contain_text("not counted: bot stopped")
    expect(votes.locator('[data-field="confidence"]')).to_contain_text("Long 0.00")

    card.get_by_role("button", name="Start hj-dca").click()
    expect(page.locator("#toasts")).to_contain_text("hj-dca started")
    expect(card.locator('[data-field="status"]')).to_have_text("Starting")
    assert _enabled(bot)
    assert len(asked) == 1  # starting asks nothing


def test_a_viewer_sees_the_bots_but_no_controls(page, web, handjob, bot):
    make_user("eye", accounts=[handjob], role=Membership.Role.VIEWER)
    log_in(page, web, "eye")
    page.goto(f"{web}/a/handjob/bots")
    expect(page.locator(f"#bot-{bot.pk}")).to_contain_text("hj-dca")
    expect(page.get_by_role("button", name="Stop hj-dca")).to_have_count(0)


def test_at_phone_width_nothing_but_the_tables_scrolls(page, web, handjob, bot):
    make_user("hj", accounts=[handjob])
    log_in(page, web, "hj")
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto(f"{web}/a/handjob/bots")
    expect(page.get_by_role("button", name="Stop hj-dca")).to_be_visible()
    widths = page.evaluate("() => ({page: document.documentElement.scrollWidth, view: window.innerWidth})")
    assert widths["page"] <= widths["view"], widths
