"""The rules the 46th blind set showed missing, tried on wordings that set does not contain:
- the rest split over targets named by bare number ("остальное на 2 и 3", "el resto en la 2 y la 3") covers
  those targets (``target_groups.rest_targets``), not a count of days ("hold the rest 2 or 3 days");
- a condition whose target comes before its word ("TP1 到了…", "TP1 tercapai") is that target's, though a
  later target is named in the same sentence (``condition_targets``);
- a trailing take-profit ("追踪止盈", "跟踪止盈", "скользящий тейк", "take profit dinámico") is a trailing stop
  (``vocabulary`` "trailing");
- the price where the caller is wrong ("收上 153 就認錯", "wrong above 153", "me equivoqué si pierde 153")
  is the stop (``wrong_stops``, ``vocabulary`` "wrong").
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing.wrong_stops import wrong_as_stop
from tests.helpers import plan_of, prices, signal_read

_PLAN = "#SOL long\nEntry 142\nTP1 146\nTP2 150\nTP3 157\nSL 135\n"
_HALF_REST = [Decimal("0.5"), Decimal("0.25"), Decimal("0.25")]


@pytest.mark.parametrize(
    "rule",
    [
        "Take 50% at TP1, the rest on 2 and 3.",
        "Cerramos 50% en el TP1, el resto en la 2 y la 3.",
        "50% на первом тейке, остальное на 2 и 3.",
        "Take 50% at TP1, the rest on 2nd and 3rd.",
    ],
)
def test_it_splits_the_rest_over_targets_named_by_number(rule):
    assert signal_read(_PLAN + rule).take_profit_allocations == _HALF_REST


@pytest.mark.parametrize(
    "rule",
    [
        "Take 50% at TP1, hold the rest 2 or 3 days.",
        "Take 50% at TP1, the rest at 151.",
    ],
)
def test_it_reads_no_rest_split_from_other_numbers(rule):
    assert signal_read(_PLAN + rule).take_profit_allocations is None


@pytest.mark.parametrize(
    "rule",
    [
        "TP1 到了先平一半，剩下的止损移到开仓价，TP2、TP3 再各平一半。",
        "TP1 tercapai, geser SL ke entry, sisanya tahan ke TP2 dan TP3.",
        "TP1 chạm thì chốt một nửa, dời SL về entry, TP2 và TP3 giữ.",
    ],
)
def test_it_takes_the_target_written_before_its_condition(rule):
    assert signal_read(_PLAN + rule).breakeven_after == 1


def test_it_keeps_the_target_after_the_condition():
    assert signal_read(_PLAN + "Move SL to entry after TP2, TP1 is only a partial.").breakeven_after == 2


@pytest.mark.parametrize(
    ("rule", "pct", "after"),
    [
        ("TP1之后开启2%跟踪止盈", "2", 1),
        ("到 TP2 后开 1.5% 回撤移动止盈", "1.5", 2),
        ("После TP2 скользящий тейк 1,5%", "1.5", 2),
        ("Después del TP2, take profit dinámico 1,5%", "1.5", 2),
    ],
)
def test_it_reads_a_trailing_take_profit_as_a_trail(rule, pct, after):
    trailing = signal_read(_PLAN + rule).trailing
    assert trailing == {"kind": "percent_below_highest", "callback_pct": Decimal(pct), "activate_after_target": after}


@pytest.mark.parametrize(
    "text",
    [
        "兄弟们 SOL 这波空 148.5 附近进，4H 收上 153 就认错，第一目标 142 第二 136",
        "SOL short 148.5, wrong above 153, TP 142 / 136",
        "SOL short 148.5, I'm wrong if it closes above 153, TP 142 / 136",
        "SOL corto en 148,5, me equivoqué si pierde 153, objetivos 142 / 136",
        "SOL шорт 148.5, выше 153 я не прав, цели 142 / 136",
    ],
)
def test_it_reads_where_the_caller_is_wrong_as_the_stop(text):
    symbol, side, entry, stop, targets, _ = plan_of(signal_read(text))
    assert (symbol, side, entry, stop, targets) == ("SOL/USDT", "short", prices("148.5"), Decimal("153"), prices("142", "136"))


def test_it_keeps_the_entry_before_an_if_wrong_with_its_own_stop():
    parsed = signal_read("SOL short 148.5 if wrong stop 153, TP 142 / 136")
    assert (parsed.entry, parsed.stop_loss) == (prices("148.5"), Decimal("153"))


@pytest.mark.parametrize("text", ["The call at 3000 was wrong.", "I was wrong about ETH, entry 3000."])
def test_it_reads_no_stop_from_a_past_mistake(text):
    assert wrong_as_stop(text) == text
