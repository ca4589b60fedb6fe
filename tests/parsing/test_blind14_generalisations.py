"""The rules the fourteenth blind set (``*-blind14.json``) showed missing, each tried on wordings that set
does not contain: a leverage in its own sentence after a percentage ("stop 5% below entry. 3x.") is the
leverage; Hinglish "short banao" (make a short) is the side and its "X ke upar" price the entry; INR is a
quote, "₹" prefixes a rupee price and "खरीद भाव" (buy price) labels the entry; a price before Turkish
"üzeri / altı" and a side, or after Chinese "突破" before one, triggers the entry; a bracket selling or
closing a share at a target ("(bán 30%)", "（卖出30%）", "(sat %50)") is that target's allocation and the
list goes on; a terse Chinese call's lone 损 and 盈 before a price are the stop and the targets.

blind14 is kept whole: every message of it reads exact after these rules.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import prices, signal_read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$ARB short from 1.12, targets 1.05 / 0.98, stop 4% above entry. 5x.", 5),
        ("#OP long 2.10, tp 2.3 / 2.5, risk 2% of balance. Use 10x", 10),
    ],
)
def test_it_reads_a_leverage_in_its_own_sentence_after_a_percentage(text, expected):
    assert signal_read(text).leverage == expected


def test_it_still_reads_a_leverage_in_a_percentage_sentence_as_no_leverage():
    assert signal_read("$INJ long 24.6, targets 26.1 / 27.9, risk 3% at 10x.").leverage is None


@pytest.mark.parametrize(
    ("text", "side", "entry"),
    [
        ("SOL long banao 142 ke neeche, SL 136, target 150 / 158", "long", ["142"]),
        ("Doston BNB short banao 612 ke upar, stop loss 625, target 598 / 585", "short", ["612"]),
    ],
)
def test_it_reads_a_hinglish_side_made_with_banao_and_its_price_as_the_entry(text, side, entry):
    parsed = signal_read(text)
    assert (parsed.side, parsed.entry) == (side, prices(*entry))


def test_it_reads_inr_as_a_quote_and_a_rupee_price_with_lakh_grouping():
    parsed = signal_read("एथेरियम (ETH/INR) खरीदें\nखरीद भाव: ₹2,95,000\nलक्ष्य: ₹3,10,000 और ₹3,25,000\nस्टॉप लॉस: ₹2,85,000")
    assert (parsed.symbol, parsed.entry, parsed.take_profits, parsed.stop_loss) == (
        "ETH/INR", prices("295000"), prices("310000", "325000"), Decimal("285000"),
    )


@pytest.mark.parametrize(
    ("text", "side", "entry"),
    [
        ("AVAX/USDT\nPozisyon: 31,20 altı SHORT\nStop: 32,40\nHedefler: 29,8 - 28,5", "short", ["31.2"]),
        ("LINK/USDT\nİşlem: 18,75 üstü long\nStop: 17,9\nHedefler: 19,6 - 20,4 - 21,5", "long", ["18.75"]),
        ("ETH 操作：突破 3550 做多\n止损：3480\n目标：3620 / 3700", "long", ["3550"]),
        ("BTC 策略：跌破 94000 开空\n止损：95200\n目标：92500 / 91000", "short", ["94000"]),
    ],
)
def test_it_reads_a_trigger_price_before_or_after_its_side_as_the_entry(text, side, entry):
    parsed = signal_read(text)
    assert (parsed.side, parsed.entry) == (side, prices(*entry))


def test_it_still_reads_a_break_before_a_stop_as_the_stop():
    parsed = signal_read("ETH 做多 3500\n跌破 3420 止损\n目标：3600 / 3700")
    assert (parsed.entry, parsed.stop_loss) == (prices("3500"), Decimal("3420"))


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("Mua ATOM vùng 6,1 - 6,3\nChốt lời: 6,8 (chốt 50%) / 7,4 (chốt 50%)\nCắt lỗ: 5,7", ["6.8", "7.4"]),
        ("现货 LINK\n买入：17.2\n止盈：18.5（平50%）、19.8（平50%）\n止损：16.4", ["18.5", "19.8"]),
        ("Spot buy DOT 5.10\nTargets: 5.6 (sell 30%) / 6.1 (sell 30%) / 6.9 (sell 40%)\nSL 4.7", ["5.6", "6.1", "6.9"]),
    ],
)
def test_it_reads_a_bracketed_sale_of_a_share_as_an_allocation_and_the_list_goes_on(text, targets):
    parsed = signal_read(text)
    assert parsed.take_profits == prices(*targets)
    assert parsed.take_profit_allocations is not None and sum(parsed.take_profit_allocations) == 1


@pytest.mark.parametrize(
    ("text", "side", "stop", "targets"),
    [
        ("SOL 145 空，损 149，盈 140/136/130，10x", "short", "149", ["140", "136", "130"]),
        ("BNB 多 605 损 592 盈 620/640", "long", "592", ["620", "640"]),
    ],
)
def test_it_reads_a_terse_chinese_call_with_one_character_labels(text, side, stop, targets):
    parsed = signal_read(text)
    assert (parsed.side, parsed.stop_loss, parsed.take_profits) == (side, Decimal(stop), prices(*targets))


@pytest.mark.parametrize(
    "text",
    [
        "今天多空分歧很大，亏损 200U 的兄弟别慌，盈亏比 3 以上再考虑。",
        "BTC 空投活动还有 3 天，这次盈利 5 倍的人很多，亏损 2 成的也不少。",
    ],
)
def test_it_keeps_chinese_chatter_with_duo_kong_sun_ying_out_of_trades(text):
    assert not isinstance(parse_message(text), ParsedSignal)
