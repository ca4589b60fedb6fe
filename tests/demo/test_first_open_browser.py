"""The demo on first open, in Chromium: after ``seed_demo``, every account's pages are filled.

A newcomer who is a member of the three demo accounts logs in through the form and, for each
account, opens the dashboard and then the page names without an account (``/traders``,
``/signals`` ...), which must land on that account's page. On the way: the equity curve has two
months of points, the trader cards have figures, the bot ranking has results, the chart draws the
account's fills, every page links a favicon that answers, and the browser reports no error.

One test, one history: seeding two months takes a while, and a transactional test's data is gone
when it ends.
"""
from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from accounts.models import Account
from execution.models import Fill
from tests.conftest import make_user
from tests.ui.conftest import browser, log_in, off_the_loop, page, redis_url, visits, web  # noqa: F401  (fixtures)

pytestmark = pytest.mark.django_db(transaction=True)

HISTORY_DAYS = 61
ACCOUNTS = ("woods1", "angry", "handjob")
# The page names without an account, and the url name of the page each lands on.
SHORTCUTS = {
    "traders": "ui-traders", "signals": "ui-signals", "charts": "ui-charts", "bots": "ui-bots",
    "settings": "ui-settings", "audit": "ui-audit",
}


def seed_history() -> None:
    """The demo with two months of history. Off the event loop: the set-up publishes to websockets."""
    off_the_loop(call_command, "seed_demo", "--history-days", str(HISTORY_DAYS), stdout=StringIO(), stderr=StringIO())


@pytest.fixture
def newcomer():
    seed_history()
    return make_user("newcomer", accounts=Account.objects.filter(name__in=ACCOUNTS))


@pytest.fixture
def browser_errors(page):
    """Console messages of type "error" and uncaught page errors, with the page they came from."""
    errors = []

    def on_console(message):
        if message.type == "error":
            errors.append(f"{page.url}: console: {message.text}")

    page.on("console", on_console)
    page.on("pageerror", lambda error: errors.append(f"{page.url}: page error: {error}"))
    return errors


def path_of(url_name: str, account: str) -> str:
    return reverse(url_name, kwargs={"name": account})


def test_each_account_opens_filled_from_the_page_names_with_a_favicon_and_no_browser_error(
    page, web, newcomer, browser_errors
):
    log_in(page, web, newcomer.username)
    assert page.request.get(f"{web}/favicon.ico").status == 200
    for account in ACCOUNTS:
        page.goto(f"{web}{path_of('ui-dashboard', account)}")
        assert equity_points(page) >= 60, account
        assert_links_a_favicon(page)
        for shortcut, url_name in SHORTCUTS.items():
            # The dashboard just opened (or the page before) made this the last-used account.
            page.goto(f"{web}/{shortcut}")
            assert page.url == f"{web}{path_of(url_name, account)}", f"/{shortcut} with {account} last used"
            assert_links_a_favicon(page)
            if shortcut in CHECKS:
                CHECKS[shortcut](page, account)
    assert not browser_errors


def equity_points(page) -> int:
    page.wait_for_function("() => document.getElementById('equity-chart')?.data?.length > 0")
    return page.evaluate("() => document.getElementById('equity-chart').data[0].x.length")


def assert_links_a_favicon(page) -> None:
    href = page.evaluate("() => document.querySelector('link[rel~=\"icon\"]')?.href ?? null")
    assert href, f"{page.url} links no icon"
    assert page.request.get(href).status == 200, href


def check_trader_cards(page, account: str) -> None:
    cards = page.evaluate("""() => [...document.querySelectorAll('article.trader-card')]
        .filter((card) => card.querySelector('[data-simulated]'))
        .map((card) => ({
            trader: card.dataset.trader,
            signals: Number(card.querySelector('[data-stat="signals"]').textContent.trim()),
            winRate: card.querySelector('[data-stat="win-rate"]').textContent.trim(),
        }))""")
    assert len(cards) == 20, account
    assert [card["trader"] for card in cards if not card["signals"] > 0] == [], account
    assert sum(card["winRate"] != "–" for card in cards) >= 5, (account, cards)


def check_bot_ranking(page, account: str) -> None:
    rows = page.locator("table.bot-ranking tbody tr")
    assert rows.count() > 0, account
    closed = [int(text) for text in page.locator('table.bot-ranking [data-stat="closed"]').all_inner_texts()]
    assert any(closed), (account, closed)
    assert page.locator("#no-ranking").count() == 0, account


def check_chart_markers(page, account: str) -> None:
    """The fills of the symbol the account traded last, as markers: its tab, as a person would click it."""
    symbol = Fill.objects.filter(account__name=account).order_by("-created_at", "-id").values_list(
        "position__symbol", flat=True
    ).first()
    assert symbol, f"{account} has no fill"
    if page.locator("#chart-panel").get_attribute("data-symbol") != symbol:
        page.locator(".chart-tabs").get_by_role("link", name=symbol, exact=True).click()
    # Once the panel of that symbol is drawn: how many fills each marker trace shows.
    markers = page.wait_for_function("""(symbol) => {
        const chart = document.getElementById('price-chart');
        if (document.getElementById('chart-panel')?.dataset.symbol !== symbol || !chart?.data) return null;
        return chart.data.filter((trace) => trace.mode === 'markers').map((trace) => trace.x.length);
    }""", arg=symbol).json_value()
    assert any(markers), f"{account}'s {symbol} chart draws no fill: {markers}"


CHECKS = {"traders": check_trader_cards, "bots": check_bot_ranking, "charts": check_chart_markers}
