"""The Monte Carlo equity projection: the pure bootstrap, the API and the fan-chart partial."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import numpy as np
import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from accounts.models import Membership, PerformanceSnapshot
from analytics.projection import MIN_RETURNS, daily_returns, project_equity
from tests.conftest import make_user

RETURNS = [0.01, -0.02, 0.005, 0.03, -0.01, 0.0, 0.015, -0.005]


# --- The pure function ----------------------------------------------------------------------------
def test_percentiles_are_ordered_every_day():
    fan = project_equity(RETURNS, start_equity=1000.0, days=60, paths=500, seed=1)
    assert len(fan.p5) == len(fan.p50) == len(fan.p95) == 61
    assert all(a <= b <= c for a, b, c in zip(fan.p5, fan.p50, fan.p95))
    assert fan.p5[-1] < fan.p50[-1] < fan.p95[-1]  # mixed returns fan out


def test_every_line_starts_at_the_current_equity():
    fan = project_equity(RETURNS, start_equity=1234.5, days=10, paths=50, seed=1)
    assert fan.p5[0] == fan.p50[0] == fan.p95[0] == 1234.5


def test_the_same_seed_gives_the_same_fan_and_another_seed_another():
    one = project_equity(RETURNS, start_equity=1000.0, days=30, paths=200, seed=7)
    assert one == project_equity(RETURNS, start_equity=1000.0, days=30, paths=200, seed=7)
    assert one.p50 != project_equity(RETURNS, start_equity=1000.0, days=30, paths=200, seed=8).p50


def test_a_constant_daily_return_gives_a_degenerate_fan_equal_to_compounding():
    fan = project_equity([0.01] * 10, start_equity=1000.0, days=30, paths=100, seed=3)
    expected = [1000.0 * 1.01**day for day in range(31)]
    for line in (fan.p5, fan.p50, fan.p95):
        assert line == pytest.approx(expected, rel=1e-12)


def test_the_band_holds_about_ninety_percent_of_outcomes_at_the_horizon():
    rng = np.random.default_rng(0)
    history = rng.normal(0.001, 0.02, 200).tolist()
    fan = project_equity(history, start_equity=1.0, days=20, paths=2000, seed=5)
    # Fresh paths from the same bootstrap fall inside the band about 90 % of the time.
    fresh = np.prod(1 + rng.choice(history, size=(4000, 20)), axis=1)
    inside = np.mean((fresh >= fan.p5[-1]) & (fresh <= fan.p95[-1]))
    assert 0.87 <= inside <= 0.93


@pytest.mark.parametrize("returns", [[0.01] * (MIN_RETURNS - 1), [float("nan")] * 6, [-1.5] * 6])
def test_unusable_returns_are_refused(returns):
    with pytest.raises(ValueError):
        project_equity(returns, start_equity=1000.0, days=5, paths=5, seed=1)


def test_daily_returns_skip_gaps_between_snapshots():
    days = [date(2024, 1, 1), date(2024, 1, 2), date(2024, 1, 5), date(2024, 1, 6)]
    assert daily_returns(days, [100, 110, 50, 55]) == pytest.approx([0.1, 0.1])


# --- Snapshots, the API and the partial -----------------------------------------------------------
def snapshot_days(account, equities, last_day: date | None = None) -> None:
    last_day = last_day or timezone.now().date()
    first = last_day - timedelta(days=len(equities) - 1)
    for i, equity in enumerate(equities):
        PerformanceSnapshot.objects.create(
            account=account, day=first + timedelta(days=i), taken_at=timezone.now(), kind="daily",
            equity=Decimal(str(equity)), cash=Decimal(str(equity)), margin_used=0, unrealised_pnl=0,
            realised_pnl=0, fees=0, funding=0, open_positions=0,
        )


def growing(n: int, rate: float = 0.01, start: float = 100000.0) -> list[float]:
    return [round(start * (1 + rate) ** i, 8) for i in range(n)]


@pytest.fixture
def member(angry) -> APIClient:
    client = APIClient()
    client.force_authenticate(make_user("member", accounts=[angry], role=Membership.Role.VIEWER))
    return client


def test_the_api_projects_from_the_accounts_snapshots(member, angry):
    equities = [100000, 101000, 100500, 102000, 101500, 103000, 104000, 103500]
    snapshot_days(angry, equities)
    body = member.get("/api/accounts/angry/projection?days=30&paths=400").json()
    assert body["days"] == 30 and body["paths"] == 400 and body["detail"] == ""
    assert body["returns_used"] == 7
    assert body["history"]["equity"] == [float(e) for e in equities]
    assert body["dates"][0] == body["history"]["dates"][-1] == timezone.now().date().isoformat()
    assert len(body["dates"]) == len(body["p5"]) == len(body["p50"]) == len(body["p95"]) == 31
    assert body["p50"][0] == 103500.0
    assert all(a <= b <= c for a, b, c in zip(body["p5"], body["p50"], body["p95"]))
    assert body == member.get("/api/accounts/angry/projection?days=30&paths=400").json()  # seeded


def test_the_api_defaults_to_ninety_days_and_a_thousand_paths(member, angry):
    snapshot_days(angry, growing(10))
    body = member.get("/api/accounts/angry/projection").json()
    assert (body["days"], body["paths"], len(body["p50"])) == (90, 1000, 91)
    assert body["p50"][-1] == pytest.approx(growing(10)[-1] * 1.01**90)


def test_too_little_history_gives_an_empty_fan_with_a_detail(member, angry):
    snapshot_days(angry, growing(MIN_RETURNS))  # one return short
    response = member.get("/api/accounts/angry/projection")
    assert response.status_code == 200
    body = response.json()
    assert body["p5"] == body["p50"] == body["p95"] == body["dates"] == []
    assert body["returns_used"] == MIN_RETURNS - 1
    assert f"at least {MIN_RETURNS}" in body["detail"] and "5 daily snapshots" in body["detail"]


@pytest.mark.parametrize("query", ["days=0", "days=abc", "days=731", "paths=0", "paths=2001", "paths=1.5", "seed=-1"])
def test_bad_parameters_are_a_400_naming_the_field(member, angry, query):
    snapshot_days(angry, growing(10))
    response = member.get(f"/api/accounts/angry/projection?{query}")
    assert response.status_code == 400
    assert query.split("=")[0] in str(response.json())


def test_another_accounts_projection_is_a_404(member, woods1):
    snapshot_days(woods1, growing(10))
    assert member.get("/api/accounts/woods1/projection").status_code == 404
    assert member.get("/api/accounts/nobody/projection").status_code == 404


def test_anonymous_callers_are_refused(angry):
    assert APIClient().get("/api/accounts/angry/projection").status_code in (401, 403)


def test_the_partial_draws_a_fan_for_a_member(client, angry):
    client.force_login(make_user("eye", accounts=[angry], role=Membership.Role.VIEWER))
    snapshot_days(angry, growing(10))
    response = client.get("/a/angry/projection?days=30")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="projection-chart"' in html and 'id="projection-data"' in html
    assert 'fill: "tonexty"' in html and "Plotly.newPlot" in html
    assert '<option value="30" selected>' in html
    assert "Median in 30 days" in html


def test_the_partial_explains_an_empty_projection(client, angry):
    client.force_login(make_user("eye", accounts=[angry]))
    response = client.get("/a/angry/projection")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Not enough history to project: 0 daily snapshots" in html
    assert "projection-chart" not in html


def test_the_partial_refuses_a_horizon_it_does_not_offer(client, angry):
    client.force_login(make_user("eye", accounts=[angry]))
    response = client.get("/a/angry/projection?days=7")
    assert response.status_code == 400
    assert "days must be one of 30, 90, 180, 365" in response.content.decode()


def test_the_partial_is_a_404_for_a_non_member_and_a_login_redirect_for_anonymous(client, angry, woods1):
    assert client.get("/a/angry/projection").status_code == 302
    client.force_login(make_user("other", accounts=[woods1]))
    assert client.get("/a/angry/projection").status_code == 404
