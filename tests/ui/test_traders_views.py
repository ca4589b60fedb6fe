"""The Traders page through Django's test client: who sees which controls, what saves, bad input, CSRF."""
import json
from decimal import Decimal

import pytest
from django.test import Client

from accounts.models import Membership
from echotrade.exceptions import InvalidInput
from echotrade.limits import MAX_LEVERAGE, MIN_LEVERAGE, TRADER_MULTIPLIER_MAX, TRADER_MULTIPLIER_MIN
from echotrade.models import AuditEvent
from tests.conftest import make_user
from tests.ui.conftest import toast
from traders.models import TraderFollow
from traders.services import trader_create, trader_set_multiplier, trader_update


@pytest.fixture
def staff_client(client, staff_user):
    client.force_login(staff_user)
    return client


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


def test_each_card_links_to_its_analytics_and_the_page_to_the_comparison(member_client, yun_qiang):
    page = member_client.get("/a/handjob/traders").content.decode()
    assert 'href="/a/handjob/traders/yun_qiang/analytics"' in page
    assert 'href="/a/handjob/traders/compare"' in page


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
    paused = page.split('<details class="paused-traders" id="paused-traders">', 1)[1]  # collapsed: no "open"
    assert 'id="trader-crypto_loby"' in paused and 'id="trader-yun_qiang"' not in paused
    assert 'Paused traders (<span id="paused-count">1</span>)' in page


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
        assert toast(response)["level"] == "error"
    yun_qiang.refresh_from_db()
    assert _follow(handjob, yun_qiang) and yun_qiang.active and yun_qiang.position_multiplier == 1


