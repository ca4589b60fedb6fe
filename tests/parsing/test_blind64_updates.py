"""A stop move said for later inside a full plan is the plan's rule, not an update; Portuguese "fecha metade /
tudo / a posição" closes (bare Spanish "Fecha:" is a date); several actions keep the order written; a
target's index in a management rule ("bateu o alvo 1, stop …") is never a price."""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, ParsedUpdate, parse_message

D = Decimal


@pytest.mark.parametrize("text", [
    "vendido em eth entre 3.440 e 3.415 , stop 3.495 alvos 3.350 3.280 3.190 lev 20x .. qdo bater o primeiro alvo "
    "coloca o stop no zero a zero e deixa correr 🩸",
    "SHORT ETH 3440-3415, SL 3495, TP 3350 3280 3190, 20x. When TP1 hits move stop to breakeven and let it run",
    "Vendo ETH entre 3440 y 3415, stop 3495, objetivos 3350 3280 3190, apalancamiento 20x. "
    "Cuando toque el primer objetivo, stop a punto de equilibrio",
    "ETH шорт 3440-3415, стоп 3495, цели 3350 3280 3190, плечо 20x. Когда возьмём первую цель, стоп в БУ",
])
def test_a_plan_with_a_stop_move_for_later_is_a_call_with_break_even_after_the_first_target(text):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedSignal)
    assert (parsed.symbol, parsed.side) == ("ETH/USDT", "short")
    assert parsed.entry == [D("3415"), D("3440")]
    assert parsed.stop_loss == D("3495")
    assert parsed.take_profits == [D("3350"), D("3280"), D("3190")]
    assert parsed.leverage == 20
    assert parsed.breakeven_after == 1


@pytest.mark.parametrize("text", ["SL to entry on ETH now", "ETH: move stop to entry"])
def test_a_stop_move_without_a_plan_stays_an_update(text):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedUpdate)
    assert (parsed.kind, parsed.symbol, parsed.to_entry) == ("move_stop", "ETH/USDT", True)


@pytest.mark.parametrize("text, symbol, fraction", [
    ("fecha metade do XRP aqui galera, 2,48 tá bom demais 💰 o resto deixa correr com stop no zero a zero", "XRP/USDT", D("0.5")),
    ("fecha tudo do SOL agora, mercado virou", "SOL/USDT", D("1")),
    ("fecha a posição de BTC aqui", "BTC/USDT", D("1")),
    ("fecha 50% do XRP aqui", "XRP/USDT", D("0.5")),
    ("Cierra la mitad del XRP aquí y mueve el stop a la entrada", "XRP/USDT", D("0.5")),
    ("XRP yarısını kapatın, stopu girişe çekin", "XRP/USDT", D("0.5")),
])
def test_a_portuguese_fecha_with_its_share_closes_first(text, symbol, fraction):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedUpdate)
    assert (parsed.kind, parsed.symbol, parsed.fraction) == ("close", symbol, fraction)


def test_a_spanish_fecha_date_header_stays_what_it_was():
    assert parse_message("Fecha: 07/12 | BTC cerró la semana en verde") is None
    assert parse_message("Fecha 07/12: BTC 50% de dominancia") is None
    parsed = parse_message("Fecha: 07/12\nMoneda: BTC/USDT\nVenta\nEntrada: 64000\nObjetivo 1: 63000\nObjetivo 2: 62000\nStop: 65000")
    assert isinstance(parsed, ParsedSignal)
    assert (parsed.side, parsed.entry, parsed.take_profits) == ("short", [D("64000")], [D("63000"), D("62000")])


@pytest.mark.parametrize("text", [
    "@everyone OP short update: close 50% here and set stop to entry, market feels heavy into the weekend",
    "Actualización OP: cierra 50% aquí y mueve el stop a la entrada",
    "OP güncelleme: %50 kapatın ve stopu girişe çekin",
])
def test_a_close_said_before_a_stop_move_is_the_first_action(text):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedUpdate)
    assert (parsed.kind, parsed.symbol, parsed.fraction) == ("close", "OP/USDT", D("0.5"))
    assert [(a.kind, a.to_entry) for a in parsed.also] == [("move_stop", True)]


def test_a_stop_move_said_before_a_close_stays_first():
    parsed = parse_message("SOL update: move stop to entry and close 25%")
    assert isinstance(parsed, ParsedUpdate)
    assert (parsed.kind, parsed.to_entry) == ("move_stop", True)
    assert [(a.kind, a.fraction) for a in parsed.also] == [("close", D("0.25"))]


@pytest.mark.parametrize("text", [
    "⚡ SINAL FUTUROS ⚡\nMoeda: LINK/USDT\nOperação: VENDA 🔴\nEntrada: 15,40\nAlvo 1: 14,95\nAlvo 2: 14,50\nAlvo 3: 13,80\n"
    "Stop loss: 15,95\nAlavancagem: 12,5x\n\nGerenciamento: bateu o alvo 1, stop na entrada. A partir do alvo 2, stop sempre no alvo anterior.",
    "Coin: LINK/USDT\nSHORT\nEntry: 15.40\nTarget 1: 14.95\nTarget 2: 14.50\nTarget 3: 13.80\nStop loss: 15.95\n\n"
    "Management: once Target 1, SL to entry. From Target 2, stop always at the previous target.",
    "Moneda: LINK/USDT\nVenta\nEntrada: 15,40\nObjetivo 1: 14,95\nObjetivo 2: 14,50\nObjetivo 3: 13,80\nStop loss: 15,95\n\n"
    "Gestión: tocado el objetivo 1, stop a la entrada. A partir del objetivo 2, stop siempre en el objetivo anterior.",
])
def test_a_target_index_in_a_management_rule_is_no_price(text):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedSignal)
    assert parsed.take_profits == [D("14.95"), D("14.50"), D("13.80")]
    assert parsed.breakeven_after == 1
    assert parsed.trailing == {"kind": "moving_target", "activate_after_target": 2}


def test_a_decimal_target_price_stays_a_price():
    parsed = parse_message("Coin: SOL/USDT\nLONG\nEntry: 1.10\nTP 1.25\nSL: 0.98")
    assert isinstance(parsed, ParsedSignal)
    assert parsed.take_profits == [D("1.25")]
