"""GET /api/traders/{id}/metrics: every metric group, computed from trades the pipeline made."""
from decimal import Decimal

import pytest

from tests.analytics.conftest import round_trip

pytestmark = pytest.mark.usefixtures("market")

GROUPS = {"basic", "leverage", "risk_adjusted", "token", "drawdown", "signal_quality", "per_token"}


def net(positions) -> Decimal:
    return sum((p.net_pnl for p in positions), Decimal(0))


def margin(positions) -> Decimal:
    return sum((p.initial_quantity * p.entry_price / p.leverage for p in positions), Decimal(0))


@pytest.fixture
def win_and_loss(yun_qiang):
    """At 2x, angry (1.5x size: ≈ 3,000 notional) and handjob (≈ 2,000) copy both; woods1 wants 85 %.

    angry's BTC copy: bought ≈ 0.04478 at 67,013.90 (ask + 2 bps), sold at 70,335.43 → +148.72,
    fees ≈ 3.07, net ≈ +145.65 on ≈ 1,500 margin (ROI ≈ 0.097). Its ETH copy: ≈ 0.9387 at
    3,201.14, sold at 3,038.89 → −152.31, fees ≈ 2.93, net ≈ −155.23 (ROI ≈ −0.103).
    """
    win = round_trip("yun_qiang", "BTC/USDT", 67000, 70350, confidence="0.8", leverage=2)
    loss = round_trip("yun_qiang", "ETH/USDT", 3200, 3040, confidence="0.8", leverage=2)
    return {p.account.name: p for p in win}, {p.account.name: p for p in loss}


def test_the_metrics_carry_every_group_and_keep_the_old_top_level_figures(api, win_and_loss):
    body = api.get("/api/traders/yun_qiang/metrics").json()
    assert GROUPS | {"trader"} <= set(body)
    assert body["trader"] == "yun_qiang"
    for key in ("signal_count", "signals_copied", "closed_trades", "win_rate", "realised_pnl", "net_pnl", "fees", "roi"):
        assert body[key] == body["basic"][key]


def test_a_winning_and_a_losing_copy_give_half_a_win_rate_and_the_roi_on_margin(api, win_and_loss):
    (win, loss) = (win_and_loss[0]["angry"], win_and_loss[1]["angry"])
    basic = api.get("/api/traders/yun_qiang/metrics?account=angry").json()["basic"]
    assert (basic["closed_trades"], basic["win_rate"], basic["signal_count"]) == (2, "0.5", 2)
    # (145.65 − 155.23) / (1,500.3 + 1,502.5) ≈ −0.0032
    expected_roi = (net([win, loss]) / margin([win, loss])).quantize(Decimal("0.0001"))
    assert Decimal(basic["roi_all_time"]) == Decimal(basic["roi_30d"]) == Decimal(basic["roi_90d"]) == expected_roi
    assert Decimal(basic["net_pnl"]) == net([win, loss])
    # Only this trader traded in angry, so it made all of angry's closed P&L.
    assert basic["pnl_contribution"] == {"usd": str(net([win, loss]).normalize()), "pct": "100"}


def test_per_token_figures_split_the_copies_by_base_token(api, win_and_loss):
    win, loss = win_and_loss[0]["angry"], win_and_loss[1]["angry"]
    per_token = api.get("/api/traders/yun_qiang/metrics?account=angry").json()["per_token"]
    assert per_token == {
        "BTC": {"roi": str((win.net_pnl / margin([win])).quantize(Decimal("0.0001")).normalize()), "win_rate": 1.0, "trades": 1},
        "ETH": {"roi": str((loss.net_pnl / margin([loss])).quantize(Decimal("0.0001")).normalize()), "win_rate": 0.0, "trades": 1},
    }
    assert Decimal(per_token["BTC"]["roi"]) == pytest.approx(Decimal("0.0971"), abs=Decimal("0.0005"))


