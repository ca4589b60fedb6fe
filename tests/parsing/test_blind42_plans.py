"""The rules the 42nd blind set showed missing, tried on wordings that set does not contain:
- a misspelt side ("lng", "shrot") with a listed coin between it and its price, and "SEEL" before a price
  (``spelling``);
- a listed base that is also a table word ("MOVE"), in capitals beside a side word that is not, names the
  coin (``word_base_sides``); "gonna"/"wanna" open a sentence and are never the coin (``ticker_words``);
- "in at 0.598" opening a clause is the entry (``sections``);
- a horizon ("kısa vadeli", "a corto plazo", "jangka pendek", "ngắn hạn") is dropped like "short term":
  its "short" is no side (``vocabulary``);
- a Turkish price with its ablative before the verb of entering ("1,0820 civarından giriyoruz") is the entry
  (``word_order``);
- a numbered buy ended by an arrow or dash ("Buy 1 → 0.612") is a ladder leg, its number no price
  (``sections``);
- "half at the first target" in a two-target call leaves the rest to the last; "Two buys, half each" splits
  the entries (``hints``);
- "… that's a watch, not a call" said of another coin does not disclaim the call (``disclaimers``).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, ParsedUpdate, parse_message
from tests.helpers import plan_of, prices, signal_read


@pytest.mark.parametrize(
    ("text", "plan"),
    [
        ("lng avax above 31.4 sl 29.9 tp 33.2 35", ("AVAX/USDT", "long", prices("31.4"), Decimal("29.9"), prices("33.2", "35"), None)),
        ("shrot btc 64,250 sl 65,100 tp 63,400", ("BTC/USDT", "short", prices("64250"), Decimal("65100"), prices("63400"), None)),
        ("shrt eth 3200 sl 3300 tp 3100 x10", ("ETH/USDT", "short", prices("3200"), Decimal("3300"), prices("3100"), 10)),
        ("logn sol at 150 stop 145 tp 160", ("SOL/USDT", "long", prices("150"), Decimal("145"), prices("160"), None)),
        ("XAUUSD SEEL 4654\nTP 4652\nSL 4664", ("XAU/USD", "short", prices("4654"), Decimal("4664"), prices("4652"), None)),
    ],
)
def test_it_reads_a_misspelt_side_before_its_coin_and_price(text, plan):
    assert plan_of(signal_read(text)) == plan


def test_it_keeps_a_misspelt_side_before_a_word_that_is_no_coin_unread():
    assert not isinstance(parse_message("lng gas prices 5.2 today, crazy"), ParsedSignal)


@pytest.mark.parametrize(
    "text",
    [
        "gonna short MOVE here. in at 0.598, stop 0.631, looking for 0.561 then 0.522",
        "wanna short MOVE rn, in at 0.598, stop 0.631, tp 0.561 0.522",
        "MOVE short. in at 0.598 stop 0.631 tp 0.561 0.522",
    ],
)
def test_it_names_a_word_coin_in_capitals_beside_a_side_and_reads_in_at_as_the_entry(text):
    assert plan_of(signal_read(text)) == ("MOVE/USDT", "short", prices("0.598"), Decimal("0.631"), prices("0.561", "0.522"), None)


def test_it_names_a_word_coin_on_a_cancel():
    parsed = parse_message("⚠️ MOVE short cancelled, price never came back to 0.4820. Delete the order.")
    assert isinstance(parsed, ParsedUpdate) and (parsed.kind, parsed.symbol) == ("cancel", "MOVE/USDT")


def test_it_leaves_move_the_word_out_of_the_pair():
    parsed = parse_message("move sl to entry, short still running")
    assert not isinstance(parsed, ParsedSignal) and getattr(parsed, "symbol", None) is None


def test_it_reads_no_entry_from_a_fill_told_in_the_past():
    assert not isinstance(parse_message("got in at 150 on SOL long yesterday, now 170"), ParsedSignal)


@pytest.mark.parametrize(
    "text",
    [
        "ARB'de kısa vadeli long var. Giriş 1,0820, stop 1,0410, hedef 1,1250",
        "ARB long a corto plazo, entrada 1,0820, stop 1,0410, objetivo 1,1250",
        "ARB long de curto prazo, entrada 1,0820, stop 1,0410, alvo 1,1250",
        "ARB long jangka pendek, entry 1.0820, sl 1.0410, tp 1.1250",
        "ARB long ngắn hạn, vào 1.0820, sl 1.0410, tp 1.1250",
    ],
)
def test_it_drops_a_horizon_so_its_short_is_no_side(text):
    assert plan_of(signal_read(text)) == ("ARB/USDT", "long", prices("1.0820"), Decimal("1.0410"), prices("1.1250"), None)


def test_it_keeps_a_bare_turkish_kisa_as_the_short_side():
    assert signal_read("SOL kısa 150 stop 158 hedef 140").side == "short"


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("ARB long fırsatı. 1,0820 civarından giriyoruz, stop 1,0410. Hedef 1,1250", prices("1.0820")),
        ("SOL long, 142,5'ten girilir, stop 138, hedef 150", prices("142.5")),
        ("AVAX short 31,2 seviyesinden giriş stop 32,5 hedef 29", prices("31.2")),
    ],
)
def test_it_reads_a_turkish_price_before_the_verb_of_entering_as_the_entry(text, entry):
    assert signal_read(text).entry == entry


def test_it_reads_no_entry_from_a_turkish_i_entered():
    assert not isinstance(parse_message("SOL 150'den girdim, şimdi 160"), ParsedSignal)


@pytest.mark.parametrize("arrow", ["→", "->", "-", "➜"])
def test_it_reads_a_numbered_buy_ended_by_an_arrow_as_a_ladder_leg(arrow):
    parsed = signal_read(f"HOOK/USDT Long\nBuy 1 {arrow} 0.612\nBuy 2 {arrow} 0.590\nSL 0.556\nTargets\n1) 0.648\n2) 0.690")
    assert parsed.entry == prices("0.590", "0.612")


def test_it_reads_a_numbered_sell_ended_by_an_arrow_in_spanish():
    parsed = signal_read("Venta 1 → 0,3000\nVenta 2 → 0,3200\nADA/USDT\nstop 0,34\nobjetivo 0,28")
    assert (parsed.side, parsed.entry) == ("short", prices("0.3000", "0.3200"))


def test_it_keeps_a_buy_range_a_range():
    assert signal_read("SOL buy 150 - 155 sl 145 tp 160").entry == prices("150", "155")


@pytest.mark.parametrize(
    ("text", "shares"),
    [
        ("SOL long 150 sl 145 tp 160 170. take half at first target and move sl to entry", ["0.5", "0.5"]),
        ("ETH long 3000 sl 2900 tp 3100 3200 3300\n30% at TP1, 30% at TP2", ["0.3", "0.3", "0.4"]),
    ],
)
def test_it_leaves_the_rest_to_the_last_target(text, shares):
    assert signal_read(text).take_profit_allocations == [Decimal(s) for s in shares]


def test_it_leaves_a_half_at_the_first_of_three_targets_unsplit():
    assert signal_read("SOL long 150 sl 145 tp 160 170 180. take half at first target").take_profit_allocations is None


@pytest.mark.parametrize(
    "text",
    [
        "HOOK/USDT Long\nTwo buys, half each:\nBuy 1 → 0.612\nBuy 2 → 0.590\nSL 0.556\nTP 0.648",
        "HOOK/USDT Long\nentries, 50% each\nEntry 1: 0.612\nEntry 2: 0.590\nSL 0.556\nTP 0.648",
    ],
)
def test_it_splits_the_entries_evenly_when_told_each_takes_the_same(text):
    assert signal_read(text).entry_allocations == [Decimal("0.5"), Decimal("0.5")]


@pytest.mark.parametrize(
    "tail",
    [
        "If SUI pulls back to 3.10 I'll revisit, but that's a watch, not a call.",
        "SUI at 3.10 is a watch only, not a call!",
    ],
)
def test_it_trades_a_call_whose_disclaimer_names_another_coin(tail):
    parsed = signal_read(f"APT/USDT — LONG\nEntry 8.42-8.60\nStop 8.05\nTargets 9.05, 9.60, 10.40\n10x\n\n{tail}")
    assert plan_of(parsed) == ("APT/USDT", "long", prices("8.42", "8.60"), Decimal("8.05"), prices("9.05", "9.60", "10.40"), 10)


@pytest.mark.parametrize(
    "tail",
    ["Not a call, just my idea.", "SOL is a watch, not a call.", "ETH and SOL: a watch, not a call."],
)
def test_it_keeps_a_disclaimer_of_this_coin_or_of_none_from_trading(tail):
    assert not isinstance(parse_message(f"#SOL long 150 sl 145 tp 160. {tail}"), ParsedSignal)
