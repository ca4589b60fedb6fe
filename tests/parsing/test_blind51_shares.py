"""Round 51 (shares): target shares separated only by spaces, a target word left out after its ordinal,
a rest given its share per target, a close's shares "at TP1/2/3", the shares of entries written after
the side, and the Chinese "掛" (place) between a leg's price and its share."""
from decimal import Decimal

import pytest

from tests.helpers import plan_of, prices, signal_read

PLAN = "BTC long\nEntry 60000\nSL 58000\nTP 61000 62000 63000\n"


def test_it_reads_space_separated_target_shares():
    parsed = signal_read(
        "#ONE/USDT LONG 📈\n\nBuy: 0.01385 – 0.01420 – 0.01455\nSell: 0.0152 | 0.0160 | 0.0171\nSL: 0.0129\n\n"
        "Take profit 50% 30% 20%\nLeverage 5-10x"
    )
    assert parsed.take_profit_allocations == prices("0.5", "0.3", "0.2")


def test_it_reads_a_bare_space_separated_share_run_after_a_prose_call():
    parsed = signal_read(
        "new ETH short boys lol 3,412-3,448 sl 3,505 tp 3,350 / 3,280 / 3,190, 15x iso. 50% 30% 20% like always"
    )
    assert parsed.take_profit_allocations == prices("0.5", "0.3", "0.2")


@pytest.mark.parametrize(
    "line",
    [
        "Expected moves 5% 10% 15%",  # gains: they do not make up the position
        "Entry 50% 50% 0%",  # the entries' split, not the targets'
        "Take profit 50% 50%",  # two shares for three targets
        "Take profit +50% +30% +20%",  # signed gains
    ],
)
def test_it_leaves_space_separated_percentages_that_are_no_target_shares(line):
    assert signal_read(PLAN + line).take_profit_allocations is None


def test_it_reads_a_close_of_shares_at_numbered_targets_and_keeps_their_numbers_out_of_the_targets():
    parsed = signal_read(
        "1/ $BTC looking heavy under 68k, I'm not touching it until it reclaims. But there is one chart I really like 🧵\n\n"
        "2/ $NOT long\nEntry 0.00742 - 0.00768\nInvalidation 0.00695\nTargets: 0.0081 / 0.0086 / 0.0093\n\n"
        "3/ Management: close 50/25/25 at TP1/2/3, SL to BE once TP1 prints. Lev 10x, nothing crazy.\n\n4/"
    )
    assert plan_of(parsed) == (
        "NOT/USDT", "long", prices("0.00742", "0.00768"), Decimal("0.00695"), prices("0.0081", "0.0086", "0.0093"), 10,
    )
    assert parsed.take_profit_allocations == prices("0.5", "0.25", "0.25")
    assert parsed.breakeven_after == 1


def test_it_still_reads_prices_after_a_numbered_target_run_with_a_colon():
    parsed = signal_read("BTC long\nEntry 60000\nSL 58000\nTP1/2/3: 61000 / 62000 / 63000")
    assert parsed.take_profits == prices("61000", "62000", "63000")


def test_it_reads_entry_shares_written_after_the_side_in_ascending_entry_order():
    parsed = signal_read(
        "ребят беру ONE лонг лесенкой: 0,01480 (40%), 0,01440 (30%), 0,01400 (30%). стоп 0,01350, "
        "тейки 0,01550 0,01620 0,01710, плечо 5-10х"
    )
    assert parsed.entry == prices("0.01400", "0.01440", "0.01480")
    assert parsed.entry_allocations == prices("0.3", "0.3", "0.4")


def test_it_leaves_side_entry_percentages_that_do_not_make_up_the_position():
    parsed = signal_read("ONE long: 0.01480 (10%), 0.01440 (20%), 0.01400 (30%). stop 0.01350, targets 0.01550 0.01620")
    assert parsed.entry_allocations is None


@pytest.mark.parametrize(
    "line",
    [
        "На первом тейке закрываем 30%, на втором ещё 30%, остаток — на третьем.",
        "На первом тейке фиксируем 30%, на втором 30%, остальное на третьем",
    ],
)
def test_it_reads_an_ordinal_that_leaves_out_its_target_word(line):
    assert signal_read(PLAN + line).take_profit_allocations == prices("0.3", "0.3", "0.4")


def test_it_reads_a_rest_given_its_share_per_target():
    parsed = signal_read(
        "【合約策略】$ETH 做空 逐倉 x25\n進場：3,420 ~ 3,465\n止損：3,528\n目標：3,360、3,295、3,210\n"
        "止盈分批：第一目標平倉50%，剩下兩個目標各25%\n到第二目標後啟動移動止盈，止損跟隨上一個目標。"
    )
    assert parsed.take_profit_allocations == prices("0.5", "0.25", "0.25")
    assert parsed.trailing == {"kind": "moving_target", "activate_after_target": 2}


def test_it_leaves_a_rest_share_that_the_shares_before_it_do_not_leave():
    assert signal_read(PLAN + "Close 50% at TP1, rest 30% each").take_profit_allocations is None


def test_it_matches_a_plain_share_at_the_first_target_in_english_and_vietnamese():
    english = signal_read(PLAN + "Close 50% at TP1, move SL to entry after TP1")
    vietnamese = signal_read(PLAN + "Chốt 50% ở TP1, dời SL về entry sau TP1")
    assert vietnamese.take_profit_allocations == english.take_profit_allocations
    assert vietnamese.breakeven_after == english.breakeven_after == 1


def test_it_reads_a_chinese_ladder_with_a_place_verb_between_price_and_share():
    parsed = signal_read(
        "#GAS 合約 做多\n分批掛單：4.12 掛 30%、3.96 掛 30%、3.80 掛 40%\n止損：3.62\n目標：4.45 - 4.80 - 5.30\n"
        "槓桿 5-10倍 逐倉\n第一目標到了就保本，止損拉到開倉均價。"
    )
    assert plan_of(parsed) == ("GAS/USDT", "long", prices("3.80", "3.96", "4.12"), Decimal("3.62"), prices("4.45", "4.80", "5.30"), 5)
    assert parsed.margin_mode == "isolated"
    assert parsed.entry_allocations == prices("0.4", "0.3", "0.3")
    assert parsed.breakeven_after == 1
