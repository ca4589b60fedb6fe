"""Round 59's management hints: a break-even said "as soon as" a target prints, an ordinal with its
measure word ("第一个目标"), an allocation line under the entries, shares run over "each target", a
ratio beside the entry label, and a fraction or rounded share of each entry."""
from decimal import Decimal

from signals.parsing import parse_message
from signals.parsing.hints import breakeven_after

D = Decimal
THIRDS = [D("0.3333"), D("0.3333"), D("0.3334")]


def test_it_reads_breakeven_as_soon_as_the_first_target_prints():
    parsed = parse_message(
        "⚡️ SIGNAL #128 ⚡️\n\n🔴 SHORT — $INJ\n\n📍 Entries (ladder):\n  1️⃣ 24.15 — 25%\n  2️⃣ 24.90 — 25%\n"
        "  3️⃣ 25.70 — 50%\n\n🎯 TP1 23.40\n🎯 TP2 22.65\n🎯 TP3 21.30\n🎯 TP4 19.80\n\n🛑 SL 26.85\n⚙️ Isolated | 15x\n\n"
        "📌 Management: book 25% at every TP. SL to breakeven as soon as TP1 prints."
    )
    assert parsed.breakeven_after == 1
    assert parsed.entry_allocations == [D("0.25"), D("0.25"), D("0.5")]
    assert parsed.take_profit_allocations == [D("0.25")] * 4


def test_as_soon_as_possible_names_no_target_for_breakeven():
    assert breakeven_after("SL to breakeven as soon as possible.") is None
    assert breakeven_after("SL to breakeven as soon as TP2 prints.") == 2


def test_it_reads_breakeven_after_the_first_target_with_its_measure_word_in_chinese():
    parsed = parse_message(
        "SOL 分批做空\n第一档 198 (40%)\n第二档 203 (30%)\n第三档 208 (30%)\n止损 214\n止盈 188 / 180 / 172\n到第一个目标后止损拉到保本"
    )
    assert parsed.breakeven_after == 1
    assert parsed.entry_allocations == [D("0.4"), D("0.3"), D("0.3")]
    assert parsed.take_profits == [D("188"), D("180"), D("172")]


def test_chinese_ladder_without_a_rule_has_no_breakeven():
    parsed = parse_message("SOL 分批做空\n第一档 198\n第二档 203\n止损 214\n止盈 188 / 180 / 172")
    assert parsed.breakeven_after is None
    assert parsed.entry == [D("198"), D("203")]


def test_an_allocation_line_under_the_entries_splits_the_entries():
    parsed = parse_message(
        "🔻 ETH — SHORT\n\nEntradas: 3.520 / 3.585 / 3.640\nDistribuição: 30% / 30% / 40%\nStop: 3.712\n"
        "TPs: 3.455, 3.380, 3.250\nAlavancagem: 20x"
    )
    assert parsed.entry_allocations == [D("0.3"), D("0.3"), D("0.4")]
    assert parsed.take_profit_allocations is None
    assert parsed.entry == [D("3520"), D("3585"), D("3640")]


def test_an_allocation_line_under_the_targets_still_splits_the_targets():
    parsed = parse_message(
        "🔻 ETH — SHORT\n\nEntradas: 3.520 / 3.585\nStop: 3.712\nTPs: 3.455, 3.380, 3.250\nDistribuição: 50% / 30% / 20%"
    )
    assert parsed.take_profit_allocations == [D("0.5"), D("0.3"), D("0.2")]
    assert parsed.entry_allocations is None


def test_it_reads_one_share_per_target_after_each_target_in_persian():
    parsed = parse_message(
        "🟢 لانگ #ADA\nورود پله‌ای: 0.712 / 0.698 / 0.684\nاهداف: 0.735 - 0.76 - 0.80\n"
        "سیو سود در هر تارگت: ۳۰٪ / ۳۰٪ / ۴۰٪\nاستاپ لاس: 0.662\nاهرم: x10 تا x20\n"
        "بعد از تارگت ۱ تریلینگ استاپ (استاپ پشت تارگت قبلی)"
    )
    assert parsed.take_profit_allocations == [D("0.3"), D("0.3"), D("0.4")]
    assert parsed.trailing == {"kind": "moving_target", "activate_after_target": 1}


