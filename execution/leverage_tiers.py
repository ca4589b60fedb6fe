"""Binance USDⓈ-M maintenance-margin tiers: fetched through ccxt, kept in the cache, read without I/O.

Where the tiers come from (ccxt 4.5, ``ccxt/binance.py``):
- ``binanceusdm.fetch_leverage_tiers()`` loads the markets, then calls
  ``fapiPrivateGetLeverageBracket`` (GET /fapi/v1/leverageBracket). Binance lists that endpoint as
  USER_DATA and ccxt has no public variant of it: without ``apiKey`` and ``secret`` ccxt's
  ``sign`` raises ``AuthenticationError`` before anything is sent. Hence a refresh borrows the
  Binance USDⓈ-M key an account stores for live trading, on the main exchange only (demo trading
  is a separate environment whose tiers Binance does not promise to match). With no such key, a
  refresh does nothing and the built-in tables below apply.
- ``parse_market_leverage_tiers`` maps each bracket to ``minNotional`` (``notionalFloor``),
  ``maxNotional`` (``notionalCap``), ``maintenanceMarginRate`` (``maintMarginRatio``) and
  ``maxLeverage`` (``initialLeverage``). Binance's ``cum`` (the maintenance amount) is not a
  unified field: it stays in each tier's ``info``, and we read it there.
- Only markets ccxt has loaded are returned, keyed by unified symbol (``XRP/USDT:USDT``); we keep
  the perpetuals, under our own symbol (``XRP/USDT``).

Tables are cached per symbol for ``TIERS_TTL_SECONDS``; the beat schedule refreshes them daily, so
a few failed refreshes in a row (exchange down, key revoked) keep the last good table. Reading
(``brackets_for``) is one cache get: the position monitor prices liquidation on every tick.
"""
from __future__ import annotations

import decimal
import logging
import re
import time
from dataclasses import dataclass
from decimal import Decimal

import ccxt
from django.core.cache import cache

from echotrade.fields import ZERO
from echotrade.throttles import CACHE_OUTAGE
from execution.credentials import CredentialsKeyMissing, CredentialsUnreadable
from execution.exchanges.live import make_client
from execution.models import ExchangeCredential

logger = logging.getLogger(__name__)

TIERS_TTL_SECONDS = 3 * 24 * 3600
CACHE_KEY = "execution:leverage_tiers:v1:{symbol}"


@dataclass(frozen=True)
class Bracket:
    floor: Decimal  # notional at which this tier starts
    rate: Decimal  # maintenance margin rate
    amount: Decimal  # maintenance amount ("cum")


def brackets_from_rates(tiers: list[tuple[str, str]]) -> list[Bracket]:
    """Build a table from (floor, rate) pairs; cum_k = cum_{k-1} + floor_k * (rate_k - rate_{k-1})."""
    result: list[Bracket] = []
    amount, previous_rate = ZERO, None
    for floor, rate in tiers:
        floor_d, rate_d = Decimal(floor), Decimal(rate)
        if previous_rate is not None:
            amount += floor_d * (rate_d - previous_rate)
        result.append(Bracket(floor_d, rate_d, amount))
        previous_rate = rate_d
    return result


# The fallback: Binance's published BTCUSDT tiers (used for majors) and a typical altcoin table.
MAJOR_BRACKETS = brackets_from_rates([
    ("0", "0.004"), ("50000", "0.005"), ("250000", "0.01"), ("1000000", "0.025"),
    ("10000000", "0.05"), ("20000000", "0.1"), ("50000000", "0.125"), ("100000000", "0.15"),
    ("200000000", "0.25"), ("300000000", "0.5"),
])
ALT_BRACKETS = brackets_from_rates([
    ("0", "0.01"), ("5000", "0.025"), ("25000", "0.05"), ("100000", "0.1"),
    ("250000", "0.125"), ("1000000", "0.25"), ("5000000", "0.5"),
])
MAJORS = {"BTC", "ETH"}


def built_in_brackets(symbol: str) -> list[Bracket]:
    return MAJOR_BRACKETS if symbol.split("/")[0] in MAJORS else ALT_BRACKETS


# A copy into hundreds of accounts prices a liquidation for each: the table read from the cache is
# kept in the process for a little while (the tables change once a day), not fetched per account.
RECENT_SECONDS = 30
_recent: dict[str, tuple[float, list[Bracket] | None]] = {}


