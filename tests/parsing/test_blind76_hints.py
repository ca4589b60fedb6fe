"""Management hints the seventy-sixth blind set showed missing, each tried on wordings that set does not
contain: a trailing stop switched on by "use" ("vou usar stop móvel", "voy a usar stop dinámico", "буду
использовать трейлинг-стоп") starts after the target its condition names; Arabic and Persian put the
ordinal after the target ("بعد تحقيق الهدف الثاني" → "after hit Target second"); Turkish "TP2'ye ulaştıktan
sonra" (after reaching TP2) is a condition, and a share in the next sentence ("Her hedefte %25'ini kapatın")
is no trailing distance; two entries given half each by their ordinals ("half at the first entry and the
other half at the second").
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from tests.helpers import signal_read

_PLAN = "BTC/USDT LONG\nEntry: 100\nTargets: 110 - 120 - 130\nStop: 90\n"
_TWO_ENTRIES = "NEAR/USDT LONG\nEntry 1: 5.42\nEntry 2: 5.18\nTargets: 5.70 - 5.95 - 6.30\nSL: 4.96\n"


def test_it_starts_a_trail_used_after_the_first_target_in_portuguese_prose():
    parsed = signal_read(
        "galera, entrei short no BTC aqui 67450, stop 68300, alvo 66200 e depois 65100. "
        "depois do primeiro alvo vou usar stop móvel")
    assert parsed.trailing == {"kind": "unspecified", "activate_after_target": 1}
    assert parsed.take_profits == [Decimal("66200"), Decimal("65100")]


@pytest.mark.parametrize(
    ("note", "start"),
    [
        ("depois do alvo 2 usarei stop móvel", 2),
        ("después del TP2 voy a usar stop dinámico", 2),
        ("после второй цели буду использовать трейлинг-стоп", 2),
        ("After TP2 use a trailing stop", 2),
    ],
)
def test_it_starts_a_trail_that_use_switches_on_in_every_language(note, start):
    assert signal_read(_PLAN + note).trailing == {"kind": "unspecified", "activate_after_target": start}


@pytest.mark.parametrize("note", ["vou usar stop móvel", "voy a usar stop dinámico", "буду использовать трейлинг-стоп"])
def test_it_reads_no_start_for_a_trail_used_without_a_condition(note):
    assert signal_read(_PLAN + note).trailing == {"kind": "unspecified"}


def test_it_starts_an_arabic_trail_after_the_ordinal_written_behind_its_target():
    parsed = signal_read(
        "#ADA/USDT\nالنوع: بيع (شورت) 🔴\nمنطقة الدخول: 0.9840 - 1.0050\nالأهداف: 0.9610 / 0.9380 / 0.9050\n"
        "وقف الخسارة: 1.0290\nالرافعة المالية: 10x\n\n📌 بعد تحقيق الهدف الثاني فعّلوا وقف الخسارة المتحرك (Trailing Stop).")
    assert parsed.trailing == {"kind": "unspecified", "activate_after_target": 2}
    assert parsed.symbol == "ADA/USDT"


def test_it_starts_an_arabic_trail_after_the_third_target_too():
    parsed = signal_read(_PLAN + "بعد تحقيق الهدف الثالث فعّلوا وقف الخسارة المتحرك")
    assert parsed.trailing == {"kind": "unspecified", "activate_after_target": 3}


def test_it_reads_a_turkish_trail_distance_after_reaching_a_target_not_the_next_sentences_share():
    parsed = signal_read(
        "Coin: #RENDER/USDT\nYön: LONG 🟢\nKaldıraç: 8x (Cross)\nGiriş: 6.92 / 6.78\nHedefler: 7.15 - 7.40 - 7.75 - 8.20\n"
        "Stop: 6.49\n\nNot: TP2'ye ulaştıktan sonra %1,5 geri çekilmeli trailing stop açın. "
        "Her hedefte pozisyonun %25'ini kapatın.")
    assert parsed.trailing == {"kind": "percent_below_highest", "callback_pct": Decimal("1.5"), "activate_after_target": 2}
    assert parsed.take_profit_allocations == [Decimal("0.25")] * 4


def test_it_reads_a_trail_percentage_written_in_its_own_sentence_after_the_word():
    parsed = signal_read(_PLAN + "After TP2 trailing stop 1.5%. Close 25% at each target.")
    assert parsed.trailing["callback_pct"] == Decimal("1.5")


def test_it_starts_a_turkish_trail_after_a_target_reached():
    parsed = signal_read(_PLAN + "TP1'e ulaştıktan sonra trailing stop kullanın.")
    assert parsed.trailing == {"kind": "unspecified", "activate_after_target": 1}


def test_it_splits_two_persian_entries_in_halves_by_their_ordinals():
    parsed = signal_read(
        "🟢 سیگنال فیوچرز\nارز: #NEAR/USDT\nپوزیشن: لانگ\nنقطه ورود اول: 5.42\nنقطه ورود دوم: 5.18\n"
        "تارگت‌ها: 5.70 - 5.95 - 6.30\nحد ضرر: 4.96\nاهرم: 5 تا 10 (ایزوله)\n\n"
        "💡 مدیریت سرمایه: نصف حجم در ورود اول و نصف دیگر در ورود دوم وارد شوید. بعد از تارگت اول استاپ را به نقطه ورود ببرید.")
    assert parsed.entry_allocations == [Decimal("0.5"), Decimal("0.5")]
    assert parsed.breakeven_after == 1


@pytest.mark.parametrize(
    "note",
    [
        "Half size at the first entry and the other half at the second entry.",
        "metade na primeira entrada e a outra metade na segunda entrada",
        "mitad en la primera entrada y la otra mitad en la segunda entrada",
        "nửa vốn ở entry 1, nửa còn lại ở entry 2",
        "第一个入场一半，第二个入场另一半",
    ],
)
def test_it_splits_two_entries_in_halves_by_their_ordinals_in_every_language(note):
    assert signal_read(_TWO_ENTRIES + note).entry_allocations == [Decimal("0.5"), Decimal("0.5")]


@pytest.mark.parametrize(
    "note",
    [
        "Close half at the first target and the other half at the second target.",  # exits, not entries
        "Half size at the first entry.",  # one half named, the other not
        "metade no primeiro alvo e a outra metade no segundo alvo",
    ],
)
def test_it_reads_no_entry_halves_from_exit_halves_or_a_single_half(note):
    assert signal_read(_TWO_ENTRIES + note).entry_allocations is None
