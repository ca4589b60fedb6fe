"""The trader analytics and compare pages through Django's test client: what shows, who may start a
backtest, bad input next to the field, the polled job partial, the comparison's states."""
import json
import re
from datetime import timedelta
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import resolve
from django.utils import timezone

from accounts.models import Membership
from echotrade.models import AuditEvent
from tests.analytics.conftest import closed_days_ago, round_trip
from tests.conftest import make_user
from tests.trader_backtest.conftest import btc_candles, record_signal  # noqa: F401  (the fixture, reused)
from tests.ui.conftest import toast
from ui.views.compare import radar_scores
from traders.models import BacktestJob

pytestmark = pytest.mark.usefixtures("market")

TARGET_HIT = [(100, 101, 99, 100), (100, 105, 98, 103), (103, 103, 102, 102)]


@pytest.fixture
def viewer_client(handjob):
    client = Client()  # its own: a test may use it beside member_client
    client.force_login(make_user("eye", accounts=[handjob], role=Membership.Role.VIEWER))
    return client


def _json(page: str, element_id: str):
    match = re.search(rf'<script id="{element_id}" type="application/json">(.*?)</script>', page, re.S)
    assert match, f"no #{element_id} in the page"
    return json.loads(match.group(1))


# --- Analytics page -----------------------------------------------------------------------------
def test_the_compare_route_is_not_taken_for_a_trader_id():
    assert resolve("/a/handjob/traders/compare").url_name == "ui-traders-compare"
    assert resolve("/a/handjob/traders/yun_qiang/analytics").url_name == "ui-trader-analytics"


def test_non_members_and_unknown_traders_get_404(member_client, angry, yun_qiang):
    assert member_client.get("/a/angry/traders/yun_qiang/analytics").status_code == 404
    assert member_client.get("/a/angry/traders/compare?ids=yun_qiang").status_code == 404
    assert member_client.get("/a/handjob/traders/nobody/analytics").status_code == 404
    response = member_client.post("/a/angry/traders/yun_qiang/backtest", {"days": 7, "initial_capital": 1000})
    assert response.status_code == 404
    assert not BacktestJob.objects.exists()


def test_it_shows_every_metric_group_narrowed_to_this_account(member_client, handjob, woods1, yun_qiang):
    # A winning copy in every account that takes it; woods1 (min confidence 0.85) filters a 0.8 signal.
    round_trip("yun_qiang", "BTC/USDT", 67000, 68000, confidence=Decimal("0.8"))
    response = member_client.get("/a/handjob/traders/yun_qiang/analytics")
    page = response.content.decode()
    assert response.status_code == 200
    for title in ("Basic", "Leverage", "Risk-adjusted", "Tokens", "Drawdown", "Signal quality", "Backtest"):
        assert f">{title}</h2>" in page
    assert "1 of 1 signals copied" in page and "1 closed" in page
    charts = _json(page, "analytics-charts")
    assert charts["calibration"]["buckets"] == ["60-70%", "70-80%", "80-90%", "90-100%"]
    assert charts["calibration"]["win_rate"] == [None, None, 1.0, None]  # the one 0.8 signal won
    assert charts["tokens"]["tokens"] == ["BTC"]
    assert '<th scope="row">BTC</th>' in page  # the per-token table
    # woods1 filtered the signal: the same page there has no copy at all.
    other = member_client.get("/a/woods1/traders/yun_qiang/analytics").content.decode()
    assert "0 of 1 signals copied" in other and "no closed copy" in other
    assert _json(other, "analytics-charts")["calibration"] is None
    assert 'href="/a/woods1/traders/yun_qiang/analytics"' in page  # the switcher keeps the trader


def test_a_member_who_may_act_gets_the_backtest_form_and_a_viewer_does_not(member_client, viewer_client, yun_qiang):
    assert 'name="days"' in member_client.get("/a/handjob/traders/yun_qiang/analytics").content.decode()
    page = viewer_client.get("/a/handjob/traders/yun_qiang/analytics").content.decode()
    assert 'name="days"' not in page and "Run backtest" not in page


def test_a_viewer_cannot_start_a_backtest_by_posting(viewer_client, yun_qiang):
    response = viewer_client.post("/a/handjob/traders/yun_qiang/backtest", {"days": 7, "initial_capital": 1000},
                                  HTTP_HX_REQUEST="true")
    assert response.status_code == 403
    assert toast(response)["level"] == "error"
    assert not BacktestJob.objects.exists()


