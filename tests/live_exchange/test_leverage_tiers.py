"""Binance's maintenance tiers through ccxt into the cache, and the liquidation price that reads them.

The bracket answer is Binance's /fapi/v1/leverageBracket for BTCUSDT, XRPUSDT and BNBUSDT with the
tiers freqtrade's tests use (``leverage_tiers`` fixture, ../shared/data/reference/), fed to ccxt's
own request signing and parsing by the recorder in conftest.py.
"""
from __future__ import annotations

import json
from decimal import Decimal
from urllib.parse import urlsplit

import ccxt
import pytest
import requests

from echotrade.celery import app
from execution.leverage_tiers import ALT_BRACKETS, MAJOR_BRACKETS, Bracket, leverage_tiers_refresh
from execution.liquidation import bracket_for, liquidation_price
from execution.tasks import refresh_leverage_tiers
from operations.schedules import schedule_definitions
from tests.live_exchange.conftest import API_KEY
from tests.shared_data import shared_data

D = Decimal
BRACKETS = "/fapi/v1/leverageBracket"
MARKETS = "/fapi/v1/exchangeInfo"
REFERENCE = shared_data("reference/freqtrade_binance_liquidation.json")
# 4,000 XRP long at 0.5 on 10x: 2,000 notional, in the first tier of either table.
XRP_LONG = {"symbol": "XRP/USDT", "side": "long", "quantity": D("4000"), "entry_price": D("0.5"), "margin": D("200")}


def reference() -> dict:
    if not REFERENCE.exists():
        pytest.skip("the shared reference data is not beside this checkout")
    return json.loads(REFERENCE.read_text())


@pytest.fixture
def mainnet_futures_key(store_key):
    return store_key(exchange="binance", market_type="usdm", sandbox=False)


@pytest.fixture
def binance_tiers(exchange_http):
    """Queue one refresh's answers: the markets (with XRPUSDT and BNBUSDT), then the brackets."""

    def answer(brackets="fapi_leverageBracket_btc_xrp_bnb.json", status=200):
        exchange_http.answer("GET", MARKETS, "fapi_v1_exchangeInfo_btc_eth_xrp_bnb.json")
        exchange_http.answer("GET", BRACKETS, brackets, status=status)

    return answer


def test_a_refresh_caches_binances_tiers_and_xrp_starts_at_two_and_a_half_percent(
    mainnet_futures_key, binance_tiers, exchange_http
):
    binance_tiers()

    assert leverage_tiers_refresh() == {"status": "refreshed", "symbols": 3}

    [sent] = exchange_http.calls("GET", BRACKETS)
    assert urlsplit(sent.url).hostname == "fapi.binance.com"
    assert "signature" in exchange_http.params(sent) and sent.headers["X-MBX-APIKEY"] == API_KEY
    assert bracket_for("XRP/USDT", D("2000")) == Bracket(D("0"), D("0.025"), D("0"))
    assert bracket_for("XRP/USDT", D("100000")) == Bracket(D("100000"), D("0.05"), D("2500"))


def test_the_liquidation_price_of_an_xrp_position_uses_the_fetched_tier(mainnet_futures_key, binance_tiers):
    binance_tiers()
    leverage_tiers_refresh()

    # (200 + 0 - 2000) / (4000 × 0.025 - 4000); the built-in 1 % tier would give 0.45454545.
    assert liquidation_price(**XRP_LONG) == D("0.46153846")
    assert liquidation_price(**{**XRP_LONG, "side": "short"}) == D("0.53658537")


def test_with_nothing_cached_the_built_in_tables_apply():
    assert bracket_for("XRP/USDT", D("2000")) == ALT_BRACKETS[0]
    assert bracket_for("BTC/USDT", D("2000")) == MAJOR_BRACKETS[0]
    assert liquidation_price(**XRP_LONG) == D("0.45454545")


def test_a_symbol_binance_did_not_answer_for_keeps_the_built_in_table(mainnet_futures_key, binance_tiers):
    binance_tiers()
    leverage_tiers_refresh()

    assert bracket_for("ETH/USDT", D("60000")) == MAJOR_BRACKETS[1]  # ETHUSDT is listed, its brackets were not sent
    assert bracket_for("DOGE/USDT", D("2000")) == ALT_BRACKETS[0]


def test_a_failed_fetch_keeps_the_table_already_cached(mainnet_futures_key, binance_tiers, exchange_http):
    binance_tiers()
    leverage_tiers_refresh()
    binance_tiers(brackets=requests.exceptions.ConnectionError("Connection reset by peer"))

    result = leverage_tiers_refresh()

    assert result["status"] == "failed" and result["detail"].startswith("NetworkError")
    assert result["detail"].endswith("signature=***")  # ccxt's message carries the signed URL
    assert len(exchange_http.calls("GET", BRACKETS)) == 2  # the second one reached ccxt's transport and broke
    assert bracket_for("XRP/USDT", D("2000")).rate == D("0.025")


