"""Fixtures for the signal-source endpoints: a TradingView trader with a webhook passphrase."""
from decimal import Decimal

import pytest
from django.core.cache import cache
from rest_framework.test import APIClient

from signals.services.sources import trader_set_webhook_secret
from traders.services import trader_create

PASSPHRASE = "tv-passphrase-0123456789"


@pytest.fixture(autouse=True)
def empty_cache():
    """Throttle counters and cached candles live in the cache: no test sees another's."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def tv_momentum(accounts):
    """A TradingView strategy every account follows, with its webhook passphrase set."""
    trader = trader_create(
        id="tv_momentum", name="TV Momentum", source="tradingview", min_confidence=Decimal("0.7"),
        default_confidence=Decimal("0.9"), max_leverage=10, priority=3,
    )
    return trader_set_webhook_secret(trader=trader, secret=PASSPHRASE, actor=None)


@pytest.fixture
def anonymous() -> APIClient:
    return APIClient()
