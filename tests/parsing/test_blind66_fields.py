"""A "take profit N% at TPk" rule under a whole plan is its allocation, never a results line; a target's
bare index before the next share ("30% no alvo 2 e 20% no alvo 3") is no price; a local "here" before a
price ("здесь 5.412", "burada 5,412") makes that price the entry, as English "here" does."""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, ParsedUpdate, parse_message

_PLAN = "Pair: OP/USDT\nPosisi: LONG\nEntry: 1,85 - 1,92\nTP1: 1,98\nTP2: 2,05\nTP3: 2,15\nSL: 1,78\nLeverage: Cross 15x\n"


def _d(*values: str) -> list[Decimal]:
    return [Decimal(value) for value in values]


@pytest.mark.parametrize("rule", [
    "💰 Ambil profit 40% di TP1, 30% di TP2, 30% di TP3",
    "💰 Tomar profit 40% en TP1, 30% en TP2, 30% en TP3",
    "Фиксируем profit 40% на TP1, 30% на TP2, 30% на TP3",
    "Take profit 40% at TP1, 30% at TP2, 30% at TP3",
])
def test_it_reads_a_profit_share_rule_at_named_targets_as_the_plans_allocation(rule):
    parsed = parse_message("🚀 SINYAL FUTURES 🚀\n" + _PLAN + rule)
    assert isinstance(parsed, ParsedSignal)
    assert (parsed.symbol, parsed.side, parsed.entry, parsed.stop_loss) == ("OP/USDT", "long", _d("1.85", "1.92"), Decimal("1.78"))
    assert parsed.take_profits == _d("1.98", "2.05", "2.15")
    assert (parsed.leverage, parsed.margin_mode) == (15, "cross")
    assert parsed.take_profit_allocations == _d("0.4", "0.3", "0.3")


def test_it_still_reads_a_profit_figure_after_a_target_hit_as_a_report():
    parsed = parse_message("OP/USDT TP1 hit ✅ profit 40%")
    assert isinstance(parsed, ParsedUpdate)
    assert parsed.kind == "tp_hit"


_DOGE = (
    "🚨 SINAL VIP 🚨\n\n#DOGE/USDT — COMPRA (LONG)\n\nEntrada: 0,3820 – 0,3760\nAlvos:\n🎯 0,3910\n🎯 0,4020\n🎯 0,4150\n"
    "Stop: 0,3640\nAlavancagem: 10x (isolada)\n\n"
)


@pytest.mark.parametrize("rule", [
    "Realizar 50% no alvo 1, 30% no alvo 2 e 20% no alvo 3.",
    "Cerrar 50% en el objetivo 1, 30% en el objetivo 2 y 20% en el objetivo 3.",
    "Фиксируем 50% на цели 1, 30% на цели 2 и 20% на цели 3.",
    "Take 50% at target 1, 30% at target 2 and 20% at target 3.",
])
def test_it_reads_a_target_index_before_the_next_share_as_no_price(rule):
    parsed = parse_message(_DOGE + rule)
    assert isinstance(parsed, ParsedSignal)
    assert parsed.take_profits == _d("0.3910", "0.4020", "0.4150")
    assert parsed.take_profit_allocations == _d("0.5", "0.3", "0.2")


def test_it_keeps_a_written_target_price_after_a_label_without_a_share_before_it():
    parsed = parse_message("#DOGE/USDT LONG\nEntrada: 0,3820\nStop: 0,3640\nAlvo 1 0,3910\nAlvo 2 0,4020")
    assert isinstance(parsed, ParsedSignal)
    assert parsed.take_profits == _d("0.3910", "0.4020")


@pytest.mark.parametrize("text", [
    "Пока эфир стоит на месте, смотрю на TON. Шорт TONUSDT здесь 5.412, стоп 5.63, цели 5.25 - 5.10 - 4.95. Кросс 15х",
    "Шорт TONUSDT тут 5.412, стоп 5.63, цели 5.25 - 5.10 - 4.95",
    "TONUSDT short burada 5.412, stop 5.63, hedef 5.25 - 5.10 - 4.95",
    "TONUSDT short buradan 5.412, stop 5.63, hedef 5.25 - 5.10 - 4.95",
    "TONUSDT شورت هنا 5.412، وقف 5.63، أهداف 5.25 - 5.10 - 4.95",
    "TONUSDT शॉर्ट यहाँ 5.412, SL 5.63, टारगेट 5.25 - 5.10 - 4.95",
    "Sinyal short TON di sini 5,412, stop loss 5,63, target 5,25 lalu 5,10",
])
def test_it_reads_the_price_after_a_local_here_as_the_entry(text):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedSignal)
    assert (parsed.side, parsed.entry, parsed.stop_loss) == ("short", _d("5.412"), Decimal("5.63"))


@pytest.mark.parametrize("text", [
    "Шорт TONUSDT здесь, стоп 5.63, цели 5.25 - 5.10 - 4.95",
    "Шорт TONUSDT сейчас 5.412, стоп 5.63, цели 5.25 - 5.10 - 4.95",
])
def test_it_keeps_a_bare_here_or_a_now_beside_a_price_a_market_entry(text):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedSignal)
    assert (parsed.side, parsed.entry, parsed.stop_loss) == ("short", [], Decimal("5.63"))