def test_a_failed_fetch_with_nothing_cached_leaves_the_built_in_tables(mainnet_futures_key, binance_tiers):
    binance_tiers(brackets=requests.exceptions.ReadTimeout("read timed out"))

    assert leverage_tiers_refresh()["status"] == "failed"
    assert liquidation_price(**XRP_LONG) == D("0.45454545")


def test_a_refused_key_leaves_the_built_in_tables(mainnet_futures_key, binance_tiers):
    binance_tiers(brackets={"code": -2015, "msg": "Invalid API-key, IP, or permissions for action."}, status=401)

    result = leverage_tiers_refresh()

    assert result["status"] == "failed" and result["detail"].startswith("AuthenticationError")
    assert "-2015" in result["detail"] and API_KEY not in result["detail"]
    assert bracket_for("XRP/USDT", D("2000")) == ALT_BRACKETS[0]


@pytest.mark.parametrize("key", [
    None,
    {"exchange": "binance", "market_type": "usdm", "sandbox": True},  # demo trading: not Binance's live tiers
    {"exchange": "binance", "market_type": "spot", "sandbox": False},
])
def test_without_a_mainnet_futures_key_nothing_is_fetched(key, store_key, exchange_http):
    if key:
        store_key(**key)

    assert leverage_tiers_refresh()["status"] == "skipped"
    assert exchange_http.requests == []
    assert bracket_for("XRP/USDT", D("2000")) == ALT_BRACKETS[0]


def test_ccxt_asks_for_a_key_before_it_sends_for_binances_brackets(exchange_http):
    """Why a refresh needs a stored key: ccxt has no public variant of the bracket endpoint."""
    client = ccxt.binanceusdm({"options": {"fetchMarkets": {"types": ["linear"]}}})

    with pytest.raises(ccxt.AuthenticationError, match='requires "apiKey"'):
        client.fetch_leverage_tiers()
    assert exchange_http.calls("GET", BRACKETS) == []


def test_the_refresh_is_a_worker_task_that_beat_runs_daily(mainnet_futures_key, binance_tiers):
    app.loader.import_default_modules()  # what a worker does at start: <app>/tasks.py only
    assert "execution.tasks.refresh_leverage_tiers" in app.tasks
    [entry] = [d for d in schedule_definitions() if d["task"] == "execution.tasks.refresh_leverage_tiers"]
    assert (entry["crontab"].minute, entry["crontab"].hour, entry["crontab"].day_of_week) == ("5", "0", "*")
    binance_tiers()

    refresh_leverage_tiers.delay()  # eager in tests: runs here

    assert bracket_for("XRP/USDT", D("2000")).rate == D("0.025")


# --- freqtrade's reference rows (../shared/data/reference/) --------------------------------------------
def test_the_fetched_tiers_give_freqtrades_maintenance_rate_and_amount(mainnet_futures_key, binance_tiers):
    binance_tiers()
    leverage_tiers_refresh()

    for row in reference()["test_get_maintenance_ratio_and_amt_binance"]:
        symbol = row["pair"].split(":")[0]
        bracket = bracket_for(symbol, D(str(row["notional"])))
        assert (bracket.rate, bracket.amount) == (D(str(row["mm_ratio"])), D(str(row["maint_amt"]))), row


def test_the_isolated_formula_matches_freqtrades_binance_rows():
    data = reference()
    rows = [r for r in data["test_liquidation_price_binance"] if r["margin_mode"] == "isolated"]
    assert rows
    for row in rows:
        price = liquidation_price(
            symbol=row["pair"].split(":")[0], side="short" if row["is_short"] else "long",
            quantity=D(str(row["amount"])), entry_price=D(str(row["open_rate"])),
            margin=D(str(row["wallet_balance"])),
            brackets=[Bracket(D("0"), D(str(row["mm_ratio"])), D(str(row["maintenance_amt"])))],
        )
        assert price.quantize(D("0.01")) == D(str(row["expected"])), row


def test_the_formula_matches_freqtrades_get_liquidation_price_rows_for_binance():
    data = reference()["test_get_liquidation_price"]
    tier = [Bracket(D("0"), D(str(data["mm_ratio"])), D(str(data["maintenance_amt"])))]
    rows = [r for r in data["rows"] if r["exchange"] == "binance"]
    assert len(rows) == 8
    for row in rows:
        quantity, entry = D(str(row["amount"])), D(str(row["open_rate"]))
        price = liquidation_price(
            symbol="ETH/USDT", side="short" if row["is_short"] else "long", quantity=quantity, entry_price=entry,
            margin=quantity * entry / D(str(row["leverage"])), brackets=tier,
        )
        assert float(price) == pytest.approx(row["expected_liq"], rel=1e-6), row
