"""The Telegram parser against our own corpus of channel messages, plus one test per rule."""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from signals.parsing import ParsedSignal, ParsedUpdate, parse_message

FIXTURES = json.loads((Path(__file__).parent / "fixtures" / "messages.json").read_text(encoding="utf-8"))


def expected_signal(fields: dict) -> ParsedSignal:
    stop = fields["stop_loss"]
    return ParsedSignal(
        symbol=fields["symbol"],
        side=fields["side"],
        entry=[Decimal(p) for p in fields["entry"]],
        stop_loss=Decimal(stop) if stop is not None else None,
        take_profits=[Decimal(p) for p in fields["take_profits"]],
        leverage=fields["leverage"],
        margin_mode=fields["margin_mode"],
    )


def expected_update(fields: dict) -> ParsedUpdate:
    return ParsedUpdate(
        kind=fields["kind"],
        symbol=fields["symbol"],
        target_index=fields["target_index"],
        price=Decimal(fields["price"]) if fields["price"] is not None else None,
        to_entry=fields["to_entry"],
        fraction=Decimal(fields["fraction"]) if fields["fraction"] is not None else None,
    )


def expected_parse(message: dict) -> ParsedSignal | ParsedUpdate | None:
    if message["expected"] is not None:
        return expected_signal(message["expected"])
    if "update" in message:
        return expected_update(message["update"])
    return None


@pytest.mark.parametrize("message", FIXTURES, ids=[m["id"] for m in FIXTURES])
def test_it_parses_each_fixture_message_exactly(message):
    assert parse_message(message["text"]) == expected_parse(message)


def test_the_fixture_corpus_covers_signals_updates_and_chatter():
    signals = [m for m in FIXTURES if m["expected"]]
    updates = [m for m in FIXTURES if "update" in m]
    chatter = [m for m in FIXTURES if not m["expected"] and "update" not in m]
    assert len(FIXTURES) >= 90 and len(signals) >= 60 and len(updates) >= 15 and len(chatter) >= 15
    assert {u["update"]["kind"] for u in updates} == {"tp_hit", "move_stop", "close", "cancel"}
    assert {s["expected"]["side"] for s in signals} == {"long", "short"}
    assert len({m["id"] for m in FIXTURES}) == len(FIXTURES)


# --- the source documents' short forms ----------------------------------------------------------
def test_it_reads_the_bare_symbol_side_price_form():
    assert parse_message("BTC LONG 67500") == ParsedSignal(
        symbol="BTC/USDT", side="long", entry=[Decimal(67500)], stop_loss=None, take_profits=[],
        leverage=None, margin_mode=None,
    )


def test_it_reads_the_at_price_with_stop_form():
    assert parse_message("ETH SHORT @ 3200, SL 3300") == ParsedSignal(
        symbol="ETH/USDT", side="short", entry=[Decimal(3200)], stop_loss=Decimal(3300), take_profits=[],
        leverage=None, margin_mode=None,
    )


def test_it_reads_the_buy_stop_target_form():
    assert parse_message("Buy BNB 550 stop 540 target 570") == ParsedSignal(
        symbol="BNB/USDT", side="long", entry=[Decimal(550)], stop_loss=Decimal(540),
        take_profits=[Decimal(570)], leverage=None, margin_mode=None,
    )


def test_it_does_not_take_talk_around_a_short_form_for_an_order():
    assert parse_message("BTC long 67500 was a great entry yesterday") is None


# --- numbers ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "written, value",
    [
        ("0,5234", "0.5234"),  # decimal comma
        ("67,500", "67500"),  # thousands separator
        ("$2,201.43", "2201.43"),  # both
        ("1,250,000", "1250000"),
        (".405", "0.405"),  # leading dot
        ("0.3400$", "0.34"),  # dollar suffix
        ("27.00000000", "27"),
    ],
)
def test_it_normalises_how_numbers_are_written(written, value):
    parsed = parse_message(f"#ABC/USDT LONG\nEntry: {written}\nSL: 0.0001")
    assert parsed.entry == [Decimal(value)]
    assert all(isinstance(p, Decimal) for p in parsed.entry)


def test_a_comma_with_three_digits_is_decimal_when_the_message_uses_decimal_commas():
    parsed = parse_message("#ALGO SHORT\nEntry: 1,065\nTP: 1,02\nSL: 1,12")
    assert parsed.entry == [Decimal("1.065")]


def test_it_does_not_read_allocations_counters_or_timeframes_as_prices():
    parsed = parse_message(
        "Signal #1245\n#ABC/USDT LONG (15m chart)\nEntry: 2.10\nTP1: 2.20 - 50%\nTP2: 2.30 (50%)\nSL: 4H close below 2.00"
    )
    assert (parsed.entry, parsed.take_profits, parsed.stop_loss) == (
        [Decimal("2.10")], [Decimal("2.20"), Decimal("2.30")], Decimal("2.00"),
    )


# --- symbols ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "written, symbol",
    [
        ("BTCUSDT", "BTC/USDT"),
        ("#BTC", "BTC/USDT"),
        ("$BTC", "BTC/USDT"),
        ("BTC/USDT", "BTC/USDT"),
        ("BTC-USDT", "BTC/USDT"),
        ("BTC_USDT", "BTC/USDT"),
        ("#BTC USDT", "BTC/USDT"),
        ("BTCUSDT.P", "BTC/USDT"),
        ("BTC PERP", "BTC/USDT"),
        ("btc/usdt", "BTC/USDT"),
        ("ETH/BTC", "ETH/BTC"),
        ("#1INCHUSDT", "1INCH/USDT"),
        ("SOL/USDC", "SOL/USDC"),
    ],
)
def test_it_normalises_every_way_of_writing_the_pair(written, symbol):
    assert parse_message(f"{written} LONG\nEntry 1.5\nTarget 1.7\nSL 1.4").symbol == symbol


