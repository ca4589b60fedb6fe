"""The rules the 41st blind set showed missing, tried on wordings that set does not contain:
- a short's "sell zone" (any family's spelling) is where it opens, unless another entry is labelled;
  beside a buy zone it stays a long's targets (``sections``);
- a Turkish suffix after an apostrophe ("TP'ler", "Stop'lar", "Hedef'lerimiz") leaves its label a label
  (``vocabulary``);
- group-chat label typos ("entyr cmp", "stpo", "sotp", "tagret") before a price or market word (``spelling``);
- a listed base glued to its quote in lower case on a side line ("btcusd short") is the pair (``symbols``);
- a stop moved "target by target" ("стоп тянем по тейкам") is Cornix's moving target (``hints``).
"""
from __future__ import annotations

import pytest

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import plan_of, prices, signal_read


@pytest.mark.parametrize(
    "text",
    [
        "$ONE short\nsell zone 0.01920-0.01965\ntargets 0.0185 / 0.0178 / 0.0169\nstop 0.0203\n20x isolated\n"
        "ONE of the weakest charts on the board rn tbh",
        "#ONE SHORT\nSell zone: 0.01920 - 0.01965\nTP 0.0185 / 0.0178 / 0.0169\nSL 0.0203\n20x isolated",
        "ONE шорт\nЗона продаж: 0.01920 - 0.01965\nЦели 0.0185 / 0.0178 / 0.0169\nСтоп 0.0203\n20x isolated",
        "ONE 空\n卖出区 0.01920-0.01965\n目标 0.0185 / 0.0178 / 0.0169\n止损 0.0203\n20x isolated",
        "ONE short\nzona jual 0.01920-0.01965\ntarget 0.0185 / 0.0178 / 0.0169\nstop 0.0203\n20x isolated",
    ],
)
def test_it_reads_a_shorts_sell_zone_as_its_entry(text):
    parsed = signal_read(text)
    assert plan_of(parsed) == (
        "ONE/USDT", "short", prices("0.01920", "0.01965"), prices("0.0203")[0], prices("0.0185", "0.0178", "0.0169"), 20
    )


def test_it_leaves_a_sell_zone_beside_a_buy_zone_to_the_targets():
    parsed = signal_read("#ETH buy zone 3350 - 3380\nSell zone 3450 - 3500\nStop 3300")
    assert (parsed.entry, parsed.take_profits) == (prices("3350", "3380"), prices("3450", "3500"))


@pytest.mark.parametrize(
    "text",
    [
        "🔻 SHORT — APTUSDT PERP\nGiriş: 9,85 (limit)\nSL: 10,32\nTP'ler: 9,50 | 9,20 | 8,75 | 8,30\nKaldıraç: 15x Cross\nTP1 sonrası stop girişe.",
        "APTUSDT SHORT\nGiriş: 9,85\nStop'lar: 10,32\nHedef’lerimiz: 9,50 | 9,20 | 8,75 | 8,30\nKaldıraç: 15x Cross",
        "APT short açın\nGiriş: 9,85\nSL'miz: 10,32\nTP'lerimiz: 9,50 - 9,20 - 8,75 - 8,30\nKaldıraç: 15x Cross",
    ],
)
def test_it_reads_a_turkish_label_with_its_apostrophe_suffix(text):
    parsed = signal_read(text)
    assert plan_of(parsed) == ("APT/USDT", "short", prices("9.85"), prices("10.32")[0], prices("9.50", "9.20", "8.75", "8.30"), 15)


def test_it_keeps_a_turkish_price_with_a_suffix_a_price():
    parsed = signal_read("XRP'ye long giriyorum 2,31'den, stop 2,20, hedef 2,50")
    assert (parsed.symbol, parsed.side, parsed.stop_loss) == ("XRP/USDT", "long", prices("2.20")[0])


@pytest.mark.parametrize(
    ("text", "entry", "stop", "targets"),
    [
        ("adding to my $SEI long, entyr cmp, stpo 0.39, tgt 0.44 then 0.47", [], "0.39", ["0.44", "0.47"]),
        ("$SEI long entrry 0.41, sotp 0.39, tagret 0.44 then 0.47", ["0.41"], "0.39", ["0.44", "0.47"]),
        ("$SEI long, entyr market, stpo 0.39, trgt 0.44 & 0.47", [], "0.39", ["0.44", "0.47"]),
    ],
)
def test_it_reads_group_chat_label_typos(text, entry, stop, targets):
    parsed = signal_read(text)
    assert (parsed.symbol, parsed.side, parsed.entry, parsed.stop_loss, parsed.take_profits) == (
        "SEI/USDT", "long", prices(*entry), prices(stop)[0], prices(*targets)
    )


def test_it_leaves_a_typo_like_word_before_prose_alone():
    assert not isinstance(parse_message("entyr point was bad today, stpo hunting everywhere"), ParsedSignal)


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("btcusd scalp short 67,850-68,100 sl 68,600 tp 67,200 / 66,500 lev 50 (bybit inverse)", "BTC/USD"),
        ("ethbtc long 0.052 sl 0.050 tp 0.056", "ETH/BTC"),
        ("solusdt long 150 sl 140 tp 170 lev 10", "SOL/USDT"),
    ],
)
def test_it_reads_a_lowercase_glued_pair_on_a_side_line(text, symbol):
    assert signal_read(text).symbol == symbol


def test_it_reads_the_bybit_inverse_scalp_whole():
    parsed = signal_read("btcusd scalp short 67,850-68,100 sl 68,600 tp 67,200 / 66,500 lev 50 (bybit inverse)")
    assert plan_of(parsed) == ("BTC/USD", "short", prices("67850", "68100"), prices("68600")[0], prices("67200", "66500"), 50)


def test_it_reads_no_pair_in_a_lowercase_word_without_a_side():
    assert parse_message("busd is a stablecoin 1.00") is None


@pytest.mark.parametrize(
    "rule",
    [
        "После первого тейка стоп тянем за ценой по тейкам.",
        "After TP1 the stop follows the price target by target.",
        "Después del TP1 el stop sigue al precio de objetivo en objetivo.",
        "TP1 sonrası stop hedeften hedefe takip eder.",
    ],
)
def test_it_reads_a_stop_moved_target_by_target_as_a_moving_target(rule):
    parsed = signal_read(f"BTCUSDT SHORT\nEntry: 97800 - 98400\nSL: 99650\nTP1: 96200\nTP2: 94900\nTP3: 93000\n{rule}")
    assert parsed.trailing == {"kind": "moving_target", "activate_after_target": 1}


def test_it_reads_no_trail_in_profits_taken_target_by_target():
    parsed = signal_read("BTCUSDT SHORT\nEntry: 97800\nTP1: 96200\nTP2: 94900\nФиксируем по тейкам, стоп 99650")
    assert parsed.trailing is None
