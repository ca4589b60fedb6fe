"""The misreads the held-out measurement found (issue 12), one test each, plus the hints and certainty."""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, parse_message
from signals.parsing.symbols import split_joined


def test_a_numbered_ladder_reads_its_prices_not_its_indices():
    parsed = parse_message("#BTCUSDT LONG\nEntry:\n1️⃣ 18700\n2️⃣ 18600\n3️⃣ 18500\nTargets: 19000 - 19400\nSL: 18200")
    assert parsed.entry == [Decimal(18500), Decimal(18600), Decimal(18700)]


@pytest.mark.parametrize("marks", [("①", "②", "③"), ("1)", "2)", "3)"), ("1 -", "2 -", "3 -"), ("1.", "2.", "3.")])
def test_every_way_of_numbering_a_list_is_an_index(marks):
    lines = "\n".join(f"{mark} {price}" for mark, price in zip(marks, ("3200", "3150", "3100"), strict=True))
    parsed = parse_message(f"#ETHUSDT SHORT\nEntry 3250\nTargets:\n{lines}\nSL 3320")
    assert parsed.take_profits == [Decimal(3200), Decimal(3150), Decimal(3100)]


def test_a_leverage_token_is_never_a_symbol():
    parsed = parse_message("SHORT ETH/USDT with X25 leverage\nEntry: 3250\nTargets:\n1️⃣ 3200\n2️⃣ 3150\nStop: 3320")
    assert (parsed.symbol, parsed.leverage, parsed.take_profits) == ("ETH/USDT", 25, [Decimal(3200), Decimal(3150)])
    assert parse_message("LONG with X25 leverage\nEntry 1.5\nTP 1.7\nSL 1.4") is None


def test_profit_percentages_are_neither_prices_nor_allocations():
    parsed = parse_message("#SUIUSDT LONG\nEntry: 1.52\nTP1: 1.58 (+4%)\nTP2: 1.65 (+8.5%)\nSL: 1.44 (-5%)")
    assert parsed.take_profits == [Decimal("1.58"), Decimal("1.65")]
    assert parsed.take_profit_allocations is None


def test_a_decimal_leverage_stays_decimal():
    assert parse_message("#OPUSDT SHORT\nEntry: 1.845\nTP: 1.79\nSL: 1.915\nLeverage: 12.5x").leverage == Decimal("12.5")
    assert parse_message("#OPUSDT SHORT\nEntry: 1.845\nTP: 1.79\nSL: 1.915\nLeverage: 10.0x").leverage == 10


def test_an_active_state_status_post_is_not_a_new_trade():
    text = "#BTCUSDT LONG — Active State 🟢\nEntry 1: 67200\nEntry 2: 66800\nTP1: 68500\nSL: 66100"
    assert not isinstance(parse_message(text), ParsedSignal)


@pytest.mark.parametrize(
    "word, pair",
    [("BTCUSD", "BTC/USD"), ("ETHBTC", "ETH/BTC"), ("XAUUSD", "XAU/USD"), ("EURUSD", "EUR/USD"), ("GBPJPY", "GBP/JPY"),
     ("1000PEPEUSDT", "1000PEPE/USDT"), ("NEWCOINUSDT", "NEWCOIN/USDT"), ("WBTC", None), ("Seth", None), ("FDUSD", None)],
)
def test_a_joined_pair_splits_only_at_a_known_quote(word, pair):
    assert split_joined(word) == pair


@pytest.mark.parametrize(
    "text, value",
    [("۱۸۲۰۰٫۵", "18200.5"), ("١٨٢٠٠٫٥", "18200.5"), ("18․200", "18.200"), ("67.250,5", "67250.5"), ("１８２００", "18200"),
     ("१८२००", "18200")],
)
def test_it_reads_digits_and_separators_of_every_script(text, value):
    assert parse_message(f"#BTCUSDT LONG\nEntry: {text}\nSL: 1").entry == [Decimal(value)]


def test_allocations_beside_prices_become_fractions_that_sum_to_one():
    parsed = parse_message("#LTC/USDT LONG\nEntry 1 - 159.80 (30%)\nEntry 2 - 153 (30%)\nEntry 3 - 147 (40%)\nTargets - 170 - 188\nSL 145")
    assert parsed.entry_allocations == [Decimal("0.4"), Decimal("0.3"), Decimal("0.3")]
    parsed = parse_message("#ETHUSDT SHORT\nEntry: 3250\nHedefler: 3200 (%25) - 3150 (%25) - 3100 (%50)\nSL: 3330")
    assert parsed.take_profit_allocations == [Decimal("0.25"), Decimal("0.25"), Decimal("0.5")]
    assert sum(parsed.take_profit_allocations) == 1


@pytest.mark.parametrize(
    "line, target",
    [("Breakeven after 2 target", 2), ("Move SL to entry after TP1", 1), ("After the first target, stop to breakeven", 1),
     ("Trailing Configuration:\nStop: Breakeven - Trigger: Target (2)", 2), ("Переносим стоп в безубыток после TP2", 2)],
)
def test_it_reads_when_the_stop_goes_to_breakeven(line, target):
    assert parse_message(f"#AVAXUSDT LONG\nEntry: 21.60\nTargets: 22.40 - 23.10\nSL: 20.90\n{line}").breakeven_after == target


@pytest.mark.parametrize(
    "line, trailing",
    [
        ("Trailing stop 1.5% after TP1", {"kind": "percent_below_highest", "callback_pct": Decimal("1.5"), "activate_after_target": 1}),
        ("Trailing Configuration:\nStop: Moving Target - Trigger: Target (1)", {"kind": "moving_target", "activate_after_target": 1}),
        ("Use trailing SL when in profit", {"kind": "unspecified"}),
        ("", None),
    ],
)
def test_it_reads_a_stated_trailing_stop(line, trailing):
    assert parse_message(f"#AVAXUSDT LONG\nEntry: 21.60\nTargets: 22.40 - 23.10\nSL: 20.90\n{line}").trailing == trailing


def test_a_clean_signal_is_certain():
    parsed = parse_message("#AVAXUSDT LONG\nEntry: 21.60\nTargets: 22.40 - 23.10\nSL: 20.90")
    assert (parsed.certainty, parsed.certainty_reasons) == ("high", ())


@pytest.mark.parametrize(
    "text, code",
    [
        ("#ABCUSDT SHORT\nEntry 10\nTP 11 12\nSL 9", "side_contradicts_prices"),
        ("#ABCUSDT LONG\nEntry 10\nTP 11 9\nSL 8", "prices_disagree"),
        ("#ABC/USDT LONG\nEntry 10\nTP 11\nSL 9\nAlso watching #XYZ/USDT", "two_pairs"),
        ("NEWCOIN LONG 10 SL 9 TP 11", "symbol_guessed"),
        ("#ABCUSDT LONG\nEntry 10\nTP 11 12 400\nSL 9", "prices_out_of_scale"),
    ],
)
def test_a_doubtful_parse_is_low_certainty_and_says_why(text, code):
    parsed = parse_message(text)
    assert parsed.certainty == "low"
    assert code in [reason.code for reason in parsed.certainty_reasons]
