"""The rules the 54th blind set showed missing, tried on wordings that set does not contain:
- a table's "I entered" verb opening the message ("entrei", "entré", "girdim") is no guessed coin; the listed
  word base in capitals after the side word ("short no HIGH") is the pair (``held_verbs``, ``word_base_sides``);
- an untagged word base in capitals beside a side word ("Берём NOT в лонг") is the coin under a whole plan
  (``plan_word_tags``);
- "girişi doldu" (its entry filled) reports a fill, no new trade, as "entry filled" does (``vocabulary/tr``);
- a price before a dash and a leverage ("stop 0.0366 — 12.5x") is no leverage range's low end (``line_prices``);
- Devanagari words count as the words said of a market talked about ("BTC 96,500 पे टिका हुआ है"), so the pair the
  plan follows is the call (``script_words``, ``called_pair``); "short बनता है" is a side as "short banta hai" is.
"""
from __future__ import annotations

import pytest

from signals.parsing import ParsedUpdate, parse_message
from tests.helpers import plan_of, prices, signal_read


@pytest.mark.parametrize(
    "text",
    [
        "galera entrei short no HIGH agora a mercado, stop em 1,3820, alvo 1,2950 e 1,2400, to usando 15x cross, bora",
        "entré short en HIGH a mercado, stop 1,3820, objetivos 1,2950 y 1,2400, 15x cross",
        "girdim short HIGH piyasadan, stop 1,3820, hedef 1,2950 ve 1,2400, 15x cross",
    ],
)
def test_it_reads_the_listed_coin_after_the_side_not_the_verb_before_it(text):
    assert plan_of(signal_read(text)) == ("HIGH/USDT", "short", [], prices("1.3820")[0], prices("1.2950", "1.2400"), 15)


def test_it_still_guesses_an_unlisted_word_opening_the_message_before_its_side():
    assert signal_read("mavia long 20x stop 0.9 tp 1.2 1.4").symbol == "MAVIA/USDT"


def test_it_names_no_coin_from_an_entered_verb_alone():
    assert parse_message("entrei short 1,38 stop 1,40 alvo 1,30") is None


def test_it_reads_an_untagged_word_base_beside_the_side_under_a_whole_plan():
    parsed = signal_read(
        "Берём NOT в лонг по рынку.\nЦели: 0.0068 / 0.0072 / 0.0078\nСтоп: 0.0061\n"
        "Плечо x20, изолированная маржа.\nПосле первой цели стоп в безубыток."
    )
    assert plan_of(parsed) == ("NOT/USDT", "long", [], prices("0.0061")[0], prices("0.0068", "0.0072", "0.0078"), 20)
    assert parsed.margin_mode == "isolated" and parsed.breakeven_after == 1
    assert signal_read("Шорт NOT, стоп 0.0071, цели 0.0065 0.0060").symbol == "NOT/USDT"


@pytest.mark.parametrize(
    "text",
    [
        "NOT financial advice. I think long is good here, stop 1.2 target 1.5",
        "This is NOT LONG yet",
        "NOT a long yet, waiting",
    ],
)
def test_it_keeps_a_word_base_without_a_whole_plan_beside_its_side_a_word(text):
    assert parse_message(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "NEAR short girişi doldu ✅ 5,12. Stop 5,34'te bekliyor, sabırlı olun.",
        "NEAR short emir doldu 5,12, stop 5,34 bekliyor",
        "NEAR шорт вход исполнен 5,12. Стоп 5,34 ждёт.",
        "NEAR short entrada ejecutada 5,12. Stop 5,34 esperando.",
        "NEAR short entrada executada 5,12. Stop 5,34 aguardando.",
        "NEAR short entry filled ✅ 5.12. Stop 5.34 waiting, be patient.",
    ],
)
def test_it_reads_an_entry_filled_report_with_its_stop_waiting_as_no_new_trade(text):
    parsed = parse_message(text)
    assert parsed is None or isinstance(parsed, ParsedUpdate)


def test_it_still_reads_a_turkish_short_with_its_entry_as_a_signal():
    parsed = signal_read("NEAR short giriş 5,12 stop 5,34 hedef 4,90")
    assert plan_of(parsed) == ("NEAR/USDT", "short", prices("5.12"), prices("5.34")[0], prices("4.90"), None)


@pytest.mark.parametrize(
    "text",
    [
        "#PEOPLE long now CMP 🚀 targets 0.0412, 0.0438, 0.0470 — stop 0.0366 — 12.5x",
        "#PEOPLE long now CMP — stop 0.0366 — targets 0.0412, 0.0438, 0.0470 — 12.5x",
    ],
)
def test_it_keeps_a_price_before_a_dash_and_the_leverage(text):
    parsed = signal_read(text)
    assert parsed.stop_loss == prices("0.0366")[0] and parsed.take_profits == prices("0.0412", "0.0438", "0.0470")
    assert parsed.leverage == 12.5


def test_it_still_reads_a_leverage_range_as_its_lowest():
    assert signal_read("BTC long 65000 stop 64000 tp 66000 lev 5-10x").leverage == 5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "भाई लोग BTC 96,500 पे टिका हुआ है, अब AVAX short बनता है — 35.10 पे sell करो, SL 36.20, TP 33.90 और 32.80, 10x लगाओ बस",
            ("AVAX/USDT", "short", prices("35.10"), prices("36.20")[0], prices("33.90", "32.80"), 10),
        ),
        (
            "भाई लोग ETH 3,400 पे टिका हुआ है, अब SOL long बनता है — 142.5 पे buy करो, SL 138, TP 150 और 158, 5x",
            ("SOL/USDT", "long", prices("142.5"), prices("138")[0], prices("150", "158"), 5),
        ),
    ],
)
def test_it_calls_the_pair_the_plan_follows_after_a_market_talked_about_in_devanagari(text, expected):
    assert plan_of(signal_read(text)) == expected


def test_it_keeps_the_called_pair_when_another_is_talked_about_after_the_plan():
    parsed = signal_read("BTC short 96,500 पे, SL 97,200, TP 95,000. AVAX भी कमजोर दिख रहा है आज")
    assert parsed.symbol == "BTC/USDT" and parsed.entry == prices("96500")
