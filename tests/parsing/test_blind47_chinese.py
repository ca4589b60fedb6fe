"""Round 47 (Chinese): a side word before 布局, squeeze words, a word ticker before Chinese prose,
question tags ("靠谱不？"), and the last target closing what is left."""
from decimal import Decimal

from signals.parsing import ParsedUpdate, parse_message
from tests.helpers import plan_of, prices, signal_read


def test_it_reads_a_side_before_its_placement_label_as_the_entry():
    parsed = signal_read("ETH 4H 回踩\n空單佈局：3520 / 3560 / 3600\n止損：3650\n目標：3400 → 3300")
    assert plan_of(parsed)[:5] == ("ETH/USDT", "short", prices("3520", "3560", "3600"), Decimal("3650"), prices("3400", "3300"))


def test_it_keeps_a_short_squeeze_from_deciding_the_side():
    parsed = signal_read("AVAX 前面空头挤压之后转强\n多单布局：24.5 / 23.8\n止损 22.9\n目标 26 / 27.5")
    assert (parsed.side, parsed.entry, parsed.certainty) == ("long", prices("23.8", "24.5"), "high")


def test_it_reads_enter_long_at_market_as_the_side():
    parsed = signal_read("ARB 回调到位\n市价直接进多\n止损 0.71\n止盈 0.80 / 0.86")
    assert plan_of(parsed)[:4] == ("ARB/USDT", "long", [], Decimal("0.71"))


def test_it_reads_a_word_ticker_before_chinese_prose_as_the_pair():
    parsed = signal_read("MOVE 這波回調給機會了\n市價直接進多\n止損 0.482\n止盈 0.530 / 0.565")
    assert parsed.symbol == "MOVE/USDT"
    parsed = signal_read("ONE 这里要起飞了\n0.0125 附近接多\n止损 0.0115\n目标 0.0138 / 0.0150")
    assert parsed.symbol == "ONE/USDT"


def test_it_names_the_pair_of_a_cancel_by_a_word_ticker():
    parsed = parse_message("取消 NOT 的多单挂单，一直没成交。")
    assert isinstance(parsed, ParsedUpdate) and (parsed.kind, parsed.symbol) == ("cancel", "NOT/USDT")


def test_it_keeps_a_word_glued_to_chinese_or_beside_another_pair_a_word():
    parsed = signal_read("BTC 做多 65000，止损 64000，目标 67000，GAS 费有点高")
    assert parsed.symbol == "BTC/USDT"
    assert parse_message("今天 GAS费 好高，链上好堵") is None


def test_it_reads_a_plan_asked_about_with_a_tag_as_a_question():
    assert parse_message("有人在 ARB 这里开空吗？我想 0.85 空，止损 0.9，目标 0.78，靠谱不？") is None
    assert parse_message("想问 SOL 150 做多，止损 145，目标 160，合不合适？") is None
    assert parse_message("I want to short ARB at 0.85, stop 0.9, target 0.78, makes sense?") is None
    assert parse_message("Quiero shortear ARB en 0,85, stop 0,9, objetivo 0,78, ¿tiene sentido?") is None


def test_it_keeps_a_call_that_only_asks_in_its_own_sentence():
    parsed = signal_read("ARB 做空 0.85\n止损 0.9\n目标 0.78\n跟不跟？")
    assert parsed.side == "short"


def test_it_gives_the_last_target_what_is_left_when_it_closes_all():
    plan = "SOL 做多\n入场：142.5\n止損：131.5\n目標：148 / 155 / 163\n"
    for rule in ("TP1 平 40%，TP2 平 30%，TP3 全平", "TP1 close 40%, TP2 close 30%, TP3 close the rest",
                 "TP1 %40 kapat, TP2 %30 kapat, TP3 kalanı kapat", "TP1 закрыть 40%, TP2 закрыть 30%, TP3 закрыть остаток"):
        assert signal_read(plan + rule).take_profit_allocations == [Decimal("0.4"), Decimal("0.3"), Decimal("0.3")], rule


def test_it_splits_a_rest_over_targets_listed_with_commas():
    parsed = signal_read("SOL 做多\n入场：142.5\n止損：131.5\n目標：148 / 155 / 163\nTP1 出一半，剩下的 TP2、TP3 平均分。")
    assert parsed.take_profit_allocations == [Decimal("0.5"), Decimal("0.25"), Decimal("0.25")]


def test_it_does_not_read_how_much_to_enter_as_a_long():
    parsed = parse_message("ETH 进多少仓位合适？")
    assert parsed is None
