"""The rules the sixty-fifth blind set's English chat misses showed missing, each tried on wordings that set does
not contain, in other languages, with a near-miss beside it: a group question followed by "thinking long/short"
is a plan still asked about, while a call that only invites the readers in ("— anyone else in?") stays a call;
cutting a trade ("cut it here", "режем позицию", "pozisyonu kesiyoruz", "砍掉") closes it now, but a cut tied to a
price is a stop; "inv"/"invalidation" ("инвалидация", "invalidación") labels the stop; "N% each" after the prices
of the entry line splits the entries evenly when it adds up; "TP split 40/30/30." may end its sentence with a full
stop; "trail the stop once the first target / first sell level fills" starts the trail after target 1 (the verb
only: "Trailing after Target 2" names the rule, not its start).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, ParsedUpdate, parse_message


@pytest.mark.parametrize(
    "text",
    [
        "anyone else eyeing $SUI around 3.85? thinking long w/ stop at 3.60 and tp 4.30 but funding looks spicy ngl",
        "anyone watching $SOL near 142? thinking short with stop 148 and tp 130",
        "кто смотрит TON около 5,4? думаю в лонг, стоп 5,1, цель 6,2",
        "alguém de olho no XRP perto de 2,10? pensando num long com stop 1,95 e alvo 2,40",
        "¿alguien mirando SOL en 142? pensando en un long con stop 138 y tp 150",
    ],
)
def test_a_group_question_then_thinking_long_is_no_call(text):
    assert parse_message(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "SUI long 3.85, stop 3.60, tp 4.30 — anyone else in?",
        "TON лонг 5,4, стоп 5,1, цель 6,2 — кто ещё с нами?",
    ],
)
def test_a_call_that_ends_inviting_the_readers_in_stays_a_call(text):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedSignal) and parsed.side == "long" and parsed.stop_loss is not None


@pytest.mark.parametrize(
    "text, symbol",
    [
        ("cut it here, -1R. $TIA never got going, reclaim failed. next.", "TIA/USDT"),
        ("cutting the position on #ETH here, not worth it", "ETH/USDT"),
        ("$ETH: режем позицию, не пошло", "ETH/USDT"),
        ("#AVAX pozisyonu kesiyoruz, olmadı", "AVAX/USDT"),
        ("ETH 砍掉，不玩了", "ETH/USDT"),
    ],
)
def test_cutting_a_trade_closes_it_whole(text, symbol):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedUpdate) and parsed.kind == "close"
    assert parsed.symbol == symbol and parsed.fraction == Decimal(1)


def test_a_cut_tied_to_a_price_is_no_close():
    parsed = parse_message("SOL long 142, stop: cut it below 138, tp 150")
    assert isinstance(parsed, ParsedSignal) and parsed.take_profits == [Decimal("150")]
    assert parse_message("don't cut it here, #ETH still fine") is None


@pytest.mark.parametrize(
    "text, stop",
    [
        ("$SOL longing here 142.3, inv 138.9, targets 148 / 155 / 163. 10x. nfa", "138.9"),
        ("BTC long 64000 inv: 62500 tp 67000", "62500"),
        ("#ETH long 3200, инвалидация 3100, цели 3350 3500", "3100"),
        ("#SOL compra 142, invalidación 138,9, objetivos 148 155", "138.9"),
    ],
)
def test_inv_and_invalidation_label_the_stop(text, stop):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedSignal) and parsed.stop_loss == Decimal(stop)


def test_inv_as_part_of_a_word_labels_nothing():
    assert parse_message("BTC inventory 64000") is None


@pytest.mark.parametrize(
    "text",
    [
        "spot bag time 🎒 $INJ\n\nDCA zone: 24.5 / 23.6 / 22.8 / 21.0 — 25% each\ntargets 32, 38, 45+\nno stop on spot bags, I just size small. see you in Q2 🫡",
        "$INJ\nZona DCA: 24,5 / 23,6 / 22,8 / 21,0 — 25% cada\nalvos 32, 38, 45\nstop 19",
        "$INJ\nЗона набора: 24.5 / 23.6 / 22.8 / 21.0 — по 25% каждая\nцели 32, 38, 45\nстоп 19",
        "$INJ\nAlım bölgesi: 24.5 / 23.6 / 22.8 / 21.0 — her biri %25\nhedefler 32, 38, 45\nstop 19",
    ],
)
def test_a_share_each_on_the_entry_line_splits_the_entries(text):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedSignal) and parsed.entry_allocations == [Decimal("0.25")] * 4


@pytest.mark.parametrize(
    "text",
    [
        "$INJ\nDCA zone: 24.5 / 23.6 / 22.8 / 21.0 — 10% each\ntargets 32, 38, 45",  # adds up to 40 %: a risk per order
        "$INJ long\nentry 24.5 / 23.6\ntargets 32 / 38 / 45 — 33% each\nstop 21",  # the targets' line, not the entries'
    ],
)
def test_a_share_each_that_does_not_split_the_entries_is_ignored(text):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedSignal) and parsed.entry_allocations is None


@pytest.mark.parametrize(
    "text",
    [
        "#BNB/USDT LONG 📈\nEntry: 702 - 695\nTargets:\n1) 712 (+1.4%)\n2) 724 (+3.1%)\n3) 740 (+5.4%)\nSL: 684 (-2.6%)\n"
        "Leverage: 20x Isolated\nTP split 40/30/30. After each TP move SL to the previous target.",
        "#BNB/USDT LONG\nEntry: 702 - 695\nTargets: 712 / 724 / 740\nSL: 684\nРаспределение тейков 40/30/30. Удачи всем.",
        "#BNB/USDT LONG\nGiriş: 702 - 695\nHedefler: 712 / 724 / 740\nStop: 684\nTP dağılımı 40/30/30. Sonra stop girişe.",
    ],
)
def test_a_target_split_may_end_its_sentence_with_a_full_stop(text):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedSignal)
    assert parsed.take_profit_allocations == [Decimal("0.4"), Decimal("0.3"), Decimal("0.3")]


def test_a_split_run_glued_to_a_decimal_is_no_split():
    parsed = parse_message("#BNB/USDT LONG\nEntry: 702 - 695\nTargets: 712 / 724 / 740\nSL: 684\nTP split 40/30/30.5 lol")
    assert isinstance(parsed, ParsedSignal) and parsed.take_profit_allocations is None


@pytest.mark.parametrize(
    "text",
    [
        "📐 SWING SETUP — LINK/USDT (spot, 1D)\n\nBuy zone: 13.20 - 12.40\nSell zone: 15.80 / 17.50 / 19.90\n"
        "Invalidation: daily close below 11.75\n\nSize ~2% of port. I'll trail the stop once the first sell level fills. "
        "Expect this to take 2-3 weeks.",
        "LINK/USDT long\nBuy zone: 13.20 - 12.40\nSell zone: 15.80 / 17.50 / 19.90\nInvalidation: 11.75\n"
        "I'll trail the stop once the first target fills.",
        "LINK/USDT long\nBuy zone: 13.20 - 12.40\nSell levels: 15.80 / 17.50 / 19.90\nStop 11.75\nTP1 take half, then trail the rest after TP1.",
    ],
)
def test_trailing_after_the_first_sell_level_starts_after_target_one(text):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedSignal)
    assert parsed.trailing == {"kind": "unspecified", "activate_after_target": 1}


def test_the_trailing_noun_before_a_target_names_no_start():
    # "Trailing depois do alvo 2" (pt-blind61-j05): the rule's name, not when it starts.
    parsed = parse_message("LONG em LINK 14,20. Alvos 15,10 — 16,00 — 17,40. Stop 13,55. Trailing depois do alvo 2.")
    assert isinstance(parsed, ParsedSignal) and parsed.trailing == {"kind": "unspecified"}


def test_a_first_sell_level_of_a_short_call_is_no_target():
    parsed = parse_message(
        "LINK/USDT short\nSell zone: 15.80 - 16.20\nTargets: 14.5 / 13.2\nStop 17\nI'll trail the stop once the first sell level fills."
    )
    assert isinstance(parsed, ParsedSignal) and parsed.trailing == {"kind": "unspecified"}


def test_a_break_even_after_the_first_sell_level_is_after_target_one():
    parsed = parse_message(
        "LINK/USDT\nBuy zone: 13.20 - 12.40\nSell zone: 15.80 / 17.50 / 19.90\nStop 11.75\nMove stop to entry once the first sell level fills."
    )
    assert isinstance(parsed, ParsedSignal) and parsed.breakeven_after == 1
