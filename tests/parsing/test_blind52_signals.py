"""The rules the 52nd blind set showed missing, each tried on wordings that set does not contain:
a verb between a label and its prices ("Targets sit at …", "цели находятся на …") is read past; a share
before the entries ("half on each entry", "metade em cada entrada") weighs them evenly; "DCA at X",
"доливать буду на X", "añado en X" add an entry; a "plan" heading after the pair ("SOL plan: 148.20 -
151.60 LONG", "SOL için plan: …") keeps the zone it opens; Chinese "我先空了" (I shorted first) is the side.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import plan_of, prices, signal_read


@pytest.mark.parametrize(
    "text",
    [
        "BONK long 0.022, stop 0.021. Targets come in at 0.0234, 0.0243.",
        "BONK long 0.022, stop 0.021. targets lie at 0.0234, 0.0243.",
        "BONK лонг 0.022, стоп 0.021. Цели находятся на 0.0234, 0.0243.",
        "BONK largo 0,022, stop 0,021. Los objetivos están en 0,0234 y 0,0243.",
        "BONK long 0,022, stop 0,021. Os alvos ficam em 0,0234 e 0,0243.",
    ],
)
def test_it_reads_targets_past_a_verb_after_their_label(text):
    assert signal_read(text).take_profits == prices("0.0234", "0.0243")


def test_it_keeps_a_market_verb_that_follows_no_label_out_of_the_call():
    assert not isinstance(parse_message("BTC sits at 67000 support, nice and calm"), ParsedSignal)


@pytest.mark.parametrize(
    "text",
    [
        "ENA long: entry 0.5480 and 0.5320, stop 0.5150, targets 0.5720 / 0.5990. 10x. half on each entry",
        "ENA largo: entrada 0,5480 y 0,5320, stop 0,5150, objetivos 0,5720 / 0,5990. mitad en cada entrada",
        "ENA лонг: вход 0.5480 и 0.5320, стоп 0.5150, цели 0.5720 / 0.5990. половина на каждый вход",
        "ENA long: entrada 0,5480 e 0,5320, stop 0,5150, alvos 0,5720 / 0,5990. metade em cada entrada",
    ],
)
def test_it_splits_entries_evenly_when_the_share_comes_before_them(text):
    assert signal_read(text).entry_allocations == [Decimal("0.5"), Decimal("0.5")]


def test_it_leaves_entries_unweighed_by_a_share_of_each_target():
    parsed = signal_read("ENA long: entry 0.5480 and 0.5320, stop 0.5150, targets 0.5720 / 0.5990. half on each target")
    assert parsed.entry_allocations is None


@pytest.mark.parametrize(
    "text",
    [
        "PEOPLE long from 0.0312, DCA at 0.0298, stop 0.0284, targets 0.0335 and 0.0360",
        "PEOPLE лонг с 0.0312, доливать буду на 0.0298, стоп 0.0284, цели 0.0335 и 0.0360",
        "PEOPLE largo desde 0,0312, añado en 0,0298, stop 0,0284, objetivos 0,0335 y 0,0360",
        "PEOPLE long em 0,0312, vou aumentar em 0,0298, stop 0,0284, alvos 0,0335 e 0,0360",
    ],
)
def test_it_reads_an_added_entry_beside_the_first(text):
    assert signal_read(text).entry == prices("0.0298", "0.0312")


@pytest.mark.parametrize(
    "text",
    [
        "SOL plan: 148.20 - 151.60 LONG. Stop 143.90. Targets 155.00 - 159.50 - 166.00",
        "SOL için plan: 148,20 ile 151,60 arası LONG. Stop 143,90. Hedefler 155,00 - 159,50 - 166,00",
        "SOL план: 148.20 - 151.60 лонг. Стоп 143.90. Цели 155.00 - 159.50 - 166.00",
    ],
)
def test_it_reads_the_zone_after_a_plan_heading(text):
    assert plan_of(signal_read(text))[:5] == (
        "SOL/USDT", "long", prices("148.20", "151.60"), Decimal("143.90"), prices("155.00", "159.50", "166.00"))


def test_it_keeps_two_opposite_plans_out_of_the_calls():
    text = "Plan A: long ETH 3200, stop 3100, tp 3300\nPlan B: short ETH 3400, stop 3500, tp 3300"
    assert not isinstance(parse_message(text), ParsedSignal)


def test_it_reads_a_chinese_short_told_as_done_with_its_zone():
    parsed = signal_read("各位 GAS 這邊我先空了 5.42-5.55 分批 止損 5.78 目標 5.20 4.96 4.70 槓桿全倉25倍")
    assert plan_of(parsed) == ("GAS/USDT", "short", prices("5.42", "5.55"), Decimal("5.78"), prices("5.20", "4.96", "4.70"), 25)
    assert parsed.margin_mode == "cross"


def test_it_leaves_learning_more_first_without_a_side():
    assert not isinstance(parse_message("先多了解一下 SOL 再说"), ParsedSignal)
