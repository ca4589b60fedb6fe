"""POST /api/traders/{id}/backtest and GET /api/backtests/{job}, with the job run by the eager task."""
from datetime import timedelta
from uuid import uuid4

import pytest
from rest_framework.test import APIClient

from tests.conftest import make_user
from tests.trader_backtest.conftest import record_signal
from tests.trader_backtest.test_backtest_run import TARGET_HIT
from analytics import tasks as backtest_tasks
from traders.models import BacktestJob


BODY = {"days": 30, "initial_capital": 10000, "account": "angry"}


def client_for(user) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


def test_it_runs_the_job_to_done_and_shows_the_result(api, yun_qiang, btc_candles, outermost_atomic_commits):
    record_signal(yun_qiang, at=btc_candles(TARGET_HIT) - timedelta(minutes=30))

    started = api.post("/api/traders/yun_qiang/backtest", BODY, format="json")

    assert started.status_code == 202
    assert (started.json()["status"], started.json()["progress"]) == ("done", 100)  # Celery is eager in tests
    shown = api.get(f"/api/backtests/{started.json()['job']}")
    assert shown.status_code == 200
    body = shown.json()
    assert (body["status"], body["progress"], body["account"], body["trader"]) == ("done", 100, "angry", "yun_qiang")
    assert body["parameters"] == {"days": 30, "initial_capital": "10000"}
    assert body["result"]["final_value"] == "10011.694"
    assert body["result"]["trade_count"] == 1
    assert {"roi", "max_drawdown", "sharpe_ratio", "win_rate", "equity_curve"} <= body["result"].keys()


def test_it_reports_progress_while_running(api, yun_qiang, btc_candles, monkeypatch, outermost_atomic_commits):
    record_signal(yun_qiang, at=btc_candles(TARGET_HIT) - timedelta(minutes=30))
    seen = []
    report = backtest_tasks._progress
    monkeypatch.setattr(backtest_tasks, "_progress", lambda job_id, pct: (
        report(job_id, pct), seen.append(BacktestJob.objects.values_list("status", "progress").get(pk=job_id))
    ))

    api.post("/api/traders/yun_qiang/backtest", BODY, format="json")

    assert seen == [("running", 90)]
    assert BacktestJob.objects.get().progress == 100


@pytest.mark.parametrize("change, field", [
    ({"days": 0}, "days"), ({"days": 366}, "days"), ({"initial_capital": 0}, "initial_capital"),
    ({"initial_capital": -5}, "initial_capital"), ({"days": "many"}, "days"),
])
def test_it_rejects_bad_parameters(api, yun_qiang, change, field):
    response = api.post("/api/traders/yun_qiang/backtest", {**BODY, **change}, format="json")

    assert response.status_code == 400
    assert field in response.json()["errors"]
    assert not BacktestJob.objects.exists()


def test_it_rejects_an_account_the_user_is_not_a_member_of(yun_qiang, woods1):
    outsider = client_for(make_user("woods1-only", accounts=[woods1]))

    response = outsider.post("/api/traders/yun_qiang/backtest", BODY, format="json")

    assert response.status_code == 404
    assert not BacktestJob.objects.exists()


def test_it_answers_404_for_an_unknown_trader(api, accounts):
    assert api.post("/api/traders/nobody/backtest", BODY, format="json").status_code == 404


def test_it_hides_a_job_from_users_outside_its_account(api, yun_qiang, woods1, angry, btc_candles):
    btc_candles(TARGET_HIT)
    job = api.post("/api/traders/yun_qiang/backtest", BODY, format="json").json()["job"]

    assert client_for(make_user("woods1-only", accounts=[woods1])).get(f"/api/backtests/{job}").status_code == 404
    assert client_for(make_user("angry-viewer", accounts=[angry])).get(f"/api/backtests/{job}").status_code == 200
    assert api.get(f"/api/backtests/{uuid4()}").status_code == 404


def test_a_failing_job_records_a_readable_error(api, yun_qiang, monkeypatch, outermost_atomic_commits):
    def explode(**kwargs):
        raise ValueError("candles ran out")

    monkeypatch.setattr(backtest_tasks, "trader_backtest_run", explode)

    started = api.post("/api/traders/yun_qiang/backtest", BODY, format="json")

    assert started.json()["status"] == "failed"
    body = api.get(f"/api/backtests/{started.json()['job']}").json()
    assert (body["status"], body["error"], body["result"]) == ("failed", "ValueError: candles ran out", None)
    assert body["finished_at"] is not None


def test_running_a_done_job_again_changes_nothing(api, yun_qiang, btc_candles, monkeypatch, outermost_atomic_commits):
    btc_candles(TARGET_HIT)
    job = BacktestJob.objects.get(pk=api.post("/api/traders/yun_qiang/backtest", BODY, format="json").json()["job"])
    monkeypatch.setattr(backtest_tasks, "trader_backtest_run", lambda **kwargs: pytest.fail("ran twice"))

    assert backtest_tasks.run_trader_backtest(str(job.pk)) == "done"

    again = BacktestJob.objects.get(pk=job.pk)
    assert (again.status, again.result, again.finished_at) == ("done", job.result, job.finished_at)
