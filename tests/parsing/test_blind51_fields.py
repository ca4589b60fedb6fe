"""The rules the 51st blind set showed missing, tried on wordings that set does not contain:
- Portuguese "Parada de Perda", "Stop de perda", "Perda máxima" label the stop, as Spanish "Parada de pérdidas"
  does (``vocabulary.pt``);
- a word for profit heading prices ("Lucro 1: …", "Lucros: … / …", "Profits: …") labels the targets, but not a
  share or a result ("Lucro de 30%", "Profit: 1,250 USDT") (``profit_labels``);
- a pair talked about and set aside ("BTC 64k pe atka hua hai usko chhodo", "forget about it") is declined
  though its clause names the level the market sits at; a number beside an order's word still keeps the pair
  (``declined``);
- chat's "boys", "lol" between a side and its entry zone are filler, as "bro" and "guys" are (``line_prices``).
"""
from __future__ import annotations

import pytest

from signals.parsing import ParsedUpdate, parse_message
from tests.helpers import plan_of, prices, signal_read


@pytest.mark.parametrize(
    "stop_line",
    ["Parada de Perda: 141,60", "Stop de perda: 141,60", "Perda máxima: 141,60", "parada de perdas 141,60"],
)
def test_it_reads_the_portuguese_spelled_out_stop(stop_line):
    parsed = signal_read(f"🟢 #SOLUSDT — COMPRA (LONG)\n\nEntrada: 146,80\nAlvos: 150,20 / 153,90\n{stop_line}\nAlavancagem: 20x")
    assert parsed.stop_loss == prices("141.60")[0]
    assert parsed.take_profits == prices("150.20", "153.90")


def test_it_reads_the_stop_and_the_breakeven_rule_that_names_it_parada_de_perda():
    parsed = signal_read(
        "🟢 #SOLUSDT — COMPRA (LONG)\n\nEntrada: 146,80\nAlvos: 150,20 / 153,90 / 158,40\nParada de Perda: 141,60\n"
        "Alavancagem: 20x Cruzada\n\nRealizar 40% no Alvo 1, 30% no Alvo 2 e 30% no Alvo 3. Após o Alvo 1, mover a "
        "Parada de Perda para o preço de entrada."
    )
    assert plan_of(parsed) == ("SOL/USDT", "long", prices("146.80"), prices("141.60")[0], prices("150.20", "153.90", "158.40"), 20)
    assert parsed.margin_mode == "cross"
    assert parsed.take_profit_allocations == prices("0.4", "0.3", "0.3")
    assert parsed.breakeven_after == 1


def test_it_reads_the_stop_of_a_prose_call_after_market_talk():
    parsed = signal_read(
        "Bitcoin lateral entre 66.800 e 68.200, enquanto isso segue o call: $WIF long, entrada 2,315 a 2,380, alvos "
        "2,460 - 2,550 - 2,700, parada de perda 2,210, 10x. Tirar metade no primeiro alvo e o restante dividir igual "
        "entre os outros dois."
    )
    assert plan_of(parsed) == ("WIF/USDT", "long", prices("2.315", "2.380"), prices("2.210")[0], prices("2.460", "2.550", "2.700"), 10)
    assert parsed.take_profit_allocations == prices("0.5", "0.25", "0.25")


def test_it_still_reads_the_spanish_spelled_out_stop():
    parsed = signal_read("ETH/USDT CORTO\nEntrada: 3.418,50\nObjetivo: 3.295\nParada de pérdidas: 3.489\nApalancamiento x15")
    assert plan_of(parsed) == ("ETH/USDT", "short", prices("3418.50"), prices("3489")[0], prices("3295"), 15)


@pytest.mark.parametrize(
    "targets",
    ["Lucro 1: 150,20\nLucro 2: 153,90", "Lucros: 150,20 / 153,90"],
)
def test_it_reads_a_profit_word_heading_prices_as_the_targets(targets):
    parsed = signal_read(f"#SOL/USDT LONG\nEntrada: 146,80\n{targets}\nParada de Perda: 141,60")
    assert plan_of(parsed) == ("SOL/USDT", "long", prices("146.80"), prices("141.60")[0], prices("150.20", "153.90"), None)


def test_it_reads_english_profits_heading_two_prices_as_the_targets():
    parsed = signal_read("#SOL/USDT LONG\nEntry: 146.80\nProfits: 150.20 / 153.90\nSL: 141.60")
    assert parsed.take_profits == prices("150.20", "153.90")


def test_it_does_not_read_a_profit_share_or_result_as_a_target():
    parsed = parse_message("#SOL/USDT LONG\nEntrada: 146,80\nAlvos: 150,20 / 153,90\nStop: 141,60\nLucro de 30% no alvo 1")
    assert parsed is None or parsed.take_profits == prices("150.20", "153.90")
    closed = parse_message("ETH long closed\nProfit: 1,250 USDT")
    assert isinstance(closed, ParsedUpdate) and closed.kind == "close"


def test_it_keeps_a_hinglish_plan_with_a_booking_rule_a_signal_after_declining_btc():
    parsed = signal_read(
        "bhai BTC 64k pe atka hua hai usko chhodo 😅 GAS abhi le lo CMP pe, target 3.10 / 3.45 / 3.90, SL 2.62, "
        "10x isolated. 50% TP1 pe book karna, baaki TP2 aur TP3 pe aadha aadha"
    )
    assert plan_of(parsed) == ("GAS/USDT", "long", [], prices("2.62")[0], prices("3.10", "3.45", "3.90"), 10)
    assert parsed.margin_mode == "isolated"
    assert parsed.take_profit_allocations == prices("0.5", "0.25", "0.25")


@pytest.mark.parametrize(
    "text",
    [
        "BTC stuck at 64k, forget about it. GAS long CMP, target 3.10 / 3.45 / 3.90, SL 2.62, 10x",
        "O BTC está preso em 64 mil, deixa pra lá. GAS long a mercado, alvos 3,10 / 3,45 / 3,90, stop 2,62",
    ],
)
def test_it_declines_a_pair_set_aside_beside_the_level_it_sits_at(text):
    parsed = signal_read(text)
    assert parsed.symbol == "GAS/USDT"
    assert parsed.stop_loss == prices("2.62")[0]


@pytest.mark.parametrize("text", ["50% book kar lo TP1 pe", "GAS long chal raha hai, 50% book kar lo TP1 pe"])
def test_it_keeps_a_booking_of_a_running_trade_a_close(text):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedUpdate) and parsed.kind == "close"
    assert parsed.fraction == prices("0.5")[0]


@pytest.mark.parametrize(
    "text",
    [
        "new ETH short boys lol 3,412-3,448 sl 3,505 tp 3,350 / 3,280 / 3,190, 15x iso. 50% 30% 20% like always",
        "ETH short lads 3412-3448 sl 3505 tp 3350 / 3280 / 3190, 15x iso",
        "ETH short haha 3412-3448 sl 3505 tp 3350 / 3280 / 3190, 15x iso",
    ],
)
def test_it_reads_past_chat_greetings_and_laughs_to_the_entry_zone(text):
    parsed = signal_read(text)
    assert plan_of(parsed) == ("ETH/USDT", "short", prices("3412", "3448"), prices("3505")[0], prices("3350", "3280", "3190"), 15)
    assert parsed.margin_mode == "isolated"


def test_it_keeps_a_laughed_past_entry_talk_no_signal():
    assert parse_message("BTC long lol 65000 was a great entry") is None
