"""Which price source is live: built from ``settings.MARKET_DATA`` once per process.

One instance per process matters: the simulator's walk and the replay's cursor live in the
instance, and ccxt caches the exchange's market list in it (a megabyte download on Binance).
"""
from __future__ import annotations

import threading
from contextlib import contextmanager

from django.conf import settings

from .auto import AutoPriceSource
from .base import PriceSource
from .ccxt_source import CcxtPriceSource
from .replay import ReplayPriceSource
from .sim import SimPriceSource

VALID_FORMS = '"auto", "sim", "replay:<path to candles.csv>" or "ccxt:<exchange id>"'

_lock = threading.Lock()
_cached: tuple[tuple[str, int], PriceSource] | None = None


def price_source_from_setting(value: str, seed: int) -> PriceSource:
    value = value.strip()
    if value == "sim":
        return SimPriceSource(seed)
    if value == "auto":
        return AutoPriceSource(CcxtPriceSource("binance"), SimPriceSource(seed))
    kind, _, argument = value.partition(":")
    if kind == "replay" and argument:
        return ReplayPriceSource(argument)
    if kind == "ccxt" and argument:
        return CcxtPriceSource(argument)
    raise ValueError(f"MARKET_DATA={value!r} is not valid; use {VALID_FORMS}.")


def get_price_source() -> PriceSource:
    """The process-wide source. Rebuilt when the settings change (``override_settings`` in a
    test), so a test never gets the source an earlier test configured."""
    global _cached
    key = (settings.MARKET_DATA, settings.MARKET_DATA_SEED)
    with _lock:
        if _cached is None or _cached[0] != key:
            _cached = (key, price_source_from_setting(*key))
        return _cached[1]


@contextmanager
def price_source_used(source: PriceSource):
    """Make ``source`` the process's price source for the block, then restore the one before
    (the demo's backfill replays history through every reader of prices: candles, ``quote_get``)."""
    global _cached
    key = (settings.MARKET_DATA, settings.MARKET_DATA_SEED)
    with _lock:
        previous, _cached = _cached, (key, source)
    try:
        yield source
    finally:
        with _lock:
            _cached = previous


def reset_price_source() -> None:
    """Forget the cached source: the next call starts a fresh walk/replay (for tests)."""
    global _cached
    with _lock:
        _cached = None
