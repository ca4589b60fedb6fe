"""The trader API: the source documents' nine endpoints, staff-only writes, both slash styles."""
from decimal import Decimal

import pytest
from rest_framework.test import APIClient

from execution.models import Position
from signals.models import Signal
from traders.models import Trader, TraderFollow
from traders.services import trader_set_tokens
from tests.conftest import make_user
from tests.helpers import decision_of, move_market, send_signal

pytestmark = pytest.mark.usefixtures("market")


@pytest.fixture
def member(angry) -> APIClient:
    """A logged-in member of angry who is not staff."""
    client = APIClient()
    client.force_authenticate(make_user("member", accounts=[angry]))
    return client


def trader_state(trader_id: str) -> dict:
    return Trader.objects.filter(pk=trader_id).values().get()


@pytest.mark.parametrize("path", ["/api/traders", "/api/traders/"])
def test_the_list_shows_every_trader_with_or_without_a_trailing_slash(api, yun_qiang, crypto_loby, path):
    response = api.get(path)
    assert response.status_code == 200
    assert [t["id"] for t in response.json()] == ["yun_qiang", "crypto_loby"]


@pytest.mark.parametrize("path", ["/api/traders/yun_qiang", "/api/traders/yun_qiang/"])
def test_the_detail_shows_the_traders_settings_with_or_without_a_trailing_slash(api, yun_qiang, path):
    response = api.get(path)
    assert response.status_code == 200
    body = response.json()
    assert (body["id"], body["name"], body["source"]) == ("yun_qiang", "Yun Qiang", "binance")
    assert (body["position_multiplier"], body["min_confidence"], body["max_leverage"]) == ("1", "0.7", 10)
    assert (body["token_whitelist"], body["token_blacklist"], body["active"]) == ([], [], True)


def test_an_unknown_trader_is_404(api, yun_qiang):
    response = api.get("/api/traders/nobody")
    assert response.status_code == 404
    assert response.json()["detail"] == "No trader with id 'nobody'."


def test_creating_a_trader_answers_201_and_every_account_follows_it(api, accounts):
    body = {
        "id": "whale_alert", "name": "Whale Alert", "source": "telegram", "handle": "@whales",
        "position_multiplier": "1.2", "min_confidence": 0.6, "max_leverage": 8, "token_whitelist": ["btc"], "priority": 5,
    }
    response = api.post("/api/traders", body, format="json")
    assert response.status_code == 201
    created = response.json()
    assert (created["id"], created["source"], created["position_multiplier"], created["token_whitelist"]) == (
        "whale_alert", "telegram", "1.2", ["BTC"],
    )
    follows = TraderFollow.objects.filter(trader_id="whale_alert", enabled=True)
    assert sorted(f.account.name for f in follows) == ["angry", "handjob", "woods1"]


def test_put_changes_only_the_fields_it_is_given(api, yun_qiang):
    before = api.get("/api/traders/yun_qiang").json()
    response = api.put("/api/traders/yun_qiang", {"max_leverage": 3, "notes": "calmer now"}, format="json")
    assert response.status_code == 200
    after = response.json()
    assert (after["max_leverage"], after["notes"]) == (3, "calmer now")
    unchanged = {k for k in before if k not in ("max_leverage", "notes", "updated_at")}
    assert {k: after[k] for k in unchanged} == {k: before[k] for k in unchanged}
    assert trader_state("yun_qiang")["max_leverage"] == 3


def test_patch_is_a_partial_update_too(api, yun_qiang):
    response = api.patch("/api/traders/yun_qiang/", {"priority": 7}, format="json")
    assert response.status_code == 200
    assert response.json()["priority"] == 7
    assert trader_state("yun_qiang")["name"] == "Yun Qiang"


def test_delete_answers_204_hides_the_trader_and_keeps_its_signals(api, yun_qiang):
    signal = send_signal(external_id="before-delete")
    response = api.delete("/api/traders/yun_qiang")
    assert response.status_code == 204
    assert api.get("/api/traders/yun_qiang").status_code == 404
    assert "yun_qiang" not in [t["id"] for t in api.get("/api/traders").json()]
    assert Signal.objects.filter(pk=signal.pk, trader_id="yun_qiang").exists()


def test_toggle_flips_active_and_toggling_twice_flips_it_back(api, yun_qiang):
    first = api.post("/api/traders/yun_qiang/toggle", format="json")
    assert (first.status_code, first.json()["active"]) == (200, False)
    assert trader_state("yun_qiang")["active"] is False
    second = api.post("/api/traders/yun_qiang/toggle/", format="json")
    assert (second.status_code, second.json()["active"]) == (200, True)
    assert trader_state("yun_qiang")["active"] is True


