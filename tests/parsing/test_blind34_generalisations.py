"""The rules the 34th blind set showed missing, each tried on wordings that set does not contain: a share taken at
a target named by its ordinal ("50% на первой цели") or with a Turkish "%50" ("TP1 de %50"), beside a stop moved
to entry, is the plan's break-even rule, so the plan stays a signal; after targets listed without numbers,
"no alvo 1 e …" names target 1 again, no price of 1; "the" and "into" between a side and its price are filler
("short the 2.18-2.24 retest"); Russian "Открываем" / "Открываю" (we / I open) label the entry; Portuguese
"Realizar 50%" (realise) closes a share.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedUpdate, parse_message
from tests.helpers import plan_of, prices, signal_read


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "#ADA/USDT ЛОНГ\nВход: 0,452 - 0,440\nЦели: 0,468 / 0,481 / 0,500\nСтоп: 0,428\n"
            "Фиксируем 30% на второй цели, стоп в безубыток",
            2,
        ),
        (
            "#ARB/USDT LONG\nEntry: 0.92 - 0.95\nTargets: 0.99 / 1.04 / 1.10\nSL: 0.88\n"
            "Take 50% at the first target, SL to breakeven",
            1,
        ),
        (
            "Coin: #AVAX\nYön: SHORT\nGiriş: 31,20 - 31,80\nTP1: 30,40\nTP2: 29,60\nSL: 32,50\n"
            "TP2 de %30 kar al, stop girişe",
            2,
        ),
    ],
)
def test_a_share_at_an_ordinal_or_turkish_percent_target_with_stop_to_entry_is_the_break_even_rule(text, target):
    assert signal_read(text).breakeven_after == target


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        (
            "🔴 VENDA #LINK/USDT\nEntrada: 14,80 - 15,10\nAlvos:\n🎯 14,20\n🎯 13,75\n🎯 13,10\nStop: 15,60\n"
            "Realizar parcial no alvo 2 e descer stop pra entrada",
            prices("14.20", "13.75", "13.10"),
        ),
        (
            "#OP/USDT LONG\nEntry: 1.80 - 1.84\nTargets:\n• 1.90\n• 1.97\nSL: 1.74\nclose 50% target 1 move stop entry",
            prices("1.90", "1.97"),
        ),
        (
            "#DOT/USDT LONG\nEntrada: 4,10 - 4,20\nObjetivos:\n🎯 4,40\n🎯 4,65\nStop: 3,95\n"
            "Cerrar 50% en objetivo 1 y mover stop a entrada",
            prices("4.40", "4.65"),
        ),
    ],
)
def test_a_target_named_again_after_unnumbered_targets_is_no_price(text, targets):
    assert signal_read(text).take_profits == targets


def test_a_number_ending_a_target_line_after_unnumbered_targets_stays_a_price():
    parsed = signal_read("#XRP/USDT LONG\nEntry: 0.80 - 0.84\nSL: 0.74\nTP 0.90\nTP 0.95\nTP 2")
    assert parsed.take_profits == prices("0.90", "0.95", "2")


@pytest.mark.parametrize(
    ("line", "entry"),
    [
        ("looking to short the 2.18-2.24 retest", prices("2.18", "2.24")),
        ("looking to short into 2.18-2.24", prices("2.18", "2.24")),
        ("short the 2.20 retest", prices("2.20")),
    ],
)
def test_the_or_into_between_a_side_and_its_price_is_filler(line, entry):
    parsed = signal_read(f"$WIF short setup\n{line}\ninvalidation 2.33\ntargets 2.05 / 1.92 / 1.77")
    assert parsed.entry == entry


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "EURUSD продажа\nОткрываем от 1,0875 до 1,0890\nСЛ 1,0925\nТП1 1,0840",
            ("EUR/USD", "short", prices("1.0875", "1.0890"), Decimal("1.0925"), prices("1.0840"), None),
        ),
        (
            "#LINK LONG\nОткрываю от 14,20 до 14,55\nСтоп 13,70\nЦели 15,10 / 15,80",
            ("LINK/USDT", "long", prices("14.20", "14.55"), Decimal("13.70"), prices("15.10", "15.80"), None),
        ),
        (
            "Открываю лонг по ETH от 3 100 до 3 150, стоп 3 040, цели 3 220, 3 300",
            ("ETH/USDT", "long", prices("3100", "3150"), Decimal("3040"), prices("3220", "3300"), None),
        ),
    ],
)
def test_russian_we_open_or_i_open_labels_the_entry(text, expected):
    assert plan_of(signal_read(text)) == expected


def test_russian_we_open_without_prices_is_no_trade():
    assert parse_message("Открываем сделку по BTC, подробности позже") is None


def test_portuguese_realise_a_share_now_is_a_close():
    parsed = parse_message("Realizar 50% agora no #SOL")
    assert isinstance(parsed, ParsedUpdate) and parsed.kind == "close" and parsed.fraction == Decimal("0.5")
