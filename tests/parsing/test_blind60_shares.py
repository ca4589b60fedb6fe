"""Round 60: shares read by their count, said "respectively", or after a condition clause (``counted_shares``)."""
from decimal import Decimal

from signals.parsing import parse_message
from tests.helpers import prices, signal_read

EAGLE = (
    "🦅 EAGLE CALLS — VIP 🦅\n\n#AVAX/USDT 📉 SHORT\n\nEntry: 38.60 - 39.40\nLeverage: Cross 20x\n\n"
    "Targets:\n1) 37.90\n2) 37.10\n3) 35.80\n4) 34.00\n\nStop: 40.75\n\n"
    "Split: 40% / 30% / 20% / 10%\nOnce TP1 hits, SL goes to entry."
)
AVAX_RU = (
    "🟢 #AVAX — ЛОНГ\n\nВход: 31,20 – 32,05\nТейки: 33,40 / 34,85 / 36,90\nСтоп: 29,75\n"
    "Плечо: х10 (изолированная маржа)\n\n"
    "После первого тейка стоп в безубыток, фиксируем 40% на первом тейке, по 30% на втором и третьем."
)
SUI_ZH = "【合约策略】SUIUSDT\n方向：做多\n挂单：3.62、3.55、3.47（分别 25%/50%/25%）\n止盈：3.78、3.95、4.20\n止损：3.36\n建议 10-15倍 全仓"


def fractions(*values: str) -> list[Decimal]:
    return [Decimal(v) for v in values]


def test_it_gives_a_split_line_after_the_stop_to_the_targets_it_counts():
    signal = signal_read(EAGLE)
    assert signal.take_profit_allocations == fractions("0.4", "0.3", "0.2", "0.1")
    assert signal.entry_allocations is None
    assert signal.breakeven_after == 1


def test_it_leaves_a_split_line_whose_count_matches_no_leg():
    signal = signal_read(EAGLE.replace("40% / 30% / 20% / 10%", "50% / 30% / 20%"))
    assert signal.take_profit_allocations is None


def test_it_leaves_a_split_line_that_does_not_make_up_the_position():
    signal = signal_read(EAGLE.replace("40% / 30% / 20% / 10%", "40% / 30% / 20% / 20%"))
    assert signal.take_profit_allocations is None


def test_it_leaves_a_split_line_as_many_as_entries_and_targets():
    text = "#SOL/USDT LONG\nEntry: 140 - 142\nTargets: 146 / 150\nStop: 136\n\nSplit: 60% / 40%"
    assert signal_read(text).take_profit_allocations is None


def test_it_reads_one_share_at_the_first_target_and_one_at_the_second_and_third_after_a_condition():
    signal = signal_read(AVAX_RU)
    assert signal.take_profit_allocations == fractions("0.4", "0.3", "0.3")
    assert signal.breakeven_after == 1


def test_it_reads_the_same_rule_in_english_and_spanish():
    english = ("#AVAX/USDT LONG\nEntry: 31.20 - 32.05\nTargets: 33.40 / 34.85 / 36.90\nStop: 29.75\n\n"
               "After TP1 stop to breakeven, take 40% at TP1, 30% each at TP2 and TP3.")
    spanish = ("#AVAX/USDT LARGO\nEntrada: 31,20 - 32,05\nObjetivos: 33,40 / 34,85 / 36,90\nStop: 29,75\n\n"
               "Después del primer objetivo stop a breakeven, cerramos 40% en el primer objetivo, 30% en el segundo y tercero.")
    assert signal_read(english).take_profit_allocations == fractions("0.4", "0.3", "0.3")
    assert signal_read(spanish).take_profit_allocations == fractions("0.4", "0.3", "0.3")


def test_it_leaves_group_shares_that_do_not_make_up_the_position():
    text = AVAX_RU.replace("по 30%", "по 20%")
    assert signal_read(text).take_profit_allocations is None


def test_a_clause_moving_the_stop_to_a_price_lends_the_shares_after_it_nothing():
    # Session 15 reads the ordinal shares on their own (``ordinal_shares``): "Стоп на 31,00" moves the
    # stop to a price, neither a share nor a break-even.
    text = AVAX_RU.replace("После первого тейка стоп в безубыток", "Стоп на 31,00 после первого тейка")
    signal = signal_read(text)
    assert signal.take_profit_allocations == [Decimal("0.4"), Decimal("0.3"), Decimal("0.3")]
    assert signal.breakeven_after is None


def test_it_gives_respective_shares_to_the_entries_in_the_order_written():
    signal = signal_read(SUI_ZH)
    assert signal.entry == prices("3.47", "3.55", "3.62")
    assert signal.entry_allocations == fractions("0.25", "0.5", "0.25")


def test_it_puts_respective_shares_back_in_ascending_order():
    text = SUI_ZH.replace("25%/50%/25%", "20%/30%/50%")
    assert signal_read(text).entry_allocations == fractions("0.5", "0.3", "0.2")


def test_it_reads_respectively_in_other_languages():
    english = "#SUI/USDT LONG\nEntry: 3.62 / 3.55 / 3.47 (respectively 25/50/25%)\nTargets: 3.78 / 3.95 / 4.20\nStop: 3.36"
    russian = "#SUI/USDT ЛОНГ\nВход: 3,62 / 3,55 / 3,47 (соответственно 25/50/25%)\nТейки: 3,78 / 3,95 / 4,20\nСтоп: 3,36"
    for text in (english, russian):
        assert signal_read(text).entry_allocations == fractions("0.25", "0.5", "0.25")


def test_it_leaves_respective_shares_of_another_count_or_total():
    wrong_count = SUI_ZH.replace("25%/50%/25%", "50%/50%")
    wrong_total = SUI_ZH.replace("25%/50%/25%", "25%/50%/50%")
    assert signal_read(wrong_count).entry_allocations is None
    assert signal_read(wrong_total).entry_allocations is None


def test_a_split_line_alone_is_no_trade():
    assert parse_message("Split: 40% / 30% / 20% / 10%") is None
