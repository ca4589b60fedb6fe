"""The signal API: posting a signal, its per-account decisions, duplicates, reading, the approval queue."""
import pytest
from django.contrib.auth.models import Permission, User
from rest_framework.test import APIClient

from accounts.services import account_update_risk
from execution.models import Position
from signals.models import Signal
from tests.conftest import make_user

pytestmark = pytest.mark.usefixtures("market", "outermost_atomic_commits")

# The issue's example signal: 0.8 confidence is below woods1's 0.85 and above angry's and handjob's bars.
EXAMPLE = {
    "trader": "yun_qiang", "symbol": "BTC/USDT", "side": "long", "entry": None, "stop_loss": 65000,
    "take_profits": [69000, 71000], "leverage": 5, "confidence": 0.8, "external_id": "tg-1001",
}
POSITION_FIELDS = {
    "id", "account", "symbol", "side", "quantity", "entry_price", "notional", "leverage", "margin", "stop_loss",
    "take_profits", "liquidation_price", "unrealised_pnl", "realised_pnl", "fees", "status", "opened_at", "closed_at",
}


def client_for(user: User) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


def by_account(signal_body: dict) -> dict:
    return {d["account"]: d for d in signal_body["decisions"]}


def test_posting_a_signal_answers_201_with_one_decision_per_account(api, yun_qiang):
    response = api.post("/api/signals", EXAMPLE, format="json")
    assert response.status_code == 201
    body = response.json()
    assert (body["trader"], body["symbol"], body["side"], body["external_id"], body["duplicate"]) == (
        "yun_qiang", "BTC/USDT", "long", "tg-1001", False,
    )
    assert [d["account"] for d in body["decisions"]] == ["angry", "handjob", "woods1"]
    for decision in body["decisions"]:
        assert {"account", "outcome", "reason", "position"} <= set(decision)


def test_the_example_signal_is_filtered_for_woods1_and_executed_for_angry_and_handjob(api, yun_qiang):
    decisions = by_account(api.post("/api/signals", EXAMPLE, format="json").json())
    assert (decisions["woods1"]["outcome"], decisions["woods1"]["reason"], decisions["woods1"]["position"]) == (
        "filtered", "confidence_below_threshold", None,
    )
    for name in ("angry", "handjob"):
        assert (decisions[name]["outcome"], decisions[name]["reason"]) == ("executed", None)
        assert decisions[name]["position"]["account"] == name


def test_an_executed_decision_shows_the_position_with_every_documented_field(api, yun_qiang):
    position = by_account(api.post("/api/signals", EXAMPLE, format="json").json())["angry"]["position"]
    assert POSITION_FIELDS <= set(position)
    assert (position["symbol"], position["side"], position["leverage"], position["status"]) == ("BTC/USDT", "long", 5, "open")
    assert (position["stop_loss"], position["take_profits"], position["closed_at"]) == ("65000", ["69000", "71000"], None)
    assert Position.objects.get(pk=position["id"]).account.name == "angry"


def test_the_same_external_id_again_answers_200_as_a_duplicate_and_opens_nothing(api, yun_qiang):
    first = api.post("/api/signals", EXAMPLE, format="json").json()
    positions = Position.objects.count()
    response = api.post("/api/signals/", EXAMPLE, format="json")
    assert response.status_code == 200
    body = response.json()
    assert (body["duplicate"], body["duplicate_of"]) == (True, first["id"])
    assert [(d["outcome"], d["position"]) for d in body["decisions"]] == [("duplicate", None)] * 3
    assert Position.objects.count() == positions


@pytest.mark.parametrize(
    "entry, kind, shown",
    [(None, "market", None), (67500, "price", "67500"), ([66000, 67000], "zone", ["66000", "67000"])],
    ids=["market", "price", "zone"],
)
def test_every_entry_form_is_accepted_and_shown_back(api, yun_qiang, entry, kind, shown):
    response = api.post("/api/signals", {**EXAMPLE, "entry": entry}, format="json")
    assert response.status_code == 201
    body = response.json()
    assert (body["entry_kind"], body["entry"]) == (kind, shown)
    assert by_account(body)["angry"]["outcome"] == "executed"


def test_a_zone_given_high_to_low_is_stored_low_to_high(api, yun_qiang):
    body = api.post("/api/signals", {**EXAMPLE, "entry": [67000, 66000]}, format="json").json()
    assert (body["entry"], body["entry_low"], body["entry_high"]) == (["66000", "67000"], "66000", "67000")


