"""Round 46's forex and newsletter misreads, by their general rules.

- A number followed by a distance word ("50 pips", "30 pts", "50 пунктов", "100个点", "100 نقطة") is how
  far from a price, never a price, whether it stands in a bracket, after a dash or a bar, or bare.
- An ordinal between two prices ("3,340 and the second is 3,480", "3340, вторая — 3480", "3.340 e o
  segundo é 3.480", "3340，第二个 3480") lists the next one, as "and" does.
- A close report's pip count ("+19 pips") is a result, as "+12%" is, not a number the close leaves unplaced.
"""
from __future__ import annotations

import pytest

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import plan_of, prices, signal_read


# --- Distances in pips or points -----------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "EURUSD BUY\nEntry: 1.0850\nSL: 1.0820 — 30 pips\nTP1: 1.0900 — 50 pips\nTP2: 1.0950 — 100 pips",
        "EURUSD BUY\nEntry: 1.0850\nSL: 1.0820 - 30 pts\nTP1: 1.0900 | 50 pips\nTP2: 1.0950 → 100 pips",
        "EURUSD BUY\nEntry: 1.0850\nSL: 1.0820 30 pips\nTP1: 1.0900 50pips\nTP2: 1.0950 100 points",
        "EURUSD покупка\nВход: 1,0850\nСтоп: 1,0820 — 30 пунктов\nТейк 1: 1,0900 — 50 пунктов\nТейк 2: 1,0950 — 100 пунктов",
        "EURUSD compra\nEntrada: 1,0850\nStop: 1,0820 - 30 puntos\nTP1: 1,0900 - 50 puntos\nTP2: 1,0950 - 100 puntos",
        "EURUSD compra\nEntrada: 1,0850\nStop: 1,0820 - 30 pontos\nAlvo 1: 1,0900 - 50 pontos\nAlvo 2: 1,0950 - 100 pontos",
    ],
)
def test_it_reads_a_pip_distance_after_a_price_as_no_price(text):
    parsed = signal_read(text)
    assert plan_of(parsed) == ("EUR/USD", "long", prices("1.0850"), prices("1.0820")[0], prices("1.0900", "1.0950"), None)
    assert parsed.certainty == "high"


@pytest.mark.parametrize(
    "text",
    [
        "XAUUSD 做多\n入场 2650\n止损 2640 - 100个点\n止盈1 2660 - 100个点\n止盈2 2670 - 200个点",
        "XAUUSD شراء\nالدخول 2650\nوقف الخسارة 2640 - 100 نقطة\nالهدف 1: 2660 - 100 نقطة\nالهدف 2: 2670 - 200 نقطة",
        "XAUUSD BUY\nEntry 2650\nSL 2640 - 100 pips\nTP1 2660 - 100 pips\nTP2 2670 - 200 pips",
    ],
)
def test_it_reads_gold_points_in_other_scripts_as_distances(text):
    parsed = signal_read(text)
    assert (parsed.entry, parsed.stop_loss, parsed.take_profits) == (prices("2650"), prices("2640")[0], prices("2660", "2670"))


def test_a_plan_given_only_in_pips_trades_at_no_made_up_price():
    parsed = parse_message("XAUUSD BUY 2650\nSL 30 pips\nTP 50 pips")
    assert not isinstance(parsed, ParsedSignal) or (parsed.stop_loss is None and parsed.take_profits == [])


def test_entry_points_before_their_prices_stay_prices():
    parsed = signal_read("Entry points 3200 / 3100\nETH long\nSL 3000\nTP 3500")
    assert plan_of(parsed)[:4] == ("ETH/USDT", "long", prices("3100", "3200"), prices("3000")[0])


def test_a_close_report_with_its_pip_count_places_the_count():
    parsed = parse_message("GBPUSD closed at 1.2710, +25 pips banked.")
    assert (parsed.kind, parsed.symbol, parsed.fraction) == ("close", "GBP/USD", 1)
    assert all("25" not in reason.detail for reason in parsed.certainty_reasons)


def test_a_close_at_a_price_stays_unsure():
    parsed = parse_message("Close #BTC at 68000")
    assert parsed.certainty == "low" and "68000" in parsed.certainty_reasons[0].detail


# --- Ordinals between two target prices ----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "ETH long between 3180 and 3220, stop 3095. First target is 3340 and the second is 3480.",
        "ETH long between 3180 and 3220, stop 3095. First target 3340, the second one at 3480.",
        "ETH лонг от 3180 до 3220, стоп 3095. Первая цель 3340, вторая — 3480.",
        "ETH 做多 3180-3220，止损 3095。第一目标 3340，第二个 3480。",
        "Compramos ETH entre 3.180 y 3.220, stop 3.095. El primer objetivo es 3.340 y el segundo 3.480.",
        "Compramos ETH entre 3.180 e 3.220, stop 3.095. O primeiro alvo é 3.340 e o segundo é 3.480.",
        "Mua ETH vùng 3180 - 3220, cắt lỗ 3095. Mục tiêu đầu tiên 3340, thứ hai 3480.",
        "Beli ETH 3180-3220, SL 3095. Target pertama 3340 dan kedua 3480.",
    ],
)
def test_it_reads_the_second_target_named_by_its_ordinal(text):
    parsed = signal_read(text)
    assert plan_of(parsed)[:5] == ("ETH/USDT", "long", prices("3180", "3220"), prices("3095")[0], prices("3340", "3480"))


def test_a_third_ordinal_lists_a_third_target():
    parsed = signal_read("ETH long between 3180 and 3220, stop 3095. First target is 3340, the second is 3480 and the third 3600.")
    assert parsed.take_profits == prices("3340", "3480", "3600")


def test_a_share_at_the_first_target_and_the_rest_to_the_second_splits_evenly():
    parsed = signal_read(
        "We're buying ETH between 3,180 and 3,220, invalidation at 3,095. First target is 3,340 and the second is 3,480. "
        "We'll take 50% off at the first target and let the rest ride to the second."
    )
    assert parsed.take_profits == prices("3340", "3480") and parsed.take_profit_allocations == prices("0.5", "0.5")


@pytest.mark.parametrize(
    "text, targets",
    [
        ("BTC long 67000, SL 66000, TP 68000. Second entry at 66500 if it dips.", ["68000"]),
        ("ETH long 3200\nSL 3100 - a second close at 3050 confirms\nTP 3400", ["3400"]),
    ],
)
def test_an_ordinal_of_something_else_is_no_target(text, targets):
    assert signal_read(text).take_profits == prices(*targets)


def test_a_second_entry_keeps_its_own_label():
    parsed = signal_read("BTC long 67000, SL 66000, TP 68000. Second entry at 66500 if it dips.")
    assert parsed.entry == prices("66500", "67000") and parsed.stop_loss == prices("66000")[0]
