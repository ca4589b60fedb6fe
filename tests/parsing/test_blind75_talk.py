"""The rules the 75th blind set showed missing, tried on wordings that set does not contain:
- a question whether the plan still stands ("so the plan is still long INJ … with stop 20.30?") asks about the
  plan it restates, in every language (``STILL_VALID`` rows, ``questions.asks_if_still_valid``);
- "was thinking stop 136 and tp 155" after an opening question weighs a plan, its subject dropped, as the other
  tables' past "thinking" rows do (``CONSIDERING``, ``unsure_asks``);
- a plan's last line "Kalau TP1 sudah kena, geser SL ke entry" says "already" of the target its condition waits
  for: the plan's break-even rule, not a report (``_reports_done``);
- Chinese "在" (at) before an entry zone ties it to the side after it ("在 578-582 挂单做多") (``at`` rows).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, parse_message


@pytest.mark.parametrize(
    "text",
    [
        "so the plan is still long INJ 21.40-22.10 with stop 20.30? or did that change after the dump",
        "is the plan still short AVAX 38.2-38.9 with stop 40.1?",
        "так план всё ещё лонг INJ 21,40-22,10 со стопом 20,30? или поменялся после слива",
        "¿entonces el plan sigue siendo long INJ 21,40-22,10 con stop 20,30?",
        "então o plano ainda é long INJ 21,40-22,10 com stop 20,30? ou mudou depois da queda",
        "jadi rencananya masih long INJ 21.40-22.10 stop 20.30? atau berubah setelah dump",
        "所以计划还是 INJ 21.40-22.10 做多，止损 20.30？",
        "vậy kế hoạch vẫn là long INJ 21.40-22.10 stop 20.30?",
        "to plan abhi bhi INJ long 21.40-22.10 stop 20.30 hai?",
    ],
)
def test_a_question_whether_the_plan_still_stands_is_no_call(text):
    assert parse_message(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Plan is still long INJ 21.40-22.10, stop 20.30, target 23.50",
        "INJ LONG 21.40-22.10\nSL 20.30\nTP 23.50\nThe plan still holds, no changes.",
    ],
)
def test_a_plan_said_to_still_stand_without_a_question_is_a_call(text):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedSignal)
    assert parsed.symbol == "INJ/USDT" and parsed.side == "long"
    assert parsed.entry == [Decimal("21.40"), Decimal("22.10")]
    assert parsed.stop_loss == Decimal("20.30")


@pytest.mark.parametrize(
    "text",
    [
        "guys is it too late to long SOL at 142? was thinking stop 136 and tp 155 but it already pumped 8% today 😅",
        "is it too late for AVAX at 38.5? was thinking sl 36.9 and tp 41",
        "será que é tarde demais pra comprar SOL a 142? tava pensando stop 136 e alvo 155",
        "не поздно ли лонговать SOL от 142? думал стоп 136 и тейк 155",
    ],
)
def test_a_plan_thought_of_after_an_opening_question_is_no_call(text):
    assert parse_message(text) is None


def test_was_thinking_without_an_opening_question_leaves_a_call_alone():
    parsed = parse_message("SOL LONG 142\nSL 136\nTP 155\nWas thinking about this one all week, finally triggered")
    assert isinstance(parsed, ParsedSignal)
    assert parsed.entry == [Decimal("142")] and parsed.take_profits == [Decimal("155")]


def test_a_plan_ending_on_a_conditional_breakeven_with_already_is_the_signal():
    parsed = parse_message(
        "🔴 SHORT $WLD\n\nEntry: 2.315\nTP1: 2.25\nTP2: 2.18\nTP3: 2.09\nSL: 2.39\nLev: 15x\n\n"
        "Kalau TP1 sudah kena, geser SL ke entry ya."
    )
    assert isinstance(parsed, ParsedSignal)
    assert parsed.symbol == "WLD/USDT" and parsed.side == "short"
    assert parsed.entry == [Decimal("2.315")] and parsed.stop_loss == Decimal("2.39")
    assert parsed.take_profits == [Decimal("2.25"), Decimal("2.18"), Decimal("2.09")]
    assert parsed.leverage == 15 and parsed.breakeven_after == 1


def test_a_plan_ending_on_a_conditional_breakeven_in_english_with_already_is_the_signal():
    parsed = parse_message(
        "SHORT WLD\nEntry: 2.315\nTP1: 2.25\nTP2: 2.18\nSL: 2.39\nIf TP1 is already hit, move SL to entry."
    )
    assert isinstance(parsed, ParsedSignal)
    assert parsed.breakeven_after == 1


def test_a_target_already_hit_without_a_condition_still_reports():
    parsed = parse_message("🔴 SHORT $WLD\n\nEntry: 2.315\nTP1: 2.25\nTP2: 2.18\nSL: 2.39\n\nTP1 sudah kena, SL sudah digeser ke entry.")
    assert not isinstance(parsed, ParsedSignal)


@pytest.mark.parametrize(
    "text",
    [
        "BNB 在 578-582 挂单做多，止损 569，目标 595、610，5倍就行",
        "BNB 在578-582挂单做多，止损569，目标595、610，5倍",
        "BNB 在 578-582 做多，止损 569，目标 595、610，5倍",
    ],
)
def test_chinese_at_before_an_entry_zone_keeps_the_zone(text):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedSignal)
    assert parsed.symbol == "BNB/USDT" and parsed.side == "long"
    assert parsed.entry == [Decimal("578"), Decimal("582")]
    assert parsed.stop_loss == Decimal("569")
    assert parsed.take_profits == [Decimal("595"), Decimal("610")]


def test_chinese_now_is_still_a_market_entry():
    parsed = parse_message("BTC 现在做多，止损 64000，目标 68000")
    assert isinstance(parsed, ParsedSignal)
    assert parsed.entry == [] and parsed.stop_loss == Decimal("64000")
