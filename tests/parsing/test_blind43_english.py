"""The rules the 43rd blind set (English) showed missing, tried on wordings that set does not contain:
- a market's name ("GOLD", "SILVER") in an update is its pair, as on a signal (``symbols.bare_tickers``);
- chat shorthand "arnd" (around) before a price is a filler word, as "around" is (``spelling``);
- a side is looked for in the pair's own sentence: "Long read, …" opening a commentary line says nothing
  of the ETH/BTC in it, and "XAGUSD looks heavy … Selling XAU/USD at market" calls the second (``called_pair``);
- a pending "buy stop"/"sell stop" order's price is its entry when the stop loss is written elsewhere
  (``market_notes``);
- "adjust your stop as the price moves" is a rule for later, not a stop moved now (``updates``);
- a cashtag in capitals written twice ("$DIA … $DIA") is a ticker though it spells a word (``symbols``);
- "Targets are 1.14, …" reads past "are" as past "is"; "I'd like to fill between X and Y" is the entry
  (``line_prices``, ``spelling``).
"""
from __future__ import annotations

import pytest

from signals.parsing import ParsedUpdate, parse_message
from tests.helpers import plan_of, prices, signal_read


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("GOLD TP2 HIT ✅ move SL to entry", "XAU/USD"),
        ("SILVER tp1 done ✅ Move SL to entry now", "XAG/USD"),
        ("GOLD: close all now ✅", "XAU/USD"),
    ],
)
def test_it_reads_a_markets_name_in_an_update_as_its_pair(text, symbol):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedUpdate) and parsed.symbol == symbol


def test_it_keeps_a_listed_ticker_in_an_update_as_its_own_pair():
    parsed = parse_message("BTC TP1 HIT move SL to entry")
    assert isinstance(parsed, ParsedUpdate) and parsed.symbol == "BTC/USDT"


@pytest.mark.parametrize(
    "text",
    [
        "shortin ETH arnd 3,450\ntp 3300\nsl 3520",
        "short ETH here arround 3450 tp 3300 sl 3520",
        "ETH short arnd 3450, sl 3520, tp 3300",
    ],
)
def test_it_reads_chat_shorthand_for_around_as_a_filler_before_the_entry(text):
    assert plan_of(signal_read(text)) == ("ETH/USDT", "short", prices("3450"), prices("3520")[0], prices("3300"), None)


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("Long week. BTC dominance up, ETH/BTC keeps bleeding and alts are weak.\n\nMy trade:\nSOL long 142 - 145\nSL 138\nTP 150 / 156", "SOL/USDT"),
        ("Short recap. SOL/ETH is rolling over and memes are dead.\nAVAX long 31.2 - 31.8\nSL 30.1\nTP 33 / 35", "AVAX/USDT"),
    ],
)
def test_it_takes_the_called_ticker_over_a_pair_in_commentary_opened_by_a_side_word(text, symbol):
    assert signal_read(text).symbol == symbol


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("XAGUSD looks heavy too but I'm only taking gold. Selling XAUUSD at market, stop 2412, targets 2395 then 2380.", "XAU/USD"),
        ("EURUSD is choppy so I skip it. Buying GBPUSD at market, stop 1.2650, targets 1.2750 then 1.2800.", "GBP/USD"),
    ],
)
def test_it_takes_the_pair_in_the_sides_own_sentence_when_one_line_names_two(text, symbol):
    assert signal_read(text).symbol == symbol


@pytest.mark.parametrize(
    ("text", "side", "entry", "stop"),
    [
        ("GBPJPY sell stop @ 191.450\nStop loss: 192.050\nTP1: 191.150\nTP2: 190.850", "short", "191.450", "192.050"),
        ("EURUSD BUY STOP: 1.0850\nSL 1.0800\nTP 1.0950", "long", "1.0850", "1.0800"),
        ("XAUUSD Sell Stop 2350\nStop loss 2360\nTP 2330", "short", "2350", "2360"),
        ("USDJPY venta stop 151.20\nSL 151.60\nTP 150.50", "short", "151.20", "151.60"),
    ],
)
def test_it_reads_a_pending_stop_orders_price_as_its_entry(text, side, entry, stop):
    parsed = signal_read(text)
    assert (parsed.side, parsed.entry, parsed.stop_loss) == (side, prices(entry), prices(stop)[0])


