"""Share lines the sixty-second blind set showed missing: "Split 25% per target" (one share at every target),
a run of target shares followed by "at the targets" ("Realização: 40% / 30% / 20% / 10% nos alvos"),
"we split the takes 30/30/40" with no % sign ("Тейки делим 30/30/40"), and a comma clause that splits the
capital over a counted number of entries ("chia vốn 50/50 cho 2 điểm entry"). Each with near-misses whose
numbers are gains, or whose count does not match the legs, which must read no shares.
"""
from __future__ import annotations

from decimal import Decimal

from signals.parsing import parse_message

EN_L01 = ("🚀 #AVAX/USDT LONG\nLeverage: Cross 15x\n\nEntry zone: 21.40 - 22.10\n\nTargets:\n1️⃣ 22.80\n2️⃣ 23.50\n"
          "3️⃣ 24.60\n4️⃣ 26.00\n\n⛔️ SL: 20.55\n\nMove SL to entry once TP1 is done. Split 25% per target.")
PT_L04 = ("#DOGE LONG 🐶\nEntrada 1: 0,1642\nEntrada 2: 0,1598\nTP: 0,1710 - 0,1785 - 0,1860 - 0,1990\nSL: 0,1549\n"
          "Alavancagem 20x cruzada\nRealização: 40% / 30% / 20% / 10% nos alvos")
RU_L03 = ("BTC лонг лимиткой 96 400, добор 95 100, стоп 93 850, цели 98 700 / 100 200 / 102 500, плечо 20х. "
          "Тейки делим 30/30/40")
VI_M05 = ("BTC short vùng 71.200 - 71.800 💥 SL 72.500, TP 70.000 / 69.200 / 68.000, đòn bẩy x25, "
          "chia vốn 50/50 cho 2 điểm entry")


def _fractions(*values: str) -> list[Decimal]:
    return [Decimal(value) for value in values]


def test_share_per_target_splits_every_target_evenly():
    assert parse_message(EN_L01).take_profit_allocations == _fractions("0.25", "0.25", "0.25", "0.25")


def test_gain_per_target_is_no_share():
    text = EN_L01.replace("Split 25% per target.", "Expect about 5% per target.")
    assert parse_message(text).take_profit_allocations is None


def test_target_shares_followed_by_at_the_targets():
    assert parse_message(PT_L04).take_profit_allocations == _fractions("0.4", "0.3", "0.2", "0.1")


def test_target_gains_followed_by_at_the_targets_are_no_shares():
    text = PT_L04.replace("40% / 30% / 20% / 10%", "5% / 10% / 15% / 20%")
    assert parse_message(text).take_profit_allocations is None


def test_we_split_the_takes_without_percent_signs():
    assert parse_message(RU_L03).take_profit_allocations == _fractions("0.3", "0.3", "0.4")


def test_split_takes_with_wrong_count_reads_no_shares():
    assert parse_message(RU_L03.replace("30/30/40", "50/50")).take_profit_allocations is None


def test_split_capital_over_counted_entries():
    assert parse_message(VI_M05).entry_allocations == _fractions("0.5", "0.5")


def test_split_capital_with_a_count_that_is_not_the_entries_reads_no_shares():
    assert parse_message(VI_M05.replace("cho 2 điểm", "cho 3 điểm")).entry_allocations is None


def test_split_capital_clause_with_a_price_reads_no_shares():
    assert parse_message(VI_M05.replace("cho 2 điểm entry", "entry 71.500")).entry_allocations is None