def cached_brackets(symbol: str) -> list[Bracket] | None:
    """The exchange's table for ``symbol`` from the last refresh, or None."""
    kept = _recent.get(symbol)
    if kept is not None and kept[0] > time.monotonic():
        return kept[1]
    try:
        rows = cache.get(CACHE_KEY.format(symbol=symbol))
    except CACHE_OUTAGE as error:
        # Liquidation prices must not stop with the cache: the built-in table stands in.
        logger.warning("Leverage tiers for %s not read: the cache is unreachable (%s)", symbol, error)
        return None
    table = [Bracket(Decimal(floor), Decimal(rate), Decimal(amount)) for floor, rate, amount in rows] if rows else None
    _recent[symbol] = (time.monotonic() + RECENT_SECONDS, table)
    return table


def recent_forget() -> None:
    """Drop the tables kept in this process: the next read goes to the cache."""
    _recent.clear()


def brackets_for(symbol: str) -> list[Bracket]:
    """The maintenance tiers of ``symbol`` (``BASE/QUOTE``): Binance's, else the built-in table."""
    return cached_brackets(symbol) or built_in_brackets(symbol)


def brackets_from_ccxt(tiers: list[dict]) -> list[Bracket]:
    """ccxt's leverage-tier structures as a table, with Binance's own ``cum`` where it gives one."""
    table = brackets_from_rates([(str(t["minNotional"]), str(t["maintenanceMarginRate"])) for t in tiers])
    result = []
    for bracket, tier in zip(table, tiers):
        cum = (tier.get("info") or {}).get("cum")
        result.append(bracket if cum is None else Bracket(bracket.floor, bracket.rate, Decimal(str(cum))))
    return result


def leverage_tiers_store(tables: dict[str, list[Bracket]]) -> None:
    # Plain strings, not pickled Brackets: a cached value must outlive a change to this class.
    rows = {
        CACHE_KEY.format(symbol=symbol): [[str(b.floor), str(b.rate), str(b.amount)] for b in table]
        for symbol, table in tables.items()
    }
    cache.set_many(rows, timeout=TIERS_TTL_SECONDS)
    recent_forget()


def tiers_credential() -> ExchangeCredential | None:
    """A Binance USDⓈ-M key on the main exchange (the bracket endpoint is signed), the oldest first."""
    return (
        ExchangeCredential.objects.filter(
            exchange__in=[ExchangeCredential.Exchange.BINANCE, ExchangeCredential.Exchange.BINANCEUSDM],
            market_type=ExchangeCredential.MarketType.USDM, sandbox=False,
        ).order_by("pk").first()
    )


def leverage_tiers_refresh() -> dict:
    """Fetch Binance's tiers for every USDⓈ-M perpetual and cache them; safe to run twice.

    Never raises for the exchange or the key: a failed fetch leaves the tables already cached.
    """
    credential = tiers_credential()
    if credential is None:
        return {"status": "skipped", "detail": "no Binance USDⓈ-M key on the main exchange; built-in tiers apply"}
    try:
        client = make_client(credential)
        # ccxt's decimal_to_precision changes the thread's decimal context and leaves it so.
        with decimal.localcontext():
            fetched = client.fetch_leverage_tiers()
    except (CredentialsKeyMissing, CredentialsUnreadable) as error:
        logger.warning("Leverage tiers not refreshed: the stored key cannot be read (%s)", error.message)
        return {"status": "failed", "detail": error.message}
    except ccxt.BaseError as error:
        # Retried by tomorrow's run; the cached tables (or the built-in ones) stay meanwhile.
        # ccxt puts the signed URL in some messages: the signature has no place in a log.
        detail = re.sub(r"signature=[^&\s\"']+", "signature=***", f"{type(error).__name__}: {error}")[:240]
        logger.warning("Leverage tiers not refreshed: %s", detail)
        return {"status": "failed", "detail": detail}
    tables = {
        symbol.split(":")[0]: brackets_from_ccxt(tiers)
        for symbol, tiers in fetched.items()
        if tiers and ":" in symbol and "-" not in symbol  # perpetuals only; a dated future has "-YYMMDD"
    }
    leverage_tiers_store(tables)
    return {"status": "refreshed", "symbols": len(tables)}