# --- Backtest -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("days", "capital", "field", "message"), [
    ("0", "1000", "days", "greater than or equal to 1"),
    ("400", "1000", "days", "less than or equal to 365"),
    ("soon", "1000", "days", "valid integer"),
    ("7", "0", "initial_capital", "greater than 0"),
    ("7", "lots", "initial_capital", "valid number"),
])
def test_bad_parameters_come_back_next_to_their_field(member_client, yun_qiang, days, capital, field, message):
    response = member_client.post("/a/handjob/traders/yun_qiang/backtest", {"days": days, "initial_capital": capital},
                                  HTTP_HX_REQUEST="true")
    page = response.content.decode()
    assert response.status_code == 400
    error_id = {"days": "bt-days-error", "initial_capital": "bt-capital-error"}[field]
    assert re.search(rf'<p class="field-error" id="{error_id}">[^<]*{message}', page)
    assert f'value="{days}"' in page  # what was typed stays
    assert not BacktestJob.objects.exists()


def test_a_period_without_signals_is_refused_with_a_readable_message(member_client, yun_qiang):
    record_signal(yun_qiang, at=timezone.now() - timedelta(days=40))
    response = member_client.post("/a/handjob/traders/yun_qiang/backtest", {"days": "30", "initial_capital": "1000"},
                                  HTTP_HX_REQUEST="true")
    assert response.status_code == 400
    assert "Yun Qiang sent no signal in the last 30 days" in response.content.decode()
    assert not BacktestJob.objects.exists()


def test_it_runs_the_backtest_through_the_service_and_shows_the_result(
    member_client, handjob, yun_qiang, btc_candles, outermost_atomic_commits,  # noqa: F811
):
    first = btc_candles(TARGET_HIT)
    record_signal(yun_qiang, at=first - timedelta(minutes=30))
    response = member_client.post("/a/handjob/traders/yun_qiang/backtest", {"days": "7", "initial_capital": "10000"},
                                  HTTP_HX_REQUEST="true")
    page = response.content.decode()
    assert response.status_code == 200
    job = BacktestJob.objects.get()
    assert (job.account, job.trader, job.status, job.parameters) == (
        handjob, yun_qiang, "done", {"days": 7, "initial_capital": "10000"})
    assert '<progress id="backtest-progress" max="100" value="100">' in page
    assert "every 1s" not in page  # done: the partial stops polling
    # handjob: 2 % × 1.0 of 10,000 = 200 notional → 2 BTC at 100, out at 104: 8 − 0.204 fees.
    assert ">10,007.80<" in page and ">1<" in page  # final value, trades
    curve = _json(page, "backtest-equity-data")
    assert curve["y"][0] == 10000.0 and curve["y"][-1] == pytest.approx(10007.796)
    assert "Run again" in page
    assert toast(response) == {"level": "ok", "message": "Backtest of Yun Qiang started: last 7 days."}
    assert AuditEvent.objects.filter(action="backtest.started", account=handjob, object_id=str(job.pk)).exists()


def test_the_job_partial_polls_while_running_and_stops_when_done(member_client, handjob, yun_qiang):
    job = BacktestJob.objects.create(trader=yun_qiang, account=handjob, status="running", progress=40,
                                     parameters={"days": 7, "initial_capital": "1000"})
    page = member_client.get(f"/a/handjob/backtests/{job.pk}").content.decode()
    assert 'hx-trigger="every 1s"' in page and 'value="40"' in page and "40 % · Running" in page
    BacktestJob.objects.filter(pk=job.pk).update(status="failed", error="MarketDataUnavailable: no candles")
    page = member_client.get(f"/a/handjob/backtests/{job.pk}").content.decode()
    assert "every 1s" not in page and "The backtest failed: MarketDataUnavailable: no candles" in page


def test_a_job_of_another_account_is_404_on_this_accounts_page(member_client, woods1, handjob, yun_qiang):
    job = BacktestJob.objects.create(trader=yun_qiang, account=woods1, parameters={"days": 7, "initial_capital": "1"})
    assert member_client.get(f"/a/handjob/backtests/{job.pk}").status_code == 404
    assert member_client.get(f"/a/woods1/backtests/{job.pk}").status_code == 200


