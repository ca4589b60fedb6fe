"""The rules the 44th blind set showed missing, tried on wordings that set does not contain:
- a target "reached" said after it ("TP1 到了") is a rule's condition: "TP1 到了先平一半，剩下的止损拉到开仓价"
  moves the stop to entry after TP1; "剩下的" is the rest (``vocabulary.zh``, ``hints.breakeven_after``);
- "half each" in every family ("各半", "по половине", "yarı yarıya", "mitad y mitad") splits the entries
  evenly; a Chinese "分两笔" is the entry said as its orders (``vocabulary``, ``entry_shares.entry_allocations``);
- "每到一个目标" (each time a target is reached) is "each target": a stop that follows the previous target at
  each one trails from the first target on (``vocabulary.zh``, ``hints.trailing``);
- one target word before a run of numbers ("alvo 2 e 3", "TP2 & 3") names each of them, so "the rest split
  between targets 2 and 3" splits it evenly over both (``target_groups.spelled_out``);
- an instruction under a target-hit line is the update: Portuguese "coloca o stop no preço de entrada" moves
  the stop (``vocabulary.pt``), Arabic "أغلقوا باقي الصفقة" closes the rest (``vocabulary.ar_fa``).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, ParsedUpdate, parse_message
from signals.parsing.target_groups import spelled_out
from tests.helpers import plan_of, prices, signal_read


@pytest.mark.parametrize(
    "text",
    [
        "BNB 做多\n入场:600-590\n止损:575\n止盈:620 / 640\nTP1 到了先平一半,剩下的止损拉到开仓价",
        "BNB 做多\n入场：600-590\n止损：575\n目标：620 / 640\n目标1到了平一半，剩下的止损移到开仓价",
        "BNB 多單\n進場:600-590\n止損:575\n止盈:620 / 640\nTP1 到了先平一半,剩下止損拉到開倉價",
    ],
)
def test_it_moves_the_stop_to_entry_after_the_target_a_chinese_rule_says_reached(text):
    parsed = signal_read(text)
    assert (plan_of(parsed)[:3], parsed.breakeven_after) == (("BNB/USDT", "long", prices("590", "600")), 1)


def test_it_leaves_a_chinese_price_reached_without_a_target_out_of_trading():
    assert parse_message("大饼到了 96000 附近了,大家注意风险") is None


@pytest.mark.parametrize(
    "text",
    [
        "👉 SUI 多單\n進場:3.72、3.58(分兩筆各半)\n止損:3.41\n目標:3.95、4.20",
        "SUI 做多\n入场:3.72 / 3.58 各一半\n止损:3.41\n目标:3.95 / 4.20",
        "SUI лонг\nВход: 3.72 / 3.58 по половине\nСтоп: 3.41\nЦели: 3.95 / 4.20",
        "SUI long\nGiriş: 3,72 / 3,58 yarı yarıya\nStop: 3,41\nHedef: 3,95 / 4,20",
        "SUI long\nEntrada: 3,72 / 3,58 mitad y mitad\nStop: 3,41\nObjetivos: 3,95 / 4,20",
    ],
)
def test_it_splits_two_entries_evenly_when_they_are_half_each(text):
    parsed = signal_read(text)
    assert (parsed.entry, parsed.entry_allocations) == (prices("3.58", "3.72"), [Decimal("0.5"), Decimal("0.5")])


def test_it_leaves_one_entry_said_half_each_without_allocations():
    parsed = signal_read("SUI 做多\n入场:3.65 各半\n止损:3.41\n目标:3.95 / 4.20")
    assert (parsed.entry, parsed.entry_allocations) == (prices("3.65"), None)


@pytest.mark.parametrize(
    "text",
    [
        "ME/USDT 空\n进场 1.865\n止损 1.938\n止盈 1.79 / 1.72 / 1.64\n盈利后移动止损:每到一个目标,止损跟到上一个目标",
        "ME 做空\n入场 1.865\n止损 1.938\n目标 1.79 / 1.72 / 1.64\n每到一个目标，止损移到上一个目标",
        "ME 空單\n進場 1.865\n止損 1.938\n止盈 1.79 / 1.72 / 1.64\n每到一個目標,止損跟到上一個目標",
    ],
)
def test_it_trails_a_stop_following_each_target_from_the_first(text):
    parsed = signal_read(text)
    assert (parsed.symbol, parsed.trailing) == ("ME/USDT", {"kind": "moving_target", "activate_after_target": 1})


@pytest.mark.parametrize(
    "text",
    [
        "#SOL/USDT LONG\nEntrada: 142,50 - 138,80\nAlvos: 146,20 / 150,00 / 156,75\nStop: 134,90\n"
        "Realizar 50% no alvo 1, o restante dividido igual entre alvo 2 e 3.",
        "#SOL/USDT LONG\nEntry: 142.50 - 138.80\nTargets: 146.20 / 150.00 / 156.75\nSL: 134.90\n"
        "Take 50% at TP1, the rest split evenly between TP2 & 3",
        "#SOL/USDT LONG\nEntrada: 142,50 - 138,80\nObjetivos: 146,20 / 150,00 / 156,75\nStop: 134,90\n"
        "Cerrar 50% en TP1, el resto entre TP2 y 3",
    ],
)
def test_it_splits_the_rest_over_the_targets_a_run_of_numbers_names(text):
    parsed = signal_read(text)
    assert parsed.take_profit_allocations == [Decimal("0.5"), Decimal("0.25"), Decimal("0.25")]


def test_it_spells_out_only_a_run_of_the_next_target_numbers():
    assert (spelled_out("Target 2 3"), spelled_out("TP2/3/4"), spelled_out("TP2 45"), spelled_out("TP2 3.5")) == (
        "Target 2 Target 3", "TP 2 TP 3 TP 4", "TP2 45", "TP2 3.5"
    )


@pytest.mark.parametrize(
    "text",
    [
        "✅ #DOGE/USDT Alvo 2 atingido! +38% com 10x 🔥\nQuem ainda está dentro, coloca o stop no preço de entrada.",
        "✅ #DOGE/USDT Alvo 1 batido!\nColoquem o stop na entrada.",
        "#DOGE/USDT alvo 2 atingido ✅ coloque o stop no ponto de entrada",
    ],
)
def test_it_reads_a_portuguese_stop_put_at_entry_under_a_target_hit_as_the_update(text):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedUpdate) and (parsed.kind, parsed.symbol, parsed.to_entry) == ("move_stop", "DOGE/USDT", True)


@pytest.mark.parametrize(
    "text",
    [
        "✅✅ تم تحقيق الهدف الثالث لعملة #ARB 🎯 ربح ٤٥٪ برافعة ١٠x\nمبروك للمشتركين، أغلقوا باقي الصفقة 🙏",
        "تم تحقيق الهدف الثاني #ARB ✅\nأغلقوا باقي الصفقة",
        "#ARB الهدف الثالث تحقق 🎯 اغلقوا الباقي",
    ],
)
def test_it_reads_an_arabic_close_the_rest_under_a_target_hit_as_the_update(text):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedUpdate) and (parsed.kind, parsed.symbol, parsed.fraction) == ("close", "ARB/USDT", Decimal("1"))


def test_it_keeps_a_portuguese_signal_that_places_its_order_a_signal():
    parsed = parse_message("#DOGE/USDT LONG\nEntrada: 0,1650, coloca a ordem limite\nAlvos: 0,1720 / 0,1800\nStop: 0,1580")
    assert isinstance(parsed, ParsedSignal) and (parsed.entry, parsed.stop_loss) == (prices("0.1650"), prices("0.1580")[0])
