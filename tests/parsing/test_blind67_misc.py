"""blind67: ordinal shares followed by another clause, a counted entry split, "тащим стоп", Hindi "le rahe hai"."""
from __future__ import annotations

from decimal import Decimal

from tests.helpers import signal_read


def _shares(values):
    return [Decimal(value) for value in values] if values is not None else None


_HALF_QUARTERS = _shares(["0.5", "0.25", "0.25"])
_XRP = "XRP short 2.25\nTP 2.18 / 2.11 / 2.02\nSL 2.31\n"


def test_ordinal_shares_read_when_a_stop_rule_follows_after_a_comma():
    arabic = signal_read(
        "صفقة بيع على #XRP 🔴\nالدخول من السعر الحالي\nالأهداف: 2.18 / 2.11 / 2.02\nستوب: 2.31\n"
        "رافعة 15x هامش معزول\n\nإدارة الصفقة: جني ٥٠٪ عند الهدف الأول و٢٥٪ عند الثاني و٢٥٪ عند الثالث، "
        "وبعد الهدف الأول ننقل الستوب لنقطة الدخول."
    )
    assert arabic.take_profit_allocations == _HALF_QUARTERS and arabic.breakeven_after == 1
    english = signal_read(_XRP + "Take 50% at the first target, 25% at the second, 25% at the third, and after the first target move SL to entry")
    assert english.take_profit_allocations == _HALF_QUARTERS and english.breakeven_after == 1
    russian = signal_read(
        "XRP шорт 2.25\nТП 2.18 / 2.11 / 2.02\nСЛ 2.31\n"
        "Фиксируем 50% на первой цели, 25% на второй, 25% на третьей, после первой цели стоп в безубыток"
    )
    assert russian.take_profit_allocations == _HALF_QUARTERS and russian.breakeven_after == 1


def test_ordinal_shares_for_some_targets_only_stay_unread():
    near = signal_read(_XRP + "Take 50% at the first target, 25% at the second, and after the first target move SL to entry")
    assert near.take_profit_allocations is None and near.breakeven_after == 1


def test_a_counted_split_in_brackets_on_the_entry_line_splits_the_entries():
    indonesian = signal_read(
        "#INJ LONG 🟢\nArea beli: 24.80 - 23.90 (cicil 2x, 50% - 50%)\nTarget: 26.10 | 27.40 | 29.00\n"
        "SL: 22.95 (close H4 di bawah)\nLev 5x - 10x\nSetelah TP1 geser SL ke entry."
    )
    assert indonesian.entry_allocations == _shares(["0.5", "0.5"]) and indonesian.breakeven_after == 1
    russian = signal_read("ETH лонг\nВход: 3400 - 3350 (в 2 раза, 50% - 50%)\nТП 3500\nСЛ 3300")
    assert russian.entry_allocations == _shares(["0.5", "0.5"])
    vietnamese = signal_read("SOL long\nVào lệnh: 150 - 145 (chia 2 lần, 60% - 40%)\nTP 160\nSL 140")
    assert sorted(vietnamese.entry_allocations) == _shares(["0.4", "0.6"])


def test_a_counted_split_that_does_not_make_up_the_position_is_no_split():
    near = signal_read("BTC long\nEntry 60000 - 59000 (DCA 2x, 30/30)\nTP 61000\nSL 58000")
    assert near.entry_allocations is None


_ETH = "ETH шорт 🔻\nИзолированная маржа, х20\nНабор позиции:\n1. 3 412\n2. 3 448\n3. 3 485\nТейки: 3 360 — 3 310 — 3 240 — 3 150\nСЛ 3 530 (по закрытию 4ч)\n"


def test_dragging_the_stop_behind_the_price_is_a_trailing_stop():
    assert signal_read(_ETH + "После ТП2 тащим стоп за ценой.").trailing == {"kind": "unspecified", "activate_after_target": 2}
    assert signal_read(_ETH + "После ТП2 стоп тащим за ценой.").trailing == {"kind": "unspecified", "activate_after_target": 2}


def test_dragging_the_stop_to_entry_is_breakeven_not_trailing():
    near = signal_read("BTC лонг 60000\nСЛ 59000\nТП 61000 62000\nПосле ТП1 тащим стоп в безубыток.")
    assert near.trailing is None and near.breakeven_after == 1


def test_a_hindi_take_verb_before_a_price_leaves_the_price_as_the_entry():
    assert signal_read(
        "Doston SUI ka short le rahe hai yaha se, here 4.285\nSL 4.41\nTP 4.12 fir 3.98\nLev 20x, isse zyada mat lagana"
    ).entry == [Decimal("4.285")]
    assert signal_read("BTC ka long le raha hu 60000\nSL 59000\nTP 61000 62000").entry == [Decimal("60000")]
    assert signal_read("BTC लॉन्ग ले रहे हैं 60000\nSL 59000\nTP 61000 62000").entry == [Decimal("60000")]


def test_a_hindi_take_verb_without_a_price_stays_a_market_entry():
    assert signal_read("SUI ka short le rahe hai abhi\nSL 4.41\nTP 4.12 fir 3.98").entry == []
