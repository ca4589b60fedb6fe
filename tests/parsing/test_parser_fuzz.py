"""Properties the Telegram parser must keep for any input (hypothesis).

The generic tests call ``parse_unguarded`` — the parser without the safety net ``parse_message``
wraps around it — so a bug surfaces here as an exception instead of a logged None.
"""
from __future__ import annotations

import re
import time
from decimal import Decimal

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from signals.parsing import ParsedSignal, ParsedUpdate, parse_message, parse_unguarded
from signals.parsing.assets import KNOWN_BASES, QUOTES
from signals.parsing.ticker_words import NOT_TICKERS

FAST = settings(max_examples=300, deadline=None)
RESULT_TYPES = (ParsedSignal, ParsedUpdate, type(None))

# Pieces real messages are made of, so random text reaches the deep parts of the parser.
PIECES = [
    "Entry", "Entry Zone:", "Entries", "TP", "TP1", "TP2:", "Target 1", "Targets:", "Take-Profit Targets:", "SL",
    "Stop Loss", "Stop Targets:", "Leverage", "Lev", "Cross", "Isolated", "10x", "x20", "5-10x", "Long", "SHORT",
    "Buy", "Sell", "now", "CMP", "market", "#BTC", "/USDT", "BTCUSDT", "$ETH", "ETH/BTC", "1INCH", ".P", "PERP",
    "0.5", "67,500", "0,5234", "2,201.43", ".405", "1)", "2)", "(2)", "-", " - ", "|", "/", "_", "&", ":", "@",
    "%", "20%", "-7%", "✅", "✔", "❌", "🎯", "🚀", "\n", " ", "  ", "?", "Close", "close half", "Move SL to",
    "entry", "breakeven", "cancelled", "when", "> ", "[In reply to x]", "https://x.y/z", "@handle", "4H", "1h",
    "×", "х", "\u200b", "\ufe0f", "–", "**", "__", "Short term", "LONGLeverage", "2.04Targets", "No stoploss",
    # Other languages, scripts and numbering: every table and normaliser is reached.
    "Вход", "Цели:", "Стоп", "Плечо", "лонг", "ШОРТ", "по рынку", "безубыток", "Giriş", "Hedef", "Kaldıraç", "%25",
    "止损", "止盈", "入场", "杠杆", "做多", "做空", "倍", "、", "Entrada", "Objetivos", "Alvos", "Alavancagem", "Điểm vào",
    "Chốt lời", "Cắt lỗ", "الدخول", "وقف الخسارة", "تارگت", "۱۲۳", "٫", "٬", "،", "؟", "एंट्री", "टारगेट", "१२", "Beli",
    "1️⃣", "2️⃣", "①", "②", "🔟", "\u2024", "X25", "12.5x", "XAUUSD", "ETHBTC", "1000PEPE", "Active State", "Trailing stop",
    "Breakeven after", "after TP1", "(30%)",
]
signal_like_text = st.lists(st.sampled_from(PIECES) | st.integers(0, 99999).map(str), max_size=40).map("".join)


def assert_well_formed(parsed) -> None:
    assert isinstance(parsed, RESULT_TYPES)
    if isinstance(parsed, ParsedSignal):
        assert re.fullmatch(r"[A-Z0-9]{1,20}/[A-Z0-9]{1,20}", parsed.symbol)
        assert parsed.side in ("long", "short")
        assert all(isinstance(p, Decimal) and p > 0 for p in parsed.entry + parsed.take_profits)
        assert parsed.entry == sorted(parsed.entry)
        assert parsed.stop_loss is None or (isinstance(parsed.stop_loss, Decimal) and parsed.stop_loss > 0)
        assert parsed.leverage is None or (type(parsed.leverage) in (int, Decimal) and 1 <= parsed.leverage <= 500)
        assert parsed.certainty in ("high", "low") and (parsed.certainty == "low") == bool(parsed.certainty_reasons)
        for fractions in (parsed.entry_allocations, parsed.take_profit_allocations):
            assert fractions is None or (sum(fractions) == 1 and all(f > 0 for f in fractions))
        assert parsed.margin_mode in (None, "cross", "isolated")
        assert parsed.entry or parsed.take_profits or parsed.stop_loss is not None
    if isinstance(parsed, ParsedUpdate):
        assert parsed.kind in ("tp_hit", "move_stop", "close", "cancel")
        assert parsed.fraction is None or Decimal(0) < parsed.fraction <= 1


