"""Management updates, fourth round: a target-hit notice followed by an order to move the stop is that move_stop
whatever the order's mood — imperative, polite, passive or jussive ("Stoplar giriş seviyesine çekilsin", "استاپ رو
منتقل کنید به ۳٬۴۵۰", "el stop se mueve a entrada", "o stop vai pro 0 a 0", "SL को एंट्री पर कर दिया जाए", "SL should be
moved to entry"); a "first take taken" ("первый тейк взят", "primer take tomado", "ilk kar alındı") is tp_hit 1. A plan
whose break-even rule is said in the same moods for later stays a signal, and a recap stays out."""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedUpdate, parse_message
from tests.helpers import signal_read, update_read


@pytest.mark.parametrize("text, symbol, to_entry, price", [
    ("📣 آپدیت #ETH\nتارگت دوم هم زده شد ✅\nاستاپ رو منتقل کنید به ۳٬۴۵۰ و بقیه رو نگه دارید 💪", "ETH/USDT", False, "3450"),
    ("#ETH تارگت اول خورد ✅\nاستاپ به نقطه ورود منتقل بشه", "ETH/USDT", True, None),
    ("#ETH TP1 ✅ يتم نقل الستوب إلى نقطة الدخول", "ETH/USDT", True, None),
    ("SOL ilk hedef geldi ✅ 149,50\nStoplar giriş seviyesine çekilsin, artık risksiz pozisyon 🔒", "SOL/USDT", True, None),
    ("SOL TP1 geldi ✅ stopu 150,20'ye taşınmalı", "SOL/USDT", False, "150.20"),
    ("BTC TP1 ✅ стоп переносится в безубыток", "BTC/USDT", True, None),
    ("BTC первая цель взята ✅ стоп перенесите на 66800", "BTC/USDT", False, "66800"),
    ("SOL TP1 ✅ el stop se mueve a entrada", "SOL/USDT", True, None),
    ("SOL TP1 alcanzado ✅ el stop se pasa a 150,20", "SOL/USDT", False, "150.20"),
    ("SOL alvo 1 atingido ✅ o stop vai pro 0 a 0", "SOL/USDT", True, None),
    ("SOL alvo 1 atingido ✅ o stop foi movido para 150,20", "SOL/USDT", False, "150.20"),
    ("SOL TP1 ✅ SL को एंट्री पर कर दिया जाए", "SOL/USDT", True, None),
    ("SOL TP1 hit ✅ SL entry pe kar diya jaye", "SOL/USDT", True, None),
    ("ETH TP1 ✅ 止损调到保本", "ETH/USDT", True, None),
    ("ETH TP1 ✅ 止损改至3450", "ETH/USDT", False, "3450"),
    ("ETH TP1 hit ✅ SL should be moved to entry", "ETH/USDT", True, None),
    ("ETH TP1 hit ✅ let the stop be moved to 3450", "ETH/USDT", False, "3450"),
    ("ETH TP1 ✅ SL được dời về entry", "ETH/USDT", True, None),
    ("ETH TP1 ✅ SL harus dipindahkan ke entry", "ETH/USDT", True, None),
])
def test_a_target_hit_then_a_move_in_any_mood_is_that_move(text, symbol, to_entry, price):
    update = update_read(text)
    assert (update.kind, update.symbol, update.to_entry) == ("move_stop", symbol, to_entry)
    assert update.price == (Decimal(price) if price else None)


@pytest.mark.parametrize("text, symbol, index", [
    ("LINK 🎯 первый тейк взят (14,30) ✅ +4,4% без плеча. Держим дальше, не дёргаемся", "LINK/USDT", 1),
    ("LINK второй тейк взят", "LINK/USDT", 2),
    ("LINK primer take tomado (14,30) ✅", "LINK/USDT", 1),
    ("LINK primeiro take batido ✅", "LINK/USDT", 1),
    ("LINK ilk kar alındı ✅", "LINK/USDT", 1),
    ("LINK 第一止盈已吃到 ✅", "LINK/USDT", 1),
    ("LINK pehla take hit ho gaya ✅", "LINK/USDT", 1),
    ("LINK take đầu tiên đã chạm ✅", "LINK/USDT", 1),
    ("LINK take pertama kena ✅", "LINK/USDT", 1),
    ("LINK take 2 hit", "LINK/USDT", 2),
])
def test_a_first_take_taken_is_its_tp_hit(text, symbol, index):
    update = update_read(text)
    assert (update.kind, update.symbol, update.target_index) == ("tp_hit", symbol, index)


def test_a_bare_take_with_a_share_is_no_target_hit():
    parsed = parse_message("LINK take 50% here ✅")
    assert not (isinstance(parsed, ParsedUpdate) and parsed.kind == "tp_hit"), parsed


@pytest.mark.parametrize("rule", [
    "After TP1 the stop will be moved to entry",
    "After TP1 the stop is moved to entry",
    "Once TP1 hits, the SL should be moved to entry",
    "SL will be moved to entry after TP1",
])
def test_an_english_breakeven_rule_in_the_passive_stays_the_plans_hint(rule):
    parsed = signal_read(f"#SOL LONG\nEntry: 148-150\nSL: 142\nTP1: 155\nTP2: 160\n{rule}")
    assert (parsed.symbol, parsed.side, parsed.breakeven_after) == ("SOL/USDT", "long", 1)


@pytest.mark.parametrize("text", [
    "#SOL LONG\nGiriş: 148-150\nStop: 142\nHedef: 155 - 160\nİlk hedeften sonra stoplar giriş seviyesine çekilsin",
    "#SOL LONG\nEntrada: 148-150\nStop: 142\nTP: 155 - 160\nDespués del TP1 el stop se mueve a entrada",
    "#SOL LONG\nВход: 148-150\nСтоп: 142\nЦели: 155 - 160\nПосле первого тейка стоп переносится в безубыток",
    "#SOL LONG\nورود: 148-150\nاستاپ: 142\nتارگت: 155 - 160\nبعد از تارگت اول استاپ رو منتقل کنید به نقطه ورود",
    "#SOL LONG\nEntrada: 148-150\nStop: 142\nAlvos: 155 - 160\nApós o alvo 1 o stop vai pro 0 a 0",
])
def test_a_breakeven_rule_for_later_in_any_mood_stays_the_plans_hint(text):
    parsed = signal_read(text)
    assert (parsed.symbol, parsed.side, parsed.breakeven_after) == ("SOL/USDT", "long", 1)


@pytest.mark.parametrize("text", [
    "Weekly recap:\nSOL first take hit ✅\nETH TP2 ✅\nBTC SL moved to entry",
    "Last week: LINK первый тейк взят, SOL второй тейк взят, ARB стоп",
])
def test_a_recap_of_takes_and_moves_stays_out(text):
    assert parse_message(text) is None
