"""The rules the 29th blind set showed missing, each tried on wordings that set does not contain:
"PERP" standing alone is the market's kind, never a ticker; a multiplied contract ("1000PEPE") and
its coin are one market; a listed ticker that is an everyday word of a table ("ada", Indonesian
"there is") in lower case yields to another ticker; Russian spells tickers in Cyrillic ("сол", "ада");
a tick opening a numbered target's line ticks it when other target lines go without; "📖" and
Hinglish "samjho" open a lesson; "3345ish" is 3345; a lone "破" before a price and "止损" is the stop;
"entrda" and an unaccented "ate"; Vietnamese "mua rải" and Arabic "ادخلوا" label entries; "maybe"
between two targets lists a hedged last one.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import plan_of, prices, signal_read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "🔻 $OP | PERP | Side: Short | Entry: 1.84 | TP: 1.76 / 1.70 | SL: 1.92 | 10x",
            ("OP/USDT", "short", prices("1.84"), Decimal("1.92"), prices("1.76", "1.70"), 10),
        ),
        (
            "#ARB (PERP) long 0.71, stop 0.68, tp 0.76",
            ("ARB/USDT", "long", prices("0.71"), Decimal("0.68"), prices("0.76"), None),
        ),
        (
            "bonk looks ready, longing 1000bonk here 0.0231, sl 0.0222 tp 0.0245",
            ("1000BONK/USDT", "long", prices("0.0231"), Decimal("0.0222"), prices("0.0245"), None),
        ),
        (
            "ada yang mau ikut? short DOGE di 0,382 sl 0,395 tp 0,365",
            ("DOGE/USDT", "short", prices("0.382"), Decimal("0.395"), prices("0.365"), None),
        ),
        (
            "шорт сол 182, стоп 188, цели 175 170",
            ("SOL/USDT", "short", prices("182"), Decimal("188"), prices("175", "170"), None),
        ),
        (
            "Беру аду в лонг 0.70, стоп 0.67, тейк 0.75",
            ("ADA/USDT", "long", prices("0.70"), Decimal("0.67"), prices("0.75"), None),
        ),
        (
            "long sol here 142ish, sl 136, tp 150",
            ("SOL/USDT", "long", prices("142"), Decimal("136"), prices("150"), None),
        ),
        (
            "ETH 回踩 3100 接多，破 3040 止损，看 3200 3300",
            ("ETH/USDT", "long", prices("3100"), Decimal("3040"), prices("3200", "3300"), None),
        ),
        (
            "short em ETH, entrda 3120 ate 3150, alvos 3050 2990, stop 3210",
            ("ETH/USDT", "short", prices("3120", "3150"), Decimal("3210"), prices("3050", "2990"), None),
        ),
        (
            "#SOL – Spot | Mua rải: 142 – 138 – 134 | Mục tiêu: 150 / 158 | Dừng lỗ: 129",
            ("SOL/USDT", "long", prices("134", "138", "142"), Decimal("129"), prices("150", "158"), None),
        ),
        (
            "صفقة شراء على SOL، ادخلوا من 142 والستوب 136، الهدف 150",
            ("SOL/USDT", "long", prices("142"), Decimal("136"), prices("150"), None),
        ),
        (
            "long SOL 142 stop 136 tp 150 maybe 158",
            ("SOL/USDT", "long", prices("142"), Decimal("136"), prices("150", "158"), None),
        ),
    ],
)
def test_new_wordings_read_as_the_plan(text, expected):
    assert plan_of(signal_read(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Re-posts whose first targets are ticked before their label, the last still pending.
        "#ETH SHORT (sinyal kemarin)\nEntry: 3120\n✅ TP 1: 3050\n⏳ TP 2: 2990\nSL: 3180\nMasih jalan",
        "#BTC LONG (yesterday's call)\nEntry: 64000\n✅ Target 1: 65000\n✅ Target 2: 66000\n🕐 Target 3: 67000\nStop: 63000",
        # Lessons opened by "📖" or Hinglish "samjho".
        "📖 Position sizing: long BTC at 64000 with SL 63000 and target 66000 gives 1:2.",
        "Leverage samjho: agar SOL 150 pe long kiya aur SL 145 rakha, target 160, to 10x me risk 33% hai.",
    ],
)
def test_reposts_and_lessons_open_no_trade(text):
    assert not isinstance(parse_message(text), ParsedSignal)


def test_a_tick_bulleting_every_target_line_is_no_tick():
    parsed = signal_read("🟢 LONG #SOLUSDT\nEntry: 142\n✅ TP 1: 150\n✅ TP 2: 158\n🚫 SL: 136")
    assert plan_of(parsed)[4] == prices("150", "158")


def test_a_coin_word_in_upper_case_stays_the_ticker():
    assert plan_of(signal_read("ADA long 0,45 sl 0,43 tp 0,48"))[0] == "ADA/USDT"