@FAST
@given(st.text())
def test_any_text_returns_a_result_without_raising(text):
    assert_well_formed(parse_unguarded(text))


@FAST
@given(st.binary())
def test_binary_junk_returns_a_result_without_raising(data):
    assert_well_formed(parse_unguarded(data.decode("utf-8", errors="surrogateescape")))


@FAST
@given(signal_like_text)
def test_signal_like_junk_returns_a_well_formed_result(text):
    assert_well_formed(parse_unguarded(text))


@st.composite
def loosely_priced_signals(draw):
    """A pair, any side word (or a misleading one, or none) and prices in any order."""
    word = draw(st.sampled_from(["LONG", "SHORT", "Buy", "Sell", "", "Buy Zone:"]))
    entries = draw(st.lists(prices, min_size=1, max_size=3, unique=True))
    targets = draw(st.lists(prices, min_size=1, max_size=4))
    stop = draw(st.none() | prices)
    text = f"#ABC/USDT {word}\nEntry: {' - '.join(f'{p:f}' for p in entries)}\nTargets: {' - '.join(f'{p:f}' for p in targets)}"
    return text + (f"\nSL: {stop:f}" if stop is not None else "")


@FAST
@given(loosely_priced_signals())
def test_prices_that_all_point_one_way_decide_the_side(text):
    parsed = parse_unguarded(text)
    assert isinstance(parsed, ParsedSignal) or parsed is None
    assume(parsed is not None)
    stop, low, high = parsed.stop_loss, min(parsed.entry), max(parsed.entry)
    if min(parsed.take_profits) > high and (stop is None or stop < low):
        assert parsed.side == "long"
    if max(parsed.take_profits) < low and (stop is None or stop > high):
        assert parsed.side == "short"


def test_parse_message_never_raises_on_non_strings_or_huge_input():
    assert parse_message(None) is None  # type: ignore[arg-type]
    assert parse_message(b"BTC LONG 67500") is None  # type: ignore[arg-type]
    assert parse_message("BTC LONG 67500 " * 5000) is None  # far beyond Telegram's 4,096 characters


# --- structured fuzz: generated signals round-trip ------------------------------------------------
bases = st.from_regex(r"[A-Z]{3,6}", fullmatch=True).filter(
    lambda b: b not in NOT_TICKERS and b not in KNOWN_BASES and not re.search(rf"USD|PERP|(?:{'|'.join(QUOTES)})$", b)
)
prices = st.decimals(min_value=Decimal("0.001"), max_value=Decimal(90000), places=3, allow_nan=False, allow_infinity=False)
SYMBOL_FORMS = ["#{b}/USDT", "{b}/USDT", "{b}USDT", "#{b}USDT", "${b}", "#{b}", "{b}-USDT", "{b}USDT.P", "#{b}_USDT"]
TEMPLATES = [
    "{sym} {SIDE}\nEntry: {e1} - {e2}\nTargets: {t1} - {t2} - {t3}\nSL: {sl}\nLeverage: {lev}x",
    (
        "⚡⚡ {sym} ⚡⚡\nSignal Type: Regular ({Side})\nLeverage: Cross ({lev}X)\n\nEntry Zone:\n{e1} - {e2}\n\n"
        "Take-Profit Targets:\n1) {t1}\n2) {t2}\n3) {t3}\n\nStop Targets:\n1) {sl}"
    ),
    "{sym} {side} entry {e1}-{e2} tp {t1} {t2} {t3} sl {sl} lev {lev}x",
    "🔥 {sym} 🔥\n📈 {SIDE}\n💰 Entry: {e1} - {e2}\n🎯 TP1: {t1}\n🎯 TP2: {t2}\n🎯 TP3: {t3}\n🛑 Stop-loss: {sl}\n⚙️ {lev}X",
    "{SIDE} {sym}\nBuy zone: {e1} / {e2}\nTake profit 1: {t1}\nTake profit 2: {t2}\nTake profit 3: {t3}\nStop: {sl}\nLev {lev}x",
]


