"""The rules the 75th blind set showed missing, tried on wordings that set does not contain.

- Vietnamese writes break-even with either tone placement, "hòa vốn" or the older "hoà vốn" (the mark on the
  "a"); both are the break-even row (``vocabulary.vi``).
- Shares at numbered targets, then a run of shares said of the rest ("then 30% / 20% / 20% on the rest",
  "kalanı %30 / %30"): the run gives the targets left their shares in order, when it has one per target left
  and everything adds up to the position (``rest_runs``).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from tests.helpers import prices, signal_read

THREE_TARGETS = "ETH/USDT LONG\nEntry 3100\nSL 2980\nTP 3180 / 3250 / 3330\n"


@pytest.mark.parametrize("spelling", ["hoà vốn", "hòa vốn", "HOÀ VỐN"])
def test_either_vietnamese_tone_placement_of_break_even_is_the_rule(spelling):
    text = f"#SUI LONG\nEntry 3.20\nSL 3.05\nTP 3.35 - 3.50\nChạm TP1 thì dời SL về {spelling}."
    assert signal_read(text).breakeven_after == 1


def test_the_blind_wording_with_the_older_tone_placement_moves_the_stop_after_tp1():
    text = (
        "Anh em vào LONG #ENA tại giá 0.650 nhé, margin cross x5.\nSL 0.610\nTP 0.690 - 0.720\n"
        "Kèo nhanh, đủ TP1 thì dời SL hoà vốn."
    )
    assert signal_read(text).breakeven_after == 1


@pytest.mark.parametrize(
    "rule",
    [
        "Chạm TP1 thì chốt 50%, SL giữ nguyên.",  # a share, the stop kept: no break-even
        "Kèo an toàn, rủi ro thấp, giá đang hoà nhịp.",  # "hoà" in another word
    ],
)
def test_vietnamese_rules_without_break_even_name_none(rule):
    assert signal_read(f"#SUI LONG\nEntry 3.20\nSL 3.05\nTP 3.35 - 3.50\n{rule}").breakeven_after is None


@pytest.mark.parametrize(
    ("text", "shares"),
    [
        (THREE_TARGETS + "Take 50% at TP1, then 30% / 20% on the rest.", ("0.5", "0.3", "0.2")),
        (THREE_TARGETS + "Close 40% at TP1, rest: 30% / 30%.", ("0.4", "0.3", "0.3")),
        (THREE_TARGETS + "Close 40% at TP1, the rest 30/30%.", ("0.4", "0.3", "0.3")),
        (THREE_TARGETS + "Take 40% at TP1, then 30% / 30% on the rest at TP2 and TP3.", ("0.4", "0.3", "0.3")),
        ("ETH/USDT ЛОНГ\nВход 3100\nСтоп 2980\nЦели 3180 / 3250 / 3330\nФиксируем 40% на TP1, затем 30% / 30% на остаток.",
         ("0.4", "0.3", "0.3")),
        ("ETH/USDT LONG\nGiriş 3100\nStop 2980\nHedefler 3180 / 3250 / 3330\nTP1'de %40 kar al, kalanı %30 / %30.",
         ("0.4", "0.3", "0.3")),
        ("ETH/USDT LONG\nEntrada 3100\nStop 2980\nObjetivos 3180 / 3250 / 3330\nCerrar 50% en TP1, luego 25% / 25% para el resto.",
         ("0.5", "0.25", "0.25")),
        ("ETH/USDT 做多\n入场 3100\n止损 2980\n止盈 3180 / 3250 / 3330\nTP1平仓50%，剩下的 30% / 20%", ("0.5", "0.3", "0.2")),
        ("ETH/USDT LONG\nVào lệnh 3100\nSL 2980\nTP 3180 / 3250 / 3330\nChốt 40% ở TP1, phần còn lại 30% / 30%.",
         ("0.4", "0.3", "0.3")),
    ],
)
def test_a_run_of_shares_on_the_rest_goes_to_the_targets_left_in_order(text, shares):
    assert signal_read(text).take_profit_allocations == prices(*shares)


def test_four_targets_a_share_at_tp1_then_three_on_the_rest_and_break_even_after_tp1():
    text = (
        "$AVAX LONG\nEntry zone: 24.10 - 24.60\nTargets:\n🎯 25.40 (+4%)\n🎯 26.30 (+8%)\n🎯 27.50 (+13%)\n🎯 28.80 (+18%)\n"
        "SL: 22.90\nTake 25% at TP1 and move stop to entry, then 25% / 25% / 25% on the rest."
    )
    parsed = signal_read(text)
    assert parsed.take_profit_allocations == prices("0.25", "0.25", "0.25", "0.25")
    assert parsed.breakeven_after == 1


@pytest.mark.parametrize(
    "text",
    [
        THREE_TARGETS + "Take 30% at TP1, then 30% / 20% on the rest.",  # adds up to 80 %
        "ETH/USDT LONG\nEntry 3100\nSL 2980\nTP 3180 / 3250 / 3330 / 3400\nTake 50% at TP1, then 30% / 20% on the rest.",  # 2 shares, 3 targets left
        THREE_TARGETS + "Take 40% at TP1 near 3180, then 30% / 30% on the rest.",  # a price in the sentence
        THREE_TARGETS + "Take 40% at TP1, then 30% / 30% on the rest at TP3.",  # names a target not left
        "ETH/USDT ЛОНГ\nВход 3100\nСтоп 2980\nЦели 3180 / 3250 / 3330\nФиксируем 30% на TP1, затем 30% / 30% на остаток.",  # 90 %
        "ETH/USDT LONG\nGiriş 3100\nStop 2980\nHedefler 3180 / 3250 / 3330\nKalanı %30 / %30 / %40.",  # no share at a target before it
    ],
)
def test_a_run_on_the_rest_that_does_not_fit_the_targets_left_is_not_read(text):
    assert signal_read(text).take_profit_allocations is None


@pytest.mark.parametrize("junk", ["30/" * 5000 + "x", "30 / " * 3000 + "x", "30% / " * 3000 + "on the rest", "rest " + "%30 , " * 3000])
def test_a_long_run_of_shares_costs_its_length(junk):
    import time

    from signals.parsing.rest_runs import shares_on_rest

    started = time.perf_counter()
    assert shares_on_rest(junk, [Decimal(1)] * 3) is None
    assert time.perf_counter() - started < 0.5