def test_put_multiplier_sets_the_position_multiplier(api, yun_qiang):
    response = api.put("/api/traders/yun_qiang/multiplier", {"multiplier": 1.5}, format="json")
    assert response.status_code == 200
    assert response.json()["position_multiplier"] == "1.5"
    assert trader_state("yun_qiang")["position_multiplier"] == Decimal("1.5")


def test_put_tokens_normalises_the_list_and_keeps_the_list_not_given(api, yun_qiang):
    trader_set_tokens(trader=yun_qiang, blacklist=["XRP"])
    response = api.put("/api/traders/yun_qiang/tokens", {"whitelist": ["btc", "ETH/USDT"]}, format="json")
    assert response.status_code == 200
    assert (response.json()["token_whitelist"], response.json()["token_blacklist"]) == (["BTC", "ETH/USDT"], ["XRP"])
    assert trader_state("yun_qiang")["token_whitelist"] == ["BTC", "ETH/USDT"]


def test_metrics_count_signals_and_copies_and_measure_a_closed_trade(api, yun_qiang, angry):
    signal = send_signal(confidence="0.8", leverage=2)  # woods1 filters it; angry and handjob copy it
    position = decision_of(signal, angry).position
    move_market("BTC/USDT", "70000")
    assert api.post(f"/api/positions/{position.pk}/close", {}, format="json").status_code == 200
    position.refresh_from_db()
    response = api.get("/api/traders/yun_qiang/metrics")
    assert response.status_code == 200
    metrics = response.json()
    assert metrics["signal_count"] == 1
    assert metrics["signals_copied"] == {
        "angry": {"decided": 1, "executed": 1},
        "handjob": {"decided": 1, "executed": 1},
        "woods1": {"decided": 1, "executed": 0},
    }
    assert (metrics["closed_trades"], metrics["win_rate"]) == (1, "1")
    assert Decimal(metrics["realised_pnl"]) == position.realised_pnl > 0
    margin = position.entry_price * position.initial_quantity / position.leverage
    net = position.realised_pnl - position.fees - position.funding
    assert Decimal(metrics["roi"]) == (net / margin).quantize(Decimal("0.0001"))


def test_metrics_narrow_to_one_account_with_the_account_parameter(api, yun_qiang):
    send_signal(confidence="0.8")
    metrics = api.get("/api/traders/yun_qiang/metrics?account=angry").json()
    assert metrics["signals_copied"] == {"angry": {"decided": 1, "executed": 1}}
    assert metrics["signal_count"] == 1


def test_metrics_show_no_copies_of_accounts_the_user_is_not_a_member_of(member, yun_qiang):
    send_signal(confidence="0.8")
    metrics = member.get("/api/traders/yun_qiang/metrics").json()
    assert list(metrics["signals_copied"]) == ["angry"]


def test_metrics_of_a_trader_without_trades_have_no_win_rate_or_roi(api, yun_qiang):
    metrics = api.get("/api/traders/yun_qiang/metrics").json()
    assert (metrics["signal_count"], metrics["signals_copied"], metrics["closed_trades"]) == (0, {}, 0)
    assert (metrics["win_rate"], metrics["roi"], metrics["realised_pnl"]) == (None, None, "0")


@pytest.mark.parametrize("path", ["/api/traders", "/api/traders/yun_qiang", "/api/traders/yun_qiang/metrics"])
def test_a_member_who_is_not_staff_may_read_traders(member, yun_qiang, path):
    assert member.get(path).status_code == 200


@pytest.mark.parametrize(
    "method, path, body",
    [
        ("post", "/api/traders", {"id": "newbie", "name": "Newbie"}),
        ("put", "/api/traders/yun_qiang", {"max_leverage": 2}),
        ("patch", "/api/traders/yun_qiang", {"max_leverage": 2}),
        ("delete", "/api/traders/yun_qiang", None),
        ("post", "/api/traders/yun_qiang/toggle", None),
        ("put", "/api/traders/yun_qiang/multiplier", {"multiplier": 2}),
        ("put", "/api/traders/yun_qiang/tokens", {"whitelist": ["BTC"]}),
    ],
)
def test_a_member_who_is_not_staff_gets_403_on_every_write_and_changes_nothing(member, yun_qiang, method, path, body):
    before = trader_state("yun_qiang")
    response = getattr(member, method)(path, body, format="json")
    assert response.status_code == 403
    assert response.json()["detail"] == "Only staff may change traders."
    assert trader_state("yun_qiang") == before
    assert Trader.objects.count() == 1


def test_a_deleted_traders_copies_stay_open(api, yun_qiang, angry):
    position = decision_of(send_signal(), angry).position
    api.delete("/api/traders/yun_qiang")
    assert Position.objects.get(pk=position.pk).status == "open"