@st.composite
def generated_signals(draw):
    side = draw(st.sampled_from(["long", "short"]))
    ladder = sorted(draw(st.lists(prices, min_size=6, max_size=6, unique=True)))
    # A long's stop sits below its entries and its targets above; a short is the mirror image.
    ladder_in_order = ladder if side == "long" else ladder[::-1]
    sl, e1, e2, t1, t2, t3 = ladder_in_order
    base = draw(bases)
    symbol = draw(st.sampled_from(SYMBOL_FORMS)).format(b=base)
    lev = draw(st.integers(1, 125))
    template = draw(st.sampled_from(TEMPLATES))
    written = {name: f"{value:f}" for name, value in zip(("sl", "e1", "e2", "t1", "t2", "t3"), ladder_in_order, strict=True)}
    text = template.format(sym=symbol, side=side, SIDE=side.upper(), Side=side.title(), lev=lev, **written)
    expected = ParsedSignal(
        symbol=f"{base}/USDT", side=side, entry=sorted([e1, e2]), stop_loss=sl, take_profits=[t1, t2, t3],
        leverage=lev, margin_mode="cross" if "Cross" in template else None,
    )
    return text, expected


@FAST
@given(generated_signals())
def test_generated_signals_round_trip(case):
    text, expected = case
    assert parse_unguarded(text) == expected


@FAST
@given(generated_signals())
def test_a_generated_signal_with_ticked_targets_never_opens_a_trade(case):
    text, expected = case
    # Tick the first target as a whole number: its digits may also sit inside an entry ("0.003" in "20.003").
    target = re.escape(f"{expected.take_profits[0]:f}")
    ticked = re.sub(rf"(?<![\d.,]){target}(?![\d])", lambda m: m.group() + " ✅", text, count=1)
    assert "✅" in ticked
    assert not isinstance(parse_unguarded(ticked), ParsedSignal)


def test_a_10kb_message_never_backtracks_catastrophically():
    signal = "#BTC/USDT LONG\nEntry: 67,200 - 67,800\nTargets: 68,500 - 69,900 - 71,000\nSL: 66,100\nLeverage: 10x\n"
    inputs = [
        signal + "Long analysis follows. The 4H trend is up, price holds 66,900 and volume rises. " * 130,
        "TP1 " * 2560, "1✅" * 5120, "#ab " * 2560, "ABC " * 2560 + "long", "BTC LONG 67500 SL 66000 TP 68000\n" * 300,
        "1,2" * 3400, "x1 " * 3400, "Entry " * 1700, "A" + " " * 10240 + "x",
        "entrada a " * 1100, "Вход стоп " * 1100, "止损" * 5200, "1️⃣ " * 2600, "1. 5\n" * 2600, "mua bán " * 1300,
        "शॉर्ट " * 1800, "۱۲۳٫۴ " * 2100, "Giriş hedef " * 900,
    ]
    parse_unguarded("warm-up: the vocabulary tables compile once per process")
    for text in inputs:
        # Not a speed goal (the parser takes 0.2-0.5 s on these): a regular expression that backtracks
        # catastrophically takes seconds to hours on such input and would hang the Telegram worker.
        # CPU time of this process, four times the slowest of them, so a busy machine cannot fail it.
        started = time.process_time()
        parse_unguarded(text[:10240])
        assert time.process_time() - started < 2, text[:40]
