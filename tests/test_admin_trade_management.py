"""The admin's account and trader forms check sizing and trade management with the services' own rules:
a bad combination is a form error on its field (never a 500 at save), and nothing is written."""
from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse

from accounts.models import Account
from echotrade.models import AuditEvent
from tests.conftest import make_user
from tests.test_admin import change_form_data
from traders.models import Trader, TraderFollow

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, accounts, yun_qiang):
    user = make_user("root", staff=True)
    user.is_superuser = True
    user.save(update_fields=["is_superuser"])
    client.force_login(user)
    return client


def form_errors(response) -> dict[str, list[str]]:
    assert response.status_code == 200, "the form was saved"
    form = response.context["adminform"].form
    return {name: list(messages) for name, messages in form.errors.items()}


def account_row(name: str) -> dict:
    return Account.objects.filter(name=name).values().get()


# --- Accounts ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "changes, field, message",
    [
        pytest.param({"sizing_mode": "fixed_amount", "fixed_amount": ""}, "fixed_amount",
                     "Fixed-amount sizing needs the amount per copy.", id="fixed-mode-without-amount"),
        pytest.param({"sizing_mode": "risk_percent", "risk_pct": ""}, "risk_pct",
                     "Risk-percent sizing needs the share of equity a copy may lose at its stop.", id="risk-mode-without-risk"),
        pytest.param({"risk_pct": "0.6"}, "risk_pct", "Must be more than 0 % and at most 50 %, or empty for none.",
                     id="risk-above-half"),
        pytest.param({"copy_priority": "0"}, "copy_priority", "A whole number from 1 (decided first) to 1000.",
                     id="copy-priority-0"),
        pytest.param({"min_confidence": "1.5"}, "min_confidence", "Must be 0 % to 100 %.", id="confidence-150pc"),
    ],
)
def test_a_bad_sizing_change_on_the_account_form_is_a_form_error_and_saves_nothing(admin_client, angry, changes, field, message):
    url = reverse("admin:accounts_account_change", args=[angry.pk])
    data = change_form_data(admin_client, url) | changes
    before = account_row("angry")

    response = admin_client.post(url, data)

    assert form_errors(response)[field] == [message]
    assert account_row("angry") == before
    assert not AuditEvent.objects.filter(action="account.risk_updated").exists()


def test_a_mode_set_with_its_amount_on_the_account_form_is_saved_and_audited(admin_client, angry):
    url = reverse("admin:accounts_account_change", args=[angry.pk])
    data = change_form_data(admin_client, url) | {"sizing_mode": "fixed_amount", "fixed_amount": "500"}

    assert admin_client.post(url, data).status_code == 302
    angry.refresh_from_db()
    assert (angry.sizing_mode, angry.fixed_amount) == ("fixed_amount", Decimal("500"))
    assert AuditEvent.objects.get(action="account.risk_updated", account=angry).after["fixed_amount"] == "500"


@pytest.mark.parametrize(
    "changes, field",
    [
        pytest.param({"sizing_mode": "fixed_amount", "fixed_amount": ""}, "fixed_amount", id="fixed-mode-without-amount"),
        pytest.param({"starting_balance": "2000000000000"}, "starting_balance", id="balance-above-max"),
        pytest.param({"maker_fee_rate": "0.5"}, "maker_fee_rate", id="maker-fee-50pc"),
    ],
)
def test_a_bad_new_account_on_the_add_form_is_a_form_error_and_opens_nothing(admin_client, changes, field):
    url = reverse("admin:accounts_account_add")
    data = change_form_data(admin_client, url) | {"name": "desk-7", "starting_balance": "25000"} | changes

    response = admin_client.post(url, data)

    assert field in form_errors(response)
    assert not Account.objects.filter(name="desk-7").exists()
    assert not AuditEvent.objects.filter(action="account.created").exists()


# --- Traders -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "changes, field, message",
    [
        pytest.param({"tp_strategy": "custom", "tp_fractions": "[]"}, "tp_fractions",
                     "The custom strategy needs its fractions, such as [0.5, 0.3, 0.2].", id="custom-without-fractions"),
        pytest.param({"tp_fractions": "[0, 1]"}, "tp_fractions", None, id="a-zero-fraction"),
        pytest.param({"tp_fractions": '"half"'}, "tp_fractions", "A list of fractions such as [0.5, 0.3, 0.2].",
                     id="fractions-not-a-list"),
        pytest.param({"trailing": '{"kind": "percent_below_highest", "callback_pct": "-1"}'}, "trailing", None,
                     id="negative-callback"),
        pytest.param({"trailing": '{"kind": "unspecified"}'}, "trailing", None, id="trailing-without-a-rule"),
        pytest.param({"sizing_mode": "fixed_amount", "fixed_amount": ""}, "fixed_amount",
                     "Fixed-amount sizing needs the amount per copy.", id="fixed-mode-without-amount"),
        pytest.param({"risk_pct": "0.9"}, "risk_pct", "Must be more than 0 % and at most 50 %, or empty for none.",
                     id="risk-above-half"),
        pytest.param({"breakeven_after": "99"}, "breakeven_after", None, id="breakeven-after-target-99"),
    ],
)
def test_a_bad_trade_management_change_on_the_trader_form_is_a_form_error_and_saves_nothing(
    admin_client, yun_qiang, changes, field, message,
):
    url = reverse("admin:traders_trader_change", args=["yun_qiang"])
    data = change_form_data(admin_client, url) | changes
    before = Trader.objects.filter(pk="yun_qiang").values().get()

    response = admin_client.post(url, data)

    errors = form_errors(response)[field]
    assert errors and (message is None or errors == [message])
    assert Trader.objects.filter(pk="yun_qiang").values().get() == before
    assert not AuditEvent.objects.filter(action="trader.updated").exists()


def test_custom_fractions_on_the_trader_form_are_saved_normalised_and_audited(admin_client, yun_qiang):
    url = reverse("admin:traders_trader_change", args=["yun_qiang"])
    data = change_form_data(admin_client, url) | {"tp_strategy": "custom", "tp_fractions": "[2, 1, 1]"}

    assert admin_client.post(url, data).status_code == 302
    yun_qiang.refresh_from_db()
    assert (yun_qiang.tp_strategy, yun_qiang.tp_fractions) == ("custom", ["0.5", "0.25", "0.25"])
    assert AuditEvent.objects.get(action="trader.updated", object_id="yun_qiang").after["tp_fractions"] == [
        "0.5", "0.25", "0.25",
    ]


def test_a_new_trader_with_a_bad_combination_on_the_add_form_is_a_form_error_and_is_not_created(admin_client):
    url = reverse("admin:traders_trader_add")
    data = change_form_data(admin_client, url) | {
        "id": "new_whale", "name": "New Whale", "source": "telegram", "entry_strategy": "custom", "entry_fractions": "[]",
    }

    response = admin_client.post(url, data)

    assert form_errors(response)["entry_fractions"] == ["The custom strategy needs its fractions, such as [0.5, 0.3, 0.2]."]
    assert not Trader.objects.filter(pk="new_whale").exists()
    assert not TraderFollow.objects.filter(trader_id="new_whale").exists()
