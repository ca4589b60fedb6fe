"""Layouts that name a value's role after it, unusual English label words, and the coin a post picks out
after talking about others.

- A line, or a " | " segment of a one-line call, made of prices then a role's word reads as "role: prices"
  in every language ("14.20 – 14.55 → buy zone", "0,9390 zarar kes", "92,40 giriş | 96,10 stop") (``values_then_label``).
- "Trigger", "Exits", "Gearing", "Wallet" and "Bias ▸ Bearish" opening a template's line are the entry,
  targets, leverage, margin mode and side (``values_then_label.renamed_labels``).
- "The one I actually like is $LINK 👇", "今天重点就一个：SOL" over the plan is the call, not the coins of the
  review above it (``picked_coin``)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import prices, signal_read


@pytest.mark.parametrize("entry_label, stop_label, targets_label", [
    ("→ buy zone", "→ invalidation", "→ objectives"),
    ("- entry", "- SL", "- targets"),
    ("alım bölgesi", "zarar kes", "hedefler"),
    ("entrada", "stop loss", "objetivos"),
    ("vùng mua", "cắt lỗ", "mục tiêu"),
    ("入场", "止损", "目标"),
    ("area beli", "stop loss", "target"),
    ("دخول", "وقف الخسارة", "الأهداف"),
    ("एंट्री", "स्टॉप लॉस", "टारगेट"),
])
def test_it_reads_prices_then_their_role_word_as_that_role(entry_label, stop_label, targets_label):
    parsed = signal_read(f"#ARB LONG\n0.9820 - 1.0150 {entry_label}\n0.9390 {stop_label}\n1.0640 / 1.1200 / 1.1850 {targets_label}")
    assert (parsed.symbol, parsed.side, parsed.entry, parsed.stop_loss) == ("ARB/USDT", "long", prices("0.9820", "1.0150"), Decimal("0.9390"))
    assert parsed.take_profits == prices("1.0640", "1.1200", "1.1850")


def test_it_reads_a_turkish_plan_with_labels_after_the_prices_under_market_talk():
    parsed = signal_read(
        "📊 Piyasa özeti\nBTC 64.200 direncini geçemiyor, ETH 3.150 desteğinde.\n\n🎯 Günün işlemi: #ARB LONG\n"
        "0,9820 - 1,0150 alım bölgesi\n0,9390 zarar kes\n1,0640 - 1,1200 - 1,1850 hedefler\n10x çapraz kaldıraç"
    )
    assert (parsed.symbol, parsed.side, parsed.entry, parsed.stop_loss) == ("ARB/USDT", "long", prices("0.9820", "1.0150"), Decimal("0.9390"))
    assert (parsed.take_profits, parsed.leverage, parsed.margin_mode) == (prices("1.0640", "1.1200", "1.1850"), 10, "cross")


@pytest.mark.parametrize("text", [
    "AAVE 🔻 SHORT | 92,40 giriş | 96,10 stop | 88,50 / 85,00 / 80,75 tp | 15x izole",
    "AAVE SHORT | 92.40 entry | 96.10 SL | 88.50 / 85.00 / 80.75 targets | 15x isolated",
    "AAVE SHORT | 92,40 вход | 96,10 стоп | 88,50 / 85,00 / 80,75 цели | 15x изолированная",
])
def test_it_reads_each_pipe_segment_of_prices_then_a_role_word(text):
    parsed = signal_read(text)
    assert (parsed.symbol, parsed.side, parsed.entry, parsed.stop_loss) == ("AAVE/USDT", "short", prices("92.40"), Decimal("96.10"))
    assert (parsed.take_profits, parsed.leverage) == (prices("88.50", "85.00", "80.75"), 15)


@pytest.mark.parametrize("text", [
    "BTC update\n2 targets\n✅ 3 targets done",
    "SOL weekly stats\n12 targets\n3 stops",
])
def test_a_count_before_a_role_word_is_no_price(text):
    assert not isinstance(parse_message(text), ParsedSignal)


@pytest.mark.parametrize("bias, side", [("Bearish", "short"), ("Bullish", "long")])
def test_it_reads_a_template_with_unusual_label_words(bias, side):
    targets = "23.40 | 22.10 | 20.75" if side == "short" else "26.40 | 27.10 | 28.75"
    stop = "26.10" if side == "short" else "23.10"
    parsed = signal_read(
        f"⚡️ SETUP ALERT ⚡️\nAsset ▸ INJUSDT.P\nBias ▸ {bias}\nTrigger ▸ 24.85\nInvalidation ▸ {stop}\n"
        f"Exits ▸ {targets}\nGearing ▸ 5x\nWallet ▸ Cross\n\n#INJ #altcoins"
    )
    assert (parsed.symbol, parsed.side, parsed.entry, parsed.stop_loss) == ("INJ/USDT", side, prices("24.85"), Decimal(stop))
    assert (len(parsed.take_profits), parsed.leverage, parsed.margin_mode) == (3, 5, "cross")


def test_a_bias_in_prose_states_no_side():
    assert parse_message("Market bias is bearish today, BTC below 64000, no trades from me") is None


@pytest.mark.parametrize("text, symbol", [
    (
        "Morning desk note ☕️\n\nBTC still chopping 63.8k–65.2k, ETH/BTC making new lows, SOL flat.\n\n"
        "The one I actually like is $LINK 👇\n\n14.20 – 14.55 → buy zone\n13.70 → invalidation\n15.10 / 15.80 / 16.90 → objectives",
        "LINK/USDT",
    ),
    (
        "大饼 63800 附近来回震荡，姨太跟跌，山寨没啥看头。\n今天重点就一个：SOL\n142.5-145 附近分批接多，跌破 136.8 止损，上方看 152 / 158 / 166。",
        "SOL/USDT",
    ),
    ("BTC chopping, ETH/BTC weak today.\nToday's pick: SOL\nLong 142.5-145, SL 136.8, TP 152 / 158", "SOL/USDT"),
])
def test_it_takes_the_coin_picked_over_the_plan_after_a_review_of_others(text, symbol):
    parsed = signal_read(text)
    assert (parsed.symbol, parsed.side, parsed.stop_loss) == (symbol, "long", Decimal(parsed.stop_loss))
    assert parsed.entry[0] in (Decimal("14.20"), Decimal("142.5"))


def test_a_picked_coin_without_a_plan_below_is_no_trade():
    assert parse_message("BTC looks heavy, ETH/BTC lower.\nMy favourite right now is $ARB\nwaiting for a setup") is None


@pytest.mark.parametrize("text", [
    "ETH SHORT\n2485 trigger\n2610 invalidation\n2340 / 2210 exits",
    "ETH 做空\n触发价 2485\n止损 2610\n目标 2340 / 2210",
    "ETH SHORT\nGatilho: 2485\nStop: 2610\nAlvos: 2340 / 2210",
    "ETH SHORT\nЦена триггера: 2485\nСтоп: 2610\nЦели: 2340 / 2210",
])
def test_a_trigger_price_is_the_entry_in_any_language_or_order(text):
    parsed = signal_read(text)
    assert (parsed.side, parsed.entry, parsed.stop_loss, parsed.take_profits) == ("short", prices("2485"), Decimal("2610"), prices("2340", "2210"))


def test_a_trigger_in_prose_is_no_label():
    assert parse_message("The trigger for ETH was the CPI print at 2485, nothing to trade") is None
