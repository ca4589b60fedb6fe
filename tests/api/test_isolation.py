"""Account isolation: another account's user gets 404 for everything of it, and can change nothing."""
from decimal import Decimal

import pytest
from rest_framework.test import APIClient

from accounts.models import Account
from accounts.services import account_pause, account_update_risk
from execution.models import Position
from signals.models import SignalDecision
from tests.conftest import make_user
from tests.helpers import decision_of, send_signal

pytestmark = pytest.mark.usefixtures("market")


@pytest.fixture
def woods1_user(woods1) -> APIClient:
    """An owner of woods1 only: the strongest role, on the wrong account."""
    client = APIClient()
    client.force_authenticate(make_user("wu", accounts=[woods1], role="owner"))
    return client


@pytest.fixture
def angrys_position(yun_qiang, angry) -> Position:
    return decision_of(send_signal(leverage=4, stop_loss="60000", take_profits=["70000"]), angry).position


def position_row(position: Position) -> dict:
    return Position.objects.filter(pk=position.pk).values().get()


@pytest.mark.parametrize(
    "method, path, body",
    [
        ("get", "/api/accounts/angry", None),
        ("get", "/api/accounts/angry/positions", None),
        ("get", "/api/accounts/angry/audit", None),
        ("post", "/api/accounts/angry/pause", {"reason": "not yours"}),
        ("get", "/api/positions/{id}", None),
        ("patch", "/api/positions/{id}", {"stop_loss": 65000}),
        ("post", "/api/positions/{id}/close", {}),
        ("post", "/api/positions/{id}/close", {"fraction": 0.5}),
    ],
)
def test_another_accounts_user_gets_404_and_changes_nothing(woods1_user, angrys_position, angry, method, path, body):
    before = position_row(angrys_position)
    response = getattr(woods1_user, method)(path.format(id=angrys_position.pk), body, format="json")
    assert response.status_code == 404
    assert position_row(angrys_position) == before
    assert Account.objects.get(pk=angry.pk).paused is False


def test_another_accounts_user_cannot_resume_it(woods1_user, angry):
    account_pause(account=angry, reason="emergency")
    response = woods1_user.post("/api/accounts/angry/resume", format="json")
    assert response.status_code == 404
    angry.refresh_from_db()
    assert (angry.paused, angry.paused_reason) == (True, "emergency")


def test_another_account_looks_exactly_like_an_account_that_does_not_exist(woods1_user, angry):
    other = woods1_user.get("/api/accounts/angry")
    missing = woods1_user.get("/api/accounts/nosuch")
    assert (other.status_code, missing.status_code) == (404, 404)
    assert other.json()["code"] == missing.json()["code"] == "not_found"


def test_another_accounts_position_looks_exactly_like_a_missing_one(woods1_user, angrys_position):
    body = woods1_user.get(f"/api/positions/{angrys_position.pk}").json()
    assert body == {"detail": f"No position #{angrys_position.pk}.", "code": "not_found"}


@pytest.mark.parametrize("action", ["approve", "reject"])
def test_another_accounts_user_cannot_decide_its_pending_decision(woods1_user, yun_qiang, angry, action):
    account_update_risk(account=angry, approval_required=True)
    decision = decision_of(send_signal(external_id="queue-1"), angry)
    response = woods1_user.post(f"/api/decisions/{decision.pk}/{action}", format="json")
    assert response.status_code == 404
    assert SignalDecision.objects.get(pk=decision.pk).outcome == "pending"
    assert not Position.objects.filter(account=angry).exists()


def test_another_accounts_decisions_are_left_out_of_signals(woods1_user, angrys_position):
    signal_id = angrys_position.signal_id
    decisions = woods1_user.get(f"/api/signals/{signal_id}").json()["decisions"]
    assert [d["account"] for d in decisions] == ["woods1"]


def test_the_account_list_leaves_other_accounts_out(woods1_user, angrys_position):
    assert [a["name"] for a in woods1_user.get("/api/accounts").json()] == ["woods1"]


def test_trader_metrics_count_no_copies_of_another_account(woods1_user, angrys_position):
    assert woods1_user.get("/api/traders/yun_qiang/metrics?account=angry").status_code == 404
    metrics = woods1_user.get("/api/traders/yun_qiang/metrics").json()
    assert list(metrics["signals_copied"]) == ["woods1"]  # its own copy only, never angry's
    assert (metrics["closed_trades"], metrics["realised_pnl"]) == (0, "0")


def test_a_signal_list_narrowed_to_another_account_is_404(woods1_user, angrys_position):
    assert woods1_user.get("/api/signals?account=angry").status_code == 404


def test_the_position_is_still_whole_after_every_attempt(woods1_user, angrys_position):
    """All writes in a row, then one look at the row: quantity, stop and status are what they were."""
    pk = angrys_position.pk
    woods1_user.patch(f"/api/positions/{pk}", {"stop_loss": 65000, "take_profits": [80000]}, format="json")
    woods1_user.post(f"/api/positions/{pk}/close", {"fraction": 0.25}, format="json")
    woods1_user.post(f"/api/positions/{pk}/close", {}, format="json")
    angrys_position.refresh_from_db()
    assert angrys_position.status == "open"
    assert angrys_position.stop_loss == Decimal("60000")
    assert angrys_position.take_profits == ["70000"]
    assert angrys_position.quantity > 0 and not angrys_position.fills.filter(order__purpose="close").exists()
