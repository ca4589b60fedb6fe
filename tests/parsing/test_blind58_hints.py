"""Hints and labels the round-58 blind set showed missing: an equal share said of each rung of a ladder
("her kademeye %25"), a share taken at the first target and the rest at the second in Hinglish
("pehle target … baaki doosre pe"), a share after a dash or an arrow at a target's line end
("3,310 — close 25%", "65,100 → 30%"), a short's "Sell zone" beside a stop moved "to entry", a
moving-target stop carried on from the sentence before ("From then on …") or said of the "prior"
target, and a "Ladder buys:" heading over the entries.
"""
from __future__ import annotations

from decimal import Decimal

from signals.parsing import parse_message
from tests.helpers import plan_of, prices, signal_read

QUARTERS = prices("0.25", "0.25", "0.25", "0.25")


def test_a_share_on_each_rung_splits_a_turkish_ladder_evenly():
    parsed = signal_read(
        "XRP spot alım planı 🧺 (her kademeye %25)\n• 0,5820\n• 0,5700\n• 0,5590\n• 0,5480\n"
        "Satış hedefleri: 0,6250 / 0,6700 / 0,7300\nStop: günlük kapanış 0,5290 altı"
    )
    assert parsed.entry == prices("0.5480", "0.5590", "0.5700", "0.5820")
    assert parsed.entry_allocations == QUARTERS


def test_a_share_on_every_rung_splits_an_english_ladder_evenly():
    parsed = signal_read(
        "XRP spot buy plan (25% on every rung)\n• 0.5820\n• 0.5700\n• 0.5590\n• 0.5480\n"
        "Targets: 0.6250 / 0.6700 / 0.7300\nStop: 0.5290"
    )
    assert parsed.entry_allocations == QUARTERS


def test_a_share_of_each_target_is_no_share_of_the_entries():
    parsed = signal_read("ETH long entries 3000 / 2900, each target 25%\nTP 3100 3200 3300 3400 SL 2800")
    assert parsed.entry_allocations is None


def test_hinglish_share_at_the_first_target_and_the_rest_at_the_second():
    parsed = signal_read(
        "guys AVAX spot me buy karo 32.2 se 33.4 ke beech, targets 36 aur 39.5, SL 29.8 (daily close ke neeche). "
        "50% pehle target pe book karna, baaki 50% doosre pe"
    )
    assert plan_of(parsed) == ("AVAX/USDT", "long", prices("32.2", "33.4"), Decimal("29.8"), prices("36", "39.5"), None)
    assert parsed.take_profit_allocations == prices("0.5", "0.5")


def test_hinglish_pehle_without_a_share_gives_no_allocation():
    parsed = signal_read("guys AVAX spot me buy karo 32.2, targets 36 aur 39.5, SL 29.8. pehle 36 pe book karna")
    assert parsed.take_profit_allocations is None


def test_close_share_after_a_dash_is_each_targets_share():
    parsed = signal_read(
        "⚡️ ETH/USDT — LONG SETUP ⚡️\n\nExchange: Bybit / Binance Futures\nLeverage: 5x–10x (Isolated)\n\n"
        "📍 Entry zone: 3,185 – 3,240\n\n🎯 Targets:\n1) 3,310 — close 25%\n2) 3,395 — close 25%\n"
        "3) 3,480 — close 25%\n4) 3,620 — close 25%\n\n🛑 Stop: 3,098\n\n📌 Management:\n"
        "• After TP1 fills, move SL to entry (breakeven).\n• After TP2, trail the rest with a 2% callback.\n\n"
        "Risk 1–2% of your account per trade. NFA."
    )
    assert parsed.take_profits == prices("3310", "3395", "3480", "3620")
    assert parsed.take_profit_allocations == QUARTERS
    assert parsed.breakeven_after == 1
    assert parsed.trailing == {"kind": "percent_below_highest", "callback_pct": Decimal("2"), "activate_after_target": 2}


def test_a_signed_percentage_after_an_arrow_is_a_profit_not_a_share():
    parsed = signal_read("ETH LONG\nEntry 3000\nTP1 3100 → +30%\nTP2 3200 → +60%\nTP3 3300 → +90%\nSL 2900")
    assert parsed.take_profits == prices("3100", "3200", "3300")
    assert parsed.take_profit_allocations is None


