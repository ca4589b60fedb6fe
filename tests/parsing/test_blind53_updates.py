"""The rules the 53rd blind set showed missing, tried on wordings that set does not contain:
- a stop move said verb last, once canonical ("SL #XRP move Entry", "SL 15,40'a move", "SL अब Entry पर कर दो"),
  and with the ``move`` rows' other verbs ("drag the stop down to 142.80") (``stop_wordings``);
- "taking half off" a trade is a partial close (``stop_wordings``);
- "the 4H close" is a candle's close, no close of the trade (``updates``);
- "SOL short from yesterday" dates the running trade, no recap heading (``dated_trades``);
- a tagged coin addressed by a close names its pair over an untagged coin given as the reason (``update_tags``).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, ParsedUpdate, parse_message
from tests.helpers import plan_of, prices, signal_read


@pytest.mark.parametrize(
    "text, symbol",
    [
        ("سیو سود 💰 استاپ #ADA رو ببرید روی نقطه ورود.", "ADA/USDT"),
        ("BNB लॉन्ग वाले ध्यान दें: SL अब एंट्री पर कर दो 🙏", "BNB/USDT"),
        ("#AVAX stopu girişe çekiyoruz 🙏", "AVAX/USDT"),
    ],
)
def test_it_reads_a_verb_last_stop_move_to_entry(text, symbol):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedUpdate) and parsed.kind == "move_stop"
    assert (parsed.symbol, parsed.to_entry, parsed.price) == (symbol, True, None)


@pytest.mark.parametrize(
    "text, symbol, price",
    [
        ("#DOT stopu 6,25'e çekiyoruz, pozisyon açık kalsın", "DOT/USDT", "6.25"),
        ("ETH long from last week: pull the SL up to 3420 now.", "ETH/USDT", "3420"),
        ("AVAX short: drag the stop down to 27.40, don't wait for the 1H close.", "AVAX/USDT", "27.40"),
    ],
)
def test_it_reads_a_dragged_or_verb_last_stop_to_its_new_price(text, symbol, price):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedUpdate) and parsed.kind == "move_stop"
    assert (parsed.symbol, parsed.price, parsed.to_entry) == (symbol, Decimal(price), False)


@pytest.mark.parametrize(
    "text, fraction",
    [
        ("Taking half off the ARB long here at 1.12, letting the rest ride.", "0.5"),
        ("Take 30% off the INJ short now 🧾", "0.3"),
    ],
)
def test_it_reads_taking_a_share_off_as_a_partial_close(text, fraction):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedUpdate) and parsed.kind == "close" and parsed.fraction == Decimal(fraction)


def test_it_closes_the_tagged_trade_addressed_not_the_coin_given_as_the_reason():
    parsed = parse_message(
        "⚠️ Pessoal do long em #ADA: fechem METADE da posição agora, o ETH caiu forte e não quero arriscar."
    )
    assert isinstance(parsed, ParsedUpdate) and parsed.kind == "close"
    assert (parsed.symbol, parsed.fraction) == ("ADA/USDT", Decimal("0.5"))


@pytest.mark.parametrize(
    "text",
    [
        "should I move SL to entry on SOL?",
        "Stop kena 😢 #XRP SL hit at 0.55",
        "📚 Lesson: take profit step by step, never all at once.",
        "Yesterday: 5/6 targets hit 🚀 join VIP",
    ],
)
def test_it_keeps_questions_reports_and_lessons_out(text):
    parsed = parse_message(text)
    assert parsed is None or (isinstance(parsed, ParsedUpdate) and parsed.kind != "move_stop" and parsed.kind != "close")


def test_it_keeps_a_full_plan_with_a_stop_and_a_move_rule_a_signal():
    parsed = signal_read("#LINK/USDT LONG\nEntry: 15.20\nSL: 14.60\nTP: 16.00 / 16.80\nMove SL to entry after TP1")
    assert isinstance(parsed, ParsedSignal)
    assert plan_of(parsed) == ("LINK/USDT", "long", prices("15.20"), Decimal("14.60"), prices("16.00", "16.80"), None)
