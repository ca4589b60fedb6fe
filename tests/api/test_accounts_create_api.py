"""POST /api/accounts: staff open a paper account that follows every trader, with the same rules as PATCH.

Bad input is a 4xx naming the field and writes nothing: no account, follow, membership or audit event.
"""
from decimal import Decimal

import pytest
from rest_framework.test import APIClient

from accounts.models import Account, Membership
from echotrade.exceptions import InvalidInput
from echotrade.models import AuditEvent
from operations.services import account_open
from signals.models import SignalDecision
from tests.conftest import make_user
from tests.helpers import decision_of, send_signal
from traders.models import TraderFollow
from traders.services import trader_create, trader_delete

pytestmark = pytest.mark.usefixtures("market")

PROFILE = {
    "min_confidence": "0.6", "risk_multiplier": "1.5", "max_leverage": 15, "max_open_positions": 40,
    "base_position_pct": "0.01", "max_position_pct": "0.2", "daily_loss_limit_pct": "0.04", "approval_required": False,
    "global_position_multiplier": "1.25", "confidence_threshold_override": None, "max_positions_override": 30,
    "sizing_mode": "fixed_amount", "fixed_amount": "1340", "risk_pct": "0.01", "default_stop_pct": "0.03",
    "require_stop_loss": False, "copy_priority": 5,
}


def client_for(user) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


def written() -> dict[str, int]:
    """Every kind of row opening an account writes."""
    return {
        "accounts": Account.objects.count(), "follows": TraderFollow.objects.count(),
        "memberships": Membership.objects.count(), "audit": AuditEvent.objects.count(),
    }


def test_staff_open_an_account_with_its_profile_and_it_reads_as_the_account_detail_does(api, staff_user, yun_qiang):
    response = api.post("/api/accounts", {"name": "desk-7", "starting_balance": "25000", **PROFILE}, format="json")

    assert response.status_code == 201, response.content
    body = response.json()
    assert body == api.get("/api/accounts/desk-7").json()
    assert {name: body[name] for name in PROFILE} == PROFILE
    assert (body["starting_balance"], body["cash"], body["equity"], body["mode"]) == ("25000", "25000", "25000", "paper")
    assert body["open_positions"] == []
    account = Account.objects.get(name="desk-7")
    assert (account.fixed_amount, account.copy_priority) == (Decimal("1340"), 5)


def test_a_new_account_follows_every_trader_but_a_deleted_one(api, yun_qiang, crypto_loby):
    gone = trader_create(id="gone_trader", name="Gone")
    trader_delete(trader=gone)

    assert api.post("/api/accounts", {"name": "desk-7", "starting_balance": "25000"}, format="json").status_code == 201

    follows = TraderFollow.objects.filter(account__name="desk-7")
    assert sorted(follows.filter(enabled=True).values_list("trader_id", flat=True)) == ["crypto_loby", "yun_qiang"]
    assert not follows.filter(trader=gone).exists()


def test_the_creator_becomes_the_owner_and_both_writes_are_audited(api, staff_user, yun_qiang):
    api.post("/api/accounts", {"name": "desk-7", "starting_balance": "25000", "description": "Desk seven"}, format="json")

    account = Account.objects.get(name="desk-7")
    assert Membership.objects.get(account=account).user == staff_user
    assert Membership.objects.get(account=account).role == Membership.Role.OWNER
    created = AuditEvent.objects.get(action="account.created", account=account)
    granted = AuditEvent.objects.get(action="membership.granted", account=account)
    assert (created.actor, created.message) == (staff_user, "Desk seven")
    assert Decimal(created.after["starting_balance"]) == Decimal("25000")
    assert (granted.actor, granted.after) == (staff_user, {"user": "ops", "role": "owner"})


def test_a_created_account_copies_the_next_signal_with_its_own_sizing(api, yun_qiang):
    body = {"name": "desk-7", "starting_balance": "25000", "sizing_mode": "fixed_amount", "fixed_amount": "1340"}
    assert api.post("/api/accounts", body, format="json").status_code == 201

    decision = decision_of(send_signal(trader="yun_qiang", stop_loss="60000"), Account.objects.get(name="desk-7"))

    assert decision.outcome == SignalDecision.Outcome.EXECUTED, decision.detail
    # 1,340 at the ask plus 2 bps of slippage (67,001 × 1.0002 = 67,014.4002), rounded down to 1e-8.
    assert (decision.sizing["mode"], Decimal(decision.sizing["quantity"])) == ("fixed_amount", Decimal("0.01999570"))
    assert decision.position.account.name == "desk-7"


def test_a_member_who_is_not_staff_may_not_open_an_account(angry, yun_qiang):
    owner = client_for(make_user("owner", accounts=[angry], role=Membership.Role.OWNER))
    before = written()

    response = owner.post("/api/accounts", {"name": "desk-7", "starting_balance": "25000"}, format="json")

    assert response.status_code == 403
    assert response.json()["detail"] == "Only staff may open accounts."
    assert written() == before


def test_an_anonymous_request_is_401_and_opens_nothing(accounts):
    before = written()
    response = APIClient().post("/api/accounts", {"name": "desk-7", "starting_balance": "25000"}, format="json")
    assert response.status_code == 401
    assert written() == before


