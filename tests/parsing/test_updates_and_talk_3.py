"""Management updates and talk, third round: "hit target n too" in Persian ("تارگت دوم رو هم زد"), Arabic
("حقق الهدف الثاني أيضاً") and Vietnamese ("chạm luôn") is that target's tp_hit; a conditional entry "as soon as it
breaks X" in every language is the entry [X]; questions repeating a plan ("é tarde demais pra entrar?", "не поздно
лонговать …?") stay out; the Arabic "and the other half" splits an entry; a Spanish closing tag question ("¿vale?",
"¿sí?") on a call told in the first person is still the call, while a real question stays out."""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import parse_message
from tests.helpers import signal_read, update_read


@pytest.mark.parametrize("text, index", [
    ("✅ DOGE تارگت دوم رو هم زد (۰٫۱۶۷۵) 🔥🔥\nتبریک به همه اعضای VIP، باقی پوزیشن رو نگه دارید تا تارگت سوم 💪", 2),
    ("DOGE تارگت دوم را هم زد", 2),
    ("DOGE تارگت ۳ رو هم زدیم ✅", 3),
    ("DOGE حقق الهدف الثاني أيضاً ✅", 2),
    ("DOGE đã chạm luôn TP2", 2),
    ("DOGE chạm luôn mục tiêu 2", 2),
    ("DOGE hit the second target too", 2),
    ("DOGE второй тейк тоже взяли", 2),
    ("DOGE ikinci hedefi de vurdu", 2),
    ("DOGE 第二个目标也到了", 2),
])
def test_hitting_a_further_target_too_is_its_tp_hit(text, index):
    update = update_read(text)
    assert (update.kind, update.symbol, update.target_index) == ("tp_hit", "DOGE/USDT", index)


@pytest.mark.parametrize("text", [
    "زد الكمية على DOGE عند 0.16",  # Arabic "add!": the bare "زد" is no hit
    "SOL زد 10% عند 140",
])
def test_a_bare_arabic_zad_reports_no_hit(text):
    assert parse_message(text) is None


@pytest.mark.parametrize("entry_line", [
    "Entry: as soon as it breaks 5.40",
    "Entry: once it breaks 5.40",
    "Entry: once price breaks above 5.40",
    "Entrada: en cuanto rompa 5,40",
    "Entrada: assim que romper 5,40",
    "Entrada: assim que rompa 5,40",
    "Вход: как только пробьёт 5.40",
    "Вход: как только пробьет 5.40",
    "Giriş: 5.40 kırar kırmaz",
    "入场：一旦突破 5.40",
    "Vào lệnh: ngay khi phá 5.40",
    "Entry: begitu tembus 5.40",
    "Entry: jaise hi 5.40 break kare",
    "دخول: بمجرد اختراق 5.40",
])
def test_an_entry_as_soon_as_it_breaks_is_the_trigger_price(entry_line):
    signal = signal_read(f"LINK LONG\n{entry_line}\nSL 5.10\nTP 5.80 6.20")
    assert (signal.symbol, signal.side, signal.entry) == ("LINK/USDT", "long", [Decimal("5.40")])
    assert signal.stop_loss == Decimal("5.10") and signal.take_profits == [Decimal("5.80"), Decimal("6.20")]


def test_a_prose_call_as_soon_as_it_breaks_is_the_trigger_price():
    signal = signal_read("LINK long as soon as it breaks 5.40, SL 5.10, TP 5.80")
    assert signal.entry == [Decimal("5.40")]


def test_a_stop_out_if_it_breaks_below_stays_the_stop():
    signal = signal_read("LINK LONG\nEntry 5.40\nout if it breaks below 5.10\nTP 5.80 6.20")
    assert (signal.entry, signal.stop_loss) == ([Decimal("5.40")], Decimal("5.10"))


def test_talk_about_a_break_without_a_plan_stays_out():
    assert parse_message("LINK looks strong, as soon as it breaks 5.40 we could see 6") is None


@pytest.mark.parametrize("text", [
    "ETH long 3200, stop 3100, alvo 3400. é tarde demais pra entrar?",
    "Galera, ETH long 3200 stop 3100 alvo 3400, será que é tarde demais pra entrar?",
    "не поздно лонговать ETH 3200, стоп 3100, тейк 3400?",
    "ETH лонг 3200, стоп 3100, тейк 3400 — ещё не поздно заходить?",
    "ETH long 3200, stop 3100, tp 3400, is it too late to enter?",
    "ETH long 3200, stop 3100, objetivo 3400, ¿es demasiado tarde para entrar?",
])
def test_asking_whether_it_is_too_late_for_a_plan_stays_out(text):
    assert parse_message(text) is None


@pytest.mark.parametrize("split_line", [
    "ادخل بالنصف عند 1.20 والنصف الآخر عند 1.15",
    "ادخل بالنصف عند 1.20 والنصف الثاني عند 1.15",
    "ورود: نصف در 1.20 و نصف دیگر در 1.15",
    "enter half at 1.20 and the other half at 1.15",
])
def test_the_other_half_splits_the_entry(split_line):
    signal = signal_read(f"SOL LONG\n{split_line}\nSL 1.10\nTP 1.40")
    assert signal.entry == [Decimal("1.15"), Decimal("1.20")]
    assert signal.entry_allocations == [Decimal("0.5"), Decimal("0.5")]


@pytest.mark.parametrize("text, side", [
    ("Abro long en SOL 142, SL 138, TP 150, ¿vale?", "long"),
    ("Abro long en SOL 142, SL 138, TP 150, ¿Ok? 👍", "long"),
    ("Abro long en SOL 142, SL 138, TP 150, ¿sí?", "long"),
    ("Estoy abriendo short en SOL 142, stop 146, objetivo 134, ¿de acuerdo?", "short"),
    ("Abro long en SOL 142, SL 138, TP 150, vale?", "long"),
])
def test_a_call_ending_on_a_spanish_tag_question_is_the_call(text, side):
    signal = signal_read(text)
    assert (signal.symbol, signal.side, signal.entry[0]) == ("SOL/USDT", side, Decimal("142"))


@pytest.mark.parametrize("text", [
    "¿entro en SOL a 142 con SL 138?",
    "Abro long en SOL 142, SL 138, TP 150, ¿entro?",
    "entro en SOL a 142 con SL 138, ¿vale?",  # no "I open" verb: it may ask the readers whether to
    "¿Abro long en SOL 142, SL 138, TP 150, vale?",
])
def test_a_real_spanish_question_about_a_plan_stays_out(text):
    assert parse_message(text) is None
