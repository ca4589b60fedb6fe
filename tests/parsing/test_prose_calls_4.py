"""Calls whose entry, stop or targets come in prose or under an unusual label, each rule tried with variants
in other languages and a non-signal that must stay out of trades: the English "TP" written in Arabic
letters ("تي بي:"), a verb between a stop label and its side word ("Stop goes above 0.1688"), a conditional
entry with the level's case ending ("0,8420 seviyesine gelirse"), and "first" opening a target list
("Targets pehle 3,360, phir 3,290")."""
from __future__ import annotations

from decimal import Decimal

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import prices, signal_read


def _no_trade(text: str) -> bool:
    return not isinstance(parse_message(text), ParsedSignal)


# "تي بي:" (TP) in Arabic letters as the targets' label.
def test_it_reads_arabic_letters_spelling_tp_as_the_target_label():
    parsed = signal_read(
        "BTC PERP 🔴 بيع\nدخول: 67,450 / 67,900\nستوب: 68,600\nتي بي: 66,800 - 66,100 - 65,200\nرافعة 25x"
    )
    assert (parsed.side, parsed.entry) == ("short", prices("67450", "67900"))
    assert parsed.take_profits == prices("66800", "66100", "65200")


def test_it_reads_the_persian_and_hindi_spellings_of_tp_and_sl_alike():
    persian = signal_read("ETH لانگ\nورود: 3,420\nاس ال: 3,350\nتی پی: 3,500 - 3,580")
    hindi = signal_read("ETH लॉन्ग\nएंट्री: 3,420\nएसएल: 3,350\nटीपी: 3,500 - 3,580")
    assert persian.take_profits == hindi.take_profits == prices("3500", "3580")
    assert persian.stop_loss == hindi.stop_loss == Decimal("3350")


def test_a_question_about_tp_in_arabic_letters_is_no_signal():
    assert _no_trade("شو يعني تي بي و ستوب يا جماعة؟ انا جديد")


# "Stop goes above 0.1688": a verb between the stop label and its side word.
def test_it_reads_a_stop_with_a_verb_before_its_side_word():
    parsed = signal_read(
        "Taking a short on DOGE-USDT PERP here 0.1624. Stop goes above 0.1688, first target 0.1570 then 0.1515 "
        "if momentum keeps up. Keep it low lev, 5x max, this is a counter-trend play."
    )
    assert (parsed.side, parsed.entry, parsed.stop_loss) == ("short", prices("0.1624"), Decimal("0.1688"))
    assert parsed.take_profits == prices("0.1570", "0.1515")


def test_it_reads_the_stop_verb_in_russian_spanish_portuguese_and_indonesian():
    russian = signal_read("Шорт DOGE/USDT по 0.1624. Стоп будет выше 0.1688, цели 0.1570 и 0.1515")
    spanish = signal_read("Short DOGE/USDT en 0,1624. El stop va por encima de 0,1688, objetivos 0,1570 y 0,1515")
    portuguese = signal_read("Short DOGE/USDT em 0,1624. Stop vai acima de 0,1688, alvos 0,1570 e 0,1515")
    indonesian = signal_read("Short DOGE/USDT di 0.1624. SL letaknya di atas 0.1688, target 0.1570 dan 0.1515")
    assert {p.stop_loss for p in (russian, spanish, portuguese, indonesian)} == {Decimal("0.1688")}


def test_talk_of_where_a_stop_goes_without_a_call_is_no_signal():
    assert _no_trade("DOGE is weak, the stop goes above 0.1688 for most longs I guess")


# "Fiyat 0,8420 seviyesine gelirse short açıyoruz": the level's case ending before the condition's verb.
def test_it_reads_a_turkish_conditional_entry_at_a_level():
    parsed = signal_read(
        "Arkadaşlar ARB-USDT tarafında short bakıyoruz. Fiyat 0,8420 seviyesine gelirse short açıyoruz, stop 0,8710. "
        "Hedefler 0,8150 - 0,7900 - 0,7600. 1. hedeften sonra stop girişe çekilecek, unutmayın. Kaldıraç 3-5x, fazlası riskli."
    )
    assert (parsed.side, parsed.entry, parsed.stop_loss) == ("short", prices("0.8420"), Decimal("0.8710"))
    assert parsed.take_profits == prices("0.8150", "0.7900", "0.7600")


def test_it_reads_the_conditional_entry_at_a_level_in_english_and_russian():
    english = signal_read("ARB/USDT short. If price comes to the 0.8420 level we open short, stop 0.8710. Targets 0.8150 - 0.7900")
    russian = signal_read("ARB/USDT шорт. Если цена дойдёт до уровня 0.8420 открываем шорт, стоп 0.8710. Цели 0.8150 - 0.7900")
    assert english.entry == russian.entry == prices("0.8420")


def test_a_turkish_question_about_a_level_is_no_signal():
    assert _no_trade("ARB 0,8420 seviyesine gelirse ne yaparsınız sizce?")


# "Targets pehle 3,360, phir 3,290" ("Targets first 3,360, then 3,290").
def test_it_reads_first_opening_a_hinglish_target_list():
    parsed = signal_read("ETH: 3,420 se 3,465 ke beech short bharo, SL 3,512. Targets pehle 3,360, phir 3,290")
    assert (parsed.side, parsed.entry, parsed.stop_loss) == ("short", prices("3420", "3465"), Decimal("3512"))
    assert parsed.take_profits == prices("3360", "3290")


def test_it_reads_first_opening_a_target_list_in_other_languages():
    english = signal_read("ETH short 3,420 - 3,465, SL 3,512. Targets first 3,360, then 3,290")
    russian = signal_read("ETH шорт 3,420 - 3,465, стоп 3,512. Цели сначала 3,360, потом 3,290")
    turkish = signal_read("ETH short 3.420 - 3.465, SL 3.512. Hedefler öncelikle 3.360, sonra 3.290")
    arabic = signal_read("ETH short 3,420 - 3,465, SL 3,512. الأهداف أولا 3,360 ثم 3,290")
    assert {tuple(p.take_profits) for p in (english, russian, turkish, arabic)} == {tuple(prices("3360", "3290"))}


def test_a_holder_telling_his_first_target_hit_is_no_signal():
    assert _no_trade("ETH ka target pehle 3,360 tha, woh hit ho gaya kal, ab kya karu?")
