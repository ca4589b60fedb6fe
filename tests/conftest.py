"""Named fixtures shared by the suite: the demo's three accounts, its two known traders, a market.

One way to build test data (STYLE.md): these fixtures, which go through the same services the
product uses where one exists.
"""
from __future__ import annotations

import os
from decimal import Decimal

import pytest
from channels.layers import get_channel_layer
from django.contrib.auth.models import User
from rest_framework.test import APIClient

from operations.management.commands.seed_demo import ACCOUNTS as DEMO_ACCOUNTS
from accounts.models import Account, Membership
from execution.market.services import quote_set
from traders.services import trader_create

# Property tests explore new examples on every local run (that is how they find bugs), but CI
# replays a fixed sequence: a landing must not depend on the luck of the draw. A failure found
# locally becomes a named regression test.
from hypothesis import settings as hypothesis_settings  # noqa: E402

hypothesis_settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("ECHOTRADE_REQUIRE_SERVICES"):
    hypothesis_settings.load_profile("ci")

# The demo's own profiles, so the tests exercise exactly what seed_demo creates.
PROFILES = {name: {k: v for k, v in profile.items() if k != "description"} for name, profile in DEMO_ACCOUNTS.items()}


def make_account(name: str, **overrides) -> Account:
    fields = {"starting_balance": Decimal("100000"), "cash": Decimal("100000"), **PROFILES.get(name, {}), **overrides}
    return Account.objects.create(name=name, **fields)


@pytest.fixture
def woods1(db) -> Account:
    return make_account("woods1")


@pytest.fixture
def angry(db) -> Account:
    return make_account("angry")


@pytest.fixture
def handjob(db) -> Account:
    return make_account("handjob")


@pytest.fixture
def accounts(woods1, angry, handjob) -> dict[str, Account]:
    return {"woods1": woods1, "angry": angry, "handjob": handjob}


@pytest.fixture
def yun_qiang(accounts):
    """Created after the accounts, so every account follows it (as trader_create does)."""
    return trader_create(
        id="yun_qiang", name="Yun Qiang", source="binance", position_multiplier=Decimal("1.0"),
        min_confidence=Decimal("0.7"), max_leverage=10, priority=1,
    )


@pytest.fixture
def crypto_loby(accounts):
    return trader_create(
        id="crypto_loby", name="Crypto Loby", source="binance", position_multiplier=Decimal("1.0"),
        min_confidence=Decimal("0.75"), max_leverage=5, priority=2,
    )


@pytest.fixture
def market(db):
    """BTC at 67,000 with a one-dollar spread, ETH at 3,200: the prices orders fill against."""
    return {
        "BTC/USDT": quote_set(symbol="BTC/USDT", price=Decimal("67000"), bid=Decimal("66999"), ask=Decimal("67001")),
        "ETH/USDT": quote_set(symbol="ETH/USDT", price=Decimal("3200"), bid=Decimal("3199.9"), ask=Decimal("3200.1")),
    }


def make_user(username: str, *, accounts=(), role: str = Membership.Role.TRADER, staff: bool = False) -> User:
    user = User.objects.create_user(username=username, password="pw-" + username, is_staff=staff)
    for account in accounts:
        Membership.objects.create(user=user, account=account, role=role)
    return user


@pytest.fixture
def staff_user(accounts) -> User:
    return make_user("ops", accounts=accounts.values(), role=Membership.Role.OWNER, staff=True)


@pytest.fixture
def api(staff_user) -> APIClient:
    """A logged-in staff member of all three accounts."""
    client = APIClient()
    client.force_authenticate(staff_user)
    return client


