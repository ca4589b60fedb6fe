"""Blind65 misses: the DOGE nickname "狗狗", a zone bought "в зоне" with a stop trailed "за ценой", a share
"at each target" beside a rule after it, the ordinal "1. hedef", a bracketed share run closing the entries'
line, and an "allocation entry" run joined by dashes."""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, parse_message

_HALF = [Decimal("0.5"), Decimal("0.5")]


@pytest.mark.parametrize("text", [
    "狗狗 现价直接空，止损 0.1925，止盈 0.1780 / 0.1690，5倍",
    "doge coin short now, sl 0.1925, tp 0.178 / 0.169, 5x",
    "Доги шорт по рынку, стоп 0.1925, тейк 0.178 / 0.169, плечо 5",
])
def test_it_reads_the_doge_nickname_as_doge(text):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedSignal)
    assert (parsed.symbol, parsed.side, parsed.entry) == ("DOGE/USDT", "short", [])
    assert parsed.stop_loss == Decimal("0.1925") and parsed.take_profits == [Decimal("0.178"), Decimal("0.169")]


def test_it_reads_a_zone_bought_in_and_a_stop_trailed_behind_the_price():
    parsed = parse_message(
        "Пока биток болтается у 97к, смотрю на #LINK. Докупаем в зоне 14,20–13,60 (усреднение вторым ордером), "
        "тейки 15,1 / 16,4 / 18, стоп за 12,85. Спот, без плеча. После первого тейка стоп подтягиваем за ценой.")
    assert isinstance(parsed, ParsedSignal)
    assert parsed.symbol == "LINK/USDT"
    assert parsed.entry == [Decimal("13.6"), Decimal("14.2")]
    assert parsed.trailing == {"kind": "unspecified", "activate_after_target": 1}


@pytest.mark.parametrize("text", [
    "#LINK. Набираем в зоне 14,20–13,60, тейки 15,1 / 16,4 / 18, стоп 12,85.",
    "#LINK. Покупаем в диапазоне 14,20–13,60, тейки 15,1 / 16,4 / 18, стоп 12,85.",
])
def test_it_reads_other_zone_buying_verbs_as_the_entry(text):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedSignal)
    assert parsed.entry == [Decimal("13.6"), Decimal("14.2")]


def test_it_keeps_the_pair_named_by_a_side_when_two_pairs_are_talked_about():
    parsed = parse_message("BTC is stuck at 97k. LINK long 14.2, SL 12.85, TP 15.1")
    assert isinstance(parsed, ParsedSignal)
    assert parsed.symbol == "LINK/USDT"


_AVAX = ("#AVAX/USDT LONG 🚀\n\nAlım bölgesi: 33,80 - 32,90\nHedefler:\n1) 35,20\n2) 36,75\n3) 38,40\n4) 41,00\n"
         "Zarar kes: 31,70\nKaldıraç: 10x-20x (Cross)\n\n")


@pytest.mark.parametrize("rule, after", [
    ("Her hedefte %25 kâr alın, 1. hedeften sonra stop girişe çekilir.", 1),
    ("Her hedefte %25 kâr alın. 2. hedeften sonra stop girişe çekilir.", 2),
    ("25% at each target, after the 1st target move stop to entry", 1),
    ("Фиксируем по 25% на каждой цели, после 1-й цели стоп в безубыток", 1),
])
def test_it_reads_a_share_at_each_target_beside_a_breakeven_rule(rule, after):
    parsed = parse_message(_AVAX + rule)
    assert isinstance(parsed, ParsedSignal)
    assert parsed.take_profit_allocations == [Decimal("0.25")] * 4
    assert parsed.breakeven_after == after


def test_it_reads_no_breakeven_from_a_numbered_target_list():
    parsed = parse_message(_AVAX + "Her hedefte %25 kâr alın.")
    assert isinstance(parsed, ParsedSignal)
    assert parsed.breakeven_after is None


@pytest.mark.parametrize("text", [
    "Spot 💎 $FET\nGiriş: 1,245 ve 1,180 (2 parça, %50 - %50)\nHedefler: 1,38 / 1,52 / 1,75\nStop: günlük kapanış 1,09 altı",
    "Spot 💎 $FET LONG\nEntry: 1.245 / 1.180 (50% / 50%)\nTargets: 1.38 / 1.52 / 1.75\nStop: 1.09",
    "Spot 💎 $FET LONG\nVùng mua: 1.245 / 1.180 (2 lệnh, 50% - 50%)\nMục tiêu: 1.38 / 1.52 / 1.75\nCắt lỗ: 1.09",
])
def test_it_reads_a_bracketed_share_run_closing_the_entries_line(text):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedSignal)
    assert parsed.entry == [Decimal("1.18"), Decimal("1.245")]
    assert parsed.entry_allocations == _HALF


def test_it_reads_no_entry_shares_from_a_bracketed_run_that_does_not_make_up_the_whole():
    parsed = parse_message("Spot 💎 $FET LONG\nEntry: 1.245 / 1.180 (30/30)\nTargets: 1.38 / 1.52 / 1.75\nStop: 1.09")
    assert isinstance(parsed, ParsedSignal)
    assert parsed.entry_allocations is None


_NEAR = "NEARUSDT SHORT\nEntry:\n1. 5,42\n2. 5,55\nTarget: 5,20 / 5,05 / 4,80\nStoploss: 5,78\n"


@pytest.mark.parametrize("line, shares", [
    ("Alokasi entry 50% - 50%", _HALF),
    ("Entry allocation: 50/50", _HALF),
    ("Распределение входа 50/50", _HALF),
    ("Giriş dağılımı %50 - %50", _HALF),
    ("入场分配 50% / 50%", _HALF),
    ("Alokasi entry 30% - 70%", [Decimal("0.3"), Decimal("0.7")]),
])
def test_it_reads_an_entry_allocation_run_joined_by_dashes_or_slashes(line, shares):
    parsed = parse_message(_NEAR + line)
    assert isinstance(parsed, ParsedSignal)
    assert parsed.entry_allocations == shares


def test_it_keeps_a_plain_call_without_allocations_a_signal():
    parsed = parse_message(_NEAR)
    assert isinstance(parsed, ParsedSignal)
    assert parsed.entry_allocations is None and parsed.take_profit_allocations is None
