"""The Traders page through Django's test client: who sees which controls, what saves, bad input, CSRF."""
import json
from decimal import Decimal

import pytest
from django.test import Client

from accounts.models import AuditEvent, Membership
from tests.conftest import make_user
from traders.models import TraderFollow
from traders.services import trader_create, trader_update


@pytest.fixture
def member_client(client, handjob, woods1):
    client.force_login(make_user("hj", accounts=[handjob, woods1]))
    return client


@pytest.fixture
def staff_client(client, staff_user):
    client.force_login(staff_user)
    return client


@pytest.fixture
def viewer_client(client, handjob):
    client.force_login(make_user("eye", accounts=[handjob], role=Membership.Role.VIEWER))
    return client


def _toast(response) -> dict:
    return json.loads(response["HX-Trigger"])["toast"]


def _follow(account, trader) -> bool:
    return TraderFollow.objects.get(account=account, trader=trader).enabled


def test_it_answers_404_to_a_non_member(member_client, angry, yun_qiang):
    assert member_client.get("/a/angry/traders").status_code == 404
    response = member_client.post("/a/angry/traders/yun_qiang/follow", {"enabled": "off"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 404
    assert _follow(angry, yun_qiang)


def test_it_shows_a_card_per_followed_trader_but_no_bot(member_client, yun_qiang, crypto_loby):
    trader_create(id="rsi_bot", name="RSI bot", source="bot")
    page = member_client.get("/a/handjob/traders").content.decode()
    assert 'id="trader-yun_qiang"' in page and 'id="trader-crypto_loby"' in page
    assert "rsi_bot" not in page
    assert "Binance leaderboard" in page and "Priority 1" in page and ">PAPER<" in page
    assert 'href="/a/handjob/traders"' in page  # the nav link
    assert 'href="/a/woods1/traders"' in page  # the switcher keeps the page


def test_it_shows_the_dollar_amount_the_position_size_means_for_this_account(staff_client, handjob, yun_qiang):
    handjob.base_position_pct, handjob.risk_multiplier = Decimal("0.02"), Decimal("0.5")
    handjob.save(update_fields=["base_position_pct", "risk_multiplier"])
    trader_update(trader=yun_qiang, position_multiplier=Decimal("1.5"))
    page = staff_client.get("/a/handjob/traders").content.decode()
    # 2 % of 100,000 equity × 0.5 account risk = 1,000 base; × 1.5 = 1,500.
    assert 'data-base="1000.00"' in page and ">1500.00</span> USDT" in page


def test_paused_traders_are_in_the_collapsed_section(member_client, yun_qiang, crypto_loby):
    trader_update(trader=crypto_loby, active=False)
    page = member_client.get("/a/handjob/traders").content.decode()
    paused = page.split('<details class="paused-traders">', 1)[1]
    assert 'id="trader-crypto_loby"' in paused and 'id="trader-yun_qiang"' not in paused
    assert "Paused traders (1)" in page


def test_the_filters_narrow_the_cards(member_client, handjob, yun_qiang, crypto_loby):
    trader_update(trader=crypto_loby, token_blacklist=["SOL"])
    page = member_client.get("/a/handjob/traders?token=sol").content.decode()
    assert 'id="trader-yun_qiang"' in page and 'id="trader-crypto_loby"' not in page
    TraderFollow.objects.filter(account=handjob, trader=yun_qiang).update(enabled=False)
    page = member_client.get("/a/handjob/traders?show=active").content.decode()
    assert 'id="trader-yun_qiang"' not in page and 'id="trader-crypto_loby"' in page


def test_it_says_so_when_there_is_no_trader(member_client, handjob):
    page = member_client.get("/a/handjob/traders").content.decode()
    assert "No active trader." in page


def test_a_viewer_sees_the_cards_without_controls(viewer_client, yun_qiang):
    page = viewer_client.get("/a/handjob/traders").content.decode()
    assert 'id="trader-yun_qiang"' in page
    assert "hx-post" not in page and 'role="switch"' not in page


def test_a_viewer_cannot_act_even_by_posting(viewer_client, handjob, yun_qiang):
    for url, data in [
        ("/a/handjob/traders/yun_qiang/follow", {"enabled": "off"}),
        ("/a/handjob/traders/yun_qiang/toggle", {}),
        ("/a/handjob/traders/yun_qiang/settings", {"multiplier": "2", "min_confidence": "70", "max_leverage": "10"}),
    ]:
        response = viewer_client.post(url, data, HTTP_HX_REQUEST="true")
        assert response.status_code == 403, url
        assert _toast(response)["level"] == "error"
    yun_qiang.refresh_from_db()
    assert _follow(handjob, yun_qiang) and yun_qiang.active and yun_qiang.position_multiplier == 1


def test_a_member_switches_this_accounts_follow_and_it_is_audited(member_client, handjob, woods1, yun_qiang):
    response = member_client.post("/a/handjob/traders/yun_qiang/follow", {"enabled": "off"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert _toast(response) == {"level": "ok", "message": "handjob no longer copies Yun Qiang."}
    assert 'aria-checked="false"' in response.content.decode()
    assert not _follow(handjob, yun_qiang) and _follow(woods1, yun_qiang)
    assert AuditEvent.objects.filter(account=handjob, action="follow.disabled", actor_label="hj").exists()
    member_client.post("/a/handjob/traders/yun_qiang/follow", {"enabled": "on"}, HTTP_HX_REQUEST="true")
    assert _follow(handjob, yun_qiang)


def test_a_member_who_is_not_staff_cannot_change_the_trader(member_client, yun_qiang):
    page = member_client.get("/a/handjob/traders").content.decode()
    assert 'role="switch"' in page and "/traders/yun_qiang/settings" not in page
    response = member_client.post("/a/handjob/traders/yun_qiang/toggle", HTTP_HX_REQUEST="true")
    assert response.status_code == 403
    yun_qiang.refresh_from_db()
    assert yun_qiang.active


def test_staff_switch_the_trader_off_and_it_is_audited(staff_client, yun_qiang):
    response = staff_client.post("/a/handjob/traders/yun_qiang/toggle", HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and _toast(response)["level"] == "warn"
    yun_qiang.refresh_from_db()
    assert not yun_qiang.active
    event = AuditEvent.objects.filter(action="trader.updated", actor_label="ops").latest("id")
    assert event.after == {"active": False}


def test_staff_save_the_multiplier_and_filters_and_they_are_audited(staff_client, yun_qiang):
    response = staff_client.post("/a/handjob/traders/yun_qiang/settings", {
        "multiplier": "1.5", "min_confidence": "80", "max_leverage": "12", "whitelist": "btc, ETH/USDT", "blacklist": "",
    }, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert _toast(response) == {"level": "ok", "message": "Yun Qiang's settings saved."}
    yun_qiang.refresh_from_db()
    assert yun_qiang.position_multiplier == Decimal("1.5") and yun_qiang.min_confidence == Decimal("0.8")
    assert yun_qiang.max_leverage == 12 and yun_qiang.token_whitelist == ["BTC", "ETH/USDT"]
    changed = [e.after for e in AuditEvent.objects.filter(action="trader.updated", actor_label="ops").order_by("id")]
    assert changed[0] == {"position_multiplier": "1.5"}
    assert changed[1] == {"min_confidence": "0.8", "max_leverage": 12}
    assert changed[2] == {"token_whitelist": ["BTC", "ETH/USDT"]}


@pytest.mark.parametrize("multiplier", ["abc", "3", "0.2"])
def test_a_bad_multiplier_answers_400_next_to_the_field_and_saves_nothing(staff_client, yun_qiang, multiplier):
    response = staff_client.post("/a/handjob/traders/yun_qiang/settings", {
        "multiplier": multiplier, "min_confidence": "90", "max_leverage": "10", "whitelist": "", "blacklist": "",
    }, HTTP_HX_REQUEST="true")
    page = response.content.decode()
    assert response.status_code == 400 and _toast(response)["level"] == "error"
    assert 'id="mult-yun_qiang-error"' in page
    yun_qiang.refresh_from_db()
    assert yun_qiang.position_multiplier == 1 and yun_qiang.min_confidence == Decimal("0.7")


def test_a_token_on_both_lists_is_refused_next_to_the_field_and_nothing_is_saved(staff_client, yun_qiang):
    response = staff_client.post("/a/handjob/traders/yun_qiang/settings", {
        "multiplier": "2", "min_confidence": "70", "max_leverage": "10", "whitelist": "BTC", "blacklist": "btc",
    }, HTTP_HX_REQUEST="true")
    page = response.content.decode()
    assert response.status_code == 400 and 'id="wl-yun_qiang-error"' in page and "Also on the" in page
    assert 'value="btc"' in page  # what was typed stays in the field
    yun_qiang.refresh_from_db()
    assert yun_qiang.position_multiplier == 1 and yun_qiang.token_whitelist == []


def test_actions_need_the_csrf_token(handjob, yun_qiang):
    client = Client(enforce_csrf_checks=True)
    client.force_login(make_user("hj", accounts=[handjob]))
    assert client.post("/a/handjob/traders/yun_qiang/follow", {"enabled": "off"}).status_code == 403
    assert _follow(handjob, yun_qiang)
    client.get("/a/handjob/traders")
    token = client.cookies["csrftoken"].value
    response = client.post("/a/handjob/traders/yun_qiang/follow", {"enabled": "off"}, HTTP_X_CSRFTOKEN=token)
    assert response.status_code == 200 and not _follow(handjob, yun_qiang)


def test_actions_answer_only_post(member_client, yun_qiang):
    assert member_client.get("/a/handjob/traders/yun_qiang/follow").status_code == 405
