"""The rules the 65th blind set (Brazilian channels) showed missing, tried on wordings that set does not contain:
- "Gain: X / Y", "151 gain 1": Brazilian channels label a target "gain", a word borrowed from English that
  never marks a message as Portuguese; "+38% de gain" stays profit talk (``vocabulary.pt``, ``BORROWED``);
- "coloca stop gain no preço de entrada" (the stop moved into profit, at the entry) is the break-even rule;
- "metade em X e metade em Y", "half at X and half at Y", "mitad en X y mitad en Y": a split entry, half at
  each price (``half_legs``);
- "Bateu o alvo 1, sobe o stop pro preço de entrada" inside a whole plan is its break-even rule, no hit notice
  (``rule_hits``); a real "fecha metade do LINK aqui" stays a close.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedUpdate, parse_message
from tests.helpers import prices, signal_read


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("🟢 COMPRA | DOT/USDT\n\nEntrada: 6,10 - 6,20\nGain: 6,45 / 6,70 / 7,00\nStop loss: 5,85\nAlav.: 10x",
         ("6.45", "6.70", "7.00")),
        ("#AVAX/USDT 🟢 COMPRA\nEntrada: 35,20\nGains: 36,10 - 37,40\nStop: 33,90",
         ("36.10", "37.40")),
        ("#SOL/USDT 🟢 COMPRA\n\n142,50 entrada\n139,80 entrada 2\n\n151 gain 1\n158 gain 2\n165 gain 3\n\n134,90 stop",
         ("151", "158", "165")),
    ],
)
def test_it_reads_gain_as_a_brazilian_target_label(text, targets):
    assert signal_read(text).take_profits == prices(*targets)


def test_it_reads_labels_after_prices_with_an_entry_index():
    parsed = signal_read("#SOL/USDT 🟢 COMPRA\n\n142,50 entrada\n139,80 entrada 2\n\n151 gain 1\n158 gain 2\n"
                         "165 gain 3\n\n134,90 stop\nAlavancagem 10x isolada")
    assert (parsed.entry, parsed.stop_loss, parsed.leverage, parsed.margin_mode) == (
        prices("139.80", "142.50"), Decimal("134.90"), 10, "isolated")


def test_it_reads_stop_gain_at_the_entry_price_as_break_even():
    parsed = signal_read("🔴 VENDA | ADA/USDT\n\nEntrada: 0,7420 - 0,7560\nGain: 0,7180 / 0,6950 / 0,6700\n"
                         "Stop loss: 0,7790\nAlav.: Cross 15x\n\nDepois do gain 1, coloca stop gain no preço de entrada 👊")
    assert parsed.take_profits == prices("0.7180", "0.6950", "0.6700")
    assert parsed.breakeven_after == 1


def test_it_keeps_a_profit_gain_from_being_a_target():
    notice = parse_message("ALVO 2 ATINGIDO 🎯 no #SOL\n\n+38% de gain com 10x 🔥🔥")
    assert isinstance(notice, ParsedUpdate) and (notice.kind, notice.target_index) == ("tp_hit", 2)
    parsed = signal_read("🟢 COMPRA | DOT/USDT\nEntrada: 6,10\nAlvos: 6,45 / 6,70\nStop: 5,85\nPotencial de gain 12 a 15%")
    assert parsed.take_profits == prices("6.45", "6.70")


def test_it_keeps_english_gain_out_of_the_targets():
    parsed = signal_read("HEMI SHORT\nEntry Zone: 0.0243 - 0.0260\nStop Loss: 0.0305\nTP1: 0.0240\nTP2: 0.0225\n"
                         "R:R 1:0.59 (risking 0.00535 to gain 0.00315).")
    assert parsed.take_profits == prices("0.0240", "0.0225")


@pytest.mark.parametrize(
    "entry_line",
    [
        "Entrada: metade em 22,10 e metade em 21,40",
        "Entrada: mitad en 22,10 y mitad en 21,40",
        "Entry: half at 22.10 and half at 21.40",
        "Buy half @ 22.10, half @ 21.40",
    ],
)
def test_it_reads_half_at_each_price_as_a_split_entry(entry_line):
    parsed = signal_read(f"$INJ compra\n{entry_line}\nTP1 23,90 (+8%)\nTP2 25,50 (+15%)\nTP3 28\nSL 19,85\nlev 10x"
                         if "," in entry_line else
                         f"$INJ long\n{entry_line}\nTP1 23.90 (+8%)\nTP2 25.50 (+15%)\nTP3 28\nSL 19.85\nlev 10x")
    assert parsed.entry == prices("21.40", "22.10")
    assert parsed.entry_allocations == [Decimal("0.5"), Decimal("0.5")]


def test_it_keeps_a_spoken_close_of_half_a_close():
    parsed = parse_message("INJ: fecha metade do INJ aqui")
    assert isinstance(parsed, ParsedUpdate) and parsed.kind == "close" and parsed.fraction == Decimal("0.5")


@pytest.mark.parametrize(
    "text",
    [
        "Pessoal, plano pro LINK hoje: vou comprar na região de 13,20 a 12,90, stop abaixo de 12,40 (fechamento de 4h). "
        "Alvos em 14,10, 15 e 16,30. Realiza metade no primeiro gain, um quarto no segundo e o resto no último. "
        "Bateu o alvo 1, sobe o stop pro preço de entrada. Alavancagem 5x a 8x, margem cruzada.",
        "Gente, plan para LINK hoy: voy a comprar en la zona de 13,20 a 12,90, stop debajo de 12,40. "
        "Objetivos en 14,10, 15 y 16,30. Tocó el objetivo 1, sube el stop al precio de entrada. Apalancamiento 5x.",
    ],
)
def test_it_reads_a_spoken_plan_with_a_break_even_rule_as_a_call(text):
    parsed = signal_read(text)
    assert (parsed.symbol, parsed.side) == ("LINK/USDT", "long")
    assert parsed.entry == prices("12.90", "13.20") and parsed.stop_loss == Decimal("12.40")
    assert parsed.take_profits == prices("14.10", "15", "16.30")
    assert parsed.breakeven_after == 1


def test_it_reads_the_plans_share_words_as_target_shares():
    parsed = signal_read(
        "Pessoal, plano pro LINK hoje: vou comprar na região de 13,20 a 12,90, stop abaixo de 12,40 (fechamento de 4h). "
        "Alvos em 14,10, 15 e 16,30. Realiza metade no primeiro gain, um quarto no segundo e o resto no último. "
        "Bateu o alvo 1, sobe o stop pro preço de entrada. Alavancagem 5x a 8x, margem cruzada.")
    assert parsed.take_profit_allocations == [Decimal("0.5"), Decimal("0.25"), Decimal("0.25")]
    assert (parsed.leverage, parsed.margin_mode) == (5, "cross")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Bateu o alvo 1 no LINK, sobe o stop pro preço de entrada", "move_stop"),
        ("fecha metade do LINK aqui", "close"),
        ("#LINK TP1 hit ✅ move SL to entry", "move_stop"),
    ],
)
def test_it_keeps_a_running_trades_instruction_an_update(text, kind):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedUpdate) and parsed.kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "$INJ лонг\nВход: половина на 22.10, половина на 21.40\nТейк 1: 23.90\nСтоп: 19.85",
        "$INJ long\nGiriş: yarısı 22.10 yarısı 21.40\nHedef 1: 23.90\nStop: 19.85",
        "INJ 多单\n入场：一半 22.10 一半 21.40\n止盈 23.90\n止损 19.85",
    ],
)
def test_it_reads_half_at_each_price_in_other_scripts(text):
    parsed = signal_read(text)
    assert parsed.entry == prices("21.40", "22.10")
    assert parsed.entry_allocations == [Decimal("0.5"), Decimal("0.5")]


def test_it_leaves_halves_on_a_target_or_close_line_off_the_entries():
    closed = parse_message("INJ: fecha metade em 23,90 e metade em 25,50")
    assert isinstance(closed, ParsedUpdate) and closed.kind == "close"
    parsed = signal_read("$INJ long\nEntry: 22.10\nTP: 23.90 / 25.50\nSL: 19.85\nTake profit: half at 23.90, half at 25.50")
    assert parsed.entry == prices("22.10") and parsed.entry_allocations is None
