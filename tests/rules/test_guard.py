"""The plausibility guard (signals/guard.py), pure: each check, its code, its field, and what a
missing price does."""
from decimal import Decimal as D

import pytest

from echotrade.exceptions import MarketDataUnavailable, MarketNotListed
from signals.guard import Check, distance_failures, guard, sides_failures, symbol_check


def run(**overrides):
    fields = {
        "symbol": "BTC/USDT", "side": "long", "entries": [D(67000)], "stop_loss": D(65000),
        "take_profits": [D(69000), D(71000)], "market": D(67100), "max_deviation": D("0.15"),
    } | overrides
    return guard(**fields)


def codes(verdict) -> list[tuple[str, str]]:
    return [(f.check, f.field) for f in verdict.failures]


def test_a_plausible_signal_passes_every_check():
    verdict = run()
    assert verdict.plausible and verdict.market_unchecked == ""


@pytest.mark.parametrize("symbol", [12, "12", "12/USDT", ["BTC"], None, "", "not a pair!", "BTC/BTC", "x" * 100])
def test_it_refuses_a_symbol_that_is_not_a_text_naming_a_pair(symbol):
    assert codes(run(symbol=symbol)) == [(Check.INVALID_SYMBOL, "symbol")]


@pytest.mark.parametrize("symbol, pair", [("btcusdt", "BTC/USDT"), ("#BTC", "BTC/USDT"), ("1000PEPE/USDT", "1000PEPE/USDT")])
def test_the_usual_spellings_of_a_pair_are_symbols(symbol, pair):
    assert symbol_check(symbol) == (pair, None)


def test_a_market_the_price_source_does_not_list_fails_market_not_listed():
    verdict = run(market=MarketNotListed("The simulator only quotes USDT pairs, not BTC/EUR."))
    assert codes(verdict) == [(Check.MARKET_NOT_LISTED, "symbol")]
    assert "BTC/EUR" in verdict.failures[0].detail


@pytest.mark.parametrize(
    "side, entries, stop",
    [("long", [D(67000)], D(67000)), ("long", [D(66000), D(67000)], D(66500)), ("short", [D(67000)], D(66000))],
)
def test_the_stop_must_be_on_the_loss_side_of_every_entry(side, entries, stop):
    targets = [D(70000)] if side == "long" else [D(60000)]
    verdict = run(side=side, entries=entries, stop_loss=stop, take_profits=targets)
    assert codes(verdict) == [(Check.STOP_ON_WRONG_SIDE, "stop_loss")]
    assert "stop loss must be" in verdict.failures[0].detail


@pytest.mark.parametrize(
    "side, entries, targets",
    [("long", [D(67000)], [D(69000), D(66000)]), ("long", [D(66000), D(67000)], [D(66500)]), ("short", [D(67000)], [D(68000)])],
)
def test_every_target_must_be_on_the_profit_side_of_every_entry(side, entries, targets):
    stop = D(60000) if side == "long" else D(70000)
    verdict = run(side=side, entries=entries, stop_loss=stop, take_profits=targets)
    assert codes(verdict) == [(Check.TARGET_ON_WRONG_SIDE, "take_profits")]


def test_a_market_entry_is_judged_at_the_market_price():
    assert codes(run(entries=[], stop_loss=D(67200), take_profits=[D(69000)])) == [(Check.STOP_ON_WRONG_SIDE, "stop_loss")]
    assert codes(run(entries=[], stop_loss=D(66000), take_profits=[D(67000)])) == [(Check.TARGET_ON_WRONG_SIDE, "take_profits")]
    assert run(entries=[], stop_loss=D(66000), take_profits=[D(69000)]).plausible


def test_without_a_price_a_market_entry_still_needs_its_targets_beyond_its_stop():
    outage = MarketDataUnavailable("ccxt:binance is unreachable")
    verdict = run(entries=[], stop_loss=D(66000), take_profits=[D(65000)], market=outage)
    assert codes(verdict) == [(Check.TARGET_ON_WRONG_SIDE, "take_profits")]


@pytest.mark.parametrize("entry, far", [(D(57000), True), (D(57100), False), (D(77165), False), (D(77166), True)])
def test_an_entry_more_than_the_allowed_fraction_from_the_price_is_far(entry, far):
    failures = distance_failures(entries=[entry], price=D(67100), max_deviation=D("0.15"))
    assert [f.check for f in failures] == ([Check.ENTRY_FAR_FROM_MARKET] if far else [])


def test_the_distance_check_names_the_worst_entry_and_the_limit():
    verdict = run(entries=[D(66000), D(50000)], stop_loss=D(49000))
    assert codes(verdict) == [(Check.ENTRY_FAR_FROM_MARKET, "entry")]
    assert "50000" in verdict.failures[0].detail and "15%" in verdict.failures[0].detail


def test_without_a_price_the_distance_is_skipped_and_said_so():
    verdict = run(entries=[D(10)], stop_loss=D(9), take_profits=[D(11)], market=MarketDataUnavailable("feed down"))
    assert verdict.plausible and "feed down" in verdict.market_unchecked


def test_unasked_the_market_checks_are_left_out_quietly():
    verdict = run(entries=[D(10)], stop_loss=D(9), take_profits=[D(11)], market=None)
    assert verdict.plausible and verdict.market_unchecked == ""


def test_every_failed_check_is_reported():
    verdict = run(symbol=12, stop_loss=D(68000), take_profits=[D(66000)])
    assert codes(verdict) == [
        (Check.INVALID_SYMBOL, "symbol"), (Check.STOP_ON_WRONG_SIDE, "stop_loss"), (Check.TARGET_ON_WRONG_SIDE, "take_profits"),
    ]


def test_sides_failures_reads_no_market_when_entries_are_given():
    assert sides_failures(side="long", entries=[D(1)], stop_loss=D("0.9"), take_profits=[D("1.1")], price=D(500)) == []
