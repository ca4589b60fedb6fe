"""The trader score and the leaderboard the ranking task stores (GET /api/traders/ranking)."""
from decimal import Decimal

import pytest

from accounts.models import Account
from tests.analytics.conftest import round_trip
from analytics.ranking import WEIGHTS, trader_score
from traders.models import TraderScore
from traders.services import trader_create
from analytics.tasks import recompute_trader_ranking

pytestmark = pytest.mark.usefixtures("market")


def test_the_weights_add_up_to_one():
    assert sum(WEIGHTS.values()) == pytest.approx(1.0)


def test_a_single_winning_day_at_90_percent_confidence_scores_98_5(yun_qiang):
    round_trip("yun_qiang", "BTC/USDT", 67000, 70000, confidence="0.9")
    result = trader_score(trader=yun_qiang, accounts=Account.objects.all())
    # risk_adjusted 1 (one day, no loss: Sortino undefined, nothing lost), drawdown 1 (none),
    # calibration 1 − 2 × |1.0 − 0.95| = 0.9 (every 90-100 % signal won), consistency 1 (1 of 1 weeks):
    # 100 × (0.35 + 0.25 + 0.15 × 0.9 + 0.25) = 98.5
    assert result["score"] == Decimal("98.5")
    assert result["components"]["calibration"] == pytest.approx(0.9)
    assert result["components"]["closed_trades"] == 3


def test_a_single_losing_day_keeps_only_part_of_the_drawdown_marks(crypto_loby):
    positions = round_trip("crypto_loby", "BTC/USDT", 67000, 64000, confidence="0.9")
    result = trader_score(trader=crypto_loby, accounts=Account.objects.all())
    # risk_adjusted 0 (a loss), calibration 0 (90 % stated, 0 % won), consistency 0 (0 of 1 weeks);
    # drawdown 1 − |loss / 300,000| / 0.10: a loss of ≈ 280 is ≈ −0.00094 of the capital → ≈ 0.9907.
    loss = sum(p.net_pnl for p in positions)
    drawdown = 1 - abs(float(loss) / 300000) / 0.10
    assert result["score"] == Decimal(str(round(100 * 0.25 * drawdown, 2)))
    assert 24 < result["score"] < 25


def test_the_leaderboard_ranks_the_winner_first_and_unscored_traders_last(api, yun_qiang, crypto_loby):
    trader_create(id="quiet_one", name="Quiet One")
    round_trip("yun_qiang", "BTC/USDT", 67000, 70000, confidence="0.9")  # scores 98.5
    round_trip("crypto_loby", "BTC/USDT", 67000, 64000, confidence="0.9")  # scores ≈ 24.8
    recompute_trader_ranking.delay()
    board = api.get("/api/traders/ranking").json()
    assert [(row["rank"], row["trader"]) for row in board] == [(1, "yun_qiang"), (2, "crypto_loby"), (None, "quiet_one")]
    assert board[0]["score"] == "98.5"
    assert board[2]["score"] is None
    assert set(board[0]["components"]) >= set(WEIGHTS)


def test_the_leaderboard_shows_each_traders_latest_stored_score(api, yun_qiang):
    recompute_trader_ranking.delay()  # no trades yet: no score
    round_trip("yun_qiang", "BTC/USDT", 67000, 70000, confidence="0.9")
    recompute_trader_ranking.delay()
    assert TraderScore.objects.filter(trader=yun_qiang).count() == 2
    assert api.get("/api/traders/ranking").json()[0]["score"] == "98.5"


def test_before_any_ranking_run_every_trader_is_listed_without_a_score(api, yun_qiang, crypto_loby):
    board = api.get("/api/traders/ranking").json()
    assert [(row["trader"], row["score"], row["rank"]) for row in board] == [
        ("yun_qiang", None, None), ("crypto_loby", None, None),
    ]


def test_the_ranking_needs_a_login(client, yun_qiang):
    assert client.get("/api/traders/ranking").status_code in (401, 403)