def test_shares_after_each_target_that_do_not_match_the_targets_are_no_split():
    parsed = parse_message("ADA LONG\nEntry 0.70\nTargets: 0.735 - 0.76 - 0.80\nProfit at each target: 50% / 50%\nSL 0.66")
    assert parsed.take_profit_allocations is None


def test_it_reads_a_ratio_beside_the_entry_label_as_the_entries_shares():
    parsed = parse_message(
        "📊 $NEAR/USDT — BUY\n\nEntry bertahap (50:50):\n🔹 6,42\n🔹 6,25\n\nTarget:\n1️⃣ 6,78 (50%)\n2️⃣ 7,15 (30%)\n"
        "3️⃣ 7,70 (20%)\n\n⛔ Stop: 5,98\n⚙️ Isolated 12x"
    )
    assert parsed.entry_allocations == [D("0.5"), D("0.5")]
    assert parsed.take_profit_allocations == [D("0.5"), D("0.3"), D("0.2")]
    assert parsed.entry == [D("6.25"), D("6.42")]


def test_an_uneven_ratio_beside_the_entry_label_keeps_the_written_order():
    parsed = parse_message("NEAR LONG\nEntry (60:40):\n6.42\n6.25\nTarget: 6.78\nStop: 5.98")
    assert parsed.entry == [D("6.25"), D("6.42")]
    assert parsed.entry_allocations == [D("0.4"), D("0.6")]


def test_a_reward_ratio_beside_the_entry_is_no_split():
    parsed = parse_message("ETH LONG\nEntry 3500 (1:2)\nSL 3400\nTP 3700")
    assert parsed.entry == [D("3500")]
    assert parsed.entry_allocations is None


def test_a_target_reward_ratio_is_still_dropped():
    parsed = parse_message("ETH LONG\nEntry 3500\nSL 3400\nTP1 (1:2): 3700\nTP2 (1:3): 3800")
    assert parsed.take_profits == [D("3700"), D("3800")]


def test_it_reads_a_third_of_each_entry_level_in_chinese():
    parsed = parse_message("#ETH 做多\n挂单：3,520 / 3,560 / 3,600\n每档 1/3 仓位\n止损 3,450\n目标 3,700 / 3,800")
    assert parsed.entry_allocations == THIRDS
    assert parsed.take_profit_allocations is None


def test_it_reads_a_third_on_each_entry_in_english_and_russian():
    english = parse_message("ETH LONG\nEntries: 3520 / 3560 / 3600\n1/3 on each entry\nSL 3450\nTP 3700 / 3800")
    russian = parse_message("ETH лонг\nВход: 3520 / 3560 / 3600\nпо 1/3 на каждый вход\nСтоп: 3450\nЦели: 3700 / 3800")
    assert english.entry_allocations == THIRDS
    assert russian.entry_allocations == THIRDS


def test_a_rounded_share_of_each_entry_is_the_even_split():
    parsed = parse_message("ETH LONG\nEntries: 3520 / 3560 / 3600\n33% each entry\nSL 3450\nTP 3700 / 3800")
    assert parsed.entry_allocations == THIRDS


def test_a_share_of_each_entry_that_is_not_an_even_split_is_left_out():
    quarter = parse_message("ETH LONG\nEntries: 3520 / 3560 / 3600\n25% each entry\nSL 3450\nTP 3700 / 3800")
    half = parse_message("ETH LONG\nEntries: 3520 / 3560 / 3600\n1/2 on each entry\nSL 3450\nTP 3700 / 3800")
    assert quarter.entry_allocations is None
    assert half.entry_allocations is None


def test_a_third_of_each_target_is_no_entry_split():
    parsed = parse_message("#ETH 做多\n挂单：3,520 / 3,560 / 3,600\n每个目标 1/3\n止损 3,450\n目标 3,700 / 3,800 / 3,900")
    assert parsed.entry_allocations is None