def test_a_shorts_sell_zone_is_its_entry_beside_a_stop_moved_to_entry():
    parsed = signal_read(
        "#OP SHORT 📉\n\nSell zone: 1.912 – 1.958\n\nTP1 1.861 (30%)\nTP2 1.804 (30%)\nTP3 1.730 (40%)\n\n"
        "SL 2.034\nLev 12x cross\n\nRules: TP1 hit → SL to entry. From then on the stop follows the previous target after every TP."
    )
    assert plan_of(parsed) == ("OP/USDT", "short", prices("1.912", "1.958"), Decimal("2.034"), prices("1.861", "1.804", "1.730"), 12)
    assert parsed.take_profit_allocations == prices("0.3", "0.3", "0.4")
    assert parsed.breakeven_after == 1
    assert parsed.trailing == {"kind": "moving_target", "activate_after_target": 1}


def test_a_longs_sell_zone_beside_a_buy_zone_stays_its_targets():
    parsed = signal_read("BTC LONG\nBuy zone: 100 - 102\nSell zone: 110 - 112\nSL 95")
    assert parsed.entry == prices("100", "102")
    assert parsed.take_profits == prices("110", "112")


def test_a_moving_target_without_a_carried_on_condition_starts_nowhere_named():
    parsed = signal_read(
        "#OP SHORT\nSell zone: 1.912 - 1.958\nTP1 1.861\nTP2 1.804\nSL 2.034\n"
        "TP1 hit → SL to entry. The stop follows the previous target after every TP."
    )
    assert parsed.trailing == {"kind": "moving_target", "activate_after_target": None}


def test_the_stop_following_each_prior_target_after_tp2_is_a_moving_target():
    parsed = signal_read(
        "1000PEPEUSDT SHORT x25\n\nEntries: 0.01182 / 0.01231 (half each)\n"
        "Targets: 0.01148, 0.01112, 0.01064, 0.00995\nStop-loss: 0.01268\n\n"
        "DO NOT chase if it runs away. Move SL to breakeven once TP1 prints; after TP2 the stop follows each prior target."
    )
    assert parsed.entry_allocations == prices("0.5", "0.5")
    assert parsed.breakeven_after == 1
    assert parsed.trailing == {"kind": "moving_target", "activate_after_target": 2}


def test_a_spanish_carried_on_rule_starts_at_the_sentence_befores_target():
    parsed = signal_read(
        "BTC SHORT\nEntrada: 64000\nTP1 63000\nTP2 62000\nTP3 61000\nSL 65000\n"
        "Al tocar TP1, SL a entrada. A partir de ahí el stop sigue el objetivo anterior."
    )
    assert parsed.trailing == {"kind": "moving_target", "activate_after_target": 1}


def test_ladder_buys_heading_holds_the_entries():
    parsed = signal_read(
        "BTCUSD PERP — LONG 🟢 (inverse contract)\n\nLadder buys:\n▫️ 63,850\n▫️ 63,200\n▫️ 62,400\n\n"
        "Targets & shares:\n• 65,100 → 30%\n• 66,400 → 30%\n• 67,900 → 20%\n• 70,000 → 20%\n\n"
        "Invalidation: 61,150\nMargin: cross, 3x\nUse a trailing stop once we're in profit — your choice of distance."
    )
    assert plan_of(parsed) == ("BTC/USD", "long", prices("62400", "63200", "63850"), Decimal("61150"),
                               prices("65100", "66400", "67900", "70000"), 3)
    assert parsed.take_profit_allocations == prices("0.3", "0.3", "0.2", "0.2")
    assert parsed.trailing == {"kind": "unspecified"}


def test_ladder_buys_mentioned_in_prose_leave_the_entry_alone():
    parsed = signal_read("BTC LONG\nEntry: 63,000\nTargets: 65,000 / 66,000\nStop: 61,000\nNo ladder buys today")
    assert parsed.entry == prices("63000")


def test_a_ladder_buys_recap_is_no_signal():
    assert parse_message("Ladder buys from last week all filled ✅ great job fam") is None