def test_a_member_switches_this_accounts_follow_and_it_is_audited(member_client, handjob, woods1, yun_qiang):
    response = member_client.post("/a/handjob/traders/yun_qiang/follow", {"enabled": "off"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert toast(response) == {"level": "ok", "message": "handjob no longer copies Yun Qiang."}
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
    assert response.status_code == 200 and toast(response)["level"] == "warn"
    yun_qiang.refresh_from_db()
    assert not yun_qiang.active
    event = AuditEvent.objects.filter(action="trader.updated", actor_label="ops").latest("id")
    assert event.after == {"active": False}


def test_staff_save_the_sliders_and_they_are_audited(staff_client, yun_qiang):
    response = staff_client.post("/a/handjob/traders/yun_qiang/settings", {
        "multiplier": "1.5", "min_confidence": "80", "max_leverage": "12",
    }, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert toast(response) == {"level": "ok", "message": "Yun Qiang's settings saved."}
    yun_qiang.refresh_from_db()
    assert yun_qiang.position_multiplier == Decimal("1.5") and yun_qiang.min_confidence == Decimal("0.8")
    assert yun_qiang.max_leverage == 12
    changed = [e.after for e in AuditEvent.objects.filter(action="trader.updated", actor_label="ops").order_by("id")]
    assert changed == [{"position_multiplier": "1.5"}, {"min_confidence": "0.8", "max_leverage": 12}]
    # The redrawn card: sliders at the saved values, and the warning shown above 10×.
    page = response.content.decode()
    assert 'name="min_confidence" type="range" min="0" max="100" step="1" value="80"' in page
    assert 'name="max_leverage" type="range" min="1" max="20" step="1" value="12"' in page
    assert "data-leverage-warning role=\"note\">" in page  # not hidden


def test_the_leverage_slider_reaches_a_higher_setting_made_through_the_api(staff_client, yun_qiang):
    trader_update(trader=yun_qiang, max_leverage=50)
    page = staff_client.get("/a/handjob/traders").content.decode()
    assert 'name="max_leverage" type="range" min="1" max="50" step="1" value="50"' in page


# Outside the service's 0.1× to 5× (echotrade/limits.py); 3× and 0.2× are valid settings.
@pytest.mark.parametrize("multiplier", ["abc", "6", "0.05"])
def test_a_bad_multiplier_answers_400_next_to_the_field_and_saves_nothing(staff_client, yun_qiang, multiplier):
    response = staff_client.post("/a/handjob/traders/yun_qiang/settings", {
        "multiplier": multiplier, "min_confidence": "90", "max_leverage": "10", "whitelist": "", "blacklist": "",
    }, HTTP_HX_REQUEST="true")
    page = response.content.decode()
    assert response.status_code == 400 and toast(response)["level"] == "error"
    assert 'id="mult-yun_qiang-error"' in page
    yun_qiang.refresh_from_db()
    assert yun_qiang.position_multiplier == 1 and yun_qiang.min_confidence == Decimal("0.7")


@pytest.mark.parametrize("field,value", [("min_confidence", "101"), ("max_leverage", "126"), ("max_leverage", "2.5")])
def test_a_slider_out_of_range_answers_400_next_to_the_field_and_saves_nothing(staff_client, yun_qiang, field, value):
    data = {"multiplier": "2", "min_confidence": "80", "max_leverage": "10", field: value}
    response = staff_client.post("/a/handjob/traders/yun_qiang/settings", data, HTTP_HX_REQUEST="true")
    prefix = {"min_confidence": "conf", "max_leverage": "lev"}[field]
    assert response.status_code == 400 and f'id="{prefix}-yun_qiang-error"' in response.content.decode()
    yun_qiang.refresh_from_db()
    # The multiplier was valid and came first; it is rolled back with the rest.
    assert yun_qiang.position_multiplier == 1 and yun_qiang.max_leverage == 10 and yun_qiang.min_confidence == Decimal("0.7")
    assert not AuditEvent.objects.filter(action="trader.updated", actor_label="ops").exists()


def test_a_3x_trader_shows_3x_and_saving_the_card_unchanged_keeps_it(staff_client, yun_qiang):
    trader_update(trader=yun_qiang, position_multiplier=Decimal("3"))
    page = staff_client.get("/a/handjob/traders").content.decode()
    assert 'name="multiplier" type="range" min="0.1" max="5" step="0.1" value="3"' in page
    response = staff_client.post("/a/handjob/traders/yun_qiang/settings", {
        "multiplier": "3", "min_confidence": "70", "max_leverage": "10",
    }, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    yun_qiang.refresh_from_db()
    assert yun_qiang.position_multiplier == 3
    assert not AuditEvent.objects.filter(action="trader.updated", actor_label="ops").exists()  # nothing moved


def test_the_sliders_span_exactly_what_the_services_accept(staff_client, yun_qiang):
    page = staff_client.get("/a/handjob/traders").content.decode()
    assert f'name="multiplier" type="range" min="{TRADER_MULTIPLIER_MIN}" max="{TRADER_MULTIPLIER_MAX}"' in page
    assert f'name="max_leverage" type="range" min="{MIN_LEVERAGE}" max="20"' in page
    add_form = staff_client.get("/a/handjob/traders").content.decode().split('id="trader-add-form"', 1)[1]
    assert f'name="position_multiplier" id="id_position_multiplier" min="{TRADER_MULTIPLIER_MIN}" max="{TRADER_MULTIPLIER_MAX}"' in add_form
    # Both ends save, and one step beyond each is refused by the service itself.
    for value in (TRADER_MULTIPLIER_MIN, TRADER_MULTIPLIER_MAX):
        assert trader_set_multiplier(trader=yun_qiang, multiplier=value).position_multiplier == value
    for value in (TRADER_MULTIPLIER_MIN - Decimal("0.01"), TRADER_MULTIPLIER_MAX + Decimal("0.01")):
        with pytest.raises(InvalidInput):
            trader_set_multiplier(trader=yun_qiang, multiplier=value)
    for value in (MIN_LEVERAGE - 1, MAX_LEVERAGE + 1):
        with pytest.raises(InvalidInput):
            trader_update(trader=yun_qiang, max_leverage=value)


def test_a_multiplier_off_the_sliders_grid_keeps_its_value_when_saved(staff_client, yun_qiang):
    trader_update(trader=yun_qiang, position_multiplier=Decimal("1.25"))
    page = staff_client.get("/a/handjob/traders").content.decode()
    # A 0.1 step would make the browser send 1.2 or 1.3.
    assert 'name="multiplier" type="range" min="0.1" max="5" step="0.01" value="1.25"' in page


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


# --- Token chips, paper trading, duplicate, delete, add (issue 4) ---------------------------------
NEW_ACTIONS = [
    ("/a/handjob/traders/yun_qiang/tokens", {"list": "whitelist", "action": "add", "token": "BTC"}),
    ("/a/handjob/traders/yun_qiang/paper", {}),
    ("/a/handjob/traders/yun_qiang/promote", {"force": "on"}),
    ("/a/handjob/traders/yun_qiang/duplicate", {}),
    ("/a/handjob/traders/yun_qiang/delete", {}),
    ("/a/handjob/traders/add", {"id": "new_one", "name": "New one", "source": "manual", "position_multiplier": "1",
                                "min_confidence": "70", "max_leverage": "5", "priority": "10"}),
]


def _untouched(yun_qiang) -> None:
    yun_qiang.refresh_from_db()
    assert yun_qiang.deleted_at is None and yun_qiang.token_whitelist == [] and yun_qiang.paper_trade_only
    from traders.models import Trader
    assert set(Trader.objects.values_list("pk", flat=True)) == {"yun_qiang"}


@pytest.mark.parametrize("url,data", NEW_ACTIONS)
def test_a_viewer_cannot_use_the_new_controls(viewer_client, yun_qiang, url, data):
    response = viewer_client.post(url, data, HTTP_HX_REQUEST="true")
    assert response.status_code == 403 and toast(response)["level"] == "error"
    _untouched(yun_qiang)


@pytest.mark.parametrize("url,data", NEW_ACTIONS)
def test_a_member_who_is_not_staff_cannot_use_the_new_controls(member_client, yun_qiang, url, data):
    response = member_client.post(url, data, HTTP_HX_REQUEST="true")
    assert response.status_code == 403 and "staff" in toast(response)["message"]
    _untouched(yun_qiang)


@pytest.mark.parametrize("url,data", NEW_ACTIONS)
def test_a_non_member_gets_404_from_the_new_controls(client, angry, yun_qiang, url, data):
    client.force_login(make_user("stranger", accounts=[angry], role=Membership.Role.OWNER, staff=True))
    response = client.post(url, data, HTTP_HX_REQUEST="true")
    assert response.status_code == 404
    _untouched(yun_qiang)


@pytest.mark.parametrize("url,data", NEW_ACTIONS)
def test_the_new_controls_need_the_csrf_token_and_a_post(handjob, staff_user, yun_qiang, url, data):
    client = Client(enforce_csrf_checks=True)
    client.force_login(staff_user)
    assert client.post(url, data).status_code == 403
    assert client.get(url).status_code == 405
    _untouched(yun_qiang)


def test_staff_see_the_new_controls_and_members_do_not(staff_client, member_client_2, yun_qiang):
    page = staff_client.get("/a/handjob/traders").content.decode()
    for control in ("data-open-dialog=\"trader-add\"", "/traders/yun_qiang/tokens", "/traders/yun_qiang/promote",
                    "/traders/yun_qiang/duplicate", "/traders/yun_qiang/delete", '<dialog id="trader-add"'):
        assert control in page, control
    assert 'hx-confirm="Delete Yun Qiang?' in page
    page = member_client_2.get("/a/handjob/traders").content.decode()
    assert "/traders/yun_qiang/delete" not in page and '<dialog id="trader-add"' not in page and "+ Add trader" not in page


@pytest.fixture
def member_client_2(handjob):
    client = Client()
    client.force_login(make_user("member2", accounts=[handjob]))
    return client


def test_staff_add_and_remove_token_chips_and_each_is_audited(staff_client, yun_qiang):
    response = staff_client.post("/a/handjob/traders/yun_qiang/tokens", {"list": "whitelist", "action": "add", "token": "btc, eth/usdt"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert toast(response) == {"level": "ok", "message": "BTC, ETH/USDT added to Yun Qiang's whitelist."}
    assert 'data-token="BTC"' in response.content.decode() and 'aria-label="Remove ETH/USDT from the whitelist"' in response.content.decode()
    staff_client.post("/a/handjob/traders/yun_qiang/tokens", {"list": "blacklist", "action": "add", "token": "DOGE"}, HTTP_HX_REQUEST="true")
    response = staff_client.post("/a/handjob/traders/yun_qiang/tokens", {"list": "whitelist", "action": "remove", "token": "BTC"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and toast(response)["message"] == "BTC removed from Yun Qiang's whitelist."
    assert 'data-token="BTC"' not in response.content.decode()
    yun_qiang.refresh_from_db()
    assert yun_qiang.token_whitelist == ["ETH/USDT"] and yun_qiang.token_blacklist == ["DOGE"]
    changed = [e.after for e in AuditEvent.objects.filter(action="trader.updated", actor_label="ops").order_by("id")]
    assert changed == [{"token_whitelist": ["BTC", "ETH/USDT"]}, {"token_blacklist": ["DOGE"]}, {"token_whitelist": ["ETH/USDT"]}]


def test_a_token_on_both_lists_is_refused_next_to_the_field_and_nothing_is_saved(staff_client, yun_qiang):
    trader_update(trader=yun_qiang, token_whitelist=["BTC"])
    response = staff_client.post("/a/handjob/traders/yun_qiang/tokens", {"list": "blacklist", "action": "add", "token": "btc"}, HTTP_HX_REQUEST="true")
    page = response.content.decode()
    assert response.status_code == 400 and toast(response)["level"] == "error"
    assert 'id="blacklist-yun_qiang-error"' in page and "Also on the whitelist: BTC" in page
    assert 'value="btc"' in page  # what was typed stays in the field
    yun_qiang.refresh_from_db()
    assert yun_qiang.token_blacklist == [] and yun_qiang.token_whitelist == ["BTC"]


@pytest.mark.parametrize("token,message", [("", "Type a token"), ("BTC/", "")])
def test_an_empty_or_malformed_token_is_refused_next_to_the_field(staff_client, yun_qiang, token, message):
    response = staff_client.post("/a/handjob/traders/yun_qiang/tokens", {"list": "whitelist", "action": "add", "token": token}, HTTP_HX_REQUEST="true")
    assert response.status_code == 400 and 'id="whitelist-yun_qiang-error"' in response.content.decode()
    assert message in toast(response)["message"]
    yun_qiang.refresh_from_db()
    assert yun_qiang.token_whitelist == []


def test_an_unknown_token_list_is_refused(staff_client, yun_qiang):
    response = staff_client.post("/a/handjob/traders/yun_qiang/tokens", {"list": "greylist", "token": "BTC"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 400
    yun_qiang.refresh_from_db()
    assert yun_qiang.token_whitelist == [] and yun_qiang.token_blacklist == []


def test_promotion_is_refused_while_the_paper_record_misses_the_criteria(staff_client, yun_qiang):
    page = staff_client.get("/a/handjob/traders").content.decode()
    assert "Paper record: 0/0 profitable" in page and "Promote to live anyway" in page
    response = staff_client.post("/a/handjob/traders/yun_qiang/promote", HTTP_HX_REQUEST="true")
    assert response.status_code == 409 and "misses the promotion criteria" in toast(response)["message"]
    assert "“Promote to live anyway” on the card overrides the criteria." in toast(response)["message"]
    yun_qiang.refresh_from_db()
    assert yun_qiang.paper_trade_only
    assert not AuditEvent.objects.filter(action="trader.promoted").exists()


def test_staff_promote_anyway_then_send_the_trader_back_to_paper(staff_client, yun_qiang):
    response = staff_client.post("/a/handjob/traders/yun_qiang/promote", {"force": "on"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and toast(response)["message"] == "Yun Qiang is promoted to live trading."
    assert "data-paper " not in response.content.decode()  # no PAPER badge any more
    yun_qiang.refresh_from_db()
    assert not yun_qiang.paper_trade_only
    event = AuditEvent.objects.get(action="trader.promoted")
    assert event.actor_label == "ops" and event.after["forced"] is True
    response = staff_client.post("/a/handjob/traders/yun_qiang/paper", HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and toast(response)["level"] == "warn"
    assert "data-paper " in response.content.decode()
    yun_qiang.refresh_from_db()
    assert yun_qiang.paper_trade_only
    assert AuditEvent.objects.filter(action="trader.updated", actor_label="ops").latest("id").after == {"paper_trade_only": True}


def test_staff_duplicate_a_trader_and_the_copy_appears_in_the_paused_section(staff_client, yun_qiang):
    response = staff_client.post("/a/handjob/traders/yun_qiang/duplicate", HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert toast(response)["message"].startswith("Yun Qiang (copy) added (yun_qiang_copy), switched off")
    assert json.loads(response["HX-Trigger-After-Settle"]) == {"trader-added": {"id": "yun_qiang_copy", "active": False}}
    page = response.content.decode()
    assert 'hx-swap-oob="afterbegin:#paused-list"' in page and 'id="trader-yun_qiang_copy"' in page
    from traders.models import Trader
    copy = Trader.objects.get(pk="yun_qiang_copy")
    assert copy.max_leverage == 10 and not copy.active
    assert AuditEvent.objects.filter(action="trader.duplicated", actor_label="ops", object_id="yun_qiang_copy").exists()


def test_staff_delete_a_trader_and_its_card_goes(staff_client, handjob, yun_qiang):
    response = staff_client.post("/a/handjob/traders/yun_qiang/delete", HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and response.content == b""
    assert toast(response)["message"].startswith("Yun Qiang deleted")
    yun_qiang.refresh_from_db()
    assert yun_qiang.deleted_at is not None and not _follow(handjob, yun_qiang)
    assert AuditEvent.objects.filter(action="trader.deleted", actor_label="ops", object_id="yun_qiang").exists()
    assert 'id="trader-yun_qiang"' not in staff_client.get("/a/handjob/traders").content.decode()
    # Deleting it again is a 404: the trader is gone from every list.
    assert staff_client.post("/a/handjob/traders/yun_qiang/delete", HTTP_HX_REQUEST="true").status_code == 404


ADD = {
    "id": "whale_alerts", "name": "Whale Alerts", "source": "telegram", "handle": "@whales", "position_multiplier": "1.5",
    "min_confidence": "80", "max_leverage": "8", "priority": "4", "token_whitelist": "btc, ETH/USDT", "paper_trade_only": "on",
}


def test_staff_add_a_trader_through_the_modal(staff_client, accounts):
    response = staff_client.post("/a/handjob/traders/add", ADD, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert toast(response) == {"level": "ok", "message": "Whale Alerts added; every account follows it."}
    page = response.content.decode()
    assert '<form id="trader-add-form"' in page and 'value="whale_alerts"' not in page  # a blank form
    assert 'hx-swap-oob="afterbegin:#trader-list"' in page and 'id="trader-whale_alerts"' in page
    from traders.models import Trader
    trader = Trader.objects.get(pk="whale_alerts")
    assert (trader.name, trader.source, trader.handle, trader.position_multiplier) == ("Whale Alerts", "telegram", "@whales", Decimal("1.5"))
    assert (trader.min_confidence, trader.max_leverage, trader.priority) == (Decimal("0.8"), 8, 4)
    assert trader.token_whitelist == ["BTC", "ETH/USDT"] and trader.paper_trade_only and trader.active
    assert TraderFollow.objects.filter(trader=trader, enabled=True).count() == 3
    assert AuditEvent.objects.filter(action="trader.created", actor_label="ops", object_id="whale_alerts").exists()


@pytest.mark.parametrize("field,value,message", [
    ("id", "yun_qiang", "already used"),
    ("id", "Not a slug!", "Enter a valid"),
    ("name", "", "required"),
    ("position_multiplier", "5.5", "less than or equal to 5"),
    ("max_leverage", "0", "greater than or equal to 1"),
    ("max_leverage", "abc", "Enter a whole number"),
    ("min_confidence", "1e999", "less than or equal to 100"),
    ("source", "bot", "Select a valid choice"),
    ("token_whitelist", "BTC/", "is not a trading pair"),
])
def test_a_refused_add_answers_400_next_to_the_field_and_creates_nothing(staff_client, yun_qiang, field, value, message):
    response = staff_client.post("/a/handjob/traders/add", {**ADD, field: value}, HTTP_HX_REQUEST="true")
    page = response.content.decode()
    assert response.status_code == 400 and toast(response)["level"] == "error"
    assert f'id="id_{field}-error"' in page and message in page.split(f'id="id_{field}-error"', 1)[1].split("</p>", 1)[0]
    assert 'value="Whale Alerts"' in page or field == "name"  # what was typed stays
    from traders.models import Trader
    assert set(Trader.objects.values_list("pk", flat=True)) == {"yun_qiang"}
    assert not AuditEvent.objects.filter(action="trader.created", actor_label="ops").exists()
