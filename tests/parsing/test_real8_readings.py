"""The rules real posts set 8 (long Binance Square trade-setup essays) showed missing, each tried on wordings
that set does not contain:
- an average entry ("Avg entry", "Средний вход", "Ortalama giriş", "the center of the entry zone") or an
  entry worked out with "≈" restates the entries a plan states, and is the entry only when nothing else is;
- a side in brackets after an entry label ("Entry Zone (Short): 0.0243→0.0260") qualifies it;
- a leverage whose clause goes on to a liquidation ("2.0x leverage contract liquidation", "爆仓"), or a
  multiple of a target's reward ("2.5x reward compared to the risk"), is not this trade's leverage;
- a worked sum whose figures carry "$" ("$249.67 - $230.00 = $19.67") holds no target;
- a listed base in capitals titling a setup ("📉 HIGH Trade Setup") names the coin, though it is an English word;
- a stop hit after "if" ("If SL hit, flip long above …") is a contingency, not a report;
- a target named again at its sentence's end ("trail SL to breakeven at Target 1.") is no price, and
  "at Target N" is the break-even rule's condition;
- advice in a lesson's words that names no pair ("3 tips … for example … adjust or close") is no update;
- a label opening a prose line ("Stop Loss: Place the stop just above resistance, around $830") takes the
  one price its sentence places;
- shares of the account beside entry legs ("Primary Entry (2% capital)") weigh them in proportion;
- a tagged grammar word before its side ("$THE Short") names the coin; a chart's structure "invalidated"
  cancels nothing; the "Price:" line under a stop heading ("── STOP LOSS ──") is the stop; a colon ratio
  ("To TP3: ~1:1.8") is no target.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, ParsedUpdate, parse_message
from tests.helpers import plan_of, prices, signal_read


@pytest.mark.parametrize(
    ("text", "entries"),
    [
        ("ETH SHORT (10x)\nEntry: 3400 / 3450 (Avg: 3425)\nTP1 3300\nTP2 3250\nSL 3500\nProfit (from avg entry 3425): +30%",
         prices("3400", "3450")),
        ("SOL/USDT LONG\nPrimary Entry: 150\nDCA Entry: 146\nAverage Entry Zone: ~148\nSL: 140\nTP: 160", prices("146", "150")),
        ("BTC/USDT лонг\nВход: 60000 - 61000\nСредний вход: 60500\nЦели: 62000 63000\nСтоп: 59000", prices("60000", "61000")),
        ("SOL/USDT long\nGiriş: 150 - 154\nOrtalama giriş: 152\nHedef: 160\nStop: 145", prices("150", "154")),
        ("ADA/USDT SHORT\nEntry Zone: 0.50 - 0.52\nSL: 0.55\nTP: 0.46\nWe use the center of the entry zone (0.51) for the risk.",
         prices("0.50", "0.52")),
    ],
)
def test_an_average_entry_restates_the_stated_entries(text, entries):
    assert signal_read(text).entry == entries


def test_an_average_entry_alone_is_the_entry():
    assert signal_read("LINK/USDT LONG\nAverage entry: 14.2\nTP 15\nSL 13.5").entry == prices("14.2")


@pytest.mark.parametrize(
    "text",
    [
        "DOT/USDT SHORT\nEntry Zone: 4.10 - 4.20\nSL: 4.40\nTP: 3.90\nRisk (using Entry ≈4.15): 0.25",
        "DOT/USDT SHORT\nEntry: 4.10 - 4.20\nSL: 4.40\nTP: 3.90\nOnce TP1 hits, move the stop to your Entry Price (≈4.15).",
        "DOT/USDT SHORT\nEntry: 4.10 - 4.20\nSL: 4.40\nTP: 3.90\nRisk from Entry ≈ 4.15 is 0.25",
    ],
)
def test_an_entry_worked_out_with_approximately_is_no_entry(text):
    assert signal_read(text).entry == prices("4.10", "4.20")


@pytest.mark.parametrize(
    ("text", "entries", "side"),
    [
        ("📉 SUI Trade Setup: Shorting the pump\nEntry Zone (Short): 0.0243→0.0260 (Enter as it bounces)\nStop Loss (SL): 0.0305\nTP1: 0.0220",
         prices("0.0243", "0.0260"), "short"),
        ("DOT/USDT\nEntry (Long): 4.10 - 4.20\nSL: 3.90\nTP: 4.60", prices("4.10", "4.20"), "long"),
        ("#ARB\nEntry Zone ( Short ): 0.92 - 0.95\nSL: 0.99\nTP: 0.85", prices("0.92", "0.95"), "short"),
    ],
)
def test_a_side_in_brackets_after_the_entry_label_qualifies_it(text, entries, side):
    parsed = signal_read(text)
    assert (parsed.entry, parsed.side) == (entries, side)


@pytest.mark.parametrize(
    "text",
    [
        "AVAX/USDT short\nTP1: 28.20\nSL: 31.00\nA breakdown could trigger 2.0x leverage contract liquidation.",
        "ETH/USDT short\nEntry 3400\nTP1: 3300\nSL: 3500\nBelow 3350, 50x longs face liquidation.",
        "ETH/USDT 空\n入场 3400\n止盈 3300\n止损 3500\n跌破3350会引发 10x 合约爆仓",
        "BNB/USDT short\nEntry: 823\nSL: 830\nTP: 810\nTarget 1: Approximately 2.5x reward compared to the risk.",
        "BNB/USDT short\nEntry: 823\nSL: 830\nTP: 800\nThat is 4x the risk.",
    ],
)
def test_a_liquidation_or_a_reward_multiple_is_no_leverage(text):
    assert signal_read(text).leverage is None


def test_a_leverage_of_the_trade_is_still_read_beside_a_liquidation_note():
    assert signal_read("ETH/USDT short 10x\nEntry 3400\nTP1: 3300\nSL: 3500\nLongs face liquidation below 3350.").leverage == 10


@pytest.mark.parametrize(
    "text",
    [
        "SOL/USDT short\nEntry: 249.67\nTarget: 230\nStop Loss: 260\nReward per Trade:\nEntry - Target = $249.67 - $230.00 = $19.67",
        "SOL/USDT short\nEntry: 249.67\nTarget: 230\nStop Loss: 260\nTarget - Entry = $230 - $249.67 = -$19.67",
        "SOL/USDT short\nEntry: 249.67\nTarget: 230\nStop Loss: 260\nTarget: $249.67 − $230 = $19.67 of reward",
    ],
)
def test_a_worked_sum_with_dollar_signs_holds_no_target(text):
    assert signal_read(text).take_profits == prices("230")


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("📉 HIGH Trade Setup: Betting on a Rejection\nTrade Type: Short\nEntry: 0.2582\nStop Loss: 0.3005\nTP1: 0.2270", "HIGH/USDT"),
        ("📈 ONE Trade Setup\nEntry: 0.0121\nStop Loss: 0.0110\nTP1: 0.0140", "ONE/USDT"),
        ("GAS Setup: long from support\nEntry: 3.10\nStop Loss: 2.90\nTP1: 3.60", "GAS/USDT"),
    ],
)
def test_a_listed_base_titling_a_setup_names_the_coin(text, symbol):
    assert signal_read(text).symbol == symbol


def test_an_english_word_before_another_word_titles_no_coin():
    assert parse_message("HIGH Risk Trade Setup\nEntry: 0.2582\nStop Loss: 0.3005\nTP1: 0.2270") is None


@pytest.mark.parametrize(
    "text",
    [
        "XRP/USDT short\nEntry: 2.3580 - 2.3620\nSL: 2.3720\nTP1: 2.3450\nContingency: If SL hit, flip long above 2.3720, SL at 2.3580.",
        "BTC/USDT long\nEntry: 60000\nSL: 59000\nTP1: 62000\nIf the stop loss is hit, we re-enter short under 58800.",
        "ETH/USDT long\nEntry: 3400\nSL: 3320\nTP1: 3500\nif SL triggered then wait for a new setup",
    ],
)
def test_a_stop_hit_after_if_is_a_contingency_not_a_report(text):
    assert signal_read(text).stop_loss is not None


@pytest.mark.parametrize(
    "text",
    [
        "XRP/USDT short\nSL hit at 2.3720, trade closed.",
        "BTC/USDT long\nEntry 60000\nSL 59000\nTP 62000\nAfter a fakeout SL hit.",
        "ETH/USDT long\nEntry 3400\nSL 3320\nTP 3500\nWhen the news came out, stop loss hit.",
    ],
)
def test_a_stop_hit_told_as_news_is_still_a_report(text):
    assert not isinstance(parse_message(text), ParsedSignal)


@pytest.mark.parametrize(
    ("text", "after"),
    [
        ("XRP/USDT short\nEntry: 2.36\nSL: 2.40\nTarget 1: 2.34\nTarget 2: 2.33\nTrail SL to breakeven at Target 1.", 1),
        ("SOL/USDT long\nEntry: 150\nSL: 145\nTP1: 155\nTP2: 160\nMove stop to breakeven at TP2.", 2),
        ("ADA/USDT long\nEntry: 0.50\nSL: 0.47\nTarget 1: 0.53\nTarget 2: 0.56\nSL to breakeven at target 1", 1),
    ],
)
def test_a_target_named_again_at_its_sentence_end_is_no_price_and_conditions_breakeven(text, after):
    parsed = signal_read(text)
    assert (len(parsed.take_profits), parsed.breakeven_after) == (2, after)


@pytest.mark.parametrize(
    "text",
    [
        "安全利用$ETH 進行期貨交易的3個提示\n1. 選擇保守的槓桿比例\n止損:例如,入場價下方2%–3%。\n查看交易所的融資利率安排,並在利率結算時調整或平倉。",
        "3 tips for trading futures safely\n1. Pick a low leverage, 2-5x.\n2. For example, set your stop 2-3% under the entry.\n3. Adjust or close before funding settles.",
        "3 consejos para futuros\n1. Usa poco apalancamiento.\n2. Por ejemplo, pon el stop 2% debajo de la entrada.\n3. Ajusta o cierra antes del funding.",
    ],
)
def test_a_lessons_advice_without_a_pair_is_no_update(text):
    assert parse_message(text) is None


def test_a_close_without_a_pair_outside_a_lesson_is_still_an_update():
    assert isinstance(parse_message("Close all positions now, take profit."), ParsedUpdate)


@pytest.mark.parametrize(
    ("text", "plan"),
    [
        (
            "$BNB /USDT - Short Trade Setup\nIdeal Entry: Enter a short position between $823 and $825 on a pullback.\n"
            "Stop Loss: Place the stop loss just above the last minor resistance, around $830, to protect the trade.\n"
            "Target 1: Set the first target at the recent support zone near $810.\nTarget 2: Aim for the next major support around $800.",
            ("BNB/USDT", "short", prices("823", "825"), Decimal("830"), prices("810", "800"), None),
        ),
        (
            "ETH/USDT long plan\nEntry: Buy the dip around $3400 on a retest.\nStop Loss: Put the stop under support at $3320.\n"
            "Target: Take profit near $3550.",
            ("ETH/USDT", "long", prices("3400"), Decimal("3320"), prices("3550"), None),
        ),
        (
            "SOL/USDT\nEntrada: compra en la zona de $150 y $152\nStop Loss: coloca el stop debajo del soporte, $144\nTP1: $160",
            ("SOL/USDT", "long", prices("150", "152"), Decimal("144"), prices("160"), None),
        ),
    ],
)
def test_a_label_opening_a_prose_line_takes_the_price_its_sentence_places(text, plan):
    assert plan_of(signal_read(text)) == plan


def test_a_prose_line_with_other_figures_lends_no_price():
    parsed = parse_message(
        "ETH/USDT long\nEntry: Buy around $3400\nStop Loss: Keep it 2 levels below support at $3320\nTarget: Take profit near $3550"
    )
    assert parsed is None or parsed.stop_loss is None


@pytest.mark.parametrize(
    ("text", "shares"),
    [
        ("AVA/USDT SHORT\nPrimary Entry (2% capital): 0.04420\nDCA Entry (2% capital): 0.04520\nSL: 0.04680\nTP1: 0.04320",
         prices("0.5", "0.5")),
        ("SOL/USDT LONG\nFirst Entry (1% of balance): 150\nSecond Entry (2% of balance): 146\nSL: 140\nTP1: 160",
         [Decimal("0.6667"), Decimal("0.3333")]),
        ("ETH/USDT LONG\nPrimeira entrada (1% do capital): 3400\nSegunda entrada (1% do capital): 3300\nSL: 3200\nTP1: 3600",
         prices("0.5", "0.5")),
    ],
)
def test_shares_of_the_account_weigh_the_entry_legs(text, shares):
    assert signal_read(text).entry_allocations == shares


def test_shares_of_nothing_named_that_miss_a_hundred_are_no_split():
    text = "SOL/USDT LONG\nEntry 1: 150 (1%)\nEntry 2: 146 (2%)\nSL: 140\nTP1: 160"
    assert signal_read(text).entry_allocations is None


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("$THE Short\nEntry: 0.0755\nTP1: 0.0728\nSL: 0.0836", "THE/USDT"),
        ("$FOR Long\nEntry: 0.031\nTP1: 0.034\nSL: 0.029", "FOR/USDT"),
        ("#ONE long 🚀\nEntry: 0.0121\nTP1: 0.0140\nSL: 0.0110", "ONE/USDT"),
    ],
)
def test_a_tagged_word_before_its_side_names_the_coin(text, symbol):
    assert signal_read(text).symbol == symbol


@pytest.mark.parametrize(
    "text",
    [
        "SOL/USDT short\nEntry: 150\nTP1: 145\nStop: 154\nReason: above the swing high; 1m bearish structure invalidated.",
        "ETH/USDT long\nEntry: 3400\nTP1: 3500\nSL: 3320\nBelow 3320 the bullish pattern invalidated.",
        "BTC/USDT long\nEntry: 60000\nTP1: 62000\nSL: 59000\nUnder the stop the uptrend thesis invalidated, no reason to hold.",
    ],
)
def test_a_chart_reading_invalidated_cancels_nothing(text):
    assert signal_read(text).stop_loss is not None


def test_a_setup_invalidated_still_cancels():
    assert isinstance(parse_message("SOL/USDT short setup invalidated, remove the orders."), ParsedUpdate)


@pytest.mark.parametrize(
    ("text", "stop"),
    [
        ("SUI/USDT short\n── ENTRY ──\nEntry 1: 0.0755\n── TARGETS ──\nTP1: 0.0728\n── STOP LOSS ──\nPrice: 0.0836\nReason: swing high",
         Decimal("0.0836")),
        ("SOL/USDT long\nEntry: 150\nTP1: 160\n=== STOP ===\nPrice: 144", Decimal("144")),
        ("ETH/USDT long\nEntry: 3400\nTP1: 3500\n🛑 Stop Loss 🛑\nPrice: 3320", Decimal("3320")),
    ],
)
def test_the_price_line_under_a_stop_heading_is_the_stop(text, stop):
    assert signal_read(text).stop_loss == stop


@pytest.mark.parametrize(
    "text",
    [
        "SUI/USDT short\nEntry: 0.0755\nTP1: 0.0728\nTP2: 0.0685\nSL: 0.0836\nRisk:Reward\n• To TP1: ~1:1.8\n• To TP2: ~1:2.3",
        "SOL/USDT long\nEntry: 150\nTP1: 155\nTP2: 160\nSL: 145\nTP2: 1:2 ratio",
        "ETH/USDT long\nEntry: 3400\nTP1: 3450\nTP2: 3500\nSL: 3350\nR:R to TP2 1:2.5",
    ],
)
def test_a_colon_ratio_is_no_target(text):
    assert len(signal_read(text).take_profits) == 2
