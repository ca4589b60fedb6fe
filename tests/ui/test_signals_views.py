"""The Signals page through Django's test client: the feed and its filters, the approval queue, the schedule."""
from datetime import UTC, datetime, time
from decimal import Decimal

import pytest
from django.test import Client

from echotrade.models import AuditEvent
from accounts.services import account_update_risk
from execution.models import Position
from signals.models import BlackoutPeriod, SignalDecision, TradingWindow
from signals.services import blackout_create, trading_window_create
from tests.conftest import make_user
from tests.helpers import decision_of, send_signal
from tests.ui.conftest import toast


@pytest.fixture
def pending(handjob, yun_qiang, market):
    """A BTC long waiting in handjob's approval queue."""
    account_update_risk(account=handjob, approval_required=True)
    decision = decision_of(send_signal(), handjob)
    assert decision.outcome == SignalDecision.Outcome.PENDING
    return decision


def _page(client, query="") -> str:
    response = client.get(f"/a/handjob/signals{query}")
    assert response.status_code == 200
    return response.content.decode()


def _feed(page: str) -> str:
    return page.split('id="signal-feed"', 1)[1]


def test_it_answers_404_to_a_non_member(member_client, angry, pending):
    assert member_client.get("/a/angry/signals").status_code == 404
    response = member_client.post(f"/a/angry/signals/{pending.pk}/approve", HTTP_HX_REQUEST="true")
    assert response.status_code == 404
    other = make_user("stranger")
    client = Client()
    client.force_login(other)
    assert client.get("/a/handjob/signals").status_code == 404
    assert client.post(f"/a/handjob/signals/{pending.pk}/reject").status_code == 404
    pending.refresh_from_db()
    assert pending.outcome == SignalDecision.Outcome.PENDING


def test_the_feed_shows_this_accounts_decisions_with_source_outcome_and_reason(member_client, handjob, woods1, yun_qiang, market):
    executed = decision_of(send_signal(), handjob)
    filtered = decision_of(send_signal(symbol="ETH/USDT", confidence="0.5"), handjob)
    elsewhere = decision_of(send_signal(symbol="ETH/USDT", side="short"), woods1)
    feed = _feed(_page(member_client))
    assert f'id="decision-{executed.pk}"' in feed and f'id="decision-{filtered.pk}"' in feed
    assert f'id="decision-{elsewhere.pk}"' not in feed
    assert feed.index(f'id="decision-{filtered.pk}"') < feed.index(f'id="decision-{executed.pk}"')  # newest first
    assert "source-binance" in feed and "Yun Qiang" in feed
    assert 'data-outcome="executed"' in feed and 'data-outcome="filtered"' in feed
    assert filtered.get_reason_display() in feed
    position = executed.position
    assert f"{position.entry_price * position.initial_quantity:.2f}" in feed  # the size it opened at


def test_the_nav_links_to_the_page_and_the_switcher_keeps_it(member_client, handjob):
    page = _page(member_client)
    assert 'href="/a/handjob/signals"' in page and 'href="/a/woods1/signals"' in page


def test_the_filters_narrow_the_feed(member_client, handjob, yun_qiang, market):
    btc = decision_of(send_signal(), handjob)
    eth = decision_of(send_signal(symbol="ETH/USDT", confidence="0.5"), handjob)

    def shown(query):
        feed = _feed(_page(member_client, query))
        return {d.pk for d in (btc, eth) if f'id="decision-{d.pk}"' in feed}

    assert shown("?symbol=eth") == {eth.pk}
    assert shown("?outcome=executed") == {btc.pk}
    assert shown("?min_confidence=80") == {btc.pk}
    assert shown("?trader=yun_qiang&source=binance") == {btc.pk, eth.pk}
    assert shown("?source=telegram") == set()
    assert "No decision matches these filters." in _page(member_client, "?source=telegram")