def test_the_explicit_pair_wins_over_a_leftover_tag_in_the_footer():
    parsed = parse_message("Long #1INCH/USDT 3.26\nTargets 3.30 - 3.40\nStop 3.10\nBuy #LINK near the entry price")
    assert parsed.symbol == "1INCH/USDT"


# --- sides --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, side",
    [
        ("#ABC/USDT BUY\nEntry 10\nTP 11\nSL 9", "long"),
        ("#ABC/USDT SELL\nEntry 10\nTP 9\nSL 11", "short"),
        ("#ABC/USDT\nEntry 10\nTP 9 - 8\nSL 11", "short"),  # no word: prices decide
        ("#ABC/USDT\nBuy Zone: 10 - 10.5\nSell: 9.5", "short"),  # misleading word: prices decide
        ("Buying #ABC for the short-term pop\nEntry 10\nTP 11\nSL 9", "long"),
    ],
)
def test_it_decides_the_side_from_words_and_prices(text, side):
    assert parse_message(text).side == side


# --- leverage and margin --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "line, leverage, margin",
    [
        ("Cross 20x", 20, "cross"),
        ("Leverage: 10x", 10, None),
        ("10X", 10, None),
        ("Lev 5-10x", 5, None),
        ("Leverage: 3x/5x/10x", 3, None),
        ("Leverage: Isolated (10.0X)", 10, "isolated"),
        ("Leverage ×25", 25, None),
        ("Leverage: Cross (20х)", 20, "cross"),  # Cyrillic х
        ("x15", 15, None),
        ("Leverage: 8", 8, None),
        ("Margin mode: Isolated", None, "isolated"),
        ("", None, None),
    ],
)
def test_it_reads_leverage_and_margin_mode(line, leverage, margin):
    parsed = parse_message(f"#ABC/USDT LONG\nEntry 1.5\nTarget 1.7\nSL 1.4\n{line}")
    assert (parsed.leverage, parsed.margin_mode) == (leverage, margin)


def test_a_cross_in_chart_talk_is_not_a_margin_mode():
    parsed = parse_message("#ABC/USDT LONG\nEntry 1.5\nTarget 1.7\nSL 1.4\nThe EMAs just crossed, golden cross on 4H")
    assert parsed.margin_mode is None


# --- updates ------------------------------------------------------------------------------------
def test_it_reads_a_target_hit():
    assert parse_message("#ETH/USDT TP2 reached 🎯") == ParsedUpdate(kind="tp_hit", symbol="ETH/USDT", target_index=2)


def test_a_repost_with_ticked_targets_is_a_target_hit_not_a_new_trade():
    parsed = parse_message("#ABC/USDT LONG\nEntry 10\nTP1 11 ✅\nTP2 12 ✅\nTP3 13\nSL 9")
    assert parsed == ParsedUpdate(kind="tp_hit", symbol="ABC/USDT", target_index=2)


@pytest.mark.parametrize("entry_line", ["Entry: 2500 ✅", "Entry: 2500✅", "Entry zone: 2480-2500 ✅", "Buy 2500 ✔"])
def test_a_repost_with_a_ticked_entry_is_a_running_trade_not_a_new_one(entry_line):
    # The entry already filled: opening it again would double the position.
    assert parse_message(f"#ETH/USDT LONG\n{entry_line}\nTargets: 2600, 2700\nSL: 2400") is None


def test_a_ticked_entry_does_not_hide_a_ticked_target():
    parsed = parse_message("#ETH/USDT LONG\nEntry: 2500 ✅\nTargets: 2600 ✅ 2700\nSL: 2400")
    assert parsed == ParsedUpdate(kind="tp_hit", symbol="ETH/USDT", target_index=1)


def test_it_reads_a_stop_move_to_entry():
    assert parse_message("Move SL to breakeven on #ABC") == ParsedUpdate(kind="move_stop", symbol="ABC/USDT", to_entry=True)


def test_it_reads_a_stop_move_to_a_price():
    assert parse_message("SL moved to 0.5120") == ParsedUpdate(kind="move_stop", price=Decimal("0.5120"))
    assert parse_message("SL moved to 1.23 (above entry)") == ParsedUpdate(kind="move_stop", price=Decimal("1.23"))


def test_a_stop_move_to_a_price_in_another_message_is_not_guessed():
    assert parse_message("Move SL to TP1") is None


@pytest.mark.parametrize(
    "text, fraction",
    [("Close #ABC/USDT", "1"), ("Close all trades", "1"), ("Close half #ABC", "0.5"), ("Close 25% #ABC/USDT", "0.25")],
)
def test_it_reads_a_close_and_its_fraction(text, fraction):
    parsed = parse_message(text)
    assert (parsed.kind, parsed.fraction) == ("close", Decimal(fraction))


def test_it_reads_a_cancellation():
    assert parse_message("#ABC/USDT cancelled ❌") == ParsedUpdate(kind="cancel", symbol="ABC/USDT")


def test_a_conditional_instruction_is_not_acted_on():
    assert parse_message("Close second trade when first tp hit 🎯") is None


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "🚀🚀🚀", "?", "Target 1 reached?"])
def test_it_returns_none_for_empty_and_question_messages(text):
    assert parse_message(text) is None
