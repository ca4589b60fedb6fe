"""The rules the sixteenth blind set and the real Chinese channel posts showed missing, each tried on
wordings those sets do not contain: a terse market call ("#ARB 市价轻仓空"), a limit zone and an exit
written as the stop ("進場：限價…", "離場：…"), a zone from the market price, profit levels
("盈利位", "看到", "先看 … 再看 …"), a price or range then the side ("一线做多", "区间可以分批挂单做多"),
a stop to come or in percent (null), a target's bracket note that moves the stop to entry, a share
taken at a target beside a stop moved to entry, Vietnamese "canh long/mua" and a daily-candle stop;
results posts and closes stay out.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import prices, signal_read


def _plan(parsed):
    return (
        parsed.symbol, parsed.side, parsed.entry, parsed.stop_loss, parsed.take_profits, parsed.leverage, parsed.margin_mode,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("#ARB 市价空", ("ARB/USDT", "short", [], None, [], None, None)),
        ("#OP 現價輕倉多", ("OP/USDT", "long", [], None, [], None, None)),
        ("$SEI 市价重仓多", ("SEI/USDT", "long", [], None, [], None, None)),
        ("ETH short market", ("ETH/USDT", "short", [], None, [], None, None)),
    ],
)
def test_it_reads_a_terse_market_call_as_a_market_entry(text, expected):
    assert _plan(signal_read(text)) == expected


def test_it_reads_a_spaced_tick_glued_to_a_label_as_its_bullet():
    parsed = signal_read("#ADA 輕倉市價多  進場 :0.7012  ✅止盈：0.7200-0.7350  ❌止損：0.6890")
    assert _plan(parsed) == ("ADA/USDT", "long", prices("0.7012"), Decimal("0.6890"), prices("0.7200", "0.7350"), None, None)


def test_it_gives_a_market_header_the_zone_written_under_it():
    parsed = signal_read("#LINK   市价多\n14.10-14.25\n止盈：14.8-15.3\n止损：13.7")
    assert parsed.entry == prices("14.10", "14.25")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SOL（50X做空📉）\n\n進場：限價168.5—170.2\n\n止盈：164—160—155\n\n離場：173.4",
            ("SOL/USDT", "short", prices("168.5", "170.2"), Decimal("173.4"), prices("164", "160", "155"), 50, None),
        ),
        (
            "ETH long\nEntry: 3200\nTP: 3300 / 3400\nExit: 3100",
            ("ETH/USDT", "long", prices("3200"), Decimal("3100"), prices("3300", "3400"), None, None),
        ),
    ],
)
def test_it_reads_an_exit_beyond_the_entry_away_from_the_targets_as_the_stop(text, expected):
    assert _plan(signal_read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$PEPE (20X做多📈)\n\n進場：市價0.0000102附近—0.0000099", ("PEPE/USDT", "long", prices("0.0000099", "0.0000102"), None, [], 20, None)),
        ("BTC (20x LONG)\nEntry: CMP 65000 - 64500", ("BTC/USDT", "long", prices("64500", "65000"), None, [], 20, None)),
    ],
)
def test_it_reads_an_entry_zone_under_a_side_and_leverage_as_an_order_whose_exits_follow(text, expected):
    assert _plan(signal_read(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ETH 10x LONG\nEntry: 3200\nProfit: 120%",
        "SOL 20x long entry 140 was great",
        "本月战绩：BTC 多单 +30%、ETH 空单 +22%（止损3150）、SOL +12%，加入VIP",
        "昨天 3380 附近做多的朋友恭喜了",
        "BTC 市价多空比 1.2",
    ],
)
def test_it_keeps_results_and_talk_out(text):
    assert not isinstance(parse_message(text), ParsedSignal)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "#ETH （100x做空👇）\n✏️进场位： 3120\n👁 盈利位：3050—2980\n❌止损位：3175",
            ("ETH/USDT", "short", prices("3120"), Decimal("3175"), prices("3050", "2980"), 100, None),
        ),
        ("ETH 回调做多 3150一线 止损3090 看到3240 3320", ("ETH/USDT", "long", prices("3150"), Decimal("3090"), prices("3240", "3320"), None, None)),
        (
            "AVAX 反彈到 36.5～37 區域可以做多，跌破 35.2 止損，上方先看 38.4，再看 40。合約 5 倍",
            ("AVAX/USDT", "long", prices("36.5", "37"), Decimal("35.2"), prices("38.4", "40"), 5, None),
        ),
        (
            "#SOL 回踩172-175区间可以分批挂单做多\n止损设在168\n第一目标182，第二目标190",
            ("SOL/USDT", "long", prices("172", "175"), Decimal("168"), prices("182", "190"), None, None),
        ),
        ("ADA 0.61-0.62附近空单\n止损0.64\n目标0.58 0.55", ("ADA/USDT", "short", prices("0.61", "0.62"), Decimal("0.64"), prices("0.58", "0.55"), None, None)),
        ("DOT 4.2一线挂单空，止损5%，看到3.9 3.7\n杠杆5倍 全仓", ("DOT/USDT", "short", prices("4.2"), None, prices("3.9", "3.7"), 5, "cross")),
        ("XRP 2.1一线做多 看到2.25 2.4 止损等通知", ("XRP/USDT", "long", prices("2.1"), None, prices("2.25", "2.4"), None, None)),
    ],
)
def test_it_reads_chinese_price_then_side_and_target_wordings(text, expected):
    assert _plan(signal_read(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "OP 做多\n开仓：1.62\n止损：1.55\n止盈：\n1️⃣ 1.70（平50%，止损拉到开仓价）\n2️⃣ 1.78（平30%）\n3️⃣ 1.86（剩下20%）",
        "OP LONG\nEntry: 1.62\nSL: 1.55\nTargets:\n1) 1.70 (close 50%, move SL to entry)\n2) 1.78 (30%)\n3) 1.86 (20%)",
    ],
)
def test_it_reads_a_target_note_that_moves_the_stop_to_entry_as_the_break_even_rule(text):
    parsed = signal_read(text)
    assert (parsed.take_profits, parsed.breakeven_after) == (prices("1.70", "1.78", "1.86"), 1)
    assert parsed.take_profit_allocations == [Decimal("0.5"), Decimal("0.3"), Decimal("0.2")]


@pytest.mark.parametrize(
    "text",
    [
        "LỆNH LIMIT $OP 🔴 SHORT\nDCA 2 lệnh:\n- 1.95\n- 2.02\nStoploss: 2.12\nTarget: 1.85 | 1.76\nChốt 50% ở TP1, dời SL về entry",
        "$OP SHORT\nEntry: 1.95 - 2.02\nSL: 2.12\nTargets: 1.85 / 1.76\nTake 50% at TP1, move SL to entry",
    ],
)
def test_it_reads_a_share_taken_at_a_target_beside_a_stop_to_entry_as_a_rule_for_later(text):
    parsed = signal_read(text)
    assert (parsed.side, parsed.entry, parsed.breakeven_after) == ("short", prices("1.95", "2.02"), 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canh short ETH quanh 3.420 – 3.450\nSL: 3.510\nTP1: 3.350\nTP2: 3.280", ("ETH/USDT", "short", prices("3420", "3450"), Decimal("3510"), prices("3350", "3280"), None, None)),
        ("Kèo DOT: canh mua 4,2, target 4,5 4,8, SL update sau", ("DOT/USDT", "long", prices("4.2"), None, prices("4.5", "4.8"), None, None)),
        ("Mua spot ATOM vùng 4.1-4.3, target 4.8 / 5.2. Cắt lỗ nếu đóng nến D dưới 3.9", ("ATOM/USDT", "long", prices("4.1", "4.3"), Decimal("3.9"), prices("4.8", "5.2"), None, None)),
    ],
)
def test_it_reads_vietnamese_watch_for_wordings_and_a_daily_candle_stop(text, expected):
    assert _plan(signal_read(text)) == expected
