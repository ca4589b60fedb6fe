"""A volume/size word before a slash run of shares splits the entries; the run is never entry prices."""
from decimal import Decimal

from signals.parsing import parse_message

RU_LADDER = (
    "Биток: набираю лонг лесенкой 89 200 / 90 500 / 91 800, стоп 87 900, цели 95 000, 98 400. "
    "Кросс x3. Объём на входы 30/30/40."
)
LADDER = [Decimal("89200"), Decimal("90500"), Decimal("91800")]
THIRTY_THIRTY_FORTY = [Decimal("0.3"), Decimal("0.3"), Decimal("0.4")]


def test_it_reads_russian_volume_on_entries_as_entry_shares_not_prices():
    parsed = parse_message(RU_LADDER)
    assert parsed.symbol == "BTC/USDT" and parsed.side == "long"
    assert parsed.entry == LADDER
    assert parsed.stop_loss == Decimal("87900")
    assert parsed.take_profits == [Decimal("95000"), Decimal("98400")]
    assert parsed.leverage == 3 and parsed.margin_mode == "cross"
    assert parsed.entry_allocations == THIRTY_THIRTY_FORTY
    assert parsed.certainty == "high"


def test_it_reads_english_and_spanish_volume_words_as_entry_shares():
    english = parse_message("BTC long 89200 / 90500 / 91800, SL 87900, targets 95000, 98400. Volume on entries 30/30/40.")
    spanish = parse_message(
        "Señal BTC largo 89200 / 90500 / 91800, SL 87900, objetivos 95000, 98400. Volumen por entrada 30/30/40."
    )
    for parsed in (english, spanish):
        assert parsed.entry == LADDER
        assert parsed.entry_allocations == THIRTY_THIRTY_FORTY


def test_it_reads_cross_x_leverage_that_ends_a_sentence_as_the_margin_mode():
    parsed = parse_message("BTC long 89200, SL 87900, targets 95000. Cross x3.")
    assert parsed.leverage == 3 and parsed.margin_mode == "cross"


def test_it_keeps_a_decimal_x_leverage_whole():
    parsed = parse_message("BTC long 89200 / 90500 / 91800, SL 87900, targets 95000, 98400. Cross x3.5")
    assert parsed.leverage == Decimal("3.5") and parsed.margin_mode == "cross"


def test_it_gives_no_entry_shares_when_the_count_does_not_match():
    parsed = parse_message("BTC long 89200 / 90500 / 91800, SL 87900, targets 95000, 98400. Volume on entries 30/40.")
    assert parsed.entry == LADDER
    assert parsed.entry_allocations is None


def test_it_gives_no_entry_shares_when_they_do_not_make_up_the_position():
    parsed = parse_message("BTC long 89200 / 90500 / 91800, SL 87900, targets 95000, 98400. Volume on entries 30/30/30.")
    assert parsed.entry == LADDER
    assert parsed.entry_allocations is None


def test_it_leaves_market_volume_talk_alone():
    parsed = parse_message(
        "BTC long 89200 / 90500 / 91800, SL 87900, targets 95000, 98400. Volume on Binance 30/30/40 today."
    )
    assert parsed.entry == LADDER
    assert parsed.entry_allocations is None


def test_it_keeps_a_plain_russian_ladder_without_shares():
    parsed = parse_message(RU_LADDER.replace(" Объём на входы 30/30/40.", ""))
    assert parsed.entry == LADDER
    assert parsed.entry_allocations is None
    assert parsed.margin_mode == "cross"


def test_it_keeps_the_leverage_of_a_sentence_before_a_volume_sentence():
    parsed = parse_message("BTC long 89200 / 90500 / 91800, SL 87900, targets 95000, 98400. Cross x3. Volume on entries 30/30/40.")
    assert parsed.leverage == 3 and parsed.entry_allocations == THIRTY_THIRTY_FORTY


def test_it_reads_no_leverage_from_a_volume_multiple():
    parsed = parse_message("BTC long 89200, SL 87900. Bearish Volume Spike (5.2x avg)")
    assert parsed.leverage is None
