"""The Signals page for a parse waiting for review (the message beside what was read, Approve and
Reject), and for a signal the guard stopped (the feed says which check)."""
import pytest
from django.utils import timezone

from execution.models import Position
from signals.models import SignalDecision
from signals.sources.telegram.handling import telegram_message_handle
from tests.helpers import committed
from tests.ui.conftest import toast

CHANNEL_ID = -1001234567890
UNSURE = "BTC ETH LONG 67500 SL 66000 TP 69000 70000\nLeverage 3x"  # two pairs named


@pytest.fixture
def alpha(accounts):
    from traders.services import trader_create

    return trader_create(id="alpha_signals", name="Alpha Signals", source="telegram", handle="@Alpha_Signals")


def post(trader, text, message_id):
    with committed():
        return telegram_message_handle(trader=trader, chat_id=CHANNEL_ID, message_id=message_id, text=text, date=timezone.now())


@pytest.fixture
def to_review(alpha, market, handjob):
    result = post(alpha, UNSURE, 401)
    decision = SignalDecision.objects.get(signal=result.signal, account=handjob)
    assert (decision.outcome, decision.reason) == ("pending", "needs_review")
    return decision


def _queue(client) -> str:
    page = client.get("/a/handjob/signals").content.decode()
    return page.split('id="pending-queue"', 1)[1].split('id="signal-feed"', 1)[0]


def test_the_queue_shows_the_raw_message_beside_the_parse(member_client, to_review):
    queue = _queue(member_client)

    review = queue.split(f'id="review-{to_review.pk}"', 1)[1].split("</td>", 1)[0]
    assert "BTC ETH LONG 67500 SL 66000 TP 69000 70000" in review  # the message as posted
    for shown in ("BTC/USDT", "Long", "67500", "66000", "69000 · 70000", "3x"):
        assert shown in review, shown
    assert "The message names BTC/USDT and also ETH/USDT." in review  # why it waits
    assert f'hx-post="/a/handjob/signals/{to_review.pk}/approve"' in queue
    assert f'hx-post="/a/handjob/signals/{to_review.pk}/reject"' in queue


def test_allocations_and_hints_are_part_of_the_parse_shown(member_client, alpha, market, handjob, monkeypatch):
    from decimal import Decimal as D

    from signals.parsing import ParsedSignal, Reason
    from signals.sources.telegram import handling

    monkeypatch.setattr(handling, "parse_message", lambda text, **hints: ParsedSignal(
        symbol="BTC/USDT", side="long", entry=[D(67400), D(67500)], stop_loss=D(65000), take_profits=[D(68000), D(69000)],
        leverage=D("12.5"), margin_mode=None, entry_allocations=[D("0.4"), D("0.6")],
        take_profit_allocations=[D("0.25"), D("0.75")], breakeven_after=1,
        trailing={"kind": "percent_below_highest", "callback_pct": D("1.5"), "activate_after_target": 2},
        certainty="low", certainty_reasons=(Reason("unplaced_numbers", "A number on the entry line went nowhere."),),
    ))
    post(alpha, "(the channel's message)", 402)
    decision = SignalDecision.objects.get(signal__external_id=f"tg:{CHANNEL_ID}:402", account=handjob)

    review = _queue(member_client).split(f'id="review-{decision.pk}"', 1)[1].split("</td>", 1)[0]
    assert "(the channel&#x27;s message)" in review and "67400 · 67500" in review
    assert "40 % · 60 %" in review and "25 % · 75 %" in review and "12.5x" in review
    assert "after target 1" in review and "percent_below_highest 1.5 % after target 2" in review
    assert "A number on the entry line went nowhere." in review


def test_approving_from_the_page_executes_and_the_review_goes(member_client, to_review, handjob):
    response = member_client.post(f"/a/handjob/signals/{to_review.pk}/approve", HTTP_HX_REQUEST="true")

    assert response.status_code == 200 and toast(response)["level"] == "ok"
    body = response.content.decode()
    assert 'data-outcome="executed"' in body and f'id="review-{to_review.pk}"' not in body
    assert Position.objects.filter(account=handjob).count() == 1


def test_rejecting_from_the_page_executes_nothing(member_client, to_review, handjob):
    response = member_client.post(f"/a/handjob/signals/{to_review.pk}/reject", HTTP_HX_REQUEST="true")

    assert response.status_code == 200 and "Rejected in the approval queue" in response.content.decode()
    assert not Position.objects.exists()


def test_the_feed_shows_why_an_implausible_signal_was_not_copied(member_client, alpha, market):
    post(alpha, "BTC LONG 50000 SL 49000 TP 52000", 403)

    feed = member_client.get("/a/handjob/signals").content.decode().split('id="signal-feed"', 1)[1]
    assert "The signal failed the plausibility guard" in feed and "entry_far_from_market" in feed
    assert "Entry 50000 is 25.4% from the market price 67000" in feed
