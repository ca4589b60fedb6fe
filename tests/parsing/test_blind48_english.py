"""Round 48 (English): numbered table columns, thread indices, "longing X", opinion questions, numbered leg splits."""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import plan_of, prices, signal_read


# --- a table's target columns numbered "TP1 | TP2 | TP3" ---------------------------------------------------
@pytest.mark.parametrize("text, targets", [
    ("| Coin | Entry | Stop | Target 1 | Target 2 |\n|---|---|---|---|---|\n| SOL | 150 | 140 | 160 | 170 |", ("160", "170")),
    ("Монета | Вход | Стоп | Цель 1 | Цель 2\nBTC/USDT | 60000 | 58000 | 62000 | 64000", ("62000", "64000")),
    ("| 币种 | 方向 | 入场 | 止损 | 目标1 | 目标2 |\n|---|---|---|---|---|---|\n| ETH | 做空 | 3500 | 3600 | 3400 | 3300 |", ("3400", "3300")),
    ("| Pair | Side | Entry | SL | TP1 | TP2 |\n|---|---|---|---|---|---|\n| AVAX/USDT | LONG | 34.6-35.2 | 33.1 | 36.5 | 38 |", ("36.5", "38")),
])
def test_it_reads_each_numbered_target_column_of_a_table(text, targets):
    assert signal_read(text).take_profits == prices(*targets)


def test_it_still_reads_no_call_from_a_table_of_several_coins():
    text = "| Pair | Entry | SL | TP1 | TP2 |\n|---|---|---|---|---|\n| AVAX | 30 | 28 | 32 | 34 |\n| SOL | 150 | 140 | 160 | 170 |"
    assert parse_message(text) is None


# --- a thread's "N/" index is no price ------------------------------------------------------------------------
@pytest.mark.parametrize("text, entry", [
    ("1/ market chop all week.\n\n2/ Longing $ARB 1.12-1.15 here.\n\n3/ Stop 1.05. Targets 1.22, 1.30.", ("1.12", "1.15")),
    ("🧵 1/ BTC đi ngang.\n2/ Short ETH 3400-3450.\n3/ SL 3520, TP 3300 3200", ("3400", "3450")),
    ("1/ BTC спокоен\n2/ Шорт SOL 182-185\n3/ Стоп 191\n4/ Тейк 170", ("182", "185")),
])
def test_it_reads_a_thread_index_as_no_price(text, entry):
    assert signal_read(text).entry == prices(*entry)


def test_it_keeps_a_count_with_its_total_at_a_line_start_as_no_index():
    parsed = signal_read("SOL LONG 150-152\nSL 145\nTP 160\n2/3 of the size at entry one")
    assert parsed.entry == prices("150", "152")


# --- "longing X" / "shorting X": the side verb before a price gives the entry ----------------------------------
@pytest.mark.parametrize("text, plan", [
    ("ok pulling the trigger on $ONE, longing 0.0214ish. invalidation below 0.0199, looking for 0.0236 then 0.0258. 8x",
     ("ONE/USDT", "long", prices("0.0214"), Decimal("0.0199"), prices("0.0236", "0.0258"), 8)),
    ("shorting $ARB 1.12-1.15, stop 1.21, tp 1.02",
     ("ARB/USDT", "short", prices("1.12", "1.15"), Decimal("1.21"), prices("1.02"), None)),
    ("$DOGE shorting 0.182 rn, sl 0.19, tp 0.17 / 0.16",
     ("DOGE/USDT", "short", prices("0.182"), Decimal("0.19"), prices("0.17", "0.16"), None)),
])
def test_it_reads_the_price_after_a_side_verb_as_the_entry(text, plan):
    assert plan_of(signal_read(text)) == plan


def test_it_reads_no_call_from_a_refused_long():
    assert not isinstance(parse_message("not longing BTC here at 64000 until it reclaims 66000"), ParsedSignal)


# --- a question to the group that ends asking the readers' opinion --------------------------------------------
@pytest.mark.parametrize("text", [
    "anyone in the ETH long? thinking of entering 3200-3250 with sl 3100 and tp 3500, is 10x too much or not",
    "кто в шорте SOL? думаю зайти 182-185, стоп 191, тейк 170, 10х норм или нет",
    "alguien en el long de ETH? pienso entrar 3200-3250 con sl 3100 y tp 3500, 10x es mucho o no",
    "ai đang long BTC không? định vào 64000 sl 62500 tp 67000, 20x thấy sao",
    "有人在做空SOL吗？想在182-185进，止损191，止盈170，10倍大家觉得呢",
])
def test_it_reads_an_opinion_question_around_prices_as_no_call(text):
    assert not isinstance(parse_message(text), ParsedSignal)


@pytest.mark.parametrize("text", [
    "Anyone still sleeping on SOL? SHORT 182-185\nSL 191\nTP 170\n10x\nany questions DM me",
    "SOL SHORT 182-185 SL 191 TP 170 10x. Will it dump or not, we will see",
    "SOL SHORT 182-185, SL 191, TP 170, 10x. Who is in?",
])
def test_it_keeps_a_call_that_only_asks_around_it(text):
    assert signal_read(text).entry == prices("182", "185")


# --- "split 30/30/40 across DCA 1/2/3": shares of numbered legs ----------------------------------------------
def test_it_gives_each_numbered_leg_its_share_in_price_order():
    parsed = signal_read("SOL LONG\nEntry 1: 150\nEntry 2: 145\nEntry 3: 140\nSL 135\nTP 160 / 170\nSize split 20/30/50 across entries 1/2/3")
    assert parsed.entry_allocations == [Decimal("0.5"), Decimal("0.3"), Decimal("0.2")]
    assert parsed.certainty == "high"


def test_it_reads_a_two_leg_dca_split():
    parsed = signal_read("ETH LONG\nDCA 1: 3420\nDCA 2: 3310\nSL 3080\nTP 3560\nSplit 40/60 across DCA 1/2")
    assert parsed.entry_allocations == [Decimal("0.6"), Decimal("0.4")]


def test_it_reads_no_split_when_the_shares_do_not_match_the_legs():
    parsed = signal_read("ETH LONG\nDCA 1: 3420\nDCA 2: 3310\nSL 3080\nTP 3560\nSplit 30/30/40 across DCA 1/2")
    assert parsed.entry_allocations is None
