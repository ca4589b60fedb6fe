"""Round 61 (talk): a trade weighed after a question to the group is no call, and an ordinal target
("1º alvo", "1er objetivo", "1-й цели") names the target a break-even rule waits for."""
from __future__ import annotations

from signals.parsing import parse_message
from tests.helpers import prices, signal_read

SUI_WEIGHED = (
    "what do u guys think about SUI at 3.10? thinking of longing with stop 2.85 and tp 3.60 "
    "but BTC dominance scares me"
)
SOL_PT = (
    "🚨 SINAL FUTUROS 🚨\n\n#SOL/USDT — COMPRA (LONG)\nAlavancagem: 10x Isolada\nEntrada: 178,40 – 181,20\n"
    "Alvos:\n🎯 185,50\n🎯 190,00\n🎯 197,80\nStop: 172,60\n\nApós o 1º alvo, stop no preço de entrada."
)


def test_it_reads_no_call_in_a_trade_weighed_after_an_opinion_question():
    assert parse_message(SUI_WEIGHED) is None


def test_it_reads_weighing_words_after_a_question_as_no_call_in_other_languages():
    assert parse_message("кто что думает по TON? думаю взять от 5,40, стоп 5,10, цель 6,20") is None
    assert parse_message("o que vocês acham do XRP? pensando em comprar em 2,30 com stop 2,10 e alvo 2,80") is None
    assert parse_message("¿qué opinan de SOL? estoy pensando en entrar en 140, stop 132, objetivo 155") is None


def test_it_reads_fear_after_an_opening_question_as_doubt():
    assert parse_message("anyone else think SUI at 3.10 is cheap? long 3.10 stop 2.85 tp 3.60 but im scared") is None
    assert parse_message("кто-нибудь шортил TON от 5,80? шорт 5,80 стоп 6,10 цель 5,20, но боюсь") is None


def test_it_keeps_a_call_that_only_tells_readers_not_to_be_scared():
    signal = signal_read("SUI LONG 3.10 stop 2.85 tp 3.60. Scared? Dont be.")
    assert (signal.symbol, signal.side, signal.stop_loss) == ("SUI/USDT", "long", prices("2.85")[0])


def test_it_keeps_a_call_opening_with_a_rhetorical_question_and_no_weighing():
    signal = signal_read("Ready? LONG SUI 3.10, stop 2.85, tp 3.60")
    assert signal.take_profits == prices("3.60")


def test_it_reads_the_breakeven_after_an_ordinal_first_target_in_portuguese():
    signal = signal_read(SOL_PT)
    assert (signal.symbol, signal.breakeven_after) == ("SOL/USDT", 1)
    assert signal.entry == prices("178.40", "181.20")
    assert signal.take_profits == prices("185.50", "190.00", "197.80")


def test_it_reads_the_breakeven_after_ordinal_targets_in_spanish_and_russian():
    es = "LONG #NEAR/USDT\nEntrada: 5,42\nObjetivos: 5,80 | 6,05\nStop loss: 5,19\n\nDespués del 2do objetivo, stop a breakeven."
    ru = "ЛОНГ #XRP/USDT\nВход: 2,415\nЦели: 2,50 / 2,58\nСтоп: 2,33\n\nПосле 1-й цели стоп в безубыток."
    assert signal_read(es).breakeven_after == 2
    assert signal_read(ru).breakeven_after == 1


def test_it_keeps_an_ordinal_before_a_price_as_a_list_index():
    signal = signal_read("ATOM compra\n1ª entrada: 6,82\n2ª entrada: 6,61\nAlvos: 7,10 / 7,40\nStop: 6,30")
    assert signal.entry == prices("6.61", "6.82")


def test_it_reads_no_breakeven_when_the_ordinal_rule_moves_no_stop():
    signal = signal_read(SOL_PT.replace("Após o 1º alvo, stop no preço de entrada.", "Após o 1º alvo, realizar 50%."))
    assert signal.breakeven_after is None


def test_it_keeps_a_call_whose_weighing_words_follow_no_question():
    signal = signal_read("BTC LONG 65000, stop 64000, tp 67000. BTC dominance scares the alts")
    assert (signal.symbol, signal.side) == ("BTC/USDT", "long")
