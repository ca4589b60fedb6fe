"""The rules the 54th blind set showed missing, each tried on wordings the set does not contain: a rest
split evenly whose shares are restated in brackets ("sisanya bagi rata di TP2 dan TP3 (25% - 25%)") is
the even split, when the bracket agrees with it; a trailing stop switched on after a target ("Sau TP2 bật
trailing stop 1.5%", "activar trailing stop", "включаем трейлинг") starts after that target; and a stop
lowered or raised to a price ("止损下调至 3400", "стоп опускаем до") is a stop moved there.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, ParsedUpdate, parse_message
from tests.helpers import plan_of, prices, signal_read

_ARB = (
    "📢 SINYAL FUTURES 📢\nPair: $ARB/USDT\nPosisi: LONG 🟢\nArea Entry: 0,7420 - 0,7580\nTarget:\n"
    "TP1: 0,7750\nTP2: 0,7960\nTP3: 0,8240\nStop Loss: 0,7150\nLeverage: Cross 20x\n{rule}"
)
_PEOPLE = (
    "PEOPLEUSDT LONG\nEntry: 0.03950 - 0.04020\nSL: 0.03780\nTP: 0.04150 - 0.04290 - 0.04460\nLev: 15x\n{rule}"
)


@pytest.mark.parametrize(
    "rule",
    [
        "Amankan 50% di TP1, sisanya bagi rata di TP2 dan TP3 (25% - 25%).",
        "Secure 50% at TP1, rest split evenly between TP2 and TP3 (25%/25%).",
        "Take 50% at TP1, the rest at TP2 and TP3 (25% - 25%)",
    ],
)
def test_it_reads_a_rest_split_evenly_with_its_shares_restated_in_brackets(rule):
    parsed = signal_read(_ARB.format(rule=rule))
    assert plan_of(parsed) == (
        "ARB/USDT", "long", prices("0.7420", "0.7580"), Decimal("0.7150"), prices("0.7750", "0.7960", "0.8240"), 20,
    )
    assert parsed.take_profit_allocations == prices("0.5", "0.25", "0.25")


@pytest.mark.parametrize(
    "rule",
    [
        "Amankan 50% di TP1, sisanya bagi rata di TP2 dan TP3 (30% - 20%).",  # the bracket disagrees
        "Amankan 50% di TP1, sisanya bagi rata di TP2 dan TP3 (20% - 20%).",  # even, but not the rest left
    ],
)
def test_it_reads_no_split_when_the_bracketed_shares_do_not_restate_the_even_rest(rule):
    assert signal_read(_ARB.format(rule=rule)).take_profit_allocations is None


@pytest.mark.parametrize(
    "rule",
    [
        "Sau TP2 bật trailing stop 1.5% nha ae.",
        "Sau TP2 kích hoạt trailing stop 1.5%.",
        "Después del TP2 activar trailing stop 1.5%.",
        "Após o TP2 ativar o trailing stop 1.5%.",
        "После TP2 включаем трейлинг 1.5%.",
        "After TP2 turn on trailing stop 1.5%.",
    ],
)
def test_it_starts_a_trailing_stop_switched_on_after_a_target(rule):
    parsed = signal_read(_PEOPLE.format(rule=rule))
    assert parsed.trailing == {"kind": "percent_below_highest", "callback_pct": Decimal("1.5"), "activate_after_target": 2}


def test_it_reads_a_share_taken_after_a_target_as_no_trailing_stop():
    parsed = signal_read(_PEOPLE.format(rule="Sau TP2 chốt 50% nha ae."))
    assert parsed.trailing is None


@pytest.mark.parametrize(
    "text",
    [
        "ETH 空单止损下调至 3400，保护利润。",
        "ETH 止损上调至 3400",
        "ETH 止损上移到 3400",
        "ETH 止損下移至 3400",
        "ETH стоп опускаем до 3400",
        "ETH bajamos el stop a 3400",
        "ETH stop'u 3400'e düşürüyoruz",
    ],
)
def test_it_reads_a_stop_lowered_or_raised_to_a_price_as_a_stop_move(text):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedUpdate)
    assert (parsed.kind, parsed.symbol, parsed.price, parsed.to_entry) == ("move_stop", "ETH/USDT", Decimal("3400"), False)


def test_it_keeps_a_new_plans_stop_as_its_stop_not_a_move():
    parsed = parse_message("ETH 空单 入场 3500 止损 3600 目标 3400")
    assert isinstance(parsed, ParsedSignal)
    assert parsed.stop_loss == Decimal("3600")


def test_it_reads_a_question_about_lowering_the_stop_as_no_update():
    assert parse_message("ETH 止损要不要下调？") is None
