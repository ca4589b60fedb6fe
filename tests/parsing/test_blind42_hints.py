"""The management rules the 42nd blind set showed missing, tried on wordings that set does not contain:
- a share at a numbered target, then "the rest" ("остальное", "kalanı", "el resto", "o resto", "剩下的")
  split evenly over the targets left; targets the rest names must be exactly those (``hints``);
- "trail" alone is the trailing word; a condition before it on its line starts the trail, and a
  percentage between the condition and the word is its distance (``hints``);
- profit taken a percentage off the peak after a target ("按最高点回撤1.5%止盈") is a trail (``hints``);
- a stop moved with each target and called a trail is Cornix's moving target (``hints``);
- a bare "after," ("después,", "after that,") points back to the target of the sentence before (``hints``);
- "到目标1先出一半": a target glued to a Chinese word, then "half", is a rule at that target, so the
  stop to cost under a plan is its break-even rule, not a stop move (``hints``);
- "… no alvo 1, o resto no alvo 2, e mova o stop": a target named again before a comma is no price (``sections``);
- "Coin MOVE 👇": a listed base that is also a word, named in capitals by the label, is the pair (``symbols``).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import plan_of, prices, signal_read

_THREE = "#SOL LONG\nEntry: 142.30\nSL: 136.90\nTP1: 145.5\nTP2: 149\nTP3: 154.2\nLeverage 10x\n"
_TWO = "#SOL LONG\nEntry: 142.30\nSL: 136.90\nTP1: 145.5\nTP2: 149\nLeverage 10x\n"


@pytest.mark.parametrize(
    ("plan", "rule", "shares"),
    [
        (_TWO, "Management: take 50% at TP1, rest at TP2.", ("0.5", "0.5")),
        (_TWO, "Close 60% at TP1 and the remainder at TP2.", ("0.6", "0.4")),
        (_THREE, "Половину фиксируем на первом тейке, остальное поровну на втором и третьем.", ("0.5", "0.25", "0.25")),
        (_THREE, "TP1'de %40 kâr al, kalanı TP2 ve TP3'te eşit.", ("0.4", "0.3", "0.3")),
        (_THREE, "Cierra 50% en TP1, el resto en TP2 y TP3.", ("0.5", "0.25", "0.25")),
        (_TWO, "Realize 50% no alvo 1, o resto no alvo 2.", ("0.5", "0.5")),
    ],
)
def test_it_splits_the_rest_after_a_share_over_the_targets_left(plan, rule, shares):
    parsed = signal_read(plan + rule)
    assert parsed.take_profit_allocations == [Decimal(share) for share in shares]


@pytest.mark.parametrize(
    "rule",
    [
        "Take 50% at TP1, rest at TP3.",  # TP2 is left out: no split stated for it
        "Take 50% at TP1, rest at 160.",  # a price for the rest, not a target
    ],
)
def test_it_leaves_a_rest_that_does_not_cover_the_targets_left_unsplit(rule):
    assert signal_read(_THREE + rule).take_profit_allocations is None


@pytest.mark.parametrize(
    "rule",
    [
        "Trade management: after TP2 I trail the remainder by 1.5 %, no fixed TP3 exit if momentum is strong.",
        "trail 1.5% after TP2",
        "备注：TP2之后剩余仓位按最高点回撤1.5%止盈",
        "TP2 के बाद 1.5% ट्रेलिंग स्टॉप लगाएं",
        "Plan: after TP1 move stop to entry; after TP2, trail 1.5% below the high.",  # the trail's own condition
    ],
)
def test_it_reads_a_percent_trail_after_a_target_in_prose(rule):
    parsed = signal_read(_THREE + rule)
    assert parsed.trailing == {"kind": "percent_below_highest", "callback_pct": Decimal("1.5"), "activate_after_target": 2}


def test_it_reads_no_trail_from_a_stop_under_the_low():
    assert signal_read(_THREE + "Stop 2% below the low if it wicks").trailing is None


@pytest.mark.parametrize(
    "rule",
    [
        "بعد الهدف الأول حركوا الوقف مع كل هدف (Trailing)",
        "After TP1 move the SL up with each target (trailing)",
    ],
)
def test_it_reads_a_stop_moved_with_each_target_as_a_moving_target(rule):
    assert signal_read(_THREE + rule).trailing == {"kind": "moving_target", "activate_after_target": 1}


def test_it_reads_no_moving_target_from_a_share_at_each_target():
    assert signal_read(_THREE + "Take 25% at each target, SL stays 136.90").trailing is None


@pytest.mark.parametrize(
    "rule",
    [
        "No muevas el stop hasta que toque el primer objetivo; después, a break even.",
        "Don't touch the stop until TP1 hits; after that, move it to breakeven.",
    ],
)
def test_it_reads_a_bare_after_as_the_target_before(rule):
    assert signal_read(_THREE + rule).breakeven_after == 1


def test_it_reads_no_breakeven_target_from_a_bare_after_alone():
    assert signal_read(_THREE + "After, to break even.").breakeven_after is None


@pytest.mark.parametrize(
    "text",
    [
        "ONE/USDT 开多\n建仓：0.01530\n补仓：0.01480\n止损：0.01420\n目标：0.01600、0.01700\n20倍\n到目标2先出一半，剩下的止损拉到成本价",
        "ONE/USDT 做多\n入场：0.01530\n止损：0.01420\n目标：0.01600、0.01700\n到目标1出一半，剩下的止损移到成本价",
    ],
)
def test_it_keeps_a_chinese_plan_with_a_half_at_target_rule_a_signal(text):
    parsed = signal_read(text)
    assert isinstance(parsed, ParsedSignal) and parsed.breakeven_after in (1, 2)


def test_it_keeps_a_chinese_stop_to_cost_alone_an_update():
    assert not isinstance(parse_message("ONE/USDT 止损拉到成本价"), ParsedSignal)


def test_it_reads_no_price_from_a_target_named_again_before_a_comma():
    parsed = signal_read(
        "Venda BTCUSD — entrada a mercado\nAlvo 1: 61.800\nAlvo 2: 60.500\nStop: 63.950\n"
        "Realize 50% no alvo 1, o resto no alvo 2, e mova o stop para a entrada."
    )
    assert parsed.take_profits == prices("61800", "60500")


def test_it_keeps_a_target_price_after_a_label_a_price():
    assert signal_read("BTC short\nEntry 0.52\nSL 0.60\nTarget 0.45, then 0.40").take_profits == prices("0.45", "0.40")


@pytest.mark.parametrize(
    "text",
    [
        "صفقة سبوت على عملة MOVE 👇\nشراء من المنطقة 0.4120 - 0.3980\nالأهداف: 0.4350 - 0.4600\nستوب لوس: إغلاق يومي تحت 0.3790",
        "Coin MOVE 🔥\nBuy zone 0.4120 - 0.3980\nTargets 0.4350 - 0.4600\nStop: daily close under 0.3790",
    ],
)
def test_it_reads_a_listed_base_the_label_names_in_capitals(text):
    parsed = signal_read(text)
    assert plan_of(parsed)[:5] == ("MOVE/USDT", "long", prices("0.3980", "0.4120"), prices("0.3790")[0], prices("0.4350", "0.4600"))


def test_it_reads_no_pair_from_a_move_instruction():
    assert not isinstance(parse_message("Coin move SL to entry now"), ParsedSignal)
