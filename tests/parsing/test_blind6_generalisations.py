"""The rules the sixth blind set (``*-blind6.json``) showed missing, each tried on wordings that set
does not contain: a qualifier between a label and its colon ("Вход лесенкой:", "Entry (DCA):");
Turkish entry labels in the plural ("Alım bölgeleri"); breakout wording as a conditional entry
("при пробое X", "突破X做多", "nếu giá vượt X", "عند كسر X", "on breakout above X"); a label's
ordinal before it ("2ª entrada", "2º alvo") and an "entry" beyond the stop; traditional Chinese
target words (停利, 獲利目標); an allocation note in brackets with words ("（平30%）", "(25% of
position)"); a close word on the stop's own line ("止损：亏损5%离场"), which is the stop's condition;
a decimal comma in leverage ("12,5x"); the one listed base a message writes in capitals when no
line names the pair where the grammar looks ("BTC has reclaimed … Long 67,150"); Arabic "sell/buy
zone" entry labels; Hinglish "X se Y tak", "ke neeche", "accumulate karo". And a safety rule: a
market entry whose entry or side line holds a number the grammar could not read is doubtful.

Known and left out of the fixture file: hi_id-blind6-18, dot thousands ("3.525" for ETH) in a
message with no Indonesian word and no decimal of another shape; only the coin's price level tells
them from decimals. hi_id-blind6-16 ("SINYAL LONG … 63.900") reads since round 7 gave Indonesian its
own table and number style, and is back in the file.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import prices


@pytest.mark.parametrize(
    "text",
    [
        "SOL/USDT LONG\nEntry (DCA): 145.2 / 142.8 / 140.1\nTargets: 150 / 155\nStop: 137",
        "#SOLUSDT LONG\nEntrada escalonada: 145,2 / 142,8 / 140,1\nObjetivos: 150 / 155\nStop: 137",
        "SOL/USDT лонг\nВход сеткой: 145,2 / 142,8 / 140,1\nЦели: 150 / 155\nСтоп: 137",
    ],
)
def test_it_reads_the_prices_after_a_qualified_entry_label(text):
    parsed = parse_message(text)
    assert parsed.entry == prices("140.1", "142.8", "145.2")
    assert (parsed.take_profits, parsed.stop_loss) == (prices("150", "155"), Decimal("137"))


def test_it_reads_the_prices_after_a_qualified_target_label():
    parsed = parse_message("DOGE/USDT ЛОНГ\nВход: 0,3842\nЦели по сетке: 0,3967 / 0,4125\nСтоп: 0,3479")
    assert parsed.take_profits == prices("0.3967", "0.4125")


@pytest.mark.parametrize(
    ("line", "entry"),
    [("Giriş bölgeleri: 1,25 - 1,22", prices("1.22", "1.25")), ("Alış bölgesi: 1,24", prices("1.24"))],
)
def test_it_reads_turkish_entry_zone_labels(line, entry):
    parsed = parse_message(f"ARB/USDT LONG\n{line}\nHedefler: 1,32 - 1,40\nZarar durdur: 1,15")
    assert parsed.entry == entry


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("#SOL long on breakout above 152.5\nTP 158 / 164\nSL 147", prices("152.5")),
        ("#SOL лонг после пробоя 152,5\nЦели: 158 / 164\nСтоп 147", prices("152.5")),
        ("SOL 突破152.5 做多\n目标：158 / 164\n止损：147", prices("152.5")),
        ("SOL: Long nếu giá vượt 152,5\nTP 158 - 164\nSL 147", prices("152.5")),
        ("SOL/USDT LONG 152,5 kırılımında\nHedef: 158 - 164\nStop: 147", prices("152.5")),
        ("SOL compra en ruptura de 152,5\nObjetivos: 158 / 164\nStop: 147", prices("152.5")),
    ],
)
def test_it_reads_a_breakout_price_as_the_entry(text, entry):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedSignal)
    assert (parsed.side, parsed.entry, parsed.stop_loss) == ("long", entry, Decimal("147"))


def test_it_reads_an_arabic_breakout_buy_on_a_coin_named_in_arabic():
    parsed = parse_message("📊 إيثريوم ETH\nشراء عند كسر ٣٬٤٥٠\nالأهداف: ٣٬٥٢٠ / ٣٬٦٠٠\nوقف الخسارة: ٣٬٣٨٠")
    assert (parsed.symbol, parsed.side, parsed.entry, parsed.stop_loss) == ("ETH/USDT", "long", prices("3450"), Decimal("3380"))


@pytest.mark.parametrize(
    "text",
    [
        "ATOM/USDT LONG\n1ª entrada: 6,82\n2ª entrada: 6,61\nObjetivos: 7,15 | 7,48\nStop: 6,12",
        "ATOM/USDT LONG\nEntrada: 6,61 - 6,82\n1º alvo: 7,15\n2º alvo: 7,48\nStop: 6,12",
        "ATOM/USDT LONG\n1. Entry: 6.82\n2. Entry: 6.61\n3. Targets: 7.15 7.48\nSL: 6.12",
    ],
)
def test_it_reads_an_ordinal_before_a_label_as_its_number_not_a_price(text):
    parsed = parse_message(text)
    assert (parsed.entry, parsed.take_profits, parsed.stop_loss) == (
        prices("6.61", "6.82"), prices("7.15", "7.48"), Decimal("6.12"),
    )


def test_it_drops_an_entry_beyond_the_stop_and_doubts_the_parse():
    parsed = parse_message("ATOM LONG\nEntry: 2 6.82\nEntry: 3 6.61\nTP 7.15 7.48\nSL 6.12")
    assert parsed.entry == prices("6.61", "6.82")
    assert parsed.certainty == "low"


@pytest.mark.parametrize(
    "text",
    [
        "ETHUSDT 多單\n進場：3100\n獲利目標：3200 / 3300\n停損：3000",
        "ETHUSDT 多單\n進場：3100\n停利1：3200\n停利2：3300\n停損：3000",
    ],
)
def test_it_reads_traditional_chinese_target_words(text):
    assert parse_message(text).take_profits == prices("3200", "3300")


@pytest.mark.parametrize(
    "targets",
    [
        "止盈：0.7652（平30%）／0.7891（平30%）／0.8244（平40%）",
        "TP: 0.7652 (30% of position) 0.7891 (30% of position) 0.8244 (40% of position)",
    ],
)
def test_it_reads_every_target_and_its_share_from_bracketed_allocation_notes(targets):
    parsed = parse_message(f"#ARBUSDT LONG\nEntry: 0.7415\n{targets}\nSL: 0.7188")
    assert parsed.take_profits == prices("0.7652", "0.7891", "0.8244")
    assert parsed.take_profit_allocations == prices("0.3", "0.3", "0.4")


@pytest.mark.parametrize(
    "stop_line",
    ["止损：亏损5%离场", "SL: exit with a 5% loss", "Stop: cerrar si pierde 5%"],
)
def test_it_reads_a_close_word_on_the_stop_line_as_the_stops_condition(stop_line):
    parsed = parse_message(f"DOGE LONG\nEntry: 0.3214\nTargets: 0.3302 0.3398\n{stop_line}")
    assert isinstance(parsed, ParsedSignal)
    assert (parsed.entry, parsed.take_profits, parsed.stop_loss) == (prices("0.3214"), prices("0.3302", "0.3398"), None)


@pytest.mark.parametrize(("line", "leverage"), [("Lev 12,5x", Decimal("12.5")), ("Alavancagem: 7,5x", Decimal("7.5"))])
def test_it_reads_a_decimal_comma_in_leverage(line, leverage):
    assert parse_message(f"OP/USDT SHORT\nEntrada: 1,955\nAlvos: 1,905 - 1,862\nStop: 2,015\n{line}").leverage == leverage


def test_it_takes_the_one_listed_base_in_capitals_when_no_line_names_the_pair():
    text = "ETH lost its range low and funding flipped.\n\nPlan:\nShort 3,150 - 3,180\nTP 3,050 / 2,980\nSL 3,240"
    parsed = parse_message(text)
    assert (parsed.symbol, parsed.side, parsed.entry) == ("ETH/USDT", "short", prices("3150", "3180"))


def test_it_leaves_the_pair_open_when_two_listed_bases_are_written():
    assert parse_message("ETH looks weak against BTC.\nShort 3,150\nTP 3,050\nSL 3,240") is None


@pytest.mark.parametrize("label", ["منطقة البيع", "منطقة الشراء"])
def test_it_reads_an_arabic_buy_or_sell_zone_as_the_entry(label):
    parsed = parse_message(f"#BTCUSDT شورت\n{label}: ٧١٬٢٠٠ - ٧١٬٩٠٠\nالهدف: ٧٠٬٣٠٠\nوقف الخسارة: ٧٢٬٨٠٠")
    assert parsed.entry == prices("71200", "71900")


@pytest.mark.parametrize(
    "text",
    [
        "#LINKUSDT long\nBuy zone 14.2 se 13.8 tak\nTargets: 15 - 16\nStoploss: 13.1 ke neeche daily close",
        "LINK spot me accumulate karo 14.2 - 13.8 ke beech, target 15 aur 16, SL 13.1",
    ],
)
def test_it_reads_hinglish_ranges_and_buy_words(text):
    parsed = parse_message(text)
    assert (parsed.symbol, parsed.side, parsed.entry, parsed.stop_loss) == ("LINK/USDT", "long", prices("13.8", "14.2"), Decimal("13.1"))


@pytest.mark.parametrize(
    "text",
    # (a retest is read since round 77: "Entry on a retest 38.6" prices the entry, ``test_blind77_entries``)
    ["AVAX LONG auf Ausbruch 38.6\nTP 40 41\nSL 36.9", "AVAX LONG\nEntry nach Rücksetzer 38.6\nTP 40 41\nSL 36.9"],
)
def test_it_doubts_a_market_entry_when_an_entry_line_holds_an_unread_number(text):
    parsed = parse_message(text)
    assert parsed.entry == []
    assert parsed.certainty == "low"
    assert "unplaced_numbers" in [reason.code for reason in parsed.certainty_reasons]


def test_it_keeps_a_plain_market_entry_sure():
    parsed = parse_message("AVAX LONG now 10x\nTP 40 41\nSL 36.9")
    assert (parsed.entry, parsed.certainty) == ([], "high")
