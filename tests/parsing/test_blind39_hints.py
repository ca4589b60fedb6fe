"""The management rules the 39th blind set showed missing, tried on wordings that set does not contain.

- Target shares stated on a line of their own after the plan: an "allocation" sentence whose only numbers
  are the shares, with the leg named before or after them or not at all (the targets), the sign before
  the number as Turkish writes it ("%30 / %30 / %40"); and one share "at each target" (``allocation_lines``,
  ``hints.stated_target_shares``).
- A trailing percentage read with its decimal comma ("1,5%") or its sign first ("%1,5") (``hints.trailing``).
- A stop kept a percentage below the high (above the low) once a target is hit is a trailing stop, though
  the word "trailing" is not written ("After TP1 trail the stop 1.5% below the high") (``hints._trails_peak``).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import prices, signal_read


def _fractions(*values: str) -> list[Decimal]:
    return [Decimal(value) for value in values]


_RU_LONG_POST = (
    "Всем привет! Ежедневный разбор №212 🗞\nВчера:\n• #OP — TP1 ✅ TP2 ✅, остаток закрыли руками на 2,71\n"
    "• #WIF — стоп ❌ (-12% с плечом)\nМесячная статистика: 71% winrate.\n\nУровни на сегодня:\nBTC 66 800 / 68 450\n\n"
    "⚡️ Сетап дня: GASUSDT.P\nНаправление: ШОРТ 📉\nТочка входа: 5,42\nТейк-профит: 5,18 | 4,96 | 4,70\n"
    "Стоп-лосс: 5,67\nПлечо: кросс 5-10х\nРаспределение: 40% / 30% / 30%\n\n"
    "Помните: риск на сделку — не больше 1%. Дисциплина > эмоции."
)
_TR_RULES_POST = (
    "⚡️ SİNYAL:\n$ID / USDT — SHORT\nGiriş: şimdi / piyasa\nStop Loss: 0,6140\n"
    "Take Profit: 0,5870 - 0,5690 - 0,5420\nKaldıraç: 10x cross\n\nKurallar: TP'lere %30 / %30 / %40 dağılım. Stop zorunlu!"
)


@pytest.mark.parametrize(
    ("text", "shares"),
    [
        (_RU_LONG_POST, ("0.4", "0.3", "0.3")),
        (_TR_RULES_POST, ("0.3", "0.3", "0.4")),
        ("#SOL LONG\nEntry: 142\nSL: 137\nTP: 148 / 152 / 158\nAllocation: 50% / 30% / 20%\nGood luck!", ("0.5", "0.3", "0.2")),
        ("#SOL LONG\nВход: 142\nСтоп: 137\nЦели: 148 / 152 / 158\nПравила: распределение 50/25/25 по целям.", ("0.5", "0.25", "0.25")),
        ("#SOL LONG\nGiriş: 142\nStop: 137\nHedefler: 148 / 152 / 158\nDağılım: %50 / %25 / %25", ("0.5", "0.25", "0.25")),
    ],
)
def test_a_sentence_of_shares_with_the_allocation_word_splits_the_targets(text, shares):
    assert signal_read(text).take_profit_allocations == _fractions(*shares)


def test_the_allocation_post_keeps_its_plan():
    parsed = signal_read(_RU_LONG_POST)
    assert (parsed.symbol, parsed.side, parsed.entry, parsed.stop_loss) == ("GAS/USDT", "short", prices("5.42"), Decimal("5.67"))
    assert parsed.take_profits == prices("5.18", "4.96", "4.70")


@pytest.mark.parametrize(
    "text",
    [
        # The shares name only some targets, or beside them stands another number: no split of the targets.
        "#SOL LONG\nEntry: 142\nSL: 137\nTP: 148 / 152 / 158\nDistribution 40/30/30 to the first two targets only.",
        "#SOL LONG\nEntry: 142\nSL: 137\nTP: 148 / 152 / 158\nRisk 1% per trade. Allocation 2% / 3%.",
        "#SOL LONG\nEntry: 142\nSL: 137\nTP: 148 / 152 / 158\nAllocation of entries: 50% / 50%",
    ],
)
def test_shares_that_do_not_cover_the_targets_are_no_allocation(text):
    assert signal_read(text).take_profit_allocations is None


@pytest.mark.parametrize(
    "text",
    [
        "$RNDR — ЛОНГ по рынку\nСтоп: 7,48\nТейки: 8,05 / 8,40 / 8,90 / 9,60\nПлечо: x8\n\n"
        "Правила канала: фиксируем 25% на каждом тейке, стоп после TP2 переставляем в безубыток.",
        "#SOL LONG\nEntrada: 142\nStop: 137\nObjetivos: 148 / 152 / 158 / 163\nCerramos 25% en cada objetivo.",
        "#SOL LONG\nEntrada: 142\nStop: 137\nAlvos: 148 / 152 / 158 / 163\nRealizar 25% em cada alvo.",
        "#SOL LONG\nVào lệnh: 142\nSL: 137\nTP: 148 / 152 / 158 / 163\nChốt 25% mỗi TP.",
        "#SOL LONG\nGiriş: 142\nStop: 137\nHedefler: 148 / 152 / 158 / 163\nHer hedefte %25 kâr al.",
        "#SOL 做多\n入场: 142\n止损: 137\n目标: 148 / 152 / 158 / 163\n每个目标止盈 25%",
        "#SOL لانگ\nورود: 142\nحد ضرر: 137\nتارگت: 148 / 152 / 158 / 163\nدر هر تارگت ۲۵٪ سیو سود",
        "#SOL LONG\nEntry: 142\nSL: 137\nTarget: 148 / 152 / 158 / 163\nHar target pe 25% book karo",
        "#SOL LONG\nEntry: 142\nSL: 137\nTP: 148 / 152 / 158 / 163\nTake 25% on each of the 4 targets.",
    ],
)
def test_one_share_at_each_target_splits_them_evenly(text):
    assert signal_read(text).take_profit_allocations == _fractions("0.25", "0.25", "0.25", "0.25")


def test_a_share_at_each_target_that_does_not_add_up_is_no_allocation():
    text = "#SOL LONG\nEntry: 142\nSL: 137\nTP: 148 / 152 / 158\nTake 25% at each target."
    assert signal_read(text).take_profit_allocations is None


def _trail(percent: str, after: int | None = 1) -> dict:
    return {"kind": "percent_below_highest", "callback_pct": Decimal(percent), "activate_after_target": after}


@pytest.mark.parametrize(
    ("text", "percent"),
    [
        ("#STX — LONG vào giá hiện tại\nSL: 1,86\nTP1: 2,01\nTP2: 2,09\nTP3: 2,20\nĐòn bẩy: 12,5x\n\n"
         "Quy tắc: kích hoạt trailing stop 1,5% sau TP1.", "1.5"),
        ("#SOL LONG\nEntry: 142\nSL: 137\nTP1: 148\nTP2: 152\nTrailing stop 2,5% after TP1", "2.5"),
        ("#SOL LONG\nGiriş: 142\nStop: 137\nTP1: 148\nTP2: 152\nTP1 sonrası iz süren stop %1,5", "1.5"),
        ("#SOL LONG\nEntry: 142\nSL: 137\nTP1: 148\nTP2: 152\nTrailing stop 0.75% after TP1", "0.75"),
    ],
)
def test_a_trailing_percentage_keeps_its_decimal_comma_and_a_sign_before_it(text, percent):
    assert signal_read(text).trailing == _trail(percent)


@pytest.mark.parametrize(
    ("text", "percent"),
    [
        ("🚨 Breakout setup\n\n#RNDR long above 7.95\nSL 7.58\nTP1 8.30\nTP2 8.70\nTP3 9.25\nLeverage 5x isolated\n"
         "After TP1 trail the stop 1.5% below the high.", "1.5"),
        ("#SOL LONG\nВход: 142\nСтоп: 137\nTP1: 148\nTP2: 152\nПосле TP1 стоп на 1,5% ниже максимума.", "1.5"),
        ("#SOL LONG\nEntrada: 142\nStop: 137\nTP1: 148\nTP2: 152\nDespués del TP1, stop 2% por debajo del máximo.", "2"),
        ("#SOL LONG\nEntrada: 142\nStop: 137\nTP1: 148\nTP2: 152\nApós o TP1, stop 2% abaixo da máxima.", "2"),
        ("#SOL LONG\nVào lệnh: 142\nSL: 137\nTP1: 148\nTP2: 152\nSau TP1 dời SL cách đỉnh 1,5%.", "1.5"),
        ("#SOL 做多\n入场: 142\n止损: 137\n止盈1: 148\n止盈2: 152\n止盈1后止损设在最高价下方1.5%", "1.5"),
        ("#SOL LONG\nورود: 142\nحد ضرر: 137\nTP1: 148\nTP2: 152\nبعد از TP1 حد ضرر ۱.۵٪ زیر بالاترین قیمت", "1.5"),
        ("#SOL LONG\nEntry: 142\nSL: 137\nTP1: 148\nTP2: 152\nSetelah TP1, SL 1,5% di bawah harga tertinggi", "1.5"),
        ("#SOL SHORT\nEntry: 142\nSL: 147\nTP1: 136\nTP2: 130\nOnce TP1 hits, keep the stop 2% above the low.", "2"),
    ],
)
def test_a_stop_kept_a_percentage_from_the_extreme_after_a_target_is_a_trailing_stop(text, percent):
    assert signal_read(text).trailing == _trail(percent)


@pytest.mark.parametrize(
    "text",
    [
        # No target's condition: where the stop starts, or talk of the market.
        "#SOL LONG\nEntry: 142\nSL: 137\nTP1: 148\nTP2: 152\nBTC is 3% below the high of the week.",
        "#SOL LONG\nEntry: 142\nSL: 137\nTP1: 148\nTP2: 152\nStop sits 2% under the low of the range.",
    ],
)
def test_a_percentage_from_the_extreme_without_a_target_condition_is_no_trail(text):
    assert signal_read(text).trailing is None


def test_the_non_signal_twin_stays_no_trade():
    text = "#RNDR TP1 hit ✅\nAfter TP1 trail the stop 1.5% below the high."
    assert not isinstance(parse_message(text), ParsedSignal)
