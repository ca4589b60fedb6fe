"""Round 58's field misses: a leverage after a bracketed move, a verb for "enter", a zone's "until", a
one-character entry label and ordinal target markers.

- "ARB long 0.7315 (+2.4% today) … 10x": a bracketed percentage notes the move; it scales nothing, so the 10x stays.
- "entra 1,342" (pt/es "enter"): the verb before its price is the entry, as English "enter 1.342".
- "entry 4,35 sampai 4,50" (id "until"): two entry prices joined by a language's "until" are a zone.
- "入 0.01120-0.01150": a terse Chinese call shortens its entry to 入, as it does its stop to 损.
- "1º 0,4650 / 2º 0,4790": an ordinal before a price is the target's place, never a price.
"""
from signals.parsing import parse_message
from tests.helpers import plan_of, prices, signal_read

ARB_PERCENT_NOTE = "ARB long 0.7315 (+2.4% today) sl 0.698 tp 0.77 / 0.81 / 0.865 10x"
FET_ENTRA = "$FET x50 short 🩸 entra 1,342 (já caiu 8% hoje) stop 1,398 tp 1,301 - 1,265 - 1,21"
DOT_SAMPAI = "Gas long DOT bro, entry 4,35 sampai 4,50, tp 4,80 / 5,10 / 5,60, sl 4,12. x10 aja jangan rakus"
PEPE_TERSE = "空 1000PEPE x25 FOMC 前先埋伏\n入 0.01120-0.01150\n损 0.01195\n盈 0.01080 0.01040 0.00990"
ADA_ORDINALS = (
    "🚨 SINAL VIP 🚨\n\n🪙 Moeda: #ADA/USDT\n📈 Direção: COMPRA (Long)\n⚙️ Alavancagem: 10x Isolada\n\n"
    "💰 Entrada: 0,4520 – 0,4380\n🎯 Alvos:\n1º 0,4650\n2º 0,4790\n3º 0,4980\n🛑 Stop: 0,4210\n\n"
    "Após o alvo 1, stop no preço de entrada."
)


def test_a_bracketed_percentage_move_leaves_the_trailing_leverage():
    assert plan_of(signal_read(ARB_PERCENT_NOTE)) == (
        "ARB/USDT", "long", prices("0.7315"), prices("0.698")[0], prices("0.77", "0.81", "0.865"), 10,
    )


def test_a_gain_at_a_leverage_in_the_same_clause_is_still_no_leverage():
    assert signal_read("ARB long 0.7315 sl 0.698 tp 0.77 +45% (10x)").leverage is None


def test_a_bracket_holding_a_percentage_and_a_multiple_is_still_no_leverage():
    assert signal_read("ARB long 0.7315 sl 0.698 tp 0.77 (risk 2% at 10x)").leverage is None


def test_the_portuguese_verb_entra_before_a_price_is_the_entry():
    assert plan_of(signal_read(FET_ENTRA)) == (
        "FET/USDT", "short", prices("1.342"), prices("1.398")[0], prices("1.301", "1.265", "1.21"), 50,
    )


def test_the_spanish_verb_entra_before_a_price_is_the_entry():
    assert signal_read("SOL short entra 142,5 stop 146 tp 138 - 135").entry == prices("142.5")


def test_a_question_whether_to_enter_stays_no_trade():
    assert parse_message("FET caiu 8% hoje, quem entra agora?") is None


def test_two_entry_prices_joined_by_sampai_are_a_zone():
    assert plan_of(signal_read(DOT_SAMPAI)) == (
        "DOT/USDT", "long", prices("4.35", "4.5"), prices("4.12")[0], prices("4.8", "5.1", "5.6"), 10,
    )


def test_two_entry_prices_joined_by_until_are_a_zone():
    assert signal_read("DOT long, entry 4.35 until 4.50, tp 4.80 / 5.10, sl 4.12").entry == prices("4.35", "4.50")


def test_a_hold_until_a_target_is_no_entry_zone():
    parsed = signal_read("DOT long 4,35 tahan sampai 5,10 sl 4,12")
    assert parsed.entry == prices("4.35")


def test_a_lone_ru_as_entry_label_in_a_terse_chinese_call():
    assert plan_of(signal_read(PEPE_TERSE)) == (
        "1000PEPE/USDT", "short", prices("0.0112", "0.0115"), prices("0.01195")[0],
        prices("0.0108", "0.0104", "0.0099"), 25,
    )


def test_ru_inside_a_word_is_no_entry_label():
    parsed = signal_read("1000PEPE 空 0.0113\n损 0.01195\n盈 0.01080\n收入 2000")
    assert parsed.entry == prices("0.0113")


def test_portuguese_ordinal_markers_are_target_indexes():
    parsed = signal_read(ADA_ORDINALS)
    assert parsed.take_profits == prices("0.465", "0.479", "0.498")
    assert parsed.entry == prices("0.438", "0.452")


def test_english_and_russian_ordinals_are_target_indexes():
    for targets in ("1st 0.4650\n2nd 0.4790\n3rd 0.4980", "1-й 0.4650\n2-й 0.4790\n3-й 0.4980"):
        parsed = signal_read(f"ADA/USDT LONG\nEntry: 0.4400\nTargets:\n{targets}\nStop: 0.4210")
        assert parsed.take_profits == prices("0.4650", "0.4790", "0.4980")


def test_an_ordinal_before_words_keeps_the_prices_of_its_line():
    parsed = signal_read("ADA/USDT LONG\nEntry: 0.4400\nTargets: 0.4650 / 0.4790\nStop: 0.4210\n2nd leg at 0.43")
    assert parsed.take_profits == prices("0.4650", "0.4790")