def test_the_drawdown_is_the_day_loss_over_the_capital_of_the_copying_accounts(api, win_and_loss):
    wins, losses = win_and_loss
    body = api.get("/api/traders/yun_qiang/metrics").json()
    # Both trades closed today: equity [200,000, 200,000 + net]; angry and handjob hold copies
    # (woods1 holds none, so its 100,000 is not the trader's capital). Net ≈ +145.65 + 97.10
    # − 155.23 − 103.44 ≈ −15.9, a drawdown of ≈ −0.00008.
    day_net = net([*wins.values(), *losses.values()])
    assert day_net < 0
    assert body["drawdown"]["max_drawdown"] == pytest.approx(float(day_net / Decimal(200000)))
    assert body["drawdown"]["drawdown_count"] == 1
    assert Decimal(body["basic"]["max_drawdown"]) == round(day_net / Decimal(200000), 6)
    assert body["risk_adjusted"]["annual_return"] == pytest.approx((1 + float(day_net) / 200000) ** 365 - 1)


def test_leverage_token_and_signal_groups_come_from_the_same_copies(api, win_and_loss):
    body = api.get("/api/traders/yun_qiang/metrics?account=angry").json()
    assert (body["leverage"]["avg_leverage"], body["leverage"]["leverage_frequency"]["1x-3x"]) == (2.0, 1.0)
    assert body["leverage"]["leverage_win_rate"]["1x-3x"] == 0.5
    assert body["token"]["unique_tokens_traded"] == 2
    assert set(body["token"]["token_distribution"]) == {"BTC", "ETH"}
    quality = body["signal_quality"]
    assert (quality["signal_accuracy"], quality["avg_confidence"]) == (0.5, 0.8)
    assert quality["confidence_calibration"]["80-90%"] == 0.5
    # Paper fills pay 2 bps over the quoted ask: 0.0002 of slippage on every entry.
    assert quality["execution_slippage"] == pytest.approx(0.0002)


def test_the_account_parameter_narrows_copies_and_pnl_to_that_account(api, win_and_loss):
    wins, losses = win_and_loss
    everywhere = api.get("/api/traders/yun_qiang/metrics").json()["basic"]
    handjob = api.get("/api/traders/yun_qiang/metrics?account=handjob").json()["basic"]
    assert everywhere["closed_trades"] == 4
    assert handjob["closed_trades"] == 2
    assert handjob["signals_copied"] == {"handjob": {"decided": 2, "executed": 2}}
    assert Decimal(handjob["net_pnl"]) == net([wins["handjob"], losses["handjob"]])


def test_a_member_cannot_see_another_accounts_figures_through_the_account_parameter(member, win_and_loss):
    # Another account's name answers 404, as a name that does not exist does (and as /api/signals does).
    response = member.get("/api/traders/yun_qiang/metrics?account=handjob")
    assert response.status_code == 404
    assert response.json() == member.get("/api/traders/yun_qiang/metrics?account=no_such").json() | {
        "detail": "No account named 'handjob'."
    }


def test_a_member_sees_only_their_accounts_copies_without_the_parameter(member, win_and_loss):
    basic = member.get("/api/traders/yun_qiang/metrics").json()["basic"]
    assert list(basic["signals_copied"]) == ["angry"]
    assert basic["closed_trades"] == 2


def test_a_trader_without_trades_gets_zeros_and_nulls_not_an_error(api, yun_qiang):
    response = api.get("/api/traders/yun_qiang/metrics")
    assert response.status_code == 200
    body = response.json()
    assert GROUPS <= set(body)
    basic = body["basic"]
    assert (basic["signal_count"], basic["closed_trades"], basic["win_rate"], basic["roi_30d"]) == (0, 0, None, None)
    assert (basic["max_drawdown"], basic["pnl_contribution"]) == (None, {"usd": "0", "pct": None})
    assert body["per_token"] == {}
    assert body["risk_adjusted"]["sharpe_ratio"] is None
    assert body["drawdown"]["drawdown_count"] == 0


def test_the_metrics_of_an_unknown_trader_are_404(api, yun_qiang):
    assert api.get("/api/traders/nobody/metrics").status_code == 404
