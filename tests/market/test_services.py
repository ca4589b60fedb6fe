import logging
from datetime import timedelta
from decimal import Decimal

import pytest
from django.test import override_settings
from django.utils import timezone

from echotrade.exceptions import InvalidInput, MarketDataUnavailable
from execution.market import MarketQuote, quote_get, quote_record, quote_set, quotes_refresh
from execution.market import sources as market_sources
from execution.models import Quote

pytestmark = pytest.mark.django_db


class BrokenSource:
    name = "broken"

    def quote(self, symbol):
        raise MarketDataUnavailable("the exchange is down")


@pytest.fixture
def broken_source(monkeypatch):
    monkeypatch.setattr(market_sources, "price_source_from_setting", lambda value, seed: BrokenSource())


def age(quote: Quote, seconds: int) -> None:
    Quote.objects.filter(pk=quote.pk).update(ts=timezone.now() - timedelta(seconds=seconds))


def market_quote(**overrides) -> MarketQuote:
    values = dict(
        symbol="BTC/USDT", price=Decimal("67000.123456789"), bid=Decimal("66999"), ask=Decimal("67001"),
        volume=Decimal("12.5"), change_24h=Decimal("1.23456"), ts=timezone.now(), source="sim",
    )
    return MarketQuote(**(values | overrides))


def test_quote_record_creates_then_updates_one_row_per_symbol():
    quote_record(quote=market_quote())
    row = quote_record(quote=market_quote(price=Decimal("68000"), bid=Decimal("67999"), ask=Decimal("68001")))
    assert Quote.objects.count() == 1
    assert Quote.objects.get(symbol="BTC/USDT").price == Decimal("68000")
    assert row.price == Decimal("68000")


def test_quote_record_stores_money_at_eight_places():
    row = quote_record(quote=market_quote())
    assert row.price == Decimal("67000.12345679")
    assert row.change_24h == Decimal("1.2346")
    assert Quote.objects.get(pk="BTC/USDT").price == row.price


def test_quote_get_serves_a_fresh_stored_quote_without_asking_the_source(broken_source):
    quote_set(symbol="BTC/USDT", price=Decimal("50000"))
    assert quote_get(symbol="BTC/USDT").price == Decimal("50000")


def test_quote_get_fetches_and_records_a_missing_quote():
    quote = quote_get(symbol="ETH/USDT")
    assert quote.source == "sim"
    assert Quote.objects.get(symbol="ETH/USDT").price == quote.price


def test_quote_get_refreshes_stale_quote():
    stale = quote_set(symbol="BTC/USDT", price=Decimal("50000"))
    age(stale, 16)
    quote = quote_get(symbol="BTC/USDT")
    assert quote.source == "sim"
    assert quote.price != Decimal("50000")
    assert timezone.now() - quote.ts < timedelta(seconds=5)


def test_quote_get_honours_the_max_age_argument_and_setting():
    quote_set(symbol="BTC/USDT", price=Decimal("50000"))
    age(Quote.objects.get(pk="BTC/USDT"), 10)
    assert quote_get(symbol="BTC/USDT").price == Decimal("50000")  # default 15 s
    assert quote_get(symbol="BTC/USDT", max_age_seconds=5).source == "sim"
    age(Quote.objects.get(pk="BTC/USDT"), 10)
    with override_settings(QUOTE_MAX_AGE_SECONDS=5):
        assert quote_get(symbol="BTC/USDT").ts > timezone.now() - timedelta(seconds=5)


def test_quote_get_refuses_stale_quote_when_source_fails(broken_source):
    stale = quote_set(symbol="BTC/USDT", price=Decimal("50000"))
    age(stale, 120)
    with pytest.raises(MarketDataUnavailable, match=r"last one is 12\ds old.*the exchange is down"):
        quote_get(symbol="BTC/USDT")


def test_quote_get_without_any_quote_raises_when_source_fails(broken_source):
    with pytest.raises(MarketDataUnavailable, match="the exchange is down"):
        quote_get(symbol="BTC/USDT")


def test_quotes_refresh_records_each_symbol_and_skips_failures(caplog):
    with caplog.at_level(logging.WARNING, logger="execution.market.services"):
        recorded = quotes_refresh(symbols=["BTC/USDT", "BTC/EUR", "ETH/USDT", "BTC/USDT"])
    assert [quote.symbol for quote in recorded] == ["BTC/USDT", "ETH/USDT"]
    assert set(Quote.objects.values_list("symbol", flat=True)) == {"BTC/USDT", "ETH/USDT"}
    assert "BTC/EUR" in caplog.text


def test_quote_set_defaults_bid_and_ask_to_the_price():
    quote = quote_set(symbol="SOL/USDT", price=Decimal("150.5"))
    assert (quote.price, quote.bid, quote.ask) == (Decimal("150.5"), Decimal("150.5"), Decimal("150.5"))
    assert quote.source == "manual"
    assert quote.volume == 0 and quote.change_24h == 0


def test_quote_set_moves_the_market_for_quote_get():
    quote_set(symbol="BTC/USDT", price=Decimal("60000"), bid=Decimal("59990"), ask=Decimal("60010"), source="test")
    quote = quote_get(symbol="BTC/USDT")
    assert (quote.bid, quote.ask, quote.source) == (Decimal("59990"), Decimal("60010"), "test")


@pytest.mark.parametrize(
    "values",
    [{"price": Decimal("0")}, {"price": Decimal("10"), "bid": Decimal("11"), "ask": Decimal("10.5")}],
)
def test_quote_set_refuses_an_insane_quote(values):
    with pytest.raises(InvalidInput):
        quote_set(symbol="BTC/USDT", **values)