# --- transaction.on_commit -----------------------------------------------------------------
# A test runs inside a transaction that is rolled back, never committed, so by default the tasks,
# pushes and notifications services send "after commit" never run: Django's own semantics, which
# keep a test from passing on a push sent before its data is committed. A test that needs them
# wraps the action, and they run as the block ends, minus any registered in a rolled-back savepoint:
#
#     with django_capture_on_commit_callbacks(execute=True):
#         api.post("/api/positions/7/close", ...)
#
# Helpers without fixtures use tests.helpers.committed() (send_signal does, for one delivered
# signal). Tests marked ``django_db(transaction=True)`` commit for real and need nothing.
@pytest.fixture
def outermost_atomic_commits(db, monkeypatch, django_capture_on_commit_callbacks):
    """Each outermost ``atomic`` block commits as in production: its callbacks run as it exits.

    For a test whose request answers with what an after-commit task did (``POST /api/signals``
    answers with the copy task's decisions, a backtest with its result, Celery being eager): the
    view holds no transaction, so the service's own block is the outermost one and commits before
    the answer is built. Wrapping the request would run the task only after the answer. Blocks
    inside the test's own transaction are savepoints; this treats the top ones as commits.
    """
    from django.db import transaction

    connection = transaction.get_connection()
    base = len(connection.atomic_blocks)  # the test's own blocks
    enter, exit_ = transaction.Atomic.__enter__, transaction.Atomic.__exit__
    open_blocks = []

    def outermost(block) -> bool:
        return transaction.get_connection(block.using) is connection and len(connection.atomic_blocks) == base

    def atomic_enter(block):
        if outermost(block):
            capture = django_capture_on_commit_callbacks(execute=True)
            capture.__enter__()
            open_blocks.append((capture, len(connection.run_on_commit)))
        return enter(block)

    def atomic_exit(block, exc_type, exc_value, traceback):
        try:
            return exit_(block, exc_type, exc_value, traceback)
        finally:
            if outermost(block) and open_blocks:
                # A rolled-back block has already dropped its callbacks; the rest run now, once.
                capture, start = open_blocks.pop()
                capture.__exit__(None, None, None)
                del connection.run_on_commit[start:]

    monkeypatch.setattr(transaction.Atomic, "__enter__", atomic_enter)
    monkeypatch.setattr(transaction.Atomic, "__exit__", atomic_exit)


@pytest.fixture
def pushed(monkeypatch) -> list[tuple[str, dict]]:
    """Every message that left for the websocket clients, in order (a client listens on every group)."""
    layer, sent = get_channel_layer(), []

    async def group_send(group, message):
        sent.append((group, message))

    monkeypatch.setattr(layer, "group_send", group_send)
    # The in-memory layer sends nothing to a group with no member in this process.
    monkeypatch.setattr(layer, "groups", _EveryGroupHasAClient())
    return sent


class _EveryGroupHasAClient(dict):
    def get(self, group, default=None):
        return {"test-client": float("inf")}


@pytest.fixture(autouse=True)
def default_decimal_context():
    """Each test starts with Python's default decimal context. Tests that drive ccxt directly let it
    change the thread's rounding and traps (our own ccxt calls are guarded; see
    tests/live_exchange/test_live_adapter.py), and that must not reach the next test."""
    import decimal

    decimal.setcontext(decimal.Context())


@pytest.fixture(autouse=True)
def empty_cache():
    """Rate-limit counters live in the cache (LocMem in tests, shared by the whole run): every test
    starts with none, so one test's logins or posts never throttle the next one. The leverage
    tiers a process keeps from the cache go with it."""
    from django.core.cache import cache

    from execution.leverage_tiers import recent_forget

    cache.clear()
    recent_forget()


@pytest.fixture(autouse=True)
def fresh_price_source():
    """Each test starts its own sim walk, so no test depends on another's prices."""
    from execution.market.sources import reset_price_source

    reset_price_source()
    yield
    reset_price_source()


# --- Service-backed tests ---------------------------------------------------------------------
# They run whenever the service is there. On a bare machine they skip; with
# ECHOTRADE_REQUIRE_SERVICES=1 (set by .ci/run) a missing service fails the run instead.
def require_service(name: str, available: bool, why: str) -> None:
    if available:
        return
    if os.environ.get("ECHOTRADE_REQUIRE_SERVICES") == "1":
        pytest.fail(f"{name} is required (ECHOTRADE_REQUIRE_SERVICES=1) but {why}")
    pytest.skip(f"{name} not available: {why}")


@pytest.fixture
def postgres_db():
    """For tests whose point is real concurrency: SQLite serialises all writers, PostgreSQL does not."""
    from django.db import connection

    require_service(
        "PostgreSQL", connection.vendor == "postgresql",
        f"the test database is {connection.vendor}; set DATABASE_URL=postgres://…",
    )


def pytest_configure(config):
    if os.environ.get("ECHOTRADE_REQUIRE_SERVICES") == "1":
        from django.conf import settings

        engine = settings.DATABASES["default"]["ENGINE"]
        if "postgresql" not in engine:
            raise pytest.UsageError("ECHOTRADE_REQUIRE_SERVICES=1 needs DATABASE_URL to point at PostgreSQL.")
