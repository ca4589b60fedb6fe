""""otra entrada en 0,5080" (another entry) adds a leg after the side's own price; "any price between X and Y"
is the zone; "as soon as it breaks X" is a conditional entry [X]; Turkish "buradan" (from here) before a price
makes it the entry though no other Turkish word shows the language; "wait and see" with no stop is no trade."""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import prices


@pytest.mark.parametrize("text", [
    "Compro XRP en 0,5230 y otra entrada en 0,5080 si baja. SL 0,4950, TPs 0,5450 y 0,5700. Mitad del capital en cada entrada.",
    "Buy XRP at 0.5230 and another entry at 0.5080 if it dips. SL 0.4950, TPs 0.5450 and 0.5700. Half of the capital on each entry.",
])
def test_it_reads_another_entry_after_the_sides_price_as_a_second_leg_with_half_each(text):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedSignal)
    assert (parsed.symbol, parsed.side, parsed.entry, parsed.stop_loss) == ("XRP/USDT", "long", prices("0.5080", "0.5230"), Decimal("0.4950"))
    assert parsed.take_profits == prices("0.5450", "0.5700")
    assert parsed.entry_allocations == prices("0.5", "0.5")


@pytest.mark.parametrize("text", [
    "🟢 #WIF/USDT — LONG\nEntrada: qualquer preço entre 2,150 e 2,230\nAlvos: 2,31 / 2,42 / 2,60\nStop: 2,05",
    "🟢 #WIF/USDT — LONG\nEntrada: cualquier precio entre 2,150 y 2,230\nObjetivos: 2,31 / 2,42 / 2,60\nStop: 2,05",
    "🟢 #WIF/USDT — LONG\nEntry: any price between 2.150 and 2.230\nTargets: 2.31 / 2.42 / 2.60\nStop: 2.05",
])
def test_it_reads_any_price_between_two_prices_as_the_entry_zone(text):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedSignal)
    assert (parsed.symbol, parsed.side, parsed.entry, parsed.stop_loss) == ("WIF/USDT", "long", prices("2.150", "2.230"), Decimal("2.05"))
    assert parsed.take_profits == prices("2.31", "2.42", "2.60")


def test_it_reads_the_portuguese_zone_post_with_its_candle_stop_and_leverage():
    parsed = parse_message(
        "🟢 #WIF/USDT — COMPRA (LONG)\n\nEntrada: qualquer preço entre 2,150 e 2,230\nAlvos:\n1) 2,31 (+4%)\n"
        "2) 2,42 (+9%)\n3) 2,60 (+17%)\nStop: fechamento do candle de 1h abaixo de 2,05\nAlavancagem: 5x a 10x (cross)"
    )
    assert isinstance(parsed, ParsedSignal)
    assert (parsed.entry, parsed.stop_loss, parsed.leverage, parsed.margin_mode) == (prices("2.150", "2.230"), Decimal("2.05"), 5, "cross")


@pytest.mark.parametrize("line", [
    "Entrada: en cuanto rompa 5,40",
    "Entrada: cuando rompa 5,40",
    "Entrada: assim que romper 5,40",
    "Entrada: tan pronto como rompa 5,40",
])
def test_it_reads_as_soon_as_it_breaks_as_a_conditional_entry(line):
    parsed = parse_message(f"🟢 LONG #NEAR/USDT\n{line}\nObjetivos: 5,62 · 5,85 · 6,20\nStop: 5,18\nApalancamiento: 3-5x")
    assert isinstance(parsed, ParsedSignal)
    assert (parsed.symbol, parsed.side, parsed.entry, parsed.stop_loss) == ("NEAR/USDT", "long", prices("5.40"), Decimal("5.18"))
    assert parsed.take_profits == prices("5.62", "5.85", "6.20")


def test_it_reads_the_spanish_breakout_post_with_its_trailing_rule():
    parsed = parse_message(
        "📊 Panorama: BTC aguanta los 67k, ETH sigue flojo contra BTC y SOL lateral.\n\nLa operación de hoy 👇\n"
        "🟢 LONG #NEAR/USDT\nEntrada: en cuanto rompa 5,40\nObjetivos: 5,62 (+4%) · 5,85 (+8%) · 6,20 (+15%)\n"
        "Stop: cierre de vela de 1H por debajo de 5,18\nApalancamiento: 3-5x\n\nCuando toque el TP2 activamos un trailing stop del 2%."
    )
    assert isinstance(parsed, ParsedSignal)
    assert (parsed.symbol, parsed.entry, parsed.stop_loss, parsed.leverage) == ("NEAR/USDT", prices("5.40"), Decimal("5.18"), 3)
    assert parsed.trailing == {"kind": "percent_below_highest", "callback_pct": Decimal("2"), "activate_after_target": 2}


@pytest.mark.parametrize("here", ["buradan", "burada", "here"])
def test_it_reads_a_price_after_here_as_the_entry_without_other_turkish_words(here):
    parsed = parse_message(f"ARB long {here} 0.7420 🎯 0.7650 / 0.7900 / 0.8300 ⛔️ SL 0.7180 | 10x")
    assert isinstance(parsed, ParsedSignal)
    assert (parsed.symbol, parsed.side, parsed.entry, parsed.stop_loss, parsed.leverage) == ("ARB/USDT", "long", prices("0.7420"), Decimal("0.7180"), 10)
    assert parsed.take_profits == prices("0.7650", "0.7900", "0.8300")


def test_it_still_reads_a_plain_english_message_with_a_comma_price_the_english_way():
    # "buradan" shows Turkish, with its decimal comma; a message without it keeps the English reading.
    parsed = parse_message("ARB long 0.7420 🎯 0.7650 / 0.7900 ⛔️ SL 0.7180")
    assert isinstance(parsed, ParsedSignal)
    assert parsed.entry == prices("0.7420")


@pytest.mark.parametrize("text", [
    "BTC日线在62000附近有强支撑，若有效跌破，下看58500；上方压力66800。目前以观望为主，不建议追单，等待方向选择。",
    "BTC has strong support near 62000, if it breaks, short to 58500; resistance 66800. For now wait and see, do not chase.",
    "BTC tiene soporte en 62000, si lo pierde short hacia 58500; resistencia 66800. Por ahora toca esperar y ver.",
])
def test_it_reads_levels_with_wait_and_see_and_no_stop_as_no_trade(text):
    assert parse_message(text) is None


def test_it_still_trades_a_plan_with_a_stop_under_a_wait_and_see_market_note():
    parsed = parse_message(
        "【每日复盘】\n大饼在 63000 下方震荡。今天整体观望为主。\n\n唯一一单:\n1000PEPEUSDT 做多\n进场 0.01180-0.01210\n"
        "止损 0.01128\n目标 0.01260 / 0.01320 / 0.01400"
    )
    assert isinstance(parsed, ParsedSignal)
    assert (parsed.symbol, parsed.side, parsed.stop_loss) == ("1000PEPE/USDT", "long", Decimal("0.01128"))


@pytest.mark.parametrize("text", [
    "SOL long 142, SL 138, TP 150 / 156. BTC itself: wait and see.",
    "Otra vez SOL long 142, SL 138, TP 150 / 156.",
])
def test_it_keeps_a_plan_with_a_stop_beside_wait_and_see_or_a_spanish_other(text):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedSignal)
    assert (parsed.symbol, parsed.entry, parsed.stop_loss, parsed.take_profits) == ("SOL/USDT", prices("142"), Decimal("138"), prices("150", "156"))
