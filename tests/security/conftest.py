"""The world the security tests attack: two accounts, one holding everything an account can own.

``angry`` (account B, the victim) gets one object of every account-owned kind the URLs name: an
open position, a pending decision, a trading window, a blackout, a price alert, a backtest job and
a bot. ``woods1`` (account A) is the attacker's own account; its owner is not staff.
"""
from __future__ import annotations

from datetime import time, timedelta
from decimal import Decimal

import pytest
from django.apps import apps
from django.utils import timezone

from accounts.models import Account, Membership
from accounts.services import account_update_risk
from bots.services import bot_create
from execution.alerts import price_alert_create
from signals.services.schedule import blackout_create, trading_window_create
from tests.conftest import make_user
from tests.helpers import decision_of, send_signal
from analytics.tasks import backtest_job_create


@pytest.fixture
def victim(yun_qiang, crypto_loby, woods1, angry, handjob, market) -> dict:
    """Account B (angry) and one of each object it owns, keyed by the URL kwarg that names it."""
    position = decision_of(send_signal(leverage=4, stop_loss="60000", take_profits=["70000"]), angry).position
    account_update_risk(account=angry, approval_required=True)
    pending = decision_of(send_signal(external_id="pending-1", symbol="ETH/USDT"), angry)
    assert pending.outcome == "pending"
    now = timezone.now()
    return {
        "account": angry,
        "name": angry.name,
        "position_id": position.pk,
        "decision_id": pending.pk,
        "signal_id": pending.signal_id,
        "trader_id": yun_qiang.pk,
        "window_id": trading_window_create(account=angry, start_time=time(0, 0), end_time=time(23, 59)).pk,
        "blackout_id": blackout_create(account=angry, starts_at=now + timedelta(days=1), ends_at=now + timedelta(days=2)).pk,
        "alert_id": price_alert_create(account=angry, symbol="BTC/USDT", condition="above", price=Decimal("90000")).pk,
        "job_id": backtest_job_create(trader=yun_qiang, account=angry, days=1, initial_capital=Decimal("1000"), actor=None).pk,
        "bot_id": bot_create(name="angry-grid", account=angry, strategy="grid", symbols=["BTC/USDT"], enabled=False).pk,
    }


@pytest.fixture
def outsider(woods1):
    """The owner of woods1 only: the strongest role, on the wrong account."""
    return make_user("outsider", accounts=[woods1], role=Membership.Role.OWNER)


# --- What "nothing of B changed" means --------------------------------------------------------
def account_owned_models() -> list:
    """Every model with a foreign key to Account (positions, orders, fills, decisions, audit ...),
    found from the app registry so a model added later is watched without editing this file."""
    owned = []
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if getattr(field, "many_to_one", False) and field.related_model is Account and field.concrete:
                owned.append((model, field.name))
    return owned


def snapshot_of(account: Account) -> dict:
    """Every row the account owns, and the account row itself, as plain values."""
    rows = {"accounts.Account": list(Account.objects.filter(pk=account.pk).values())}
    for model, field in account_owned_models():
        label = f"{model._meta.label}.{field}"
        rows[label] = list(model.objects.filter(**{field: account}).order_by("pk").values())
    return rows


def pytest_terminal_summary(terminalreporter):
    """The number of schemathesis cases run, for the README (also written to a JSON file)."""
    import sys

    module = sys.modules.get("tests.security.test_schemathesis")
    cases = getattr(module, "cases_run", None)
    if cases:
        terminalreporter.write_line(f"schemathesis: {sum(cases.values())} generated cases over {len(cases)} operations")
