"""Calls told in conversational prose in Hindi/Hinglish, Indonesian, Vietnamese and Persian, each rule tried
with variants in other languages and a non-signal (a holder's past, a question) that must stay out of trades:
a stop's placing verb, targets "in turn", a range before the order to enter, and two entries half each."""
from __future__ import annotations

from decimal import Decimal

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import prices, signal_read


def _no_trade(text: str) -> bool:
    return not isinstance(parse_message(text), ParsedSignal)


# A stop with the verb that places it ("SL taro di bawah 136").
def test_it_reads_an_indonesian_put_verb_between_the_stop_label_and_its_price():
    parsed = signal_read("Gw cicil long $SOL di 142,5 sama 139,8 ya, SL taro di bawah 136. TP 147 / 151,5 / 158")
    assert parsed.stop_loss == Decimal("136")


def test_it_reads_the_placing_verb_in_spanish_and_english_alike():
    spanish = signal_read("Largo SOL en 142,5, SL ponlo debajo de 136. Objetivos 147 / 151,5")
    english = signal_read("Long SOL at 142.5, SL put below 136. TP 147")
    assert spanish.stop_loss == english.stop_loss == Decimal("136")


def test_a_holder_telling_where_his_stop_sits_is_no_signal():
    assert _no_trade("I'm in SOL from 142.3 since tuesday, stop sitting at 136, hoping for 155")
    assert _no_trade("Gw taro SL di bawah 136 kemarin, masih hold SOL")


# Targets "in turn" ("Mục tiêu lần lượt 66.900 / 65.700 / 64.200").
def test_it_reads_vietnamese_targets_in_turn_and_the_shares_after_them():
    parsed = signal_read(
        "Short BTC nhé ae\nMình canh short quanh vùng 67.850 – 68.300, SL trên 69.150 (đóng nến H4). "
        "Mục tiêu lần lượt 66.900 / 65.700 / 64.200.\nĐòn bẩy x20, isolated.\n"
        "Chốt 50% ở TP1 rồi dời SL về entry luôn; phần còn lại để chạy TP2, TP3 (25% mỗi mốc)."
    )
    assert parsed.take_profits == prices("66900", "65700", "64200")
    assert parsed.take_profit_allocations == [Decimal("0.5"), Decimal("0.25"), Decimal("0.25")]


def test_it_reads_targets_in_turn_in_russian_chinese_and_english():
    for text in (
        "BTC шорт 67850 - 68300, стоп 69150. Цели по очереди 66900 / 65700 / 64200",
        "BTC 空 67850-68300 止损 69150 目标依次 66900 / 65700 / 64200",
        "Short BTC 67850 - 68300, SL 69150. Targets in turn 66900 / 65700 / 64200",
    ):
        assert signal_read(text).take_profits == prices("66900", "65700", "64200"), text


def test_targets_in_turn_asked_about_are_no_signal():
    assert _no_trade("mục tiêu lần lượt 66.900 / 65.700 đã chạm hết chưa anh? BTC")
    assert _no_trade("BTC targets in turn 66900 / 65700 were hit last week, nice")


# A range before the order to enter ("از محدوده ۳٬۲۱۰ تا ۳٬۱۸۰ پله‌ای وارد بشید").
def test_it_reads_a_persian_range_before_the_order_to_enter_and_its_percent_trail():
    parsed = signal_read(
        "یه لانگ روی اتریوم (#ETH) داریم. از محدوده ۳٬۲۱۰ تا ۳٬۱۸۰ پله‌ای وارد بشید.\n"
        "تارگت‌ها: ۳٬۲۸۰ – ۳٬۳۵۰ – ۳٬۴۶۰\nحد ضرر: ۳٬۱۱۵\n"
        "بعد از تارگت دوم تریلینگ استاپ ۱.۵ درصدی فعال کنید"
    )
    assert parsed.entry == prices("3180", "3210")
    assert parsed.trailing == {"kind": "percent_below_highest", "callback_pct": Decimal("1.5"), "activate_after_target": 2}


def test_it_reads_a_range_before_the_order_to_enter_in_russian_and_turkish():
    for text in (
        "Лонг ETH, думаю пора. от 3210 до 3180 входим.\nTP 3280 / 3350\nSL 3115",
        "ETH long fırsatı var. 3210 ile 3180 arası giriş yapın.\nTP 3280 / 3350\nSL 3115",
    ):
        assert signal_read(text).entry == prices("3180", "3210"), text


def test_a_range_we_entered_or_ask_about_is_no_signal():
    assert _no_trade("دیروز از محدوده ۳٬۲۱۰ تا ۳٬۱۸۰ روی #ETH لانگ وارد شدیم")
    assert _no_trade("از محدوده ۳٬۲۱۰ تا ۳٬۱۸۰ وارد بشیم روی #ETH؟")


# Two entries half each ("0.1612 पे आधा और 0.1575 पे बाकी आधा").
def test_it_reads_two_hindi_entries_half_each():
    parsed = signal_read(
        "🚀 #DOGE लॉन्ग सेटअप\n\nएंट्री दो हिस्सों में लेना: 0.1612 पे आधा और 0.1575 पे बाकी आधा\n"
        "टारगेट्स 👉 0.1680 | 0.1740 | 0.1820\nस्टॉपलॉस 👉 0.1520"
    )
    assert (parsed.entry, parsed.entry_allocations) == (prices("0.1575", "0.1612"), [Decimal("0.5"), Decimal("0.5")])


def test_it_reads_entries_half_each_in_russian_spanish_and_hinglish():
    targets = "\nTargets 0.1680 | 0.1740\nSL 0.1520"
    for text in (
        "#DOGE LONG\nВход: половина 0.1612, вторая половина 0.1575" + targets,
        "#DOGE LONG\nEntrada: mitad en 0,1612 y la otra mitad en 0,1575" + targets,
        "#DOGE LONG\nEntry: 0.1612 pe aadha aur 0.1575 pe baaki aadha" + targets,
    ):
        parsed = signal_read(text)
        assert parsed.entry_allocations == [Decimal("0.5"), Decimal("0.5")], text


def test_a_holder_telling_his_halves_is_no_signal():
    assert _no_trade("maine DOGE 0.1612 pe aadha aur 0.1575 pe baaki aadha liya tha, ab kya karu?")
