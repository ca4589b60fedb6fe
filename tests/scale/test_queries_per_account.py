"""The copy pipeline's cost per account, counted in queries.

Issue 14's goal is at most 6 per account plus a constant. A chunk of accounts is locked in one
query, its screening state loaded once, and its positions, orders, fills, cash, decisions and
audit events written in one statement per kind of row (it was 27 per account, then 13–14), so an
extra account now costs no extra query; the bound is the goal, and a change that puts a query back
in the per-account loop trips it as soon as it adds more than a handful.

Counting queries is deterministic, unlike timing: the slope between a desk of a few accounts and
one of a dozen more is what each extra account costs, whatever the machine.
"""
from __future__ import annotations

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.models import Account
from execution.market.services import quote_set
from signals.models import SignalDecision
from signals.services import SignalInput, signal_decide, signal_ingest
from traders.services import follow_set, trader_create

pytestmark = pytest.mark.django_db

MAX_QUERIES_PER_ACCOUNT = 6  # issue 14's goal


def _desk(size: int, trader_id: str) -> list[Account]:
    accounts = [
        Account.objects.create(
            name=f"{trader_id}-{i}", max_leverage=20, max_open_positions=100, min_confidence=Decimal("0.5")
        )
        for i in range(size)
    ]
    trader = trader_create(
        id=trader_id, name=trader_id, min_confidence=Decimal("0.5"), max_leverage=10, follow_all_accounts=False
    )
    for account in accounts:
        follow_set(account=account, trader=trader, enabled=True)
    return accounts


def _queries_to_copy(trader_id: str, **fields) -> int:
    signal, _ = signal_ingest(data=SignalInput(
        trader=trader_id, symbol="BTC/USDT", side="long", confidence="0.9", leverage=5,
        external_id=f"{trader_id}-q", **fields,
    ))
    with CaptureQueriesContext(connection) as queries:
        decisions = signal_decide(signal=signal)
    assert {d.outcome for d in decisions} == {"executed"}, [d.detail for d in decisions]
    return len(queries)


@pytest.mark.parametrize("fields", [
    {},  # a market entry without protection
    {"stop_loss": "60000", "take_profits": ["68000", "69000", "70000"]},  # a stop and a ladder of targets
], ids=["market", "protected"])
def test_each_executed_account_costs_at_most_6_queries(fields):
    quote_set(symbol="BTC/USDT", price=Decimal("67000"), bid=Decimal("66999"), ask=Decimal("67001"))
    small, large = 3, 13
    _desk(small, "few")
    _desk(large, "many")
    few, many = _queries_to_copy("few", **fields), _queries_to_copy("many", **fields)
    per_account = (many - few) / (large - small)
    assert SignalDecision.objects.count() == small + large
    assert per_account <= MAX_QUERIES_PER_ACCOUNT, f"{per_account} queries per account ({few} for {small}, {many} for {large})"