def test_the_signal_list_is_paginated_and_shows_decisions(api, yun_qiang):
    api.post("/api/signals", EXAMPLE, format="json")
    api.post("/api/signals", {**EXAMPLE, "external_id": "tg-1002", "confidence": 0.9}, format="json")
    response = api.get("/api/signals")
    assert response.status_code == 200
    body = response.json()
    assert (body["count"], body["next"], body["previous"]) == (2, None, None)
    assert [s["external_id"] for s in body["results"]] == ["tg-1002", "tg-1001"]
    assert all(len(s["decisions"]) == 3 for s in body["results"])
    assert len(api.get("/api/signals?limit=1").json()["results"]) == 1


def test_a_signal_is_shown_with_its_decisions(api, yun_qiang):
    posted = api.post("/api/signals", EXAMPLE, format="json").json()
    response = api.get(f"/api/signals/{posted['id']}")
    assert response.status_code == 200
    assert response.json()["decisions"] == posted["decisions"]


def test_an_unknown_signal_is_404(api, yun_qiang):
    assert api.get("/api/signals/999999").status_code == 404


def test_a_member_of_only_angry_sees_only_angrys_decision(api, yun_qiang, angry):
    signal_id = api.post("/api/signals", EXAMPLE, format="json").json()["id"]
    angry_only = client_for(make_user("angry_only", accounts=[angry]))
    detail = angry_only.get(f"/api/signals/{signal_id}").json()
    assert [d["account"] for d in detail["decisions"]] == ["angry"]
    listed = angry_only.get("/api/signals").json()["results"]
    assert [d["account"] for d in listed[0]["decisions"]] == ["angry"]


def test_a_user_without_the_add_signal_permission_gets_403_and_nothing_is_recorded(yun_qiang, angry):
    response = client_for(make_user("no_perm", accounts=[angry])).post("/api/signals", EXAMPLE, format="json")
    assert response.status_code == 403
    assert not Signal.objects.exists()


def test_a_user_granted_the_add_signal_permission_may_post_and_sees_their_accounts_decisions(yun_qiang, angry):
    user = make_user("poster", accounts=[angry])
    user.user_permissions.add(Permission.objects.get(content_type__app_label="signals", codename="add_signal"))
    response = client_for(User.objects.get(pk=user.pk)).post("/api/signals", EXAMPLE, format="json")
    assert response.status_code == 201
    assert [d["account"] for d in response.json()["decisions"]] == ["angry"]
    assert Signal.objects.count() == 1


# --- The approval queue ----------------------------------------------------------------------
@pytest.fixture
def handjob_needs_approval(handjob):
    return account_update_risk(account=handjob, approval_required=True)


def pending_decision(api, external_id: str) -> dict:
    decision = by_account(api.post("/api/signals", {**EXAMPLE, "external_id": external_id}, format="json").json())["handjob"]
    assert (decision["outcome"], decision["position"]) == ("pending", None)
    return decision


def test_approving_a_pending_decision_executes_it_with_a_position(api, yun_qiang, handjob_needs_approval):
    decision = pending_decision(api, "ask-1")
    response = api.post(f"/api/decisions/{decision['id']}/approve", format="json")
    assert response.status_code == 200
    approved = response.json()
    assert (approved["outcome"], approved["decided_by"]) == ("executed", "ops")
    assert Position.objects.get(pk=approved["position"]["id"]).account.name == "handjob"


def test_rejecting_a_pending_decision_opens_nothing(api, yun_qiang, handjob_needs_approval):
    decision = pending_decision(api, "ask-2")
    response = api.post(f"/api/decisions/{decision['id']}/reject/", format="json")
    assert response.status_code == 200
    assert (response.json()["outcome"], response.json()["position"]) == ("rejected", None)
    assert not Position.objects.filter(account__name="handjob").exists()


def test_approving_twice_is_a_409_conflict_and_opens_one_position(api, yun_qiang, handjob_needs_approval):
    decision = pending_decision(api, "ask-3")
    api.post(f"/api/decisions/{decision['id']}/approve", format="json")
    response = api.post(f"/api/decisions/{decision['id']}/approve", format="json")
    assert response.status_code == 409
    assert response.json()["detail"] == f"Decision #{decision['id']} is executed, not pending."
    assert Position.objects.filter(account__name="handjob").count() == 1
