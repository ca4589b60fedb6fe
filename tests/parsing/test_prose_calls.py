"""Signals written as prose sentences, dialect range words, colloquial plural labels, a leverage before a
sizing note, and a break-even rule said as a score line: each rule tried on a wording of its own, with a
near miss in another language and a non-signal that must stay out of trades."""
from __future__ import annotations

from decimal import Decimal

from signals.parsing import ParsedSignal, ParsedUpdate, parse_message
from tests.helpers import prices, signal_read


def test_it_reads_a_gulf_until_as_the_end_of_an_entry_range():
    parsed = signal_read("#SOL\nلونق من ١٤٢ لين ١٤٥\nالأهداف: ١٥٠ - ١٥٥\nالستوب ١٣٨")
    assert (parsed.side, parsed.entry, parsed.stop_loss) == ("long", prices("142", "145"), Decimal("138"))


def test_it_reads_a_persian_range_and_an_arabic_until_alike():
    parsed = signal_read("#ADA شراء من 0.45 إلين 0.47\nالأهداف 0.50 - 0.55\nوقف 0.42")
    assert parsed.entry == prices("0.45", "0.47")


def test_it_reads_a_spoken_persian_plural_as_the_targets_label():
    parsed = signal_read("لانگ #SOL\nورود: ۱۴۲ تا ۱۴۵\nتارگتا: ۱۵۰ / ۱۵۵ / ۱۶۰\nاستاپ: ۱۳۸")
    assert parsed.take_profits == prices("150", "155", "160")


def test_it_keeps_a_chinese_leverage_before_a_sizing_note_in_its_own_clause():
    parsed = signal_read("ETHUSDT 空 现价进 SL 3300 TP 3100/3000 10倍逐仓 仓位别超过本金3%")
    assert (parsed.side, parsed.leverage) == ("short", 10)


def test_it_reads_a_russian_setup_void_with_its_condition_as_the_stop():
    parsed = signal_read("Лонг SOL от 142, цели 150 и 155. Отмена идеи — закреп ниже 138.")
    assert (parsed.side, parsed.stop_loss) == ("long", Decimal("138"))


def test_a_russian_setup_cancel_without_a_price_stays_a_cancel():
    parsed = parse_message("DOGE отмена сетапа, не входим")
    assert isinstance(parsed, ParsedUpdate) and parsed.kind == "cancel"


def test_it_reads_a_russian_first_person_plan_with_an_added_leg_and_the_rest_held():
    parsed = signal_read(
        "Шорчу ETH от 3500, доливка если дадут 3560. Стоп 3620. Фиксирую частями по 3400 и 3300, остаток держу до 3150."
    )
    assert (parsed.entry, parsed.take_profits) == (prices("3500", "3560"), prices("3400", "3300", "3150"))


def test_it_reads_an_english_void_thesis_as_the_stop():
    parsed = signal_read("Long SOL 150, targets 160 170, setup is invalid below 140")
    assert parsed.stop_loss == Decimal("140")


def test_a_dead_thesis_told_of_a_closed_trade_is_no_signal():
    assert not isinstance(parse_message("my ETH thesis is dead, closed it"), ParsedSignal)


def test_it_reads_the_rest_run_to_a_price_as_the_last_target():
    parsed = signal_read("Short AVAX 38.4. Stop 41.05. Targets 36.2, 34.75 and letting the rest run to 32.9.")
    assert parsed.take_profits == prices("36.2", "34.75", "32.9")


def test_it_reads_a_runner_price_as_the_last_target():
    parsed = signal_read("Long LINK 13.85, stop 12.95. First target 14.60, then 15.40, runner to 16.80.")
    assert parsed.take_profits == prices("14.60", "15.40", "16.80")


def test_a_question_about_the_rest_is_no_signal():
    assert not isinstance(parse_message("should I let the rest run to 32.9 on AVAX or close at 34.75?"), ParsedSignal)


def test_it_reads_an_added_leg_wished_for_in_prose_as_a_second_entry():
    parsed = signal_read("Buying some $SOL here 150, will add another chunk if it pulls back to 142. Stop 135. Targets 165 and 180.")
    assert parsed.entry == prices("142", "150")


def test_it_reads_a_cut_promised_below_a_price_as_the_stop():
    parsed = signal_read("Grabbing $ARB here 1.20, targets 1.40 and 1.60. I'll cut it under 1.08 on a daily close.")
    assert parsed.stop_loss == Decimal("1.08")


def test_a_holder_promising_a_cut_is_no_signal():
    assert not isinstance(parse_message("still holding INJ, I'll cut it below 20.80 if it breaks"), ParsedSignal)
