"""Every list endpoint reads its rows in a fixed number of queries: 20 rows take as many as 2
(no query per row: N+1 reads are what made the API slow). POST /api/signals records a signal in
a fixed number of queries and answers from the row it recorded."""
from decimal import Decimal

import pytest
from celery import current_app
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.models import Membership
from echotrade.audit import audit_record
from tests.conftest import make_account
from tests.helpers import send_signal
from traders.models import TraderAlert
from traders.services import trader_create

pytestmark = pytest.mark.usefixtures("market")  # BTC at 67,000


def read(api, path: str) -> tuple[int, dict | list]:
    """The number of queries a GET of ``path`` makes, and its body."""
    with CaptureQueriesContext(connection) as queries:
        response = api.get(path)
    assert response.status_code == 200, response.content
    return len(queries), response.json()


def rows(body) -> list:
    return body["results"] if isinstance(body, dict) else body


def signals(n: int, start: int = 0) -> None:
    """``n`` signals copied into the accounts that follow yun_qiang (angry and handjob open positions)."""
    for i in range(start, start + n):
        send_signal(leverage=3, stop_loss="60000", take_profits=["70000", "72000"], external_id=f"count-{i}")


def test_the_trader_list_takes_as_many_queries_for_20_traders_as_for_2(api):
    for i in range(2):
        trader_create(id=f"t{i:02d}", name=f"T{i}")
    few, body = read(api, "/api/traders")
    assert len(body) == 2
    for i in range(2, 20):
        trader_create(id=f"t{i:02d}", name=f"T{i}")
    many, body = read(api, "/api/traders")
    assert (len(body), many) == (20, few)


def test_the_account_list_takes_as_many_queries_for_20_accounts_as_for_2(api, staff_user, yun_qiang):
    signals(2)  # so the accounts have positions to sum up
    few, body = read(api, "/api/accounts")
    for i in range(17):
        Membership.objects.create(user=staff_user, account=make_account(f"extra{i}"), role=Membership.Role.OWNER)
    many, body = read(api, "/api/accounts")
    assert (len(body), many) == (20, few)


@pytest.mark.parametrize("path", ["/api/accounts/angry", "/api/accounts/angry/positions"])
def test_an_accounts_positions_take_as_many_queries_for_20_as_for_2(api, yun_qiang, path):
    signals(2)
    few, body = read(api, path)
    key = "open_positions" if path.endswith("angry") else "results"
    assert len(body[key]) == 2
    signals(18, start=2)
    many, body = read(api, path)
    assert (len(body[key]), many) == (20, few)


def test_the_signal_list_takes_as_many_queries_for_20_signals_as_for_2(api, yun_qiang):
    signals(2)
    few, body = read(api, "/api/signals")
    assert len(body["results"]) == 2 and all(d["position"] for s in body["results"] for d in s["decisions"][1:])
    signals(18, start=2)
    many, body = read(api, "/api/signals")
    assert (len(body["results"]), many) == (20, few)


def test_the_audit_log_takes_as_many_queries_for_20_events_as_for_2(api, angry):
    for i in range(2):
        audit_record(action="account.note", account=angry, message=f"note {i}")
    few, body = read(api, "/api/accounts/angry/audit")
    assert len(body["results"]) == 2
    for i in range(2, 20):
        audit_record(action="account.note", account=angry, message=f"note {i}")
    many, body = read(api, "/api/accounts/angry/audit")
    assert (len(body["results"]), many) == (20, few)


def test_the_alert_history_takes_as_many_queries_for_20_alerts_as_for_2(api, yun_qiang):
    def alerts(n):
        TraderAlert.objects.bulk_create(
            TraderAlert(trader=yun_qiang, kind="drawdown", message="down", value=Decimal("0.03")) for _ in range(n)
        )
    alerts(2)
    few, body = read(api, "/api/traders/yun_qiang/alerts/history")
    alerts(18)
    many, body = read(api, "/api/traders/yun_qiang/alerts/history")
    assert (len(body), many) == (20, few)


def test_posting_a_signal_answers_from_the_row_it_recorded(api, yun_qiang, monkeypatch):
    """With a broker, a worker copies the signal once it is committed (never here: the test's
    transaction does not commit), so the answer is the recorded row with no decisions yet, read
    neither back nor for decisions; reading it afterwards gives the same."""
    monkeypatch.setitem(current_app.conf, "CELERY_TASK_ALWAYS_EAGER", False)
    signal = {"trader": "yun_qiang", "symbol": "BTC/USDT", "side": "long", "entry": [66000, 66500],
              "stop_loss": 60000, "take_profits": [70000], "leverage": 12.5, "confidence": 0.9, "external_id": "once"}
    with CaptureQueriesContext(connection) as queries:
        posted = api.post("/api/signals", signal, format="json")
    assert posted.status_code == 201, posted.content
    # The unique constraint, not a SELECT, tells a repeat; and the answer is not read back.
    signal_reads = [
        q["sql"] for q in queries
        if q["sql"].startswith("SELECT") and ('FROM "signals_signal"' in q["sql"] or 'FROM "signals_signaldecision"' in q["sql"])
    ]
    assert signal_reads == []
    assert posted.json() == api.get(f"/api/signals/{posted.json()['id']}").json()
    assert posted.json()["decisions"] == [] and posted.json()["decided_at"] is None
