"""The rules the 38th blind set showed missing, tried on wordings that set does not contain.

- A stop that follows the previous target ("SL theo TP trước đó", "стоп на предыдущую цель", "o stop
  acompanha o alvo anterior") is Cornix's moving target; the target a condition on its sentence names
  ("after TP1", "TP1 geldikten sonra") is where it starts. A percentage trailing stop started after a
  target written before it on its line ("止盈1后开启移动止损，回撤1.5%") starts there too (``hints``).
- A target reached and the stop moved ("多单已到第一目标 …，止损上移到开仓价") and a fill heading its pair, or a
  trade's stop and targets already placed ("已成交：TIA 多单 …", "… 已挂好") report a running trade (``updates``).
- A question whether an earlier call still holds asks about it when it holds every price or follows them all
  in a message naming that call ("yesterday's", "که دیروز دادید") (``questions``).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import plan_of, prices, signal_read

MOVING_AFTER_1 = {"kind": "moving_target", "activate_after_target": 1}


@pytest.mark.parametrize(
    "text",
    [
        "APT/USDT LONG 📈\nEntry: 8.40\nSL: 8.05\nTP: 8.75 - 9.10 - 9.60\nSau khi đạt TP1, SL sẽ dời theo TP trước đó.",
        "#OPUSDT SHORT\nGiriş: 2,185 - 2,220\nHedefler: 2,120 / 2,060 / 1,980 / 1,900\nSL: 2,290\nKaldıraç: 12x\n"
        "TP1 geldikten sonra stop bir önceki hedefi takip eder (trailing).",
        "Шорт #GAS/USDT\nВход 4.05\nSL 4.32\nTP1 3.88 TP2 3.70 TP3 3.45\nПосле TP1 стоп тянем за ценой на предыдущую цель.",
        "🔥 $TAO LONG\n\nEntrada: 412 - 420\nTP1 438\nTP2 455\nTP3 480\nSL 396\n\nDepois do TP1 o stop vai acompanhando o alvo anterior.",
        # Wordings of our own.
        "SOL/USDT LONG\nEntry 142\nSL 136\nTP 148 / 155 / 162\nAfter TP1 the stop follows the previous target.",
        "#LINKUSDT LONG\nEntrada: 14,20\nStop: 13,60\nObjetivos: 14,80 / 15,40 / 16,10\nDespués del TP1 el stop sigue al objetivo anterior.",
        "لانگ #ARBUSDT\nورود: 0.92\nاستاپ: 0.88\nتارگت ۱: 0.96\nتارگت ۲: 1.00\nبعد از تارگت ۱ استاپ را به تارگت قبلی ببرید",
    ],
)
def test_a_stop_that_follows_the_previous_target_after_tp1_is_a_moving_target(text):
    assert signal_read(text).trailing == MOVING_AFTER_1


def test_a_moving_target_without_a_condition_starts_at_no_named_target():
    parsed = signal_read("ETH/USDT SHORT\nEntry 3400\nSL 3480\nTP 3320 / 3250 / 3180\nSL trails to the previous target.")
    assert parsed.trailing == {"kind": "moving_target", "activate_after_target": None}


def test_a_previous_target_without_a_stop_states_no_trail():
    parsed = signal_read("BTC/USDT LONG\nEntry 65000\nSL 63500\nTP 66500 / 68000\nThe previous target was 64800, now higher.")
    assert parsed.trailing is None


@pytest.mark.parametrize(
    "text",
    [
        "#NEARUSDT 多\n入场 5.10-5.25\n止损 4.88\n止盈 5.60 / 5.95 / 6.40\n杠杆 8x\n止盈1后开启移动止损，回撤1.5%平仓",
        "لانگ #TIAUSDT\nورود: 8.40 - 8.65\nاستاپ: 8.05\nتارگت ۱: 9.00\nتارگت ۲: 9.40\nتارگت ۳: 9.95\n"
        "بعد از تارگت ۱ تریلینگ استاپ ۱٫۵٪ فعال کنید\nاهرم ۱۰ ایزوله",
        # Wordings of our own.
        "DOT/USDT LONG\nEntry 7.10\nSL 6.80\nTP 7.40 / 7.75\nAfter TP1 trailing stop 1.5%",
        "Лонг #INJUSDT\nВход 24.10\nСтоп 23.20\nЦели 25.00 / 26.10\nПосле TP1 трейлинг 1.5%",
    ],
)
def test_a_percent_trailing_stop_after_a_target_written_before_it_starts_there(text):
    assert signal_read(text).trailing == {"kind": "percent_below_highest", "callback_pct": Decimal("1.5"), "activate_after_target": 1}


def test_a_percent_trailing_stop_without_a_condition_keeps_no_target():
    parsed = signal_read("DOT/USDT LONG\nEntry 7.10\nSL 6.80\nTP 7.40 / 7.75\nTrailing stop 1.5%")
    assert parsed.trailing["activate_after_target"] is None


@pytest.mark.parametrize(
    "text",
    [
        "BTC 多单已到第一目标 96500，止损上移到开仓价 94800，安心拿住。",
        "✅ 已成交：TIA 多单 5.85 入场，按计划止损 5.52、止盈 6.30/6.80 已挂好。",
        # Wordings of our own.
        "ETH 空单已经到第一目标 3320，止损下移到开仓价 3400。",
        "Filled: SOL LONG 142, SL 136 and TP 148/155 already placed.",
        "✅ 已成交：ARB 空单 0.92，止损 0.97",
        "LINK лонг 14.20, стоп 13.60 и тейки 14.80/15.40 уже выставлены.",
        "SUI long 1.85, SL 1.78 e alvos 1.95/2.05 já colocados.",
    ],
)
def test_a_target_reached_a_fill_or_orders_already_placed_open_no_trade(text):
    assert not isinstance(parse_message(text), ParsedSignal)


def test_a_new_call_in_chinese_is_still_a_call():
    parsed = signal_read("TIA 多单 5.85 入场，止损 5.52，止盈 6.30/6.80")
    assert plan_of(parsed)[:5] == ("TIA/USDT", "long", prices("5.85"), Decimal("5.52"), prices("6.30", "6.80"))


@pytest.mark.parametrize(
    "text",
    [
        "سلام، سیگنال DOGE که دیروز دادید (لانگ ۰٫۱۶۵ استاپ ۰٫۱۵۸ تارگت ۰٫۱۷۵) هنوز معتبره؟ من جا موندم",
        # Wordings of our own.
        "Yesterday's DOGE signal (long 0.165, SL 0.158, TP 0.175) still valid? I missed it",
        "Вчерашний сигнал по DOGE:\nлонг 0.165\nстоп 0.158\nцель 0.175\nещё актуально?",
        "O sinal de ontem do DOGE\nlong 0,165\nstop 0,158\nalvo 0,175\nainda vale?",
    ],
)
def test_a_still_valid_question_about_an_earlier_call_holding_or_after_its_prices_is_no_call(text):
    assert parse_message(text) is None


def test_a_call_that_ends_still_valid_without_naming_an_earlier_call_stays_a_call():
    parsed = signal_read("DOGE long\nEntry 0.165\nSL 0.158\nTP 0.175\nStill valid? Yes, until 0.160 holds.")
    assert plan_of(parsed)[:2] == ("DOGE/USDT", "long")