def test_the_size_filter_keeps_executed_copies_by_their_notional_at_entry(member_client, handjob, yun_qiang, market):
    from traders.services import trader_update

    small = decision_of(send_signal(), handjob)
    trader_update(trader=yun_qiang, position_multiplier="2")
    big = decision_of(send_signal(symbol="ETH/USDT"), handjob)
    unexecuted = decision_of(send_signal(symbol="ETH/USDT", confidence="0.5"), handjob)
    small_size = small.position.entry_price * small.position.initial_quantity
    big_size = big.position.entry_price * big.position.initial_quantity
    assert unexecuted.position is None and big_size > small_size * Decimal("1.5")
    middle = (small_size + big_size) / 2

    def shown(query):
        feed = _feed(_page(member_client, query))
        return {d.pk for d in (small, big, unexecuted) if f'id="decision-{d.pk}"' in feed}

    assert shown(f"?min_size={middle:.2f}") == {big.pk}
    assert shown(f"?max_size={middle:.2f}") == {small.pk}
    assert shown(f"?min_size={small_size - 1:.2f}&max_size={big_size + 1:.2f}") == {small.pk, big.pk}  # executed only
    assert shown("?min_size=0") == {small.pk, big.pk}
    assert shown(f"?max_size={small_size / 2:.2f}") == set()
    page = _page(member_client, f"?min_size={middle:.2f}")
    assert 'id="f-min-size"' in page and f'value="{middle:.2f}"' in page  # the filter stays in its field
    assert "Size from (USDT at entry)" in page


@pytest.mark.parametrize("query, field", [
    ("?min_size=-5", "f-min-size-error"),
    ("?max_size=lots", "f-max-size-error"),
    ("?min_size=500&max_size=100", "f-max-size-error"),
    ("?min_confidence=abc", "f-confidence-error"),
    ("?min_confidence=150", "f-confidence-error"),
    ("?source=fax", "f-source-error"),
    ("?outcome=maybe", "f-outcome-error"),
    ("?symbol=!!", "f-symbol-error"),
])
def test_a_bad_filter_value_is_a_message_next_to_the_field_not_an_error(member_client, handjob, yun_qiang, market, query, field):
    decision = decision_of(send_signal(), handjob)
    page = _page(member_client, query)
    assert f'id="{field}"' in page
    assert f'id="decision-{decision.pk}"' in _feed(page)  # the bad filter is left out


def test_the_feed_is_paginated(member_client, handjob, yun_qiang, market, monkeypatch):
    monkeypatch.setattr("ui.views.signals.FEED_PAGE_SIZE", 1)
    first = decision_of(send_signal(), handjob)
    second = decision_of(send_signal(symbol="ETH/USDT"), handjob)
    page = _page(member_client, "?symbol=&page=2")
    assert f'id="decision-{first.pk}"' in _feed(page) and f'id="decision-{second.pk}"' not in _feed(page)
    assert "Page 2 of 2" in page and 'href="?symbol=&amp;page=1"' in page
    assert _page(member_client, "?page=junk").count('id="decision-') == 1


def test_the_pending_queue_lists_the_decision_with_buttons(member_client, pending):
    page = _page(member_client)
    queue = page.split('id="pending-queue"', 1)[1].split('id="signal-feed"', 1)[0]
    assert f'id="pending-{pending.pk}"' in queue
    assert f'hx-post="/a/handjob/signals/{pending.pk}/approve"' in queue and "hx-confirm" in queue
    assert f'hx-post="/a/handjob/signals/{pending.pk}/reject"' in queue