def test_it_keeps_a_sides_stop_as_the_stop_when_no_other_stop_is_written():
    parsed = signal_read("XAUUSD sell stop 2360 tp 2330")
    assert (parsed.entry, parsed.stop_loss) == ([], prices("2360")[0])


@pytest.mark.parametrize(
    "advice",
    [
        "Trade responsibly and adjust your stop-loss as the price moves in your favor.",
        "Move the SL as price climbs.",
    ],
)
def test_it_reads_a_stop_moved_as_the_price_moves_as_a_rule_not_an_update(advice):
    parsed = signal_read(f"#DOT long\nEntry: 4.10 - 4.20\nTP1: 4.40\nTP2: 4.60\nStop Loss: 3.95\n{advice}")
    assert parsed.entry == prices("4.10", "4.20")


def test_it_still_moves_the_stop_now_when_price_broke_a_level():
    parsed = parse_message("BTC move SL to 66800 as price broke the level")
    assert isinstance(parsed, ParsedUpdate) and parsed.price == prices("66800")[0]


def test_it_reads_a_cashtag_written_twice_as_the_ticker_though_it_spells_a_word():
    parsed = signal_read("$DIA Long Signal\nLooking at $DIA here:\nEntry: 0.7140 - 0.7200\nTP1: 0.7300\nStop Loss: 0.7050")
    assert parsed.symbol == "DIA/USDT"


def test_it_takes_no_word_written_once_after_a_dollar_as_a_ticker():
    assert parse_message("Buen $DIA a todos, hoy sin operaciones.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Short ARB. I'd like to fill between 1.1850 and 1.2050, stop 1.2480. Targets are 1.1400 and 1.0900.",
        "Short ARB, I want to fill at 1.1850 - 1.2050, stop at 1.2480, targets are 1.1400 then 1.0900",
    ],
)
def test_it_reads_the_writers_wish_to_fill_as_the_entry_and_past_are_to_the_targets(text):
    parsed = signal_read(text)
    assert (parsed.entry, parsed.stop_loss, parsed.take_profits) == (
        prices("1.1850", "1.2050"), prices("1.2480")[0], prices("1.1400", "1.0900")
    )


def test_it_leaves_a_chart_gap_to_fill_out_of_the_entry():
    assert parse_message("Waiting for the CME gap to fill at 64000, BTC looks weak. Not trading it.") is None


@pytest.mark.parametrize(
    "review",
    [
        "📊 Risk-Reward Overview\nEntry (Avg)\nSL\nTP1\n$3,465\n$3,520\n$3,380\nRisk: $55\n• TP1: +$85 → 1.5R",
        "📊 Risk to Reward\nRisk Reward TP RRR\n55 85 3380 1:1.5\n---\n📌 Summary\nEntry Zone: 3450 - 3480\nStop Loss: 3520\nTP1: 3380",
        "Summary\nEntry 3450-3480, SL 3520, TP1 3380, TP2 3300 — 2.1R overall",
    ],
)
def test_it_lends_the_plan_no_number_from_a_review_section_after_it(review):
    text = f"ETH short setup\nEntry Zone: 3450 - 3480\nStop Loss: 3520\nTargets:\nTP1: 3380\nTP2: 3300\n{review}"
    assert plan_of(signal_read(text)) == ("ETH/USDT", "short", prices("3450", "3480"), prices("3520")[0], prices("3380", "3300"), None)


def test_it_reads_a_summary_that_is_the_only_plan():
    text = "ETH looks weak under 3500, sellers in control.\n📌 Summary\nDirection: SELL\nEntry Zone: 3450 - 3480\nStop Loss: 3520\nTP1: 3380\nTP2: 3300"
    assert plan_of(signal_read(text)) == ("ETH/USDT", "short", prices("3450", "3480"), prices("3520")[0], prices("3380", "3300"), None)