@pytest.mark.parametrize(
    "body, status, field, message",
    [
        pytest.param({"name": "angry"}, 409, "name", "'angry' is taken.", id="name-taken"),
        pytest.param({"name": "desk 7"}, 400, "name",
                     "Letters, digits, - and _ only, at most 50 characters (it is the account's address).", id="name-space"),
        pytest.param({"name": "desk/7"}, 400, "name", None, id="name-slash"),
        pytest.param({"name": "d" * 51}, 400, "name", None, id="name-too-long"),
        pytest.param({"name": ""}, 400, "name", None, id="name-empty"),
        pytest.param({"name": None}, 400, "name", None, id="name-missing"),
        pytest.param({"starting_balance": "0"}, 400, "starting_balance",
                     "An amount above 0 and at most 1,000,000,000,000.", id="balance-0"),
        pytest.param({"starting_balance": "-100"}, 400, "starting_balance", None, id="balance-negative"),
        pytest.param({"starting_balance": "1000000000000.01"}, 400, "starting_balance", None, id="balance-above-max"),
        pytest.param({"starting_balance": "lots"}, 400, "starting_balance", None, id="balance-text"),
        pytest.param({"starting_balance": "1.123456789"}, 400, "starting_balance", None, id="balance-9-places"),
        pytest.param({"starting_balance": None}, 400, "starting_balance", None, id="balance-missing"),
        pytest.param({"sizing_mode": "fixed_amount"}, 400, "fixed_amount",
                     "Fixed-amount sizing needs the amount per copy.", id="fixed-mode-without-amount"),
        pytest.param({"sizing_mode": "risk_percent"}, 400, "risk_pct",
                     "Risk-percent sizing needs the share of equity a copy may lose at its stop.", id="risk-mode-without-risk"),
        pytest.param({"risk_pct": "0.6"}, 400, "risk_pct",
                     "Must be more than 0 % and at most 50 %, or empty for none.", id="risk-above-half"),
        pytest.param({"min_confidence": "1.5"}, 400, "min_confidence", "Must be 0 % to 100 %.", id="confidence-150pc"),
        pytest.param({"base_position_pct": "0"}, 400, "base_position_pct", None, id="base-size-0"),
        pytest.param({"max_position_pct": "2"}, 400, "max_position_pct", None, id="max-size-200pc"),
        pytest.param({"risk_multiplier": "0"}, 400, "risk_multiplier", None, id="multiplier-0"),
        pytest.param({"global_position_multiplier": "3"}, 400, "global_position_multiplier", "Must be 0.5× to 2×.",
                     id="global-multiplier-3"),
        pytest.param({"max_leverage": 500}, 400, "max_leverage", None, id="leverage-500"),
        pytest.param({"max_open_positions": 0}, 400, "max_open_positions", None, id="positions-0"),
        pytest.param({"daily_loss_limit_pct": "0"}, 400, "daily_loss_limit_pct", None, id="loss-limit-0"),
        pytest.param({"default_stop_pct": "1"}, 400, "default_stop_pct", None, id="default-stop-100pc"),
        pytest.param({"copy_priority": 0}, 400, "copy_priority", None, id="copy-priority-0"),
        pytest.param({"sizing_mode": "martingale"}, 400, "sizing_mode", None, id="unknown-mode"),
        pytest.param({"description": "d" * 201}, 400, "description", None, id="description-too-long"),
        pytest.param({"cash": "999999"}, 400, "cash", "Not a setting this endpoint takes.", id="cash-not-a-setting"),
        pytest.param({"mode": "live"}, 400, "mode", None, id="live-not-a-setting"),
    ],
)
def test_bad_input_is_a_4xx_naming_the_field_and_writes_nothing(api, yun_qiang, body, status, field, message):
    body = {"name": "desk-7", "starting_balance": "25000"} | body
    body = {key: value for key, value in body.items() if value is not None}
    before = written()

    response = api.post("/api/accounts", body, format="json")

    assert response.status_code == status, response.content
    errors = response.json()["errors"][field]
    assert errors and (message is None or errors == [message])
    assert written() == before


def test_every_error_at_once_is_named(api, yun_qiang):
    response = api.post("/api/accounts", {
        "name": "desk 7", "starting_balance": "0", "sizing_mode": "fixed_amount", "min_confidence": "2",
    }, format="json")
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"name", "starting_balance", "fixed_amount", "min_confidence"}


@pytest.mark.parametrize(
    "fields, field",
    [
        pytest.param({"risk_pct": Decimal("0.9")}, "risk_pct", id="risk-above-half"),
        pytest.param({"sizing_mode": "fixed_amount"}, "fixed_amount", id="fixed-mode-without-amount"),
        pytest.param({"taker_fee_rate": Decimal("0.5")}, "taker_fee_rate", id="taker-fee-50pc"),
        pytest.param({"slippage_bps": Decimal("-1")}, "slippage_bps", id="slippage-negative"),
        pytest.param({"starting_balance": Decimal("0")}, "starting_balance", id="balance-0"),
        pytest.param({"name": "Not a slug!"}, "name", id="name-not-a-slug"),
    ],
)
def test_account_open_itself_refuses_out_of_range_fields(accounts, yun_qiang, fields, field):
    before = written()
    with pytest.raises(InvalidInput) as refused:
        account_open(**({"name": "desk-7"} | fields))
    assert field in refused.value.fields
    assert written() == before


def test_the_schema_documents_the_create_request_and_its_201(api):
    schema = api.get("/api/schema?format=json").json()
    post = schema["paths"]["/api/accounts"]["post"]
    assert post["responses"]["201"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/AccountDetailOutput"
    }
    request = schema["components"]["schemas"]["AccountCreateInputRequest"]
    assert {"name", "starting_balance", "description", *PROFILE} <= set(request["properties"])
    assert set(request["required"]) == {"name", "starting_balance"}
