"""GET /api/traders/compare: metrics side by side, daily-return correlation, token overlap."""
import pytest

from tests.analytics.conftest import closed_days_ago, round_trip

pytestmark = pytest.mark.usefixtures("market")


def same_trade_for_both(entry, exit, days_ago: int) -> None:
    """Both traders send the same BTC signal and every copy closes at the same price, ``days_ago``."""
    for trader in ("yun_qiang", "crypto_loby"):
        closed_days_ago(round_trip(trader, "BTC/USDT", entry, exit), days_ago)


def test_two_traders_with_the_same_daily_pnl_correlate_at_one(api, yun_qiang, crypto_loby):
    same_trade_for_both(67000, 68000, days_ago=3)  # a gain
    same_trade_for_both(67000, 66000, days_ago=2)  # a loss
    same_trade_for_both(67000, 69000, days_ago=1)  # a bigger gain
    body = api.get("/api/traders/compare?ids=yun_qiang,crypto_loby").json()
    # Each trader's copies are sized on equity that the other's open copy has just cut by a fee,
    # so the P&L differs in the 6th digit: ρ is 1 to far better than 1e-6.
    assert body["correlation"]["yun_qiang"]["crypto_loby"] == pytest.approx(1.0, abs=1e-6)
    assert body["correlation"]["crypto_loby"]["yun_qiang"] == body["correlation"]["yun_qiang"]["crypto_loby"]
    assert body["correlation"]["yun_qiang"]["yun_qiang"] == 1.0
    assert body["traders"] == ["yun_qiang", "crypto_loby"]
    assert set(body["metrics"]) == {"yun_qiang", "crypto_loby"}
    assert body["metrics"]["yun_qiang"]["basic"]["closed_trades"] == 9  # 3 days × 3 accounts


def test_opposite_traders_correlate_at_minus_one(api, yun_qiang, crypto_loby):
    # yun_qiang wins when crypto_loby loses the same amount and the other way round, on three days.
    for days_ago, (up, down) in {3: (68000, 66000), 2: (66000, 68000), 1: (68500, 65500)}.items():
        closed_days_ago(round_trip("yun_qiang", "BTC/USDT", 67000, up), days_ago)
        closed_days_ago(round_trip("crypto_loby", "BTC/USDT", 67000, down), days_ago)
    body = api.get("/api/traders/compare?ids=yun_qiang,crypto_loby").json()
    assert body["correlation"]["yun_qiang"]["crypto_loby"] == pytest.approx(-1.0, abs=1e-3)


def test_traders_with_fewer_than_three_days_have_no_correlation(api, yun_qiang, crypto_loby):
    same_trade_for_both(67000, 68000, days_ago=0)
    body = api.get("/api/traders/compare?ids=yun_qiang,crypto_loby").json()
    assert body["correlation"]["yun_qiang"]["crypto_loby"] is None


def test_token_overlap_is_the_jaccard_index_of_the_traded_tokens(api, yun_qiang, crypto_loby):
    round_trip("yun_qiang", "BTC/USDT", 67000, 67000)
    round_trip("yun_qiang", "ETH/USDT", 3200, 3200)
    round_trip("crypto_loby", "BTC/USDT", 67000, 67000)
    body = api.get("/api/traders/compare?ids=yun_qiang,crypto_loby").json()
    # {BTC, ETH} and {BTC}: one shared of two → 0.5.
    assert body["token_overlap"]["yun_qiang"]["crypto_loby"] == 0.5
    assert body["shared_tokens"]["crypto_loby"]["yun_qiang"] == ["BTC"]


@pytest.mark.parametrize("ids", ["yun_qiang", "yun_qiang,yun_qiang", ",".join(f"t{i}" for i in range(11)), ""])
def test_comparing_fewer_than_two_or_more_than_ten_traders_is_400(api, yun_qiang, ids):
    response = api.get(f"/api/traders/compare?ids={ids}")
    assert response.status_code == 400
    assert "ids" in response.json()["errors"]


def test_comparing_without_ids_is_400_naming_the_field(api, yun_qiang):
    response = api.get("/api/traders/compare")
    assert response.status_code == 400
    assert response.json()["errors"]["ids"] == ["This field is required."]


def test_comparing_an_unknown_trader_is_404(api, yun_qiang):
    response = api.get("/api/traders/compare?ids=yun_qiang,nobody")
    assert response.status_code == 404
    assert response.json()["detail"] == "No trader with id 'nobody'."


def test_comparison_needs_a_login(client, yun_qiang, crypto_loby):
    assert client.get("/api/traders/compare?ids=yun_qiang,crypto_loby").status_code in (401, 403)
