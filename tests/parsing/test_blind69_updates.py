"""Updates and plans the 69th/70th blind sets confused, tried on wordings those sets do not contain:
- "stop gain em 36,20" (Brazilian: the stop moved into profit), "stop en ganancias en", "стоп в плюс на": a stop
  moved now, never a target; "Stop gain: 85,0 / 82,5" with its colon stays a plan's target label
  (``vocabulary``, role "profit_stop");
- "TP2 hit … move SL to TP1 (3390)": a stop moved to a target priced in brackets beside it goes to that price
  (``named_target_stops``); "move SL to TP1" alone names no price;
- "A cada alvo batido, mover o stop pro alvo anterior" (at each target hit …) in a whole plan is its trailing
  rule, no hit notice and no stop moved now (``rule_hits``, ``changes_now``);
- "chốt 50% vị thế ở TP1 rồi dời SL về điểm vào" (close 50% at TP1, its "at" a filler, then SL to entry) is a
  plan's rule; "chốt 50% vị thế" alone still closes half (``changes_now``);
- "Entry: in the range 24.10 to 24.85", "trong khoảng", "en el rango de", "na faixa de", "di kisaran": the zone's
  preposition between an entry label and its prices (``line_prices.FILLER``, the tables' "zone" rows).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import prices, signal_read, update_read


@pytest.mark.parametrize(
    ("text", "symbol", "price"),
    [
        ("#SOL: stop gain em 152,40 pra garantir o lucro", "SOL/USDT", "152.40"),
        ("LINK atualização ✅ stop gain para 14,85, segue o trade", "LINK/USDT", "14.85"),
        ("#SOL: movemos el stop en ganancias en 152,40 para asegurar", "SOL/USDT", "152.40"),
        ("#SOL переносим стоп в плюс на 152,40", "SOL/USDT", "152.40"),
    ],
)
def test_it_reads_a_stop_moved_into_profit_as_a_stop_move(text, symbol, price):
    parsed = update_read(text)
    assert (parsed.kind, parsed.symbol, parsed.price, parsed.to_entry) == ("move_stop", symbol, Decimal(price), False)


def test_it_reads_a_profit_stop_at_the_entry_after_a_target_as_a_move_to_entry():
    parsed = update_read("Bateu o alvo 2 no SOL 🎯 coloquem stop gain no preço de entrada")
    assert (parsed.kind, parsed.symbol, parsed.to_entry) == ("move_stop", "SOL/USDT", True)


def test_it_keeps_a_stop_gain_label_as_the_targets_of_a_plan():
    parsed = signal_read("#LTC vendido\nEntrada: 88,4\nStop gain: 85,0 / 82,5\nStop loss: 91,2")
    assert (parsed.side, parsed.stop_loss, parsed.take_profits) == ("short", Decimal("91.2"), prices("85.0", "82.5"))


def test_it_keeps_a_profit_stop_at_the_entry_in_a_plan_its_break_even_rule():
    parsed = signal_read("🟢 COMPRA | DOT/USDT\nEntrada: 6,10\nAlvos: 6,45 / 6,70 / 7,00\nStop: 5,85\n"
                         "Depois do alvo 1, coloque stop gain no preço de entrada")
    assert (parsed.take_profits, parsed.breakeven_after) == (prices("6.45", "6.70", "7.00"), 1)


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("#SOL ✅ chạm TP2 tại 158,2\nAnh em còn giữ lệnh dời SL lên TP1 (152,4) nhé.", "152.4"),
        ("#SOL TP2 hit ✅ 158.2\nHolders: move SL up to TP1 (152.4) and let the rest run.", "152.4"),
        ("#SOL TP3 reached 🎯 move your stop to TP2 [$160.5]", "160.5"),
    ],
)
def test_it_moves_the_stop_to_a_target_priced_beside_it(text, price):
    parsed = update_read(text)
    assert (parsed.kind, parsed.symbol, parsed.price) == ("move_stop", "SOL/USDT", Decimal(price))


def test_it_keeps_a_stop_moved_to_an_unpriced_target_a_target_hit():
    parsed = update_read("#SOL TP2 hit ✅ 158.2\nMove SL to TP1 now.")
    assert (parsed.kind, parsed.price) == ("tp_hit", None)


@pytest.mark.parametrize(
    "rule",
    [
        "A cada alvo batido, subam o stop pro alvo anterior.",
        "A cada alvo atingido, o stop sobe para o alvo anterior.",
        "Cada alvo alcançado, mover o stop pro alvo anterior.",
    ],
)
def test_it_reads_a_stop_moved_at_each_target_hit_as_the_plans_trail(rule):
    parsed = parse_message(f"$SOL LONG\nEntrada: 148,20\nAlvos: 152,40 - 158,20 - 165,00\nStop: 142,90\nAlav: 10x\n{rule}")
    assert isinstance(parsed, ParsedSignal), parsed
    assert parsed.take_profits == prices("152.40", "158.20", "165.00")
    assert parsed.trailing == {"kind": "moving_target", "activate_after_target": 1}


def test_it_reads_the_spanish_rule_at_each_target_as_the_plans_trail():
    parsed = signal_read("$SOL LONG\nEntrada: 148,20\nObjetivos: 152,40 - 158,20 - 165,00\nStop: 142,90\nApalancamiento: 10x\n"
                         "Cada objetivo alcanzado, el stop sube al objetivo anterior.")
    assert parsed.trailing == {"kind": "moving_target", "activate_after_target": 1}


def test_it_keeps_a_target_hit_notice_with_a_stop_move_an_update():
    parsed = update_read("$SOL alvo 1 batido ✅ subam o stop pro preço de entrada")
    assert (parsed.kind, parsed.to_entry) == ("move_stop", True)


def test_it_reads_a_share_at_a_target_then_a_stop_to_entry_as_the_plans_rules():
    parsed = signal_read("KÈO SHORT #SOL/USDT\nVào lệnh: 158,2\nChốt lời: 152,4 - 148,0 - 142,5\nCắt lỗ: 162,9\n"
                         "Đòn bẩy: x10\nQuản lý vốn: chốt 40% vị thế ở TP1 rồi dời SL về điểm vào.")
    assert (parsed.side, parsed.stop_loss, parsed.breakeven_after) == ("short", Decimal("162.9"), 1)


def test_it_keeps_a_share_closed_now_a_close():
    parsed = update_read("#SOL chốt 50% vị thế tại đây nhé anh em")
    assert (parsed.kind, parsed.fraction) == ("close", Decimal("0.5"))


@pytest.mark.parametrize(
    "text",
    [
        "LONG #SOL/USDT\nEntry: in the range 148.20 to 150.40\nTargets: 152.4 - 158.2\nSL: 142.9",
        "LONG #SOL/USDT\nEntry: within 148.20 - 150.40\nTargets: 152.4 - 158.2\nSL: 142.9",
        "KÈO LONG #SOL/USDT\nVào lệnh: trong khoảng 148,20 đến 150,40\nChốt lời: 152,4 - 158,2\nCắt lỗ: 142,9",
        "#SOL long\nEntrada: en el rango de 148,20 a 150,40\nObjetivos: 152,4 - 158,2\nStop: 142,9",
        "#SOL long\nEntrada: na faixa de 148,20 a 150,40\nAlvos: 152,4 - 158,2\nStop: 142,9",
        "#SOL long\nEntry: di kisaran 148,20 - 150,40\nTP: 152,4 - 158,2\nSL: 142,9",
    ],
)
def test_it_reads_an_entry_zone_after_its_preposition(text):
    parsed = signal_read(text)
    assert (parsed.entry, parsed.take_profits) == (prices("148.20", "150.40"), prices("152.4", "158.2"))