def test_approving_executes_the_signal_and_is_audited(member_client, member, handjob, pending):
    response = member_client.post(f"/a/handjob/signals/{pending.pk}/approve", HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert toast(response)["level"] == "ok"
    assert 'data-outcome="executed"' in response.content.decode() and "Approve" not in response.content.decode()
    pending.refresh_from_db()
    assert pending.outcome == SignalDecision.Outcome.EXECUTED and pending.decided_by == member
    assert Position.objects.filter(account=handjob, pk=pending.position_id).exists()
    assert AuditEvent.objects.filter(account=handjob, action="decision.executed", actor=member).exists()


def test_rejecting_rejects_and_is_audited(member_client, member, handjob, pending):
    response = member_client.post(f"/a/handjob/signals/{pending.pk}/reject", HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert toast(response)["level"] == "ok"
    assert "Rejected in the approval queue" in response.content.decode()
    pending.refresh_from_db()
    assert pending.outcome == SignalDecision.Outcome.REJECTED and pending.position is None
    assert not Position.objects.filter(account=handjob).exists()
    assert AuditEvent.objects.filter(account=handjob, action="decision.rejected", actor=member).exists()


def test_approving_twice_is_a_409_toast_not_a_500(member_client, handjob, pending):
    assert member_client.post(f"/a/handjob/signals/{pending.pk}/approve", HTTP_HX_REQUEST="true").status_code == 200
    response = member_client.post(f"/a/handjob/signals/{pending.pk}/approve", HTTP_HX_REQUEST="true")
    assert response.status_code == 409 and response["HX-Reswap"] == "none"
    assert toast(response)["level"] == "error" and "not pending" in toast(response)["message"]
    assert member_client.post(f"/a/handjob/signals/{pending.pk}/reject", HTTP_HX_REQUEST="true").status_code == 409
    assert Position.objects.filter(account=handjob).count() == 1


def test_a_decision_of_another_account_is_not_found_here(member_client, woods1, pending):
    response = member_client.post(f"/a/woods1/signals/{pending.pk}/approve", HTTP_HX_REQUEST="true")
    assert response.status_code == 404
    pending.refresh_from_db()
    assert pending.outcome == SignalDecision.Outcome.PENDING


def test_a_viewer_sees_no_controls_and_cannot_act_by_posting(viewer_client, handjob, pending):
    window = trading_window_create(account=handjob, start_time=time(8), end_time=time(16))
    blackout = blackout_create(account=handjob, starts_at=datetime(2030, 1, 1, 10, tzinfo=UTC), ends_at=datetime(2030, 1, 1, 12, tzinfo=UTC))
    page = _page(viewer_client)
    assert f'id="pending-{pending.pk}"' in page and "08:00–16:00" in page
    assert "hx-post" not in page and "Add window" not in page
    for url, data in [
        (f"/a/handjob/signals/{pending.pk}/approve", {}),
        (f"/a/handjob/signals/{pending.pk}/reject", {}),
        ("/a/handjob/signals/windows", {"start_time": "09:00", "end_time": "10:00"}),
        (f"/a/handjob/signals/windows/{window.pk}/delete", {}),
        ("/a/handjob/signals/blackouts", {"starts_at": "2030-02-01T10:00", "ends_at": "2030-02-01T11:00"}),
        (f"/a/handjob/signals/blackouts/{blackout.pk}/delete", {}),
    ]:
        response = viewer_client.post(url, data, HTTP_HX_REQUEST="true")
        assert response.status_code == 403, url
        assert toast(response)["level"] == "error"
    pending.refresh_from_db()
    assert pending.outcome == SignalDecision.Outcome.PENDING
    assert list(TradingWindow.objects.filter(account=handjob)) == [window]
    assert list(BlackoutPeriod.objects.filter(account=handjob)) == [blackout]


def test_a_member_adds_and_deletes_a_trading_window(member_client, member, handjob):
    response = member_client.post(
        "/a/handjob/signals/windows", {"start_time": "22:00", "end_time": "02:00", "weekdays": ["0", "4"]},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200 and toast(response)["level"] == "ok"
    window = TradingWindow.objects.get(account=handjob)
    assert (window.start_time.hour, window.end_time.hour, window.weekdays) == (22, 2, [0, 4])
    assert f'id="window-{window.pk}"' in response.content.decode()
    assert AuditEvent.objects.filter(account=handjob, action="trading_window.created", actor=member).exists()
    response = member_client.post(f"/a/handjob/signals/windows/{window.pk}/delete", HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and f'id="window-{window.pk}"' not in response.content.decode()
    assert not TradingWindow.objects.filter(account=handjob).exists()
    assert AuditEvent.objects.filter(account=handjob, action="trading_window.deleted", actor=member).exists()


@pytest.mark.parametrize("data, field", [
    ({"start_time": "09:00", "end_time": "09:00"}, "window-end-error"),
    ({"start_time": "nine", "end_time": "10:00"}, "window-start-error"),
    ({"start_time": "09:00", "end_time": "10:00", "weekdays": ["7"]}, "window-weekdays-error"),
])
def test_a_bad_window_is_refused_next_to_the_field(member_client, handjob, data, field):
    response = member_client.post("/a/handjob/signals/windows", data, HTTP_HX_REQUEST="true")
    assert response.status_code == 400 and toast(response)["level"] == "error"
    page = response.content.decode()
    assert f'id="{field}"' in page and f'value="{data["start_time"]}"' in page  # what was typed stays
    assert not TradingWindow.objects.filter(account=handjob).exists()


def test_a_member_adds_and_deletes_a_blackout(member_client, member, handjob):
    response = member_client.post(
        "/a/handjob/signals/blackouts", {"starts_at": "2030-03-01T12:00", "ends_at": "2030-03-01T14:30", "reason": "FOMC"},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200 and toast(response)["level"] == "ok"
    blackout = BlackoutPeriod.objects.get(account=handjob)
    assert blackout.starts_at.isoformat() == "2030-03-01T12:00:00+00:00" and blackout.reason == "FOMC"
    assert "FOMC" in response.content.decode()
    assert AuditEvent.objects.filter(account=handjob, action="blackout.created", actor=member).exists()
    response = member_client.post(f"/a/handjob/signals/blackouts/{blackout.pk}/delete", HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and not BlackoutPeriod.objects.filter(account=handjob).exists()
    assert AuditEvent.objects.filter(account=handjob, action="blackout.deleted", actor=member).exists()


@pytest.mark.parametrize("data, field", [
    ({"starts_at": "2030-03-01T12:00", "ends_at": "2030-03-01T11:00"}, "blackout-end-error"),
    ({"starts_at": "soon", "ends_at": "2030-03-01T11:00"}, "blackout-start-error"),
])
def test_a_bad_blackout_is_refused_next_to_the_field(member_client, handjob, data, field):
    response = member_client.post("/a/handjob/signals/blackouts", data, HTTP_HX_REQUEST="true")
    assert response.status_code == 400 and toast(response)["level"] == "error"
    assert f'id="{field}"' in response.content.decode()
    assert not BlackoutPeriod.objects.filter(account=handjob).exists()


def test_deleting_another_accounts_window_is_not_found(member_client, woods1, angry):
    window = trading_window_create(account=angry, start_time=time(8), end_time=time(16))
    response = member_client.post(f"/a/woods1/signals/windows/{window.pk}/delete", HTTP_HX_REQUEST="true")
    assert response.status_code == 404
    assert TradingWindow.objects.filter(pk=window.pk).exists()


def test_actions_need_the_csrf_token(handjob, pending):
    client = Client(enforce_csrf_checks=True)
    client.force_login(make_user("hj", accounts=[handjob]))
    assert client.post(f"/a/handjob/signals/{pending.pk}/reject").status_code == 403
    assert client.post("/a/handjob/signals/windows", {"start_time": "09:00", "end_time": "10:00"}).status_code == 403
    pending.refresh_from_db()
    assert pending.outcome == SignalDecision.Outcome.PENDING and not TradingWindow.objects.exists()
    client.get("/a/handjob/signals")
    token = client.cookies["csrftoken"].value
    response = client.post(f"/a/handjob/signals/{pending.pk}/reject", HTTP_X_CSRFTOKEN=token)
    assert response.status_code == 200
    pending.refresh_from_db()
    assert pending.outcome == SignalDecision.Outcome.REJECTED


def test_actions_answer_only_post(member_client, pending):
    assert member_client.get(f"/a/handjob/signals/{pending.pk}/approve").status_code == 405
    assert member_client.get("/a/handjob/signals/windows").status_code == 405