def test_the_page_shows_the_latest_backtest_of_this_account(member_client, handjob, woods1, yun_qiang):
    BacktestJob.objects.create(trader=yun_qiang, account=woods1, parameters={"days": 11, "initial_capital": "1"})
    BacktestJob.objects.create(trader=yun_qiang, account=handjob, parameters={"days": 9, "initial_capital": "500"})
    page = member_client.get("/a/handjob/traders/yun_qiang/analytics").content.decode()
    assert "Last 9 days from 500" in page and 'value="9"' in page
    assert "Waiting for a worker" in page


# --- Compare ------------------------------------------------------------------------------------
def test_compare_without_a_choice_explains_what_to_do(member_client, yun_qiang, crypto_loby):
    page = member_client.get("/a/handjob/traders/compare").content.decode()
    assert "Tick two or more traders" in page
    assert 'name="ids" value="yun_qiang"' in page and 'name="ids" value="crypto_loby"' in page
    assert "compare-charts" not in page


def test_compare_with_one_trader_shows_it_and_asks_for_another(member_client, yun_qiang, crypto_loby):
    page = member_client.get("/a/handjob/traders/compare?ids=yun_qiang").content.decode()
    assert 'id="compare-yun_qiang"' in page and "Tick at least one more trader" in page
    assert 'value="yun_qiang" checked' in page
    assert "compare-charts" not in page


def test_compare_shows_cards_radar_and_correlation_for_the_picked_traders(member_client, yun_qiang, crypto_loby):
    for days_ago, price in ((3, 68000), (2, 66000), (1, 69000)):
        for trader in ("yun_qiang", "crypto_loby"):
            closed_days_ago(round_trip(trader, "BTC/USDT", 67000, price), days_ago)
    # The checkboxes send ids=a&ids=b; a link may say ids=a,b: both work.
    for query in ("ids=yun_qiang&ids=crypto_loby", "ids=yun_qiang,crypto_loby"):
        page = member_client.get(f"/a/handjob/traders/compare?{query}").content.decode()
        assert 'id="compare-yun_qiang"' in page and 'id="compare-crypto_loby"' in page
        charts = _json(page, "compare-charts")
        assert charts["axes"] == ["Return", "Sharpe", "Drawdown", "Win rate", "Calibration", "Diversification"]
        assert [r["name"] for r in charts["radar"]] == ["Yun Qiang", "Crypto Loby"]
        assert all(0 <= s <= 1 for r in charts["radar"] for s in r["scores"])
        assert charts["correlation"][0][1] == pytest.approx(1.0, abs=1e-6)
        assert "Yun Qiang · Crypto Loby" in page and '<span class="chip">BTC</span>' in page  # token overlap
    assert 'href="/a/woods1/traders/compare?ids=yun_qiang,crypto_loby"' in page


def test_compare_names_an_unknown_trader(member_client, yun_qiang):
    response = member_client.get("/a/handjob/traders/compare?ids=yun_qiang,ghost")
    assert response.status_code == 200  # the known one still shows
    assert "No trader with id ghost." in response.content.decode()
    response = member_client.get("/a/handjob/traders/compare?ids=ghost")
    assert response.status_code == 400


def test_radar_scores_use_fixed_scales():
    metrics = {
        "basic": {"roi_all_time": Decimal("0"), "win_rate": 0.75},
        "risk_adjusted": {"sharpe_ratio": 1.5},
        "drawdown": {"max_drawdown": -0.05},
        "signal_quality": {"confidence_calibration": {"60-70%": None, "70-80%": None, "80-90%": 0.85, "90-100%": None}},
        "token": {"diversification_score": 5.0},
    }
    # ROI 0 → .5; Sharpe 1.5/3; 1 − 5 %/10 %; win rate; calibration 1 − 2 × 0; 5/10.
    assert radar_scores(metrics) == pytest.approx([0.5, 0.5, 0.5, 0.75, 1.0, 0.5])
    metrics["basic"]["roi_all_time"], metrics["risk_adjusted"]["sharpe_ratio"] = Decimal("3"), None
    assert radar_scores(metrics)[:2] == [1.0, 0.0]
